// Offsets of the converted text -> where they came from in the published file, and how to say it.
import type { DocumentMessage, Place, PlaceFrom } from './types.ts';

export function placeAt(places: readonly PlaceFrom[], offset: number): Place | null {
  let lo = 0;
  let hi = places.length - 1;
  let found: Place | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = places[mid];
    if (!entry) break;
    if (entry.start <= offset) {
      found = entry.place;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function describePlace(place: Place): DocumentMessage {
  if ('page' in place) return { zh: `第 ${place.page} 页`, en: `page ${place.page}` };
  if ('paragraph' in place) return { zh: `第 ${place.paragraph} 段`, en: `paragraph ${place.paragraph}` };
  // The file's n-th table, which need not be the report's 表n (a page's layout tables come first):
  // "表 3" would read as 表三. In English the report's tables are A, B and C, so "table 3" is clear.
  return { zh: `第 ${place.table} 个表格第 ${place.row} 行`, en: `table ${place.table}, row ${place.row}` };
}
