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
  return { zh: `表 ${place.table} 第 ${place.row} 行`, en: `table ${place.table}, row ${place.row}` };
}
