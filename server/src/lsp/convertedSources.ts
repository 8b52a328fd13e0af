// Converted documents: a published file (.html, .docx, .pdf) shown as the text the server checks,
// under a uri of its own (shared/src/protocol.ts: nianbao-converted:/path/report.pdf.nianbao). Such
// a document is read-only: it is checked like any report, and offered no edits. What the
// conversion knew of it (where each line came from, what was read only in part) is kept here by
// the nianbao/convertedText request, for its diagnostics and hovers.
import { fileURLToPath } from 'node:url';
import { describePlace, placeAt } from '../documents/places.ts';
import type { DocumentFormat, DocumentNote, PlaceFrom } from '../documents/types.ts';
import { convertedScheme, convertedSuffix } from '../../../shared/src/protocol.ts';
import { say, type Lang } from './locale.ts';

export interface ConvertedSource {
  format: DocumentFormat;
  places: PlaceFrom[];
  /** What the reading noted (a scanned page, pages over the limit, pictures). */
  notes: DocumentNote[];
}

/** By the converted document's uri. */
export type ConvertedSources = Map<string, ConvertedSource>;

export function isConverted(uri: string): boolean {
  return uri.startsWith(`${convertedScheme}:`);
}

/** The path of the file a converted document's text is made from; null for any other uri. */
export function sourcePath(uri: string): string | null {
  if (!isConverted(uri)) return null;
  const rest = uri.slice(convertedScheme.length + 1);
  if (!rest.endsWith(convertedSuffix)) return null;
  const path = rest.slice(0, -convertedSuffix.length);
  // The file uri's authority (a UNC host) stays where it was: nianbao-converted://host/share/…
  try {
    return fileURLToPath(path.startsWith('//') ? `file:${path}` : `file://${path}`);
  } catch {
    return null;
  }
}

/** Where the text at `offset` came from in the file ("第 3 页"), or null when not known. */
export function placeOf(source: ConvertedSource | null, offset: number, lang: Lang): string | null {
  const place = source ? placeAt(source.places, offset) : null;
  return place ? say(describePlace(place), lang) : null;
}

/** What the conversion could not read, in one sentence; null when it read everything. */
export function notesMessage(source: ConvertedSource | null, lang: Lang): string | null {
  if (!source || source.notes.length === 0) return null;
  const notes = source.notes.map((n) => say(n.message, lang));
  return lang === 'zh' ? `转换时未能完整读取：${notes.join('；')}` : `Not everything could be read in the conversion: ${notes.join('; ')}`;
}
