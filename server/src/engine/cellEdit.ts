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
  // after it, so the layout's indentation stays. Two spaces or more are a pipe table's cell: the
  // number goes after the first, in place of the second when there are more ("|  |" and "|   |"
  // become "| 0 |", not "|  0|" and "|   0|").
  if (cell.value.kind === 'blank') {
    const spaces = /^ +$/.test(text.slice(cell.span.start, cell.span.end)) ? cell.span.end - cell.span.start : 0;
    if (spaces >= 2) return { span: { start: cell.span.start + 1, end: cell.span.start + (spaces > 2 ? 2 : 1) }, newText };
    return { span: { start: cell.span.end, end: cell.span.end }, newText };
  }
  return { span: cell.span, newText };
}
