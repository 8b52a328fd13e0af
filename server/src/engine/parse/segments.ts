// The lines the engine reads by: the text's own lines, except that a very long line — a body a
// crawler ran onto one line, headings, prose and the three tables together — is cut where a new
// line would have stood: before a numbered item ("二、", "（一）", "1.属于…"), before a table
// block's caption ("第二十条第（一）项"), after a section title run into its text ("一、总体情况2021
// 年，…"). The text is not changed: a segment is a Line with its own offsets, so every reader
// downstream (tables, headings, dates) sees short lines wherever they came from. In the same way a
// Markdown heading's marks ("## 一、总体情况", "**二、主动公开政府信息情况**") are left outside its line:
// a draft written in Markdown has the outline of one written as plain text.
import type { Line } from '../text/lineIndex.ts';
import { splitLines } from '../text/lineIndex.ts';
import { RUN_IN_SECTION_TITLE } from '../formats/sections.ts';

/** A line this long is a body run together, not a paragraph (the longest seed paragraph is ~700). */
const LONG_LINE = 1200;

/**
 * Where a new line starts inside a long one:
 * - "一、"…"十、" or "（一）"… not after 第 (第二十条第（一）项 is one caption) or a numeral;
 * - "1." "1、" before a Chinese character, not after another digit unless that digit ends a run
 *   glued to it ("00000002.其他法律…" is seven zeros, then item 2);
 * - a table block's caption "第二十条第（…）项".
 */
const CUT = /(?<![第一二三四五六七八九十〇零])(?=[一二三四五六七八九十]{1,2}、)|(?<![第（(])(?=[（(][一二三四五六七八九十]{1,2}[）)])|(?<![0-9.．])(?=[0-9][.．、][\u4e00-\u9fff“"])|(?<=[0-9])(?=[0-9][.．、][\u4e00-\u9fff“"])|(?=第二十条第[（(])/g;

/** A section's numeral and title run into its text: a run-in heading ends after it. */
const SECTION_TITLE = new RegExp(`^(?:[一二三四五六七八九十]{1,2}、\\s*)${RUN_IN_SECTION_TITLE.source.slice(1)}`);

/** A line shorter than a body that still holds a table run together (a crawler that kept paragraphs). */
const TABLE_RUN_TOGETHER = /本年新收.{0,40}上年结转|第二十条第.{0,200}第二十条第|行政复议.{0,12}行政诉讼.{0,40}(?:结果维持|维持)/;

function runTogether(text: string): boolean {
  return text.length > LONG_LINE || (text.length > 60 && TABLE_RUN_TOGETHER.test(text));
}

export function segmentLines(text: string): Line[] {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.text.charCodeAt(0);
    if (c === 0x23 || c === 0x2a || c === 0x5f) lines[i] = withoutMarkdownMarks(line);
  }
  if (!lines.some((l) => runTogether(l.text))) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    if (!runTogether(line.text)) {
      out.push({ index: out.length, start: line.start, end: line.end, text: line.text });
      continue;
    }
    let from = 0;
    const push = (to: number) => {
      if (to <= from) return;
      const piece = line.text.slice(from, to);
      out.push({ index: out.length, start: line.start + from, end: line.start + to, text: piece });
      from = to;
    };
    // A run-in section title ends its line: "一、总体情况" | "2021年，…".
    const cutAfterTitle = () => {
      const title = SECTION_TITLE.exec(line.text.slice(from, from + 60));
      if (title) push(from + title[0].length);
    };
    cutAfterTitle();
    CUT.lastIndex = 0;
    for (let m = CUT.exec(line.text); m !== null; m = CUT.exec(line.text)) {
      if (m.index === CUT.lastIndex) CUT.lastIndex++;
      if (m.index <= from) continue;
      push(m.index);
      cutAfterTitle();
    }
    push(line.text.length);
  }
  return out;
}

/** A Markdown heading's opening marks: "#" to "######" and a space. */
const ATX_OPEN = /^#{1,6}[ \t]+/;
/** Its optional closing marks: " ##". */
const ATX_CLOSE = /[ \t]+#+[ \t]*$/;

/**
 * The line without the Markdown marks around a heading: an ATX heading's "#"s (and closing "#"s),
 * and bold marks ("**", "__") that open and close the line. Other lines are as they were.
 */
function withoutMarkdownMarks(line: Line): Line {
  const { text } = line;
  let from = 0;
  let to = text.length;
  const open = ATX_OPEN.exec(text);
  if (open) {
    from = open[0].length;
    const close = ATX_CLOSE.exec(text);
    if (close && close.index >= from) to = close.index;
  }
  const bold = text.startsWith('**', from) ? '**' : text.startsWith('__', from) ? '__' : null;
  if (bold) {
    let end = to;
    while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    // Bold that closes the line, with something inside: "**注：**本表…" is no heading's marks.
    if (end - from > 4 && text.startsWith(bold, end - 2)) {
      from += 2;
      to = end - 2;
    }
  }
  if (from === 0 && to === text.length) return line;
  return { index: line.index, start: line.start + from, end: line.start + to, text: text.slice(from, to) };
}
