// One report's line in the batch report: small, so the summary of 10 000 reports fits in memory
// while each report's details are written out as soon as it is checked.
import type { Analysis, Finding, Message } from '../engine/model.ts';
import { cellAt } from '../engine/tableLookup.ts';

export interface BatchEntry {
  /** Position in the run; the details section's anchor is `report-<index>`. */
  index: number;
  path: string;
  agency: string | null;
  year: number | null;
  format: '2019' | '2021' | null;
  errors: number;
  warnings: number;
  /** Findings of severity information, and hint: counted in the page's totals as in the run's summary. */
  information: number;
  hints: number;
  /** The rule ids that fired, each once. */
  rules: string[];
  /**
   * What the reading of a converted document noted, in the run's language (a page with no text
   * layer, pictures); `textNotRead`: part of the file's text was not read (documents/types.ts decides).
   */
  notes: { message: string; textNotRead: boolean }[];
  /** What table/unread says was not read of each table (which rows), for the page's list of reports read in part. */
  unread: Message[];
  /** The publication date as written (yyyy-mm-dd) and how it stands to the period and deadline. */
  published: { date: string; standing: 'early' | 'late' | 'ok' } | null;
  /** For the per-agency charts: table B's totals and table C's pending cases. */
  numbers: { received: number | null; handled: number | null; pending: number | null; reviewPending: number | null; suitsPending: number | null };
}

/**
 * A report read only in part, from the rules that fired on it and what its reading noted: its
 * tables not read whole (the engine's table/unread finding), or part of the file's text not read
 * (a page with no text layer, a picture in a .docx). The run's summary and the HTML page count these.
 */
export function readInPart(rules: readonly string[], notes: readonly { textNotRead: boolean }[] = []): boolean {
  return rules.includes('table/unread') || notes.some((n) => n.textNotRead);
}

export function batchEntryOf(index: number, path: string, agency: string | null, analysis: Analysis, findings: readonly Finding[], notes: BatchEntry['notes'] = []): BatchEntry {
  const { report } = analysis;
  const total = (row: string) => {
    const columns = report.tables.B?.columns.length ?? 0;
    const cell = columns ? cellAt(report, { table: 'B', row, column: columns - 1 }) : null;
    return cell?.value.kind === 'number' ? cell.value.value : null;
  };
  const c = (column: number) => {
    const cell = cellAt(report, { table: 'C', row: report.tables.C?.rows[0]?.key ?? '', column });
    return cell?.value.kind === 'number' ? cell.value.value : null;
  };
  const publication = report.dates.find((d) => d.role === 'publication' && d.month !== null && d.day !== null);
  const fired = (prefix: string) => findings.some((f) => f.rule.startsWith(prefix));
  return {
    index,
    path,
    agency,
    year: report.year,
    format: report.format.version,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    information: findings.filter((f) => f.severity === 'information').length,
    hints: findings.filter((f) => f.severity === 'hint').length,
    rules: [...new Set(findings.map((f) => f.rule))].sort(),
    notes,
    unread: findings.filter((f) => f.rule === 'table/unread').map((f) => f.message),
    published: publication
      ? {
          date: `${publication.year}-${String(publication.month).padStart(2, '0')}-${String(publication.day).padStart(2, '0')}`,
          standing: fired('date/publication-early') ? 'early' : fired('date/publication-late') ? 'late' : 'ok',
        }
      : null,
    numbers: { received: total('new'), handled: total('total'), pending: total('pending'), reviewPending: c(3), suitsPending: sum(c(8), c(13)) },
  };
}

function sum(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}
