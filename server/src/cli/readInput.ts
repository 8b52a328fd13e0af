// A path -> the text to analyse. Text files are decoded by reportFile.ts (which keeps what --fix
// needs to write them back); web pages, .docx and PDF files are converted by documents/, which is
// loaded only when such a file is read. What cannot be read throws: an InputError with a message in
// both languages (a .doc to save as .docx, a scan that needs OCR, a file over the size limit…), or
// the file system's own error.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { notWordNorText } from '../documents/kinds.ts';
import { defaultLimits, type Limits } from '../documents/limits.ts';
import { admit, convertPublished, HEAD_BYTES, type Admitted } from '../documents/published.ts';
import type { DocumentFormat, DocumentMessage, DocumentNote, PlaceFrom } from '../documents/types.ts';
import { ioMessage } from '../ioWords.ts';
import { writtenByNianbao } from '../render/batchPage.ts';
import { labelled, type Language } from './language.ts';
import { DecodeError } from './decode.ts';
import { reportFileOf, type ReportFile } from './reportFile.ts';

export type Input =
  | { kind: 'text'; text: string; file: ReportFile }
  | {
    kind: 'document';
    text: string;
    format: DocumentFormat;
    /** Where each part of the text came from (page, paragraph, table row). */
    places: PlaceFrom[];
    /** What the reading noted (a scanned page, pages over the limit, pictures): said, then the text is checked. */
    notes: DocumentNote[];
  };

export class InputError extends Error {
  constructor(readonly why: DocumentMessage) {
    super(why.en);
  }
}

/** The file is read, and it is no report (a page nianbao wrote): a folder walk skips it. */
export class NotAReportError extends InputError {}

/** What a document's conversion noted (scanned pages, pictures), one line each for stderr: said by every command. */
export function noteLines(path: string, input: Input, language: Language): string[] {
  return input.kind === 'document' ? input.notes.map((note) => `${path}: ${labelled(language, { zh: '注意', en: 'note' }, note.message[language])}`) : [];
}

/** "无法读取：…" / "cannot read: …", said of a file that could not be read, by every command. */
export function cannotRead(error: unknown, language: Language): string {
  return labelled(language, { zh: '无法读取', en: 'cannot read' }, describeInputError(error, language));
}

/** What went wrong, in the user's language: every error of ours carries a `why` in both. */
export function describeInputError(error: unknown, language: Language): string {
  const why = (error as { why?: unknown } | null)?.why;
  if (why && typeof why === 'object' && language in why) return String((why as Record<Language, unknown>)[language]);
  return ioMessage(error)[language];
}

/**
 * A file up to this size is read in one go, head and all (a text report is 5 to 50 KB): one read
 * instead of a head and then the rest.
 */
const READ_AT_ONCE = 64 * 1024;

/**
 * The file read once, through one descriptor: its first bytes tell what it holds and whether to
 * read it at all (a file over its size limit is not); only then is the rest read. A text report is
 * usually smaller than the head, which is then the whole file: the head is made one byte longer
 * than the file, so that the file's end shows as a head not filled.
 */
function readAdmitted(path: string, size: number, limits: Limits): { admitted: Admitted; bytes: Buffer } {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.allocUnsafe(Math.min(size + 1, Math.max(HEAD_BYTES, READ_AT_ONCE)));
    let length = 0;
    while (length < head.length) {
      const got = readSync(fd, head, length, head.length - length, null);
      if (got === 0) break;
      length += got;
    }
    const admitted = admit(head.subarray(0, length), path, size, limits);
    if ('why' in admitted || length < head.length) return { admitted, bytes: head.subarray(0, length) };
    // The rest, from where the head ended to the end of the file (which may have grown since it was looked at).
    return { admitted, bytes: Buffer.concat([head, readFileSync(fd)]) };
  } finally {
    closeSync(fd);
  }
}

/** A text file decoded; one named .doc that is not text either is said to be neither (kinds.ts). */
function textFileOf(path: string, bytes: Buffer): ReportFile {
  try {
    return reportFileOf(path, bytes);
  } catch (error) {
    const misnamed = error instanceof DecodeError ? notWordNorText(path) : null;
    throw misnamed ? new InputError(misnamed) : error;
  }
}

/** The path `-`: the report is read from standard input (for editors and scripts that pipe it). */
export const STDIN = '-';

/** Standard input read whole, then admitted as a file's head is (its size limit, what it holds). */
function readStdin(limits: Limits): { admitted: Admitted; bytes: Buffer } {
  const bytes = readFileSync(0);
  return { admitted: admit(bytes, '', bytes.length, limits), bytes };
}

export async function readInput(path: string, limits: Limits = defaultLimits): Promise<Input> {
  let input: { admitted: Admitted; bytes: Buffer };
  if (path === STDIN) input = readStdin(limits);
  else {
    const stat = statSync(path);
    // A named pipe or a device would block the read forever: only regular files are reports.
    if (!stat.isFile()) throw new InputError({ zh: '不是普通文件（文件夹、管道或设备）', en: 'not a regular file (a folder, pipe or device)' });
    input = readAdmitted(path, stat.size, limits);
  }
  const { admitted, bytes } = input;
  if ('why' in admitted) throw new InputError(admitted.why);
  if (admitted.kind === 'html' && writtenByNianbao(bytes)) {
    throw new NotAReportError({ zh: '不是年度报告：这是 nianbao 生成的检查结果页面', en: 'not an annual report: a results page nianbao wrote' });
  }
  if (admitted.kind === 'text') {
    const file = textFileOf(path, bytes);
    return { kind: 'text', text: file.text, file };
  }
  // documents/published.ts loads the converters (their own bundle) only now, for such a file.
  const read = await convertPublished(bytes, admitted.kind, limits);
  if ('why' in read) throw new InputError(read.why);
  return { kind: 'document', ...read };
}
