// date/impossible: a date that does not exist (2月30日, 13月, 2021年2月29日) or a range that ends
// before it starts. A range whose end does not write its year ("12月1日至1月31日") may cross into
// the next year and is left alone; the statistics period's range is date/period's.
import type { DateMention, Finding } from '../model.ts';
import { bareMonthDays, dateExists } from '../parse/dates.ts';
import { dateWords } from './dateWords.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** The longest a month can be in any year. */
const LONGEST = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Compares two dates at the precision both write: -1, 0 or 1. */
function compare(a: DateMention, b: DateMention): number {
  const parts = (d: DateMention) => [d.year, ...(a.month !== null && b.month !== null ? [d.month!] : []), ...(a.day !== null && b.day !== null ? [d.day!] : [])];
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

export const dateImpossible: Rule = {
  id: 'date/impossible',
  severity: 'error',
  description: {
    zh: '日期不存在（如2月30日、13月），或日期区间的结束早于开始。',
    en: 'A date that does not exist (30 February, month 13), or a range that ends before it starts.',
  },
  check(report) {
    const out: Finding[] = [];
    const dates = report.dates;
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i]!;
      const written = report.text.slice(d.span.start, d.span.end);
      if (!dateExists(d)) {
        out.push(finding(this, {
          zh: `日期“${written}”不存在`,
          en: `The date "${written}" does not exist`,
        }, d.span));
        continue;
      }
      const end = dates[i + 1];
      if (d.range !== 'start' || !end || end.range !== 'end' || end.yearImplied || d.role === 'period-start') continue;
      if (!dateExists(end) || compare(d, end) <= 0) continue;
      const from = dateWords(d);
      const to = dateWords(end);
      out.push(finding(this, {
        zh: `日期区间的结束（${to.zh}）早于开始（${from.zh}）`,
        en: `The range ends (${to.en}) before it starts (${from.en})`,
      }, { start: d.span.start, end: end.span.end }));
    }
    for (const md of bareMonthDays(report.dateText, dates)) {
      if (md.month >= 1 && md.month <= 12 && md.day >= 1 && md.day <= LONGEST[md.month]!) continue;
      const written = report.text.slice(md.span.start, md.span.end);
      out.push(finding(this, { zh: `日期“${written}”不存在`, en: `The date "${written}" does not exist` }, md.span));
    }
    return out;
  },
};
