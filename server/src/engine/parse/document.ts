// The document around the tables that is read before them: the report year (so the format can
// follow it when no table label says which format is in use) and the dates. Headings are read
// after the tables (parse/headings.ts), because table rows look like headings.
import type { DateMention, YearEvidence } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { readDates } from './dates.ts';
import { readYear } from './year.ts';

export interface DocumentParts {
  year: number | null;
  yearEvidence: YearEvidence[];
  dates: DateMention[];
}

export function readDocument(text: string, lines: Line[]): DocumentParts {
  const { year, evidence } = readYear(text, lines);
  return { year, yearEvidence: evidence, dates: readDates(text, lines) };
}
