// date/weekday: the weekday written beside a date ("2019年12月3日星期二") is not that date's.
// The fix writes the date's weekday in the same style (星期/周/礼拜), keeping the date: the date
// is what the report means, the weekday was copied or guessed.
import type { Finding } from '../model.ts';
import { dateExists, weekdayOf } from '../parse/dates.ts';
import { dateWords, weekdayWords } from './dateWords.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

const DIGIT = ['日', '一', '二', '三', '四', '五', '六'];

export const dateWeekday: Rule = {
  id: 'date/weekday',
  severity: 'error',
  description: {
    zh: '日期旁的星期与日历不符。',
    en: 'The weekday beside a date does not match the calendar.',
  },
  check(report) {
    const out: Finding[] = [];
    for (const d of report.dates) {
      if (!d.weekday || d.month === null || d.day === null || !dateExists(d)) continue;
      const actual = weekdayOf(d.year, d.month, d.day);
      if (actual === d.weekday.value) continue;
      const written = report.text.slice(d.weekday.span.start, d.weekday.span.end);
      const prefix = written.slice(0, -1);
      const newText = prefix + (actual === 0 && prefix === '礼拜' ? '天' : DIGIT[actual]!);
      const when = dateWords(d);
      const right = weekdayWords[actual]!;
      out.push(finding(this, {
        zh: `${when.zh}是${right.zh}，不是${written}`,
        en: `${when.en} is a ${right.en}, not a ${weekdayWords[d.weekday.value]!.en}`,
      }, d.weekday.span, {
        related: [{ message: { zh: `日期：${when.zh}`, en: `Date: ${when.en}` }, span: d.span }],
        fixes: [{ title: { zh: `改为“${newText}”`, en: `Write "${newText}"` }, edits: [{ span: d.weekday.span, newText }], safe: true }],
      }));
    }
    return out;
  },
};
