// Sentences wrapped over line breaks. Text made from a PDF breaks its lines where the page's line
// ended, in the middle of a sentence and even of a word ("本年度共收到政府信息公开申\n请95件"). Which
// line breaks lie inside a sentence, so that the prose is read across them. Headings, table rows,
// list items and paragraphs are never run together: when unsure, the break ends the sentence.
import type { Report, Span } from '../model.ts';
import { isAsciiDigit, isPipe, isWhitespace, stripEnumerator } from '../text/normalize.ts';

/**
 * Asked for each line end of the prose in ascending order: `lineStart` is where the line begins,
 * `lineEnd` the offset of its line end, `limit` the end of the prose around it (the next line must
 * end by then). The blanks and line end to pass over (from after the line's last visible
 * character to the next line's first) when the sentence runs on; null when the line ends it.
 */
export type WrapJudge = (lineStart: number, lineEnd: number, limit: number) => Span | null;

export function wrapJudge(report: Report): WrapJudge {
  const { text, halfWidth, dateText } = report;
  // The title's line stands alone as the headings do. It is asked about apart from them, not sorted
  // in among them (a copy and a sort of the headings at each cut, and a report is cut up to three
  // times): a line end is judged by the first heading (in text order) that ends after the line
  // begins, and it ends the sentence when that heading begins before the next line ends; as the
  // headings neither overlap nor run out of order, that is whether any heading or the title does.
  const title = report.yearEvidence.find((e) => e.source === 'title')?.span ?? null;
  const { headings } = report;
  let heading = 0;
  // The next line's shape, kept for the call about it (lines are asked in order).
  let kept: { start: number; shape: LineShape } | null = null;
  const shapeOf = (start: number, end: number): LineShape => {
    if (kept?.start === start) return kept.shape;
    return lineShape(text, halfWidth, start, end);
  };
  return (lineStart, lineEnd, limit) => {
    let last = lineEnd - 1;
    while (last >= lineStart && isBlank(text.charCodeAt(last))) last--;
    if (last < lineStart || endsSentence(halfWidth, last, lineStart)) return null;
    let next = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
    while (next < limit && isBlank(text.charCodeAt(next))) next++;
    // A blank line between them (or the prose's end): a paragraph ends there.
    if (next >= limit || isLineEnd(text.charCodeAt(next))) return null;
    let nextEnd = next;
    while (nextEnd < text.length && !isLineEnd(text.charCodeAt(nextEnd))) nextEnd++;
    if (nextEnd > limit) return null;
    // A number at the line's end runs on only into its measure word ("不予公开答复 2\n件"): before
    // anything else it is a table row's last cell, or a number cut in two.
    if (isAsciiDigit(halfWidth.charCodeAt(last)) && !UNIT.test(halfWidth[next] ?? '')) return null;
    while (heading < headings.length && headings[heading]!.span.end <= lineStart) heading++;
    if (heading < headings.length && headings[heading]!.span.start < nextEnd) return null;
    if (title && title.end > lineStart && title.start < nextEnd) return null;
    let first = lineStart;
    while (isBlank(text.charCodeAt(first))) first++;
    // A line set in further than the one before begins a paragraph ("　　全年…"); one set in by a
    // tab is a table's cell (Word's text gives a cell a line of its own that way).
    const indent = indentOf(text, lineStart, first);
    const nextIndent = indentOf(text, lineEnd + 1, next);
    if (indent < 0 || nextIndent < 0 || nextIndent > indent) return null;
    let nextLast = nextEnd - 1;
    while (isBlank(text.charCodeAt(nextLast))) nextLast--;
    const line = shapeOf(first, last + 1);
    const nextLine = lineShape(text, halfWidth, next, nextLast + 1);
    kept = { start: next, shape: nextLine };
    if (line.cells || nextLine.cells) return null;
    // A wrapped line is as wide as the page; a title, a label or a cell line is short beside the
    // paragraph line that follows it.
    if (4 * line.width < 3 * nextLine.width) return null;
    if (/^[#>=|]/.test(halfWidth[first] ?? '') || startsItem(halfWidth.slice(next, Math.min(nextLast + 1, next + 12)))) return null;
    // "标题：…" over "单位：…", a signature over its date: lines that stand alone.
    if (FIELD.test(halfWidth.slice(first, first + 10)) && FIELD.test(halfWidth.slice(next, next + 10))) return null;
    if (isDate(dateText, first, last + 1) || isDate(dateText, next, nextLast + 1)) return null;
    return { start: last + 1, end: next };
  };
}

/** 。!?;: and …, also inside closing quotes or brackets ("。”", "。）"). */
function endsSentence(halfWidth: string, last: number, lineStart: number): boolean {
  let i = last;
  while (i > lineStart && CLOSERS.includes(halfWidth[i]!)) i--;
  // A line of closing marks alone ends nothing it could be joined to either.
  return ENDS.includes(halfWidth[i]!) || CLOSERS.includes(halfWidth[i]!);
}

const ENDS = '。.!?;:…';
const CLOSERS = '”’」』)）]】》"\'';

/** A line that starts with a field's name: "来源：", "采集时间：". */
const FIELD = /^[^\s,，。:：]{2,8}[:：]/;
/** A line that is a date and nothing else (a signature's, a heading's). */
const DATE_LINE = /^[(（]?\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:(?:星期|周)[一二三四五六日天])?[)）]?$/;

/** What may follow a number at a line's end: its measure word or unit. */
const UNIT = /^[件宗起个份次条篇项期家场人名例年月日号时万亿元%‰余多]/;

/**
 * The start of a list item or of a line marked in Markdown: "1.", "一、", "（一）" (stripEnumerator),
 * "（1）", "①", "一是", "第一，", "- ", "* ", "•".
 */
function startsItem(start: string): boolean {
  return stripEnumerator(start).enumerator !== null || ITEM.test(start);
}

const ITEM = /^(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[)）]|[①-⑳⑴-⒇⒈-⒛]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[,，、是]|[-*+=_•·●○■□◆◇▪►>#])/;

interface LineShape {
  /** Width in half-width units: a Chinese character or full-width mark counts two. */
  width: number;
  /**
   * The line holds table cells, not prose: a tab or a pipe, cells set apart by two blanks or an
   * ideographic space, or nothing but numbers.
   */
  cells: boolean;
}

/** The shape of a line from its first visible character to its last, in one pass. */
function lineShape(text: string, halfWidth: string, start: number, end: number): LineShape {
  let width = 0;
  let numbersOnly = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || isPipe(c) || c === 0x3000 || (isBlank(c) && isBlank(text.charCodeAt(i + 1)))) return { width, cells: true };
    const h = halfWidth.charCodeAt(i);
    width += h >= 0x2000 ? 2 : 1;
    if (numbersOnly && !isAsciiDigit(h) && !isBlank(h) && h !== 0x2c && h !== 0x2e && h !== 0x25) numbersOnly = false;
  }
  return { width, cells: numbersOnly };
}

/** Width of the blanks from `start` to `end` (a line's indent, an ideographic space two); -1 with a tab. */
function indentOf(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) return -1;
    if (!isLineEnd(c)) width += c === 0x3000 ? 2 : 1;
  }
  return width;
}

/** A line that is a date and nothing else; a longer line is not tested. */
function isDate(dateText: string, start: number, end: number): boolean {
  return end - start <= 24 && DATE_LINE.test(dateText.slice(start, end));
}

function isBlank(c: number): boolean {
  return (isWhitespace(c) && !isLineEnd(c)) || c === 0x200b;
}

function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}
