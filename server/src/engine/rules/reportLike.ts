// Whether a text is an annual report at all: one place for the whole program. Rules about what a
// report lacks speak only then, so a notice or a memo opened in the editor gets no "missing
// section" noise; the editor checks plain text and Markdown only then; the CLI says a named file
// that is not one is no report, and skips it in a folder.
import type { Report } from '../model.ts';

/**
 * A report has one of its three tables, three of its six sections, or a report title
 * ("2023年政府信息公开工作年度报告": a draft just begun, or a crawler's text all on one line).
 */
export function isReport(report: Report): boolean {
  const { A, B, C } = report.tables;
  return Boolean(A || B || C) || hasThreeSections(report) || report.yearEvidence.some((e) => e.source === 'title');
}

/** Three different sections, looked for until found: six rules ask, and a text may open thousands. */
function hasThreeSections(report: Report): boolean {
  const seen = new Set<number>();
  for (const s of report.sections) if (seen.add(s.number).size >= 3) return true;
  return false;
}
