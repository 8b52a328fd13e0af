// Which format a report uses, from the labels present in its tables: each format has labels that
// the other lacks (FORMAT.md: "Any of these labels marks the old format"). Each table shows its
// own: a report may hold one table pasted from the other year's template.
import { formats } from '../formats/index.ts';
import type { FormatVersion, ReadTable, Report, Span } from '../model.ts';
import { normalizeLabel } from '../text/normalize.ts';
import { isValueCell, type PhysicalRow, type RawCell } from './cells.ts';

type Evidence = Report['format']['evidence'][number];

const markerIndex: Map<string, FormatVersion> = new Map(
  (Object.values(formats)).flatMap((f) => f.markers.map((m) => [normalizeLabel(m), f.version] as [string, FormatVersion])),
);

/** Every beginning of a marker: only a cell that begins one may be joined with the next. */
const markerStarts = new Set([...markerIndex.keys()].flatMap((m) => [...Array(m.length).keys()].map((i) => m.slice(0, i + 1))));

/**
 * A text whose first character that normalizeLabel keeps is one a marker begins with: only such a
 * cell can be a marker or begin one (its label normalised; most cells of a table are not, and
 * normalising every label was a twentieth of reading a report). The characters passed over are
 * punctuation, symbols and spaces: more than normalizeLabel drops, so that no cell that may begin a
 * marker is missed.
 */
const MAY_BEGIN_MARKER = new RegExp(`^[\\s\\p{P}\\p{S}\\u200b\\ufeff]*[${[...new Set([...markerIndex.keys()].map((m) => m[0]))].join('')}]`, 'u');

export function formatEvidence(rows: PhysicalRow[]): Evidence[] {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  /** The marker `normalized` is, when it is one not met yet (its evidence is then added). */
  const isNew = (normalized: string): FormatVersion | undefined => {
    const version = markerIndex.get(normalized);
    if (!version || seen.has(normalized)) return undefined;
    seen.add(normalized);
    return version;
  };
  // A label may be wrapped over two cells ("本年新" / "制作数量"), never over a number: a value
  // cell's form matches nothing, alone or joined. A filled cell is joined to the one before it when
  // that one begins a marker without being one (read in one pass, without a list of the cells made
  // first). Values, and cells that begin no marker, are passed over without a lookup.
  let previous: RawCell | null = null;
  let previousNormalized = '';
  for (const row of rows) {
    for (const c of row.cells) {
      if (c.text === '') continue;
      const before = previous;
      previous = null;
      if (isValueCell(c) || (before === null && !MAY_BEGIN_MARKER.test(c.text))) continue;
      const normalized = normalizeLabel(c.text);
      if (before !== null) {
        const version = isNew(previousNormalized + normalized);
        if (version) evidence.push({ version, label: before.text + c.text, span: { start: before.span.start, end: c.span.end } });
      }
      const version = isNew(normalized);
      if (version) evidence.push({ version, label: c.text, span: c.span });
      else if (!markerIndex.has(normalized) && markerStarts.has(normalized)) {
        previous = c;
        previousNormalized = normalized;
      }
    }
  }
  return evidence;
}

/** The version most labels point to; null when no label says. */
export function versionFromEvidence(evidence: Evidence[]): FormatVersion | null {
  const count = { '2019': 0, '2021': 0 };
  for (const e of evidence) count[e.version]++;
  if (count['2019'] === count['2021']) return null;
  return count['2019'] > count['2021'] ? '2019' : '2021';
}

/** The evidence that stands in a table's region: what that table's own labels show. */
export function evidenceWithin(evidence: Evidence[], region: Span): Evidence[] {
  return evidence.filter((e) => e.span.start >= region.start && e.span.start < region.end);
}

/** Table B's rows that only this format has (the 2021 format's sub-rows of （六）其他处理). */
const ownRowsOfB = new Map<FormatVersion, Set<string>>(
  Object.values(formats).map((f) => {
    const elsewhere = new Set(Object.values(formats).filter((o) => o !== f).flatMap((o) => o.tableB.rows.map((r) => r.key)));
    return [f.version, new Set(f.tableB.rows.filter((r) => !elsewhere.has(r.key)).map((r) => r.key))];
  }),
);

/** The formats whose table B has rows the others lack: only such a format can be told by table B. */
export const formatsWithOwnRowsOfB: FormatVersion[] = [...ownRowsOfB].filter(([, keys]) => keys.size > 0).map(([v]) => v);

/**
 * Table B read on a format, as evidence of it: the rows only that format has, found by their own
 * labels beside their numbers. Its markers seldom stand alone in a cell ("1.申请人无正当理由……", a
 * character mistyped), but the rows' labels are found as the rows are (bindRows: numbering,
 * variants, a lost character). A row placed by the table's order shows nothing, nor a label without
 * numbers: "3.其他" is also the header of a column.
 */
export function tableBEvidence(table: ReadTable, version: FormatVersion): Evidence[] {
  const own = ownRowsOfB.get(version);
  const evidence: Evidence[] = [];
  for (const row of table.rows) {
    if (own?.has(row.key) && row.labelSpan && !row.placedByOrder && row.cells.length > 0) evidence.push({ version, label: row.labelText, span: row.labelSpan });
  }
  return evidence;
}
