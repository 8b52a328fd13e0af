// workspace/same-year: a report not compared with its agency's report of the year before, because
// one of the two years has several reports of the agency that read differently (a draft and the
// final text, two offices of one name): which one stands for the year is unknown. Said on each report
// left so, naming the others, so that an evaluator knows why 结转 and 现行有效件数 were not compared.
import type { Finding, Message, Severity } from '../model.ts';
import { finding } from '../rules/finding.ts';
import type { Unpaired } from './pairs.ts';

export const workspaceSameYear: { id: string; severity: Severity; description: Message; check(found: Unpaired): Finding[] } = {
  id: 'workspace/same-year',
  severity: 'information',
  description: {
    zh: '同一单位同一年度有多份报告，无法确定以哪一份与相邻年度比对，未做跨年度核对。',
    en: 'The agency has several reports of one year: which one to compare across years is unknown, so no year-to-year check was made.',
  },
  check({ report, which, several }) {
    const year = report.year ?? 0;
    const names = several.map((r) => r.name);
    const n = names.length;
    return [finding(this, which === 'this-year'
      ? {
        zh: `同一单位${year}年度还有 ${n} 份报告（${names.join('、')}），无法确定以哪一份与${year - 1}年报告比对，未做跨年度核对`,
        en: `The agency has ${n} more ${n === 1 ? 'report' : 'reports'} of ${year} (${names.join(', ')}): which one to compare with the ${year - 1} report is unknown, so no year-to-year check was made`,
      }
      : {
        zh: `同一单位${year - 1}年度有 ${n} 份报告（${names.join('、')}），无法确定与哪一份比对，未做跨年度核对`,
        en: `The agency has ${n} reports of ${year - 1} (${names.join(', ')}): which one to compare with is unknown, so no year-to-year check was made`,
      }, report.firstLine)];
  },
};
