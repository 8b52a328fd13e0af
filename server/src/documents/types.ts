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
  | 'nested-too-deep';

export interface DocumentProblem {
  code: ProblemCode;
  /** Fatal: nothing was read. Otherwise the text was read but is incomplete (e.g. a scanned page). */
  fatal: boolean;
  message: DocumentMessage;
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
