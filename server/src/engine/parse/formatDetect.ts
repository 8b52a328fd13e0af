// Which format a report uses, from the labels present in its tables: each format has labels that
// the other lacks (FORMAT.md: "Any of these labels marks the old format").
import { formats } from '../formats/index.ts';
import type { FormatVersion, Report, Span } from '../model.ts';
import { normalizeLabel } from '../text/normalize.ts';
import type { PhysicalRow } from './cells.ts';

type Evidence = Report['format']['evidence'][number];

const markerIndex: Map<string, FormatVersion> = new Map(
  (Object.values(formats)).flatMap((f) => f.markers.map((m) => [normalizeLabel(m), f.version] as [string, FormatVersion])),
);

export function formatEvidence(rows: PhysicalRow[]): Evidence[] {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const add = (text: string, span: Span) => {
    const version = markerIndex.get(normalizeLabel(text));
    if (!version || seen.has(normalizeLabel(text))) return;
    seen.add(normalizeLabel(text));
    evidence.push({ version, label: text, span });
  };
  // A label may be wrapped over two cells ("本年新" / "制作数量").
  const cells = rows.flatMap((r) => r.cells).filter((c) => c.text !== '');
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell) continue;
    add(cell.text, cell.span);
    const next = cells[i + 1];
    if (next && !markerIndex.has(normalizeLabel(cell.text))) add(cell.text + next.text, { start: cell.span.start, end: next.span.end });
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
