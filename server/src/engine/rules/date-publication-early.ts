// date/publication-early: the report's publication date (a date line under the title or under the
// signature) falls before the statistics period has ended: the report cannot have been written
// then (usually a date left from a template or last year's report).
import type { Finding, Related } from '../model.ts';
import { dateExists, dateKey } from '../parse/dates.ts';
import { dateWords, sourceWords } from './dateWords.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

export const datePublicationEarly: Rule = {
  id: 'date/publication-early',
  severity: 'error',
  description: {
    zh: '发布日期早于统计期限结束。',
    en: 'The publication date is before the statistics period ends.',
  },
  check(report) {
    const year = report.year;
    if (year === null) return [];
    const out: Finding[] = [];
    for (const d of report.dates) {
      if (d.role !== 'publication' || d.month === null || !dateExists(d)) continue;
      // The latest day the date can mean: a month-only date may be its last day.
      const latest = dateKey(d.year, d.month, d.day ?? 31);
      if (latest > dateKey(year, 12, 31)) continue;
      const when = dateWords(d);
      const years = year - d.year;
      const related: Related[] = report.yearEvidence
        .filter((e) => e.year === year)
        .map((e) => ({ message: { zh: `${sourceWords[e.source].zh}：${year}年`, en: `${sourceWords[e.source].en}: ${year}` }, span: e.span }));
      out.push(finding(this, {
        zh: `发布日期${when.zh}早于统计期限结束（${year}年12月31日）${years >= 1 ? `，早了约${years}年` : ''}：报告不能在所报告的年度结束前发布`,
        en: `The publication date ${when.en} is before the statistics period ends (${year}-12-31)${years >= 1 ? `, by about ${years} year${years > 1 ? 's' : ''}` : ''}: a report cannot be published before the year it reports on is over`,
      }, d.span, { related }));
    }
    return out;
  },
};
