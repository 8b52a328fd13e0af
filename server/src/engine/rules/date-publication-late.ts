// date/publication-late: the report was published after its deadline (条例 第四十九条): 1月31日 of
// the next year for a department, 3月31日 for a government's own report. Which one applies is the
// `reportKind` option, or guessed from the title: a title naming a government itself
// ("某某区人民政府", not its 办公室, 局 or 委) is a government's report.
import type { Finding, Report } from '../model.ts';
import type { ReportKind } from '../options.ts';
import { dateExists, dateKey } from '../parse/dates.ts';
import { isBlankText } from '../text/normalize.ts';
import { dateWords } from './dateWords.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** An agency name that is a government itself. */
const GOVERNMENT = /(?:人民政府|[省市区县旗盟州]政府)$/;
/** The agency written after the title's year, before the report's subject. */
const AGENCY_AFTER_YEAR = /^\S{4}\s*年度?([^\n\r]{2,40}?)(?:政府信息公开|政务公开)/;
/** What may stand after the agency on its line: punctuation and spaces. */
const TRAILING_NOISE = /[\s\u3000（）()【】《》“”"'：:，,。.、|｜_\-—]+$/;

/** The agency as the title names it: the text before the title's year, or the line(s) above it. */
function titleAgency(report: Report): string | null {
  const title = report.yearEvidence.find((e) => e.source === 'title');
  const text = report.text;
  // The title's line up to its year, else the first written line.
  const lineStart = (at: number) => Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  if (title) {
    const before = text.slice(lineStart(title.span.start), title.span.start).replace(TRAILING_NOISE, '');
    if (before.trim() !== '') return before.trim();
    // "2021年某某市人民政府政府信息公开工作年度报告": the agency between the year and the subject.
    const after = AGENCY_AFTER_YEAR.exec(text.slice(title.span.start, title.span.start + 80));
    if (after && after[1]) return after[1].trim();
    // The agency on a line of its own above the title.
    const lines = text.slice(Math.max(0, title.span.start - 200), lineStart(title.span.start)).split(/\r\n|\r|\n/);
    const above = lines.reverse().find((l) => !isBlankText(l));
    return above ? above.replace(TRAILING_NOISE, '').trim() : null;
  }
  const first = text.slice(0, 400).split(/\r\n|\r|\n/).find((l) => !isBlankText(l));
  return first ? first.replace(TRAILING_NOISE, '').trim() : null;
}

export function guessReportKind(report: Report): ReportKind {
  const agency = titleAgency(report);
  // Without a name to read, the later deadline: no warning the title could not back.
  if (agency === null) return 'government';
  return GOVERNMENT.test(agency) ? 'government' : 'department';
}

export const datePublicationLate: Rule = {
  id: 'date/publication-late',
  severity: 'warning',
  description: {
    zh: '发布日期晚于法定发布期限（部门1月31日，本级政府3月31日）。',
    en: 'The publication date is after the legal deadline (31 January for departments, 31 March for a government).',
  },
  check(report, context) {
    const year = report.year;
    if (year === null) return [];
    const out: Finding[] = [];
    let kind: ReportKind | undefined = context.options.reportKind;
    for (const d of report.dates) {
      if (d.role !== 'publication' || d.month === null || !dateExists(d)) continue;
      kind ??= guessReportKind(report);
      const deadlineMonth = kind === 'government' ? 3 : 1;
      // The earliest day the date can mean: a month-only date may be its first day.
      if (dateKey(d.year, d.month, d.day ?? 1) <= dateKey(year + 1, deadlineMonth, 31)) continue;
      const when = dateWords(d);
      const who = kind === 'government'
        ? { zh: '本级政府的年度报告应于次年3月31日前发布', en: "a government's own report is due by 31 March of the next year" }
        : { zh: '部门的年度报告应于次年1月31日前发布', en: "a department's report is due by 31 January of the next year" };
      out.push(finding(this, {
        zh: `发布日期${when.zh}晚于${year + 1}年${deadlineMonth}月31日：${who.zh}（报告类型可在设置中指定）`,
        en: `The publication date ${when.en} is after ${year + 1}-0${deadlineMonth}-31: ${who.en} (the report kind can be set)`,
      }, d.span));
    }
    return out;
  },
};
