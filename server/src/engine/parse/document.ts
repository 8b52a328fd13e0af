// The document around the tables that is read before them: the report year (so the format can
// follow it when no table label says which format is in use) and the dates. Headings are read
// after the tables (parse/headings.ts), because table rows look like headings.
import type { DateMention, YearEvidence } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { dateTextOf, readDates } from './dates.ts';
import { readYear } from './year.ts';

export interface DocumentParts {
  year: number | null;
  yearEvidence: YearEvidence[];
  dates: DateMention[];
  dateText: string;
}

export function readDocument(text: string, halfWidth: string, lines: Line[]): DocumentParts {
  const dateText = dateTextOf(halfWidth);
  const dates = readDates(dateText, lines);
  const { year, evidence } = readYear(text, dateText, lines, dates);
  return { year, yearEvidence: evidence, dates, dateText };
}
