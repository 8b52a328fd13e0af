// The document around the tables: the report year (title, then the statistics period), headings,
// sections and dates. The report year is read here so the format can follow it when no table
// label says which format is in use.
import type { DateMention, Heading, Report, Section, YearEvidence } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { toHalfWidth } from '../text/normalize.ts';

export interface DocumentParts {
  year: number | null;
  yearEvidence: YearEvidence[];
  headings: Heading[];
  sections: Section[];
  dates: DateMention[];
}

const TITLE = /((?:19|20)\d\d)\s*年(?:度)?[^。\n]{0,40}?(?:政府信息公开|政务公开|信息公开)[^。\n]{0,12}?(?:年度)?(?:工作)?报告/;
const PERIOD = /统计期限[^。\n]{0,12}?((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日/;

export function readDocument(text: string, lines: Line[]): DocumentParts {
  const yearEvidence: YearEvidence[] = [];
  for (const line of lines.slice(0, 12)) {
    const m = TITLE.exec(toHalfWidth(line.text));
    if (m && m[1] && line.text.length < 80) {
      const at = line.start + (m.index ?? 0);
      yearEvidence.push({ year: Number(m[1]), span: { start: at, end: at + m[1].length }, source: 'title' });
      break;
    }
  }
  const period = PERIOD.exec(toHalfWidth(text));
  if (period && period[1]) {
    const at = (period.index ?? 0) + period[0].indexOf(period[1]);
    yearEvidence.push({ year: Number(period[1]), span: { start: at, end: at + 4 }, source: 'period' });
  }
  const year = yearEvidence[0]?.year ?? null;
  return { year, yearEvidence, headings: [], sections: [], dates: [] };
}

export type { Report };
