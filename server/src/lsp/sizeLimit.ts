// nianbao.maxDocumentSize: a document larger than the setting (megabytes of UTF-8, 5 by default) is
// not analysed — the analysis of a huge paste would freeze every feature for seconds — and gets one
// information diagnostic on its first line saying why, instead of findings.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { say, type Lang } from './locale.ts';

const MiB = 1024 * 1024;

export interface TooLarge {
  /** The document's size, bytes of UTF-8. */
  bytes: number;
  /** The setting, in bytes. */
  limit: number;
}

/** Null when the text is within the limit (megabytes). */
export function tooLarge(text: string, megabytes: number): TooLarge | null {
  const limit = Math.floor(megabytes * MiB);
  // One UTF-16 unit is 1 to 3 bytes of UTF-8: most texts are decided without counting bytes.
  if (text.length * 3 <= limit) return null;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limit ? { bytes, limit } : null;
}

function size(bytes: number): string {
  const mb = bytes / MiB;
  return `${mb >= 10 ? mb.toFixed(0) : mb >= 0.1 ? mb.toFixed(1) : mb.toFixed(3)} MB`;
}

export function tooLargeDiagnostic(document: TextDocument, over: TooLarge, lang: Lang): Diagnostic {
  const text = document.getText();
  const firstLineEnd = text.slice(0, 10_000).search(/\r|\n|$/);
  const message = say({
    zh: `文档过大（${size(over.bytes)}），超过设置 nianbao.maxDocumentSize 的 ${size(over.limit)}，未做检查。如需检查，请调大此设置。`,
    en: `This document is too large to check (${size(over.bytes)}; nianbao.maxDocumentSize is ${size(over.limit)}). Raise the setting to check it.`,
  }, lang);
  return {
    range: { start: { line: 0, character: 0 }, end: document.positionAt(firstLineEnd) },
    severity: DiagnosticSeverity.Information,
    source: 'nianbao',
    message,
  };
}
