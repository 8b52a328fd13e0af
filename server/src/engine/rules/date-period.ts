// date/period: the statistics period must be one whole calendar year, 1月1日 to 12月31日 of the
// report year ("2022年1月1日至12月31日" counts). A period of the right shape in another year is
// date/year-mismatch's; a date that cannot exist is date/impossible's.
import type { DateMention, Finding } from '../model.ts';
import { dateExists } from '../parse/dates.ts';
import { dateWords } from './dateWords.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

function startsYear(d: DateMention): boolean {
  return d.month === 1 && (d.day === null || d.day === 1);
}

function endsYear(d: DateMention, year: number): boolean {
  return d.year === year && d.month === 12 && (d.day === null || d.day === 31);
}

export const datePeriod: Rule = {
  id: 'date/period',
  severity: 'error',
  description: {
    zh: '统计期限不是报告年度的1月1日至12月31日。',
    en: 'The statistics period is not 1 January to 31 December of the report year.',
  },
  check(report) {
    const out: Finding[] = [];
    const dates = report.dates;
    for (let i = 0; i < dates.length; i++) {
      const start = dates[i]!;
      const end = dates[i + 1];
      if (start.role !== 'period-start' || !end || end.role !== 'period-end') continue;
      if (!dateExists(start) || !dateExists(end)) continue;
      if (startsYear(start) && endsYear(end, start.year)) continue;
      const year = report.year ?? start.year;
      const from = dateWords(start);
      const to = dateWords(end);
      out.push(finding(this, {
        zh: `统计期限应为${year}年1月1日至${year}年12月31日，这里写的是${from.zh}至${to.zh}`,
        en: `The statistics period should be ${year}-01-01 to ${year}-12-31; it says ${from.en} to ${to.en}`,
      }, { start: start.span.start, end: end.span.end }));
    }
    return out;
  },
};
