// Engine spans (UTF-16 offsets into the analysed text) <-> LSP ranges of the document version that
// was analysed. The engine and TextDocument agree on offsets and on \n, \r\n and \r line ends.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver/node';
import type { Span } from '../engine/model.ts';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** True when the two half-open spans share a character, or when an empty one touches the other. */
export function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
