// format/template-mismatch: a report of 2021 or later filled in on the 2019 trial format, or an
// earlier one on the 2021 format (国办公开办函〔2021〕30号 applies from the 2021 reports). Said only
// when the tables' labels show the format, naming them.
import { formatForYear } from '../formats/index.ts';
import { versionFromEvidence } from '../parse/formatDetect.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

const formatName = { '2019': { zh: '2019年试行格式', en: 'the 2019 trial format' }, '2021': { zh: '2021年新格式', en: 'the 2021 format' } };

export const formatTemplateMismatch: Rule = {
  id: 'format/template-mismatch',
  severity: 'warning',
  description: {
    zh: '报告年度与所用表格格式不符（2021年及以后应使用新格式）。',
    en: 'The tables use the format of another year (reports for 2021 on use the 2021 format).',
  },
  check(report) {
    const { year } = report;
    const used = versionFromEvidence(report.format.evidence);
    if (year === null || used === null) return [];
    const due = formatForYear(year);
    if (used === due) return [];
    const shown = report.format.evidence.filter((e) => e.version === used);
    const first = shown[0];
    if (!first) return [];
    const labels = shown.slice(0, 3).map((e) => `“${e.label.trim()}”`).join('');
    return [finding(this, {
      zh: `${year}年度报告应使用${formatName[due].zh}，表格却是${formatName[used].zh}（${labels}）`,
      en: `A ${year} report should use ${formatName[due].en}, but its tables are on ${formatName[used].en} (${labels})`,
    }, first.span, {
      related: shown.slice(1).map((e) => ({ message: { zh: `${formatName[used].zh}的栏目`, en: `a label of ${formatName[used].en}` }, span: e.span })),
    })];
  },
};
