// What a converter gives: the text the engine analyses, where each part of it came from in the
// published file, and what could not be read. Converters never throw: a file that cannot be read
// at all comes back with a fatal problem and no text.

/** Chinese first, with English (the same shape as the engine's messages). */
export interface DocumentMessage {
  zh: string;
  en: string;
}

/** Where a line of the text came from: a PDF page, or a paragraph or table row of a web page or .docx. */
export type Place =
  | { page: number }
  | { paragraph: number }
  | { table: number; row: number };

/** From `start` (a UTF-16 offset into the text) up to the next entry's start, the text came from `place`. */
export interface PlaceFrom {
  start: number;
  place: Place;
}

export type ProblemCode =
  | 'too-large'
  | 'legacy-binary'
  | 'unsupported'
  | 'encrypted'
  | 'damaged'
  | 'zip-bomb'
  | 'needs-ocr'
  | 'partly-scanned'
  | 'too-many-pages'
  | 'nested-too-deep'
  | 'pictures';

export interface DocumentProblem {
  code: ProblemCode;
  /** Fatal: nothing was read. Otherwise the text was read but is incomplete (e.g. a scanned page). */
  fatal: boolean;
  message: DocumentMessage;
}

/**
 * Of a problem that was not fatal (the file was read and checked), whether part of the file's text
 * was left unread, as its message says ("未读取"): the report is then read only in part, and every
 * output counts it so. Otherwise all the text was read, only less well (a page nested too deep:
 * its tables read as lines of text). Decided here once, for each kind, by what its producer says.
 */
const LEAVES_TEXT_UNREAD: Record<ProblemCode, boolean> = {
  'partly-scanned': true,
  'too-many-pages': true,
  damaged: true,
  pictures: true,
  'nested-too-deep': false,
  // Fatal only (nothing read): never a note, and true if one ever is.
  'too-large': true,
  'legacy-binary': true,
  unsupported: true,
  encrypted: true,
  'zip-bomb': true,
  'needs-ocr': true,
};

/** What the reading of a file noted, the file still read and checked: said with the file in every output. */
export interface DocumentNote {
  message: DocumentMessage;
  /** Part of the file's text was not read (a page with no text layer, a picture): the report is read only in part. */
  textNotRead: boolean;
}

export function noteOf(problem: DocumentProblem): DocumentNote {
  return { message: problem.message, textNotRead: LEAVES_TEXT_UNREAD[problem.code] };
}

export type DocumentFormat = 'html' | 'docx' | 'pdf';

export interface ConvertedDocument {
  format: DocumentFormat;
  text: string;
  places: PlaceFrom[];
  problems: DocumentProblem[];
}

export function failed(format: DocumentFormat, problem: Omit<DocumentProblem, 'fatal'>): ConvertedDocument {
  return { format, text: '', places: [], problems: [{ ...problem, fatal: true }] };
}
