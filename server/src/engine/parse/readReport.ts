// Text -> Report: the lines, the three tables each bound to the format it is written on, their relations, and
// the document around them (headings, sections, dates, the report year).
import { formatForYear, formats } from '../formats/index.ts';
import type { FormatDef } from '../formats/types.ts';
import type { ReadTable, Report, Span, TableId } from '../model.ts';
import { toHalfWidth } from '../text/normalize.ts';
import { radicalRuns, withoutRadicals } from '../text/radicals.ts';
import type { PhysicalRow } from './cells.ts';
import { readAgency } from './agency.ts';
import { readDocument } from './document.ts';
import { readHeadings, sectionsOf } from './headings.ts';
import { evidenceWithin, formatEvidence, formatsWithOwnRowsOfB, tableBEvidence, versionFromEvidence } from './formatDetect.ts';
import { findRegions } from './regions.ts';
import { recoverRows } from './recover.ts';
import { segmentLines } from './segments.ts';
import { buildRelations } from './relations.ts';
import { readPlace, type Place } from './place.ts';
import type { RegionRows } from './tables.ts';
import { tablesRead } from '../tableLookup.ts';

export function readReport(text: string): Report {
  // Everything is read from the text with its look-alike radicals as the characters they stand for
  // ("⼀、总体情况" is a heading, "⾏政许可" a row label): one unit for one, so every offset read
  // from it is one of the text's. Report.text stays the text as written (fixes edit that).
  const radicals = radicalRuns(text);
  const reading = radicals.length > 0 ? withoutRadicals(text) : text;
  const lines = segmentLines(reading);
  // A place findRegions asks about is read once (parse/place.ts). The first of a table's places
  // that holds its rows is the table's region (findRegions takes it): it is kept, to be read as the
  // table. The others are read, answered and dropped: kept too, a megabyte of a report repeated held
  // every copy's rows and tables to the end, and took half as long again.
  const held = new Map<TableId, Place>();
  const found = findRegions(lines, (r) => {
    const place = readPlace(r.table, lines, r.first, r.last, reading);
    const holds = holdsRowOfTable(place);
    if (holds && !held.has(r.table)) held.set(r.table, place);
    return holds;
  });
  const places = new Map<TableId, Place>();
  for (const { table, first, last } of found.regions) {
    const kept = held.get(table);
    places.set(table, kept && kept.first === first && kept.last === last ? kept : readPlace(table, lines, first, last, reading));
  }
  const regions = new Map<TableId, RegionRows>();
  for (const [table, place] of places) regions.set(table, place.rows);
  const halfWidth = toHalfWidth(reading);
  const document = readDocument(reading, halfWidth, lines);

  // A loop, not flatMap: V8's flatMap took as long as reading the format's evidence from the rows.
  const physicalRows: PhysicalRow[] = [];
  for (const region of regions.values()) for (const row of region.rows) physicalRows.push(row);
  const evidence = formatEvidence(physicalRows);
  const detected = versionFromEvidence(evidence);
  // Each table is read on the format it is written on: a user may paste last year's table A into
  // this year's template, and reading the whole report on table A's format would make table B a
  // cascade of findings. Tables B and C (the same in both formats but for table B's rows under
  // （六）) are read on the format table B shows by its rows. A table B without them is written
  // on the plain structure both formats share (the 2019 format's, which the 2021 format accepts as
  // a sum): it is read on the format the report's year or labels point to, and on the plain one
  // when they point to both.
  const placeB = places.get('B');
  const shownByB = placeB ? tableBByItsRows(placeB) : null;
  const pointedTo = [document.year !== null ? formatForYear(document.year) : null, detected].filter((v) => v !== null);
  const version = shownByB?.format.version
    ?? pointedTo.find((v) => !formatsWithOwnRowsOfB.includes(v)) ?? pointedTo[0] ?? (regions.size > 0 ? '2021' : null);
  const format = formats[version ?? '2021'];
  // Table A by its own labels (its columns differ wholly between the formats), else as the others.
  const regionA = regions.get('A');
  const versionOfA = (regionA && versionFromEvidence(evidenceWithin(evidence, regionSpan(regionA)))) ?? version;
  const formatOfA = formats[versionOfA ?? '2021'];

  const tables = {
    A: places.get('A')?.tableOn(formatOfA) ?? null,
    B: placeB?.tableOn(format) ?? null,
    C: places.get('C')?.tableOn(format) ?? null,
  };
  const relations = buildRelations(format, tables.B, tables.C);
  // Table A has no relations to choose a split by: only long runs are taken as glued, and
  // never split (any split fits), only reported.
  if (tables.A) recoverRows(tables.A, relations, reading, { minDigits: 5 });
  if (tables.B) recoverRows(tables.B, relations, reading);
  if (tables.C) recoverRows(tables.C, relations, reading);
  // Lines a table's region took are no headings, even past its last row (table B's rows read like the outline).
  const repeatedTables = found.repeats.map((r) => ({ table: r.table, span: { start: lines[r.first]!.start, end: lines[r.last]!.end } }));
  const tableRegions = [...tablesRead(tables).map((t) => t.region), ...repeatedTables.map((t) => t.span)];
  const headings = readHeadings(lines, tableRegions);
  return {
    text,
    halfWidth,
    dateText: document.dateText,
    radicals,
    format: {
      version: tables.A || tables.B || tables.C ? version : detected,
      evidence,
      ...(tables.A && versionOfA !== version && versionOfA !== null ? { tableA: versionOfA } : {}),
    },
    year: document.year,
    yearEvidence: document.yearEvidence,
    agency: readAgency(reading, lines, document.yearEvidence),
    headings,
    sections: sectionsOf(headings, text.length),
    tables,
    repeatedTables,
    relations,
    dates: document.dates,
  };
}

/**
 * Whether the lines of a place a table is opened at hold one of its rows with a number, on either
 * format: the table, not a word of its header said elsewhere (a sub-heading "申请人情况" or "信息内容"
 * in section 五 or 六, whose lines run on to the date under the signature; "第二十条第（一）项规定的…"
 * in section 一).
 */
function holdsRowOfTable(place: Place): boolean {
  return [formats['2021'], formats['2019']].some((format) => place.tableOn(format)?.rows.some((row) => row.cells.some((c) => c.value.kind === 'number')));
}

/** The lines a table's region takes, as a span of the text. */
function regionSpan(region: RegionRows): Span {
  return { start: region.lines[0]?.start ?? 0, end: region.lines[region.lines.length - 1]?.end ?? 0 };
}

/**
 * Table B read on the format whose own rows it holds (the 2021 format's sub-rows of （六）), found
 * by their labels; null when it holds none, and its rows fit either format.
 */
function tableBByItsRows(place: Place): { format: FormatDef; table: ReadTable } | null {
  for (const version of formatsWithOwnRowsOfB) {
    const table = place.tableOn(formats[version]);
    if (table && tableBEvidence(table, version).length > 0) return { format: formats[version], table };
  }
  return null;
}
