// A path -> the text to analyse. Text files are read by reportFile.ts (which keeps what --fix needs
// to write them back); web pages, .docx and PDF files are converted by documents/, which is loaded
// only when such a file is read. What cannot be read throws: an InputError with a message in both
// languages (a .doc to save as .docx, a scan that needs OCR, a file over the size limit…), or the
// file system's own error.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { compoundMessage, detectKind, unreadableKind } from '../documents/kinds.ts';
import { defaultLimits, tooLargeMessage, type Limits } from '../documents/limits.ts';
import type { DocumentFormat, DocumentMessage, PlaceFrom } from '../documents/types.ts';
import { describeIoError } from './inputs.ts';
import type { Language } from './language.ts';
import { readReportFile, type ReportFile } from './reportFile.ts';

export type Input =
  | { kind: 'text'; text: string; file: ReportFile }
  | {
    kind: 'document';
    text: string;
    format: DocumentFormat;
    /** Where each part of the text came from (page, paragraph, table row). */
    places: PlaceFrom[];
    /** What was read only in part (a scanned page, pages over the limit): said, then the text is checked. */
    notes: DocumentMessage[];
  };

export class InputError extends Error {
  constructor(readonly why: DocumentMessage) {
    super(why.en);
  }
}

export function describeInputError(error: unknown, language: Language): string {
  return error instanceof InputError ? error.why[language] : describeIoError(error);
}

/** The first bytes of a file, enough to tell what it holds. */
function readHead(path: string, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

export async function readInput(path: string, limits: Limits = defaultLimits): Promise<Input> {
  const size = statSync(path).size;
  const kind = detectKind(readHead(path, 8192), path);
  // A file over its limit is not even read (PDF and .docx hold images, so theirs is higher).
  const limit = kind === 'pdf' || kind === 'docx' || kind === 'compound' ? limits.binaryBytes : limits.textBytes;
  if (size > limit) throw new InputError(tooLargeMessage(size, limit));
  if (kind === 'text') {
    const file = readReportFile(path);
    return { kind: 'text', text: file.text, file };
  }
  if (kind === 'compound') throw new InputError(compoundMessage(readFileSync(path)));
  if (kind !== 'html' && kind !== 'docx' && kind !== 'pdf') {
    throw new InputError(unreadableKind(kind, path) ?? { zh: '无法读取的文件格式', en: 'a file format that cannot be read' });
  }
  const bytes = readFileSync(path);
  // Loaded here, only for such a file: in the built CLI this is its own bundle, dist/documents.js
  // (esbuild.mjs). Required rather than imported: import() of a CommonJS bundle makes Node scan
  // all of it for its exports first, which takes longer than loading it.
  const { convertDocument } = require('../documents/index.ts') as typeof import('../documents/index.ts');
  const doc = await convertDocument(bytes, kind, limits);
  const fatal = doc.problems.find((p) => p.fatal);
  if (fatal) throw new InputError(fatal.message);
  return { kind: 'document', text: doc.text, format: kind, places: doc.places, notes: doc.problems.map((p) => p.message) };
}
