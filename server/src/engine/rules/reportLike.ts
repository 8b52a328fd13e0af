// Whether a text is an annual report at all: rules about what a report lacks speak only then, so
// a notice or a memo opened in the editor gets no "missing section" noise.
import type { Report } from '../model.ts';

export function isReport(report: Report): boolean {
  const { A, B, C } = report.tables;
  return Boolean(A || B || C) || new Set(report.sections.map((s) => s.number)).size >= 3;
}
