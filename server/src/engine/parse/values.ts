// What a table cell's text means: blank, a number (with a note written beside it), or text.
import type { CellValue } from '../model.ts';
import { isBlankText, toHalfWidth } from '../text/normalize.ts';

/** Text that stands for "not applicable" or nothing in real tables. */
const PLACEHOLDERS = new Set(['/', '／', '—', '——', '-', '--', '–', '−', '无', '空', '×', '\\', '…']);

/** The units a table writes after its numbers ("12件"), as a pattern's alternatives (cells.ts splits by them too). */
export const UNITS = '件|个|条|人|次|项|万元|元';

// A number, then optionally a unit, then optionally a note in brackets or after a space.
const NUMBER = new RegExp(`^([+\\-−]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(${UNITS})?\\s*([（(【\\[].*|其中.*)?$`, 's');

/**
 * Digits with "?" or "�" before or after them and nothing else ("?0", "30?"): the marks an encoding
 * leaves for characters it could not hold (a no-break space in a file saved as GBK, bytes that were
 * no UTF-8). Only whole digits between them: "3?0" may be two numbers run together, and stays text.
 */
const LOST_BESIDE_DIGITS = /^([?\uFFFD]*)(\d{1,15})[?\uFFFD]*$/;
const ONLY_LOST = /^[?\uFFFD]{1,3}$/;
/** The marks themselves. */
export const LOST_MARK = /[?\uFFFD]/g;

export interface ParsedValue {
  value: CellValue;
  /** Offset of the number's digits (with sign) inside the cell text, and their length. */
  numberAt?: { offset: number; length: number };
  /** The text reads as a value (a number, a blank, or a placeholder) rather than a label. */
  isValue: boolean;
}

/**
 * Cell texts repeat ("0", "1", the labels) within a report and from one report to the next, and
 * each is asked about several times (is it a value? which?): short ones are read once. The
 * results are shared, so they are never changed by their readers.
 */
const parsed = new Map<string, ParsedValue>();
const MAX_CACHED_LENGTH = 40;

export function parseCellValue(text: string): ParsedValue {
  if (text.length > MAX_CACHED_LENGTH) return readCellValue(text);
  let value = parsed.get(text);
  if (!value) {
    value = readCellValue(text);
    if (parsed.size >= 20_000) parsed.clear();
    parsed.set(text, value);
  }
  return value;
}

function readCellValue(text: string): ParsedValue {
  const { value, numberAt } = meaningOf(text);
  const isValue = value.kind !== 'text' || PLACEHOLDERS.has(value.text);
  return numberAt ? { value, numberAt, isValue } : { value, isValue };
}

function meaningOf(text: string): Omit<ParsedValue, 'isValue'> {
  // Most cells are plain digits ("0", "125"): read without the general expression below.
  if (isPlainDigits(text)) return { value: { kind: 'number', value: Number(text), digits: text }, numberAt: { offset: 0, length: text.length } };
  if (isBlankText(text)) return { value: { kind: 'blank' } };
  // toHalfWidth maps character for character, so offsets in `half` are offsets in `text`.
  const half = toHalfWidth(text);
  const lead = half.length - half.trimStart().length;
  const body = half.trim();
  const written = text.slice(lead, lead + body.length);
  if (PLACEHOLDERS.has(body)) return { value: { kind: 'text', text: body } };
  const m = NUMBER.exec(body);
  if (!m) {
    // The marks as written: a full-width "？" is one a person wrote ("unknown"), not an encoding's.
    if (written.includes('？')) return { value: { kind: 'text', text: body } };
    // A cell of marks alone held only a blank character (seed 000's blank cells are no-break spaces).
    if (ONLY_LOST.test(body)) return { value: { kind: 'blank', lostMarks: true } };
    const lost = LOST_BESIDE_DIGITS.exec(body);
    if (!lost) return { value: { kind: 'text', text: body } };
    const digits = lost[2]!;
    return { value: { kind: 'number', value: Number(digits), digits, lostMarks: true }, numberAt: { offset: lead + lost[1]!.length, length: digits.length } };
  }
  const sign = m[1] === '' ? '' : '-';
  const digits = `${sign}${(m[2] ?? '').replace(/,/g, '')}${m[3] ?? ''}`;
  const numberLength = (m[1] ?? '').length + (m[2] ?? '').length + (m[3] ?? '').length;
  const value = Number(digits);
  const note = m[5] ? written.slice(body.length - m[5].length).trim() : undefined;
  const cell: CellValue = note ? { kind: 'number', value, digits, note } : { kind: 'number', value, digits };
  return { value: cell, numberAt: { offset: lead, length: numberLength } };
}

function isPlainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The numeric value of a cell for arithmetic: blanks and placeholders count as 0, words as unknown. */
export function arithmeticValue(value: CellValue): number | null {
  if (value.kind === 'blank') return 0;
  if (value.kind === 'number') return value.value;
  return PLACEHOLDERS.has(value.text) ? 0 : null;
}

/**
 * Whether a cell is not filled in: blank, or 空 ("empty") written in it — what next year's drafts
 * write where a layout cannot leave a cell empty (engine/nextYear.ts), and a report may write for
 * one left empty. Counted as 0 like every placeholder, but a total not filled in is not a 0 the
 * relations can be judged by (balance.ts: 'unfilled').
 */
export function isUnwritten(value: CellValue): boolean {
  return value.kind === 'blank' || (value.kind === 'text' && value.text === '空');
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(toHalfWidth(text).trim());
}
