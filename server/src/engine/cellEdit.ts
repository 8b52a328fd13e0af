// The edit that writes a new number into a table cell, touching only the number: a note written
// beside it ("22（其中修订16件）") and the layout around it stay as they are.
import type { Cell, TextEdit } from './model.ts';
import { parseCellValue } from './parse/values.ts';

export function writeCellValue(cell: Cell, newText: string): TextEdit {
  const at = parseCellValue(cell.raw).numberAt;
  if (cell.value.kind === 'number' && at) {
    const start = cell.span.start + at.offset;
    return { span: { start, end: start + at.length }, newText };
  }
  // A blank cell's span is the whitespace between its separators (perhaps none): the number goes
  // after it, so the layout's indentation stays.
  if (cell.value.kind === 'blank') return { span: { start: cell.span.end, end: cell.span.end }, newText };
  return { span: cell.span, newText };
}
