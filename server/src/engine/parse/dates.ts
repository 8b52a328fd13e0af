// Every date the report writes, with its weekday and its role (publication line, statistics
// period, prose).
import type { DateMention } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';

export function readDates(_text: string, _lines: Line[]): DateMention[] {
  return [];
}
