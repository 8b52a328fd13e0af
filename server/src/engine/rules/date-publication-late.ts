// date/publication-late: the report was published after its deadline (条例 第四十九条): 1月31日 of
// the next year for a department, 3月31日 for a government's own report. Which one applies is the
// `reportKind` option, or guessed from the agency the text names (parse/agency.ts): an area named
// alone or as its 人民政府 ("某某区", "某某综合实验区") is a government, an area with a department word
// after it (…局, …委, …办公室) a department.
import type { Finding } from '../model.ts';
import type { ReportKind } from '../options.ts';
import { dateExists, dateKey } from '../parse/dates.ts';
import { dateWords } from './dateWords.ts';
import { finding } from './finding.ts';
import { guessReportKind } from './reportKind.ts';
import type { Rule } from './types.ts';

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
    const given = context.options.reportKind;
    let kind: ReportKind | undefined = given;
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
      // Whose report it is, when guessed from the agency's name, is said with the name, so that a
      // wrong guess is seen and corrected. A kind given is not said again; without a name the later
      // deadline (a government's) was taken. The engine does not know which front end shows the
      // message, so it names both ways of giving the kind: the CLI's option and the editor's setting.
      const guessed = given === undefined && report.agency
        ? {
            zh: `（按单位“${report.agency.name}”判断为${kind === 'government' ? '本级政府' : '部门'}的报告，如不对可指定报告类型：命令行用 --report-kind，编辑器用设置 nianbao.reportKind）`,
            en: ` (taken for ${kind === 'government' ? "a government's own report" : "a department's report"} from the agency "${report.agency.name}"; if that is wrong, give the report kind: --report-kind on the command line, the nianbao.reportKind setting in the editor)`,
          }
        : { zh: '', en: '' };
      out.push(finding(this, {
        zh: `发布日期${when.zh}晚于${year + 1}年${deadlineMonth}月31日：${who.zh}${guessed.zh}`,
        en: `The publication date ${when.en} is after ${year + 1}-0${deadlineMonth}-31: ${who.en}${guessed.en}`,
      }, d.span));
    }
    return out;
  },
};
