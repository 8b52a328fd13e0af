// How much of a published file is read at most, so that no input, however made, takes unbounded
// memory or time: a file over its size is not read, a .docx whose parts would unzip past a total
// is not unzipped (a zip bomb), a PDF's pages are read up to a count.
import type { DocumentMessage } from './types.ts';

export interface Limits {
  /** Bytes of a PDF or .docx file (they hold images, so they may be large). */
  binaryBytes: number;
  /** Bytes of a web page or a text file. */
  textBytes: number;
  /** Bytes all the parts of a .docx may unzip to, together. */
  unzippedBytes: number;
  /** Parts in a .docx. */
  zipEntries: number;
  /** Pages of a PDF read. */
  pdfPages: number;
}

const MiB = 1024 * 1024;

export const defaultLimits: Limits = {
  binaryBytes: 64 * MiB,
  textBytes: 16 * MiB,
  unzippedBytes: 64 * MiB,
  zipEntries: 5000,
  pdfPages: 500,
};

export function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / MiB)} MB`;
}

export function tooLargeMessage(bytes: number, limit: number): DocumentMessage {
  return {
    zh: `文件大小 ${megabytes(bytes)}，超过 ${megabytes(limit)} 的上限，未读取`,
    en: `the file is ${megabytes(bytes)}, over the ${megabytes(limit)} limit; not read`,
  };
}
