// The edit that writes a new number into a table cell, touching only the number: a note written
// beside it ("22（其中修订16件）") and the layout around it stay as they are.
import type { Cell, TextEdit } from './model.ts';
import { parseCellValue } from './parse/values.ts';

export function writeCellValue(text: string, cell: Cell, newText: string): TextEdit {
  const at = parseCellValue(cell.raw).numberAt;
  if (cell.value.kind === 'number' && at) {
    const start = cell.span.start + at.offset;
    return { span: { start, end: start + at.length }, newText };
  }
  // A blank cell's span is the whitespace between its separators (perhaps none): the number goes
  // after it, so the layout's indentation stays. A run of two spaces or more that ends it is the
  // padding around a number left out: the number goes after the first, in place of the second
  // when there are more ("|  |" and "|   |" become "| 0 |", not "|  0|" and "|   0|"; a line
  // "\t　　" of a table whose cells are written "\t　1　" becomes "\t　0　", not "\t　　0").
  if (cell.value.kind === 'blank') {
    const padding = paddingRun(text, cell.span.start, cell.span.end);
    if (padding >= 2) {
      const start = cell.span.end - padding + 1;
      return { span: { start, end: padding > 2 ? start + 1 : start }, newText };
    }
    return { span: { start: cell.span.end, end: cell.span.end }, newText };
  }
  return { span: cell.span, newText };
}

/** How many of one space character (" " or the full-width "　") end text[start, end). */
function paddingRun(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (end <= start || (last !== 0x20 && last !== 0x3000)) return 0;
  let at = end - 1;
  while (at > start && text.charCodeAt(at - 1) === last) at--;
  return end - at;
}
