// Text -> Report: the lines, the three tables bound to the detected format, their relations, and
// the document around them (headings, sections, dates, the report year).
import { formatForYear, formats } from '../formats/index.ts';
import type { ReadTable, Report, TableId } from '../model.ts';
import { toHalfWidth } from '../text/normalize.ts';
import { radicalRuns, withoutRadicals } from '../text/radicals.ts';
import { detectLayout, readRows, type PhysicalRow } from './cells.ts';
import { readAgency } from './agency.ts';
import { readDocument } from './document.ts';
import { readHeadings, sectionsOf } from './headings.ts';
import { formatEvidence, versionFromEvidence } from './formatDetect.ts';
import { findRegions } from './regions.ts';
import { recoverRows } from './recover.ts';
import { segmentLines } from './segments.ts';
import { buildRelations } from './relations.ts';
import { readTableA, readTableB, readTableC, type RegionRows } from './tables.ts';
import { tablesRead } from '../tableLookup.ts';

export function readReport(text: string): Report {
  // Everything is read from the text with its look-alike radicals as the characters they stand for
  // ("⼀、总体情况" is a heading, "⾏政许可" a row label): one unit for one, so every offset read
  // from it is one of the text's. Report.text stays the text as written (fixes edit that).
  const radicals = radicalRuns(text);
  const reading = radicals.length > 0 ? withoutRadicals(text) : text;
  const lines = segmentLines(reading);
  const regions = new Map<TableId, RegionRows>();
  for (const region of findRegions(lines)) {
    const regionLines = lines.slice(region.first, region.last + 1);
    const layout = detectLayout(regionLines);
    regions.set(region.table, { layout, rows: readRows(regionLines, layout, reading), lines: regionLines });
  }
  const halfWidth = toHalfWidth(reading);
  const document = readDocument(reading, halfWidth, lines);

  // A loop, not flatMap: V8's flatMap took as long as reading the format's evidence from the rows.
  const physicalRows: PhysicalRow[] = [];
  for (const region of regions.values()) for (const row of region.rows) physicalRows.push(row);
  const evidence = formatEvidence(physicalRows);
  const detected = versionFromEvidence(evidence);
  const version = detected ?? (document.year !== null ? formatForYear(document.year) : regions.size > 0 ? '2021' : null);
  const format = formats[version ?? '2021'];

  const read = (id: TableId, reader: (r: RegionRows, f: typeof format) => ReadTable | null) => {
    const region = regions.get(id);
    return region ? reader(region, format) : null;
  };
  const tables = { A: read('A', readTableA), B: read('B', readTableB), C: read('C', readTableC) };
  const relations = buildRelations(format, tables.B, tables.C);
  // Table A has no relations to choose a split by: only long runs are taken as glued, and
  // never split (any split fits), only reported.
  if (tables.A) recoverRows(tables.A, relations, reading, { minDigits: 5 });
  if (tables.B) recoverRows(tables.B, relations, reading);
  if (tables.C) recoverRows(tables.C, relations, reading);
  // Lines a table's region took are no headings, even past its last row (table B's rows read like the outline).
  const tableRegions = tablesRead(tables).map((t) => t.region);
  const headings = readHeadings(lines, tableRegions);
  return {
    text,
    halfWidth,
    dateText: document.dateText,
    radicals,
    format: { version: tables.A || tables.B || tables.C ? version : detected, evidence },
    year: document.year,
    yearEvidence: document.yearEvidence,
    agency: readAgency(reading, lines, document.yearEvidence),
    headings,
    sections: sectionsOf(headings, text.length),
    tables,
    relations,
    dates: document.dates,
  };
}
