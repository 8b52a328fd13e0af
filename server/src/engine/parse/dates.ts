// Every date the report writes, with its weekday and its role (publication line, statistics
// period, prose). Dates are read from a copy of the text in which full-width digits and years in
// Chinese numerals (二〇二一) are written as ASCII digits; every replacement is one character for
// one, so offsets into the copy are offsets into the text.
import { RUN_IN_SECTION_TITLE } from '../formats/sections.ts';
import type { DateMention, Span } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { chineseNumeralValue, isBlankText, isWhitespace, toHalfWidth } from '../text/normalize.ts';

// ---------------------------------------------------------------------------------------------
// The calendar

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (month 1…12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the date exists: month 1…12, day 1…its month's last (day and month may be absent). */
export function dateExists(d: { year: number; month: number | null; day: number | null }): boolean {
  if (d.month === null) return d.day === null;
  if (d.month < 1 || d.month > 12) return false;
  return d.day === null || (d.day >= 1 && d.day <= daysInMonth(d.year, d.month));
}

/** The weekday of a date (0 = Sunday), by the proleptic Gregorian calendar. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** A date as a number that orders dates: yyyymmdd. */
export function dateKey(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

// ---------------------------------------------------------------------------------------------
// Reading

const YEAR_DIGIT: Record<string, string> = {
  '〇': '0', '零': '0', '○': '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
/** Four numerals of a year, as they stand before 年 (with at most two spaces or tabs between). */
const CHINESE_YEAR = /^[〇零○O一二三四五六七八九]{4}$/;
/** What may not stand before a year in Chinese numerals: it would be part of a longer number. */
const NUMERAL_BEFORE = /[〇零○O一二三四五六七八九十0-9]/;

/**
 * The half-width text (toHalfWidth) with years in Chinese numerals as ASCII digits, one character
 * for one: "二〇二一年" reads "2021年", "２０２１年" reads "2021年". Made once per analysis
 * (Report.dateText).
 */
export function dateTextOf(halfWidth: string): string {
  // Looked for from each 年 backwards rather than matched at every numeral: 年 is much rarer.
  const parts: string[] = [];
  let from = 0;
  for (let at = halfWidth.indexOf('年'); at >= 0; at = halfWidth.indexOf('年', at + 1)) {
    let end = at;
    while (end > from && at - end < 2 && (halfWidth[end - 1] === ' ' || halfWidth[end - 1] === '\t')) end--;
    const start = end - 4;
    if (start < from) continue;
    const run = halfWidth.slice(start, end);
    if (!CHINESE_YEAR.test(run)) continue;
    if (start > 0 && NUMERAL_BEFORE.test(halfWidth[start - 1]!)) continue;
    const digits = [...run].map((c) => YEAR_DIGIT[c] ?? c).join('');
    if (!digits.startsWith('19') && !digits.startsWith('20')) continue;
    parts.push(halfWidth.slice(from, start), digits);
    from = end;
  }
  if (from === 0) return halfWidth;
  parts.push(halfWidth.slice(from));
  return parts.join('');
}

const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})[ \t]{0,2}年(度)?/y;
const YEAR_ANYWHERE = /(?<![0-9])(?:19|20)[0-9]{2}[ \t]{0,2}年/g;
const MONTH = /[ \t]{0,2}([0-9]{1,2}|元|[一二三四五六七八九十]{1,2})[ \t]{0,2}月/y;
const DAY = /[ \t]{0,2}([0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]{0,2}[日号]/y;
/** "星期二", "周二", "（星期二）", "礼拜天" right after a date. */
const WEEKDAY = /[ \t]{0,2}(?:[（(][ \t]?)?((?:星期|周|礼拜)([一二三四五六日天]))/y;
/** A weekday followed by another ("周一至周五"): days of the week, not a date's weekday. */
const WEEKDAY_RANGE = /[ \t]{0,2}(?:至|到|—{1,2}|-|~|、|和)[ \t]{0,2}(?:星期|周|礼拜)[一二三四五六日天]/y;
const CLOSE_BRACKET = /[ \t]?[）)]/y;
/** Between the two ends of a range: "至", "起至", "—", "到", "~". */
const CONNECTOR = /[ \t]{0,2}起?[ \t]{0,2}(?:至|到|—{1,2}|–|-|~)[ \t]{0,2}/y;

const WEEKDAY_VALUE: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

interface Token {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
}

function numberOf(s: string): number | null {
  if (s === '元') return 1;
  return /^[0-9]+$/.test(s) ? Number(s) : chineseNumeralValue(s);
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Month and day at `at` ("12月31日", "12月"), or null. */
function monthDayAt(s: string, at: number): Omit<Token, 'year'> | null {
  const m = sticky(MONTH, s, at);
  if (!m || !m[1]) return null;
  const month = numberOf(m[1]);
  if (month === null) return null;
  const end = at + m[0].length;
  const d = sticky(DAY, s, end);
  const day = d && d[1] ? numberOf(d[1]) : null;
  if (d && day !== null) return { start: at + m[0].length - m[0].trimStart().length, end: end + d[0].length, month, day };
  return { start: at + m[0].length - m[0].trimStart().length, end, month, day: null };
}

/** A date with its year at `at` ("2021年", "2021年度", "2021年3月", "2021年3月5日"), or null. */
function dateAt(s: string, at: number): Token | null {
  const y = sticky(YEAR, s, at);
  if (!y || !y[1]) return null;
  const token: Token = { start: at, end: at + y[0].length, year: Number(y[1]), month: null, day: null };
  if (y[2]) return token; // "2021年度" names a year, never a month
  const md = monthDayAt(s, token.end);
  if (md) {
    token.end = md.end;
    token.month = md.month;
    token.day = md.day;
  }
  return token;
}

function weekdayAt(s: string, at: number): DateMention['weekday'] {
  const w = sticky(WEEKDAY, s, at);
  if (!w || !w[1] || !w[2]) return null;
  const value = WEEKDAY_VALUE[w[2]];
  if (value === undefined) return null;
  // "2021年3月1日周一至周五开放" names working days, not the date's weekday.
  if (sticky(WEEKDAY_RANGE, s, at + w[0].length)) return null;
  const start = at + w[0].length - w[1].length;
  return { value, span: { start, end: start + w[1].length } };
}

/** The offset after a weekday's closing bracket, if it has one. */
function afterWeekday(s: string, at: number): number {
  const close = sticky(CLOSE_BRACKET, s, at);
  return close ? at + close[0].length : at;
}

function mention(t: Token, year: number, s: string, extra: Partial<DateMention> = {}): DateMention {
  return {
    span: { start: t.start, end: t.end },
    year,
    month: t.month,
    day: t.day,
    weekday: t.day !== null ? weekdayAt(s, t.end) : null,
    role: 'text',
    ...extra,
  };
}

/** The end of a range after `start` ("至2021年12月31日", "至12月31日", "—2022年"), or null. */
function rangeEndAt(s: string, start: Token, at: number): { token: Token; yearImplied: boolean } | null {
  const c = sticky(CONNECTOR, s, at);
  if (!c) return null;
  const from = at + c[0].length;
  const full = dateAt(s, from);
  // Both ends name the same parts: a day with a day, a month with a month, a year with a year.
  if (full && (full.month === null) === (start.month === null) && (full.day === null) === (start.day === null)) {
    return { token: full, yearImplied: false };
  }
  if (full || start.month === null) return null;
  const md = monthDayAt(s, from);
  if (!md || md.start !== from || (md.day === null) !== (start.day === null)) return null;
  return { token: { ...md, year: start.year }, yearImplied: true };
}

/** Every date written with its year, in order, ranges marked; roles are all 'text' here. */
function scan(s: string): DateMention[] {
  const out: DateMention[] = [];
  YEAR_ANYWHERE.lastIndex = 0;
  for (let m = YEAR_ANYWHERE.exec(s); m; m = YEAR_ANYWHERE.exec(s)) {
    const start = dateAt(s, m.index);
    if (!start || start.year === null) continue;
    let next = start.end;
    // A weekday may stand between the start and the connector: "3月1日（星期二）至3月4日".
    const weekday = start.day !== null ? weekdayAt(s, start.end) : null;
    const end = rangeEndAt(s, start, weekday ? afterWeekday(s, weekday.span.end) : start.end);
    if (end && end.token.year !== null) {
      out.push(mention(start, start.year, s, { range: 'start' }));
      out.push(mention(end.token, end.token.year, s, end.yearImplied ? { range: 'end', yearImplied: true } : { range: 'end' }));
      next = end.token.end;
    } else {
      out.push(mention(start, start.year, s));
    }
    YEAR_ANYWHERE.lastIndex = Math.max(next, m.index + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Roles

/** The sentence naming the statistics period: "本年度报告中所列数据的统计期限自…起至…止". */
const PERIOD_KEYWORD = /统计(?:期限|时限|时间|期间|区间|时段|周期)/g;
/** How far after the keyword the period's first date may start, within the same sentence. */
const PERIOD_REACH = 16;

function markPeriod(s: string, dates: DateMention[]): void {
  PERIOD_KEYWORD.lastIndex = 0;
  // Keywords and dates both come in text order: the first date after each keyword is found by
  // walking forward once (a search from the start for every keyword was keywords × dates).
  let i = 0;
  for (let k = PERIOD_KEYWORD.exec(s); k; k = PERIOD_KEYWORD.exec(s)) {
    const after = k.index + k[0].length;
    while (i < dates.length && dates[i]!.span.start < after) i++;
    const first = dates[i];
    if (!first || first.span.start - after > PERIOD_REACH) continue;
    const between = s.slice(after, first.span.start);
    if (/[。；;!?！？]/.test(between)) continue;
    // One line break may be a line wrapped by a PDF's conversion ("统计周期\n为 2024 年 1 月 1 日至…"),
    // taken only before a range: a year alone on the next line may open another sentence.
    const breaks = between.match(/\r\n|\n|\r/g)?.length ?? 0;
    if (breaks > 1 || (breaks === 1 && first.range !== 'start')) continue;
    const second = dates[i + 1];
    if (first.range === 'start' && second) {
      first.role = 'period-start';
      second.role = 'period-end';
      return;
    }
    // "统计期限为2021年度": a whole year, without an end.
    if (first.month === null && !first.range) {
      first.role = 'period-start';
      return;
    }
  }
}

/** Labels that may stand before a publication date on its line. */
const DATE_LABEL = /^(?:发布|印发|成文|公开|公布|报告)?(?:日期|时间)[ \t]*[:：]?/;
/** What may stand around a date on a line that is only a date. */
const DATE_LINE_NOISE = /[\s()（）【】[\]<>〈〉《》:：,，.。、|｜\-—_*#]/g;
/** A clock time right after a date, to the end of its line: " 16:34", " 16:34:05". */
const CLOCK_TIME = /^[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]*$/;
/** A numeric date alone on its line: "2022-01-20", "发布时间：2022/1/20 10:30". */
const NUMERIC_DATE_LINE = /^([ \t]*(?:(?:发布|印发|成文|公开|公布|报告)?(?:日期|时间)[ \t]*[:：]?[ \t]*)?)((?:19|20)[0-9]{2})[ \t]*([-/.])[ \t]*([0-9]{1,2})[ \t]*\3[ \t]*([0-9]{1,2})(?:[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \t]*$/;

/** The heading of the first section, where the part under the title ends. */
const FIRST_SECTION = /^[\s\u3000]*一\s*[、.．]/;
/** How many lines from the top (under the title) and from the bottom (under the signature) hold a publication date. */
const PUBLICATION_WINDOW = 5;

/**
 * A line that is basically only a date, near the title or under the signature at the end: the
 * date the report was published. Ranges and dates without a month are not publication dates.
 */
function markPublication(s: string, lines: Line[], dates: DateMention[]): DateMention[] {
  // Near the title: before the first section (一、总体情况) starts.
  const head = writtenLines(lines, 'first', PUBLICATION_WINDOW);
  const firstSection = head.findIndex((l) => FIRST_SECTION.test(l.text));
  const near = new Set([...(firstSection >= 0 ? head.slice(0, firstSection) : head), ...writtenLines(lines, 'last', PUBLICATION_WINDOW)]);
  const added: DateMention[] = [];
  for (const line of near) {
    const on = dates.filter((d) => d.span.start >= line.start && d.span.end <= line.end);
    if (on.length === 1) {
      const d = on[0]!;
      if (d.month === null || d.range || d.role !== 'text') continue;
      // A clock time may follow the date, as on a crawler's "发布时间：2022年2月8日 16:34".
      const cut = (from: number, to: number) => s.slice(line.start, from) + s.slice(to, line.end).replace(CLOCK_TIME, '');
      let rest = cut(d.span.start, d.weekday ? d.weekday.span.end : d.span.end);
      rest = rest.replace(DATE_LINE_NOISE, '').replace(DATE_LABEL, '');
      if (rest === '') d.role = 'publication';
    } else if (on.length === 0) {
      const m = NUMERIC_DATE_LINE.exec(s.slice(line.start, line.end));
      if (!m || m[1] === undefined || !m[2] || !m[4] || !m[5]) continue;
      const start = line.start + m[1].length;
      // The date ends with its day: the line's text up to the last digit of the day.
      const end = line.start + m[0].trimEnd().replace(/[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/, '').length;
      added.push({
        span: { start, end },
        year: Number(m[2]),
        month: Number(m[4]),
        day: Number(m[5]),
        weekday: null,
        role: 'publication',
      });
    }
  }
  return added;
}

/** The first or last `count` lines that are not blank, in text order (only the ends are read, not every line). */
function writtenLines(lines: Line[], end: 'first' | 'last', count: number): Line[] {
  const out: Line[] = [];
  const step = end === 'first' ? 1 : -1;
  for (let i = end === 'first' ? 0 : lines.length - 1; i >= 0 && i < lines.length && out.length < count; i += step) {
    const line = lines[i]!;
    if (!isBlankText(line.text)) out.push(line);
  }
  return end === 'first' ? out : out.reverse();
}

/** Every date in the text, read from its dateText (dateTextOf). */
export function readDates(dateText: string, lines: Line[]): DateMention[] {
  let dates = scan(dateText);
  markPeriod(dateText, dates);
  const added = markPublication(dateText, lines, dates);
  if (added.length > 0) dates = [...dates, ...added].sort((a, b) => a.span.start - b.span.start);
  return dates;
}

// ---------------------------------------------------------------------------------------------
// Month-day dates without a year, for the dates that cannot exist in any year ("2月30日")

const BARE_MONTH_DAY = /(?<![0-9])([0-9]{1,2})[ \t]{0,2}月[ \t]{0,2}([0-9]{1,2})[ \t]{0,2}[日号]/g;

export interface MonthDay {
  span: Span;
  month: number;
  day: number;
}

/** Every "M月D日" written in digits outside the dates that name their year, read from a dateText. */
export function bareMonthDays(s: string, dates: DateMention[]): MonthDay[] {
  const out: MonthDay[] = [];
  let i = 0;
  BARE_MONTH_DAY.lastIndex = 0;
  for (let m = BARE_MONTH_DAY.exec(s); m; m = BARE_MONTH_DAY.exec(s)) {
    while (i < dates.length && dates[i]!.span.end <= m.index) i++;
    const inside = dates[i] !== undefined && dates[i]!.span.start <= m.index;
    if (!inside) out.push({ span: { start: m.index, end: m.index + m[0].length }, month: Number(m[1]), day: Number(m[2]) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences

const SENTENCE_END = /[。！？；!?;]/;
/** A numbering that may open a line before its sentence: "（一）", "一、", "1.". */
const LINE_NUMBERING = /^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|[0-9]{1,2}[、.])$/;

/**
 * A section's numeral and title ending right before a sentence, as crawler text runs them into
 * their paragraph ("一、总体情况" | "2021年，我区…"); the numeral not inside another (第二十条, 二十一、).
 */
const RUN_IN_TITLE_BEFORE = new RegExp(`(?<![第一二三四五六七八九十〇零])[一二三四五六七八九十]{1,2}、[ \\t\u3000]*${RUN_IN_SECTION_TITLE.source.slice(1)}[ \\t\u3000]*$`);
/** How far back a run-in title may start: the longest title with its numeral and spaces. */
const RUN_IN_TITLE_REACH = 40;

/**
 * True when `offset` opens a sentence: at the start of a line (after its numbering), after 。！？；,
 * or right after a section title run into its paragraph.
 */
export function opensSentence(text: string, offset: number): boolean {
  return opensAfterMark(text, offset) || RUN_IN_TITLE_BEFORE.test(text.slice(Math.max(0, offset - RUN_IN_TITLE_REACH), offset));
}

/** At the start of a line (after its numbering) or after 。！？；. */
function opensAfterMark(text: string, offset: number): boolean {
  // The line's text before the offset, looked at over its last 20 characters at most.
  let from = offset;
  while (from > 0 && offset - from < 20 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  const atLineStart = from === 0 || text[from - 1] === '\n' || text[from - 1] === '\r';
  // Most dates stand inside a line: its last non-blank character before them says enough.
  let last = offset - 1;
  while (last >= from && isWhitespace(text.charCodeAt(last))) last--;
  if (!atLineStart && last >= from && !SENTENCE_END.test(toHalfWidth(text[last]!))) return false;
  const before = toHalfWidth(text.slice(from, offset)).trim();
  if (before === '') return atLineStart;
  if (SENTENCE_END.test(before[before.length - 1]!)) return true;
  return atLineStart && LINE_NUMBERING.test(before);
}

/**
 * The sentence from `offset` to its full stop (。！？, or the end of the line), at most 300
 * characters: clauses after a ； belong to it ("2020年，…；2021年，…").
 */
export function sentenceFrom(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && end - offset < 300 && !endsSentence(text.charCodeAt(end))) end++;
  return text.slice(offset, end);
}

/** 。！？!? and line ends. */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d;
}

/** A year written like another: "2020" → "2021", "二〇二〇" → "二〇二一", "２０２０" → "２０２１". */
export function writeYearLike(written: string, year: number): string {
  const digits = String(year);
  if (/^[0-9]{4}$/.test(written)) return digits;
  if (/^[０-９]{4}$/.test(written)) return [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
  const zero = [...written].find((c) => YEAR_DIGIT[c] === '0') ?? '〇';
  const chinese = [zero, '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return [...digits].map((d) => chinese[Number(d)] ?? d).join('');
}
