// Whether a text is an annual report at all: one place for the whole program. Rules about what a
// report lacks speak only then, so a notice or a memo opened in the editor gets no "missing
// section" noise; the editor checks plain text and Markdown only then; the CLI says a named file
// that is not one is no report, and skips it in a folder.
import type { Report, YearEvidence } from '../model.ts';

/**
 * A report has one of its three tables, three of its six sections, or a report title
 * ("2023年政府信息公开工作年度报告": a draft just begun, or a crawler's text all on one line).
 */
export function isReport(report: Report): boolean {
  const { A, B, C } = report.tables;
  return Boolean(A || B || C) || hasThreeSections(report) || report.yearEvidence.some((e) => e.source === 'title' && isOwnTitle(report, e));
}

/**
 * The title line is this report's title, not a line of another document that names a report, as
 * an evaluator's folder holds them beside the reports: a notice asking for it, a sentence
 * ("请于2024年1月31日前报送本单位2023年政府信息公开工作年度报告。"); a letter sending it
 * ("关于报送某局2023年政府信息公开工作年度报告的函", "…的通知"); an attachment's name ("附件：…").
 */
function isOwnTitle(report: Report, title: YearEvidence): boolean {
  const line = report.halfWidth.slice(title.lines?.start ?? title.span.start, title.lines?.end ?? title.span.end).trim();
  return !SENTENCE_END.test(line) && !ABOUT_A_REPORT.test(line) && !ATTACHMENT.test(line);
}

const SENTENCE_END = /[。；，,;]$/;
/** "…报告的函", "…报告的通知", "…报告的请示": a document about the report, named after it. */
const ABOUT_A_REPORT = /报告的[\u4e00-\u9fff]{1,4}$/;
const ATTACHMENT = /^附件/;

/** Three different sections, looked for until found: six rules ask, and a text may open thousands. */
function hasThreeSections(report: Report): boolean {
  const seen = new Set<number>();
  for (const s of report.sections) if (seen.add(s.number).size >= 3) return true;
  return false;
}
