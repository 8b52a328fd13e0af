// A published file (web page, .docx, PDF), from its first bytes and size to the text the engine
// analyses: the part that the CLI (cli/readInput.ts) and the language server (lsp/convertedText.ts)
// share once each has read the file its own way (documents/ never touches files). The converters
// themselves (documents/index.ts, with mammoth and pdf.js) are loaded here, only when such a file
// is converted.
import { compoundMessage, detectKind, unreadableKind } from './kinds.ts';
import { tooLargeMessage, type Limits } from './limits.ts';
import { noteOf, type DocumentFormat, type DocumentMessage, type DocumentNote, type PlaceFrom } from './types.ts';

/** How many bytes of a file's start `admit` needs to tell what the file holds. */
export const HEAD_BYTES = 8192;

/** What may be read of a file: a text file, a published document, or why it cannot be read at all. */
export type Admitted =
  | { kind: 'text' }
  /** 'compound': old binary Word or an encrypted Office file, told apart from all of its bytes. */
  | { kind: DocumentFormat | 'compound' }
  | { why: DocumentMessage };

/** From the file's first HEAD_BYTES bytes, its name and its size: what it is, and whether to read it. */
export function admit(head: Uint8Array, name: string, size: number, limits: Limits): Admitted {
  const kind = detectKind(head, name);
  // A file over its limit is not even read (PDF and .docx hold images, so theirs is higher).
  const limit = kind === 'pdf' || kind === 'docx' || kind === 'compound' ? limits.binaryBytes : limits.textBytes;
  if (size > limit) return { why: tooLargeMessage(size, limit) };
  if (kind === 'text' || kind === 'compound' || kind === 'html' || kind === 'docx' || kind === 'pdf') return { kind };
  return { why: unreadableKind(kind, name) ?? { zh: '无法读取的文件格式', en: 'a file format that cannot be read' } };
}

export interface Published {
  text: string;
  format: DocumentFormat;
  /** Where each part of the text came from (page, paragraph, table row). */
  places: PlaceFrom[];
  /** What the reading noted (a scanned page, pages over the limit, pictures): said, then the text is checked. */
  notes: DocumentNote[];
}

/** A published document's bytes -> its text, or why nothing could be read. Never throws. */
export async function convertPublished(bytes: Uint8Array, kind: DocumentFormat | 'compound', limits: Limits): Promise<Published | { why: DocumentMessage }> {
  if (kind === 'compound') return { why: compoundMessage(bytes) };
  // Loaded here, only for such a file: in the built CLI and server this is its own bundle,
  // dist/documents.js (esbuild.mjs's documentsApart plugin recognises the path ending in
  // "/documents/index.ts", hence the detour through the parent folder). Required rather than
  // imported: import() of a CommonJS bundle makes Node scan all of it for its exports first,
  // which takes longer than loading it.
  const { convertDocument } = require('../documents/index.ts') as typeof import('./index.ts');
  const doc = await convertDocument(bytes, kind, limits);
  const fatal = doc.problems.find((p) => p.fatal);
  if (fatal) return { why: fatal.message };
  return { text: doc.text, format: kind, places: doc.places, notes: doc.problems.map(noteOf) };
}
