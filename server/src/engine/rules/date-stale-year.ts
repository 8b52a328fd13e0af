// date/stale-year: last year's year opening a sentence ("2020年，我局…" in a 2021 report) inside
// sections 一 to 四, a typical leftover of last year's report. Sentences that compare years
// ("较2020年", "与2020年相比", "同比") or name the report year as well, and years that start a span
// ("2020年以来", "2020年至2021年") are left alone. Plans name next year, never last year.
import type { Finding } from '../model.ts';
import { opensSentence, sentenceFrom, writeYearLike } from '../parse/dates.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** Words that make a sentence about the previous year a comparison: "同比", "较上年", "比2020年". */
const COMPARISON = /同比|环比|相比|比较|对比|较(?:上|去|前|19|20)|比(?:上|去|前|19|20)|上一?年|去年|前一年/;

export const dateStaleYear: Rule = {
  id: 'date/stale-year',
  severity: 'warning',
  description: {
    zh: '正文中以上一年份开头的句子，可能是沿用上年报告未改的内容。',
    en: "A sentence opening with last year's year, likely left over from last year's report.",
  },
  check(report) {
    const year = report.year;
    if (year === null) return [];
    const sections = report.sections.filter((s) => s.number >= 1 && s.number <= 4);
    if (sections.length === 0) return [];
    const text = report.text;
    const out: Finding[] = [];
    // Dates and sections are both in text order: walk the sections once alongside the dates
    // (asking every section about every date is quadratic on a text with thousands of headings).
    let at = 0;
    for (const d of report.dates) {
      if (d.year !== year - 1 || d.role !== 'text' || d.month !== null || d.range) continue;
      while (at < sections.length && sections[at]!.span.end < d.span.end) at++;
      const section = sections[at];
      if (!section || d.span.start < section.span.start) continue;
      if (!/^[ \t]*[，,]/.test(text.slice(d.span.end, d.span.end + 3))) continue;
      if (!opensSentence(text, d.span.start)) continue;
      // The words read for meaning: "同⽐" written in a radical is still a comparison.
      const sentence = sentenceFrom(report.halfWidth, d.span.end);
      if (COMPARISON.test(sentence) || mentionsYear(sentence, year)) continue;
      const writtenYear = text.slice(d.span.start, d.span.start + 4);
      const newYear = writeYearLike(writtenYear, year);
      out.push(finding(this, {
        zh: `${year}年度的报告中以“${text.slice(d.span.start, d.span.end)}”开头：可能是沿用上年报告未改的年份`,
        en: `A ${year} report has a sentence opening with ${year - 1}: probably left over from last year's report`,
      }, d.span, {
        fixes: [{
          title: { zh: `改为${newYear}`, en: `Write ${year}` },
          edits: [{ span: { start: d.span.start, end: d.span.start + 4 }, newText: newYear }],
          // The year may be meant (an event of last year told as background): never applied unasked.
          safe: false,
        }],
      }));
    }
    return out;
  },
};

/** True when the sentence also names the given year (in any of the ways a year is written). */
function mentionsYear(sentence: string, year: number): boolean {
  const variants = [String(year), writeYearLike('２０００', year), writeYearLike('〇〇〇〇', year), writeYearLike('零零零零', year)];
  return variants.some((v) => sentence.includes(v));
}
