// Offsets <-> line/character positions (UTF-16, 0-based, as in LSP), for \n, \r\n and \r line ends.
import type { Span } from '../model.ts';

export interface Position {
  line: number;
  character: number;
}

export interface LineIndex {
  /** Offset of the first character of every line. */
  readonly starts: readonly number[];
  readonly length: number;
}

export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return { starts, length: text.length };
}

export function positionAt(index: LineIndex, offset: number): Position {
  const o = Math.max(0, Math.min(offset, index.length));
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - (index.starts[lo] ?? 0) };
}

export function offsetAt(index: LineIndex, position: Position): number {
  if (position.line < 0) return 0;
  if (position.line >= index.starts.length) return index.length;
  const start = index.starts[position.line] ?? 0;
  const next = position.line + 1 < index.starts.length ? (index.starts[position.line + 1] ?? index.length) : index.length;
  return Math.min(start + Math.max(0, position.character), next);
}

/** The lines of a text with their offsets, without their line ends. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Without a "\r", every line ends at a "\n": found by the native search, not character by character.
  if (!text.includes('\r')) {
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
      start = end + 1;
    }
    lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
    return lines;
  }
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** The first line of a span, up to its first line end (\n, \r\n or \r): where a finding on a whole table stands. */
export function firstLineOf(text: string, span: Span): Span {
  let end = span.start;
  while (end < span.end && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: span.start, end };
}
