// The document around the tables: the report year, headings, sections and dates, each read by a
// file of its own. The report year is read before the tables so the format can follow it when no
// table label says which format is in use.
import type { DateMention, Heading, Section, YearEvidence } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { readDates } from './dates.ts';
import { readHeadings, sectionsOf } from './headings.ts';
import { readYear } from './year.ts';

export interface DocumentParts {
  year: number | null;
  yearEvidence: YearEvidence[];
  headings: Heading[];
  sections: Section[];
  dates: DateMention[];
}

export function readDocument(text: string, lines: Line[]): DocumentParts {
  const { year, evidence } = readYear(text, lines);
  const headings = readHeadings(text, lines);
  return { year, yearEvidence: evidence, headings, sections: sectionsOf(headings, text.length), dates: readDates(text, lines) };
}
