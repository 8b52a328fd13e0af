// Which format a report uses, from the labels present in its tables: each format has labels that
// the other lacks (FORMAT.md: "Any of these labels marks the old format").
import { formats } from '../formats/index.ts';
import type { FormatVersion, Report, Span } from '../model.ts';
import { normalizeLabel } from '../text/normalize.ts';
import { isValueCell, type PhysicalRow, type RawCell } from './cells.ts';

type Evidence = Report['format']['evidence'][number];

const markerIndex: Map<string, FormatVersion> = new Map(
  (Object.values(formats)).flatMap((f) => f.markers.map((m) => [normalizeLabel(m), f.version] as [string, FormatVersion])),
);

const NO_LABEL = '\u0000';

/** Every beginning of a marker: only a cell that begins one may be joined with the next. */
const markerStarts = new Set([...markerIndex.keys()].flatMap((m) => [...Array(m.length).keys()].map((i) => m.slice(0, i + 1))));

export function formatEvidence(rows: PhysicalRow[]): Evidence[] {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const add = (text: string, normalized: string, span: Span) => {
    const version = markerIndex.get(normalized);
    if (!version || seen.has(normalized)) return;
    seen.add(normalized);
    evidence.push({ version, label: text, span });
  };
  // A label may be wrapped over two cells ("本年新" / "制作数量"), never over a number: a value
  // cell's form matches nothing, alone or joined. Each filled cell is joined to the one before it
  // (read in one pass, without a list of the cells made first).
  let previous: RawCell | null = null;
  let previousNormalized = '';
  for (const row of rows) {
    for (const c of row.cells) {
      if (c.text === '') continue;
      const normalized = isValueCell(c) ? NO_LABEL : normalizeLabel(c.text);
      if (previous && !markerIndex.has(previousNormalized) && markerStarts.has(previousNormalized)) {
        add(previous.text + c.text, previousNormalized + normalized, { start: previous.span.start, end: c.span.end });
      }
      add(c.text, normalized, c.span);
      previous = c;
      previousNormalized = normalized;
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
