// structure/table-placement: a statutory table that stands under another section than its own
// (FORMAT.md: 二 holds table A, 三 table B, 四 table C) — a table pasted under the wrong heading,
// or two tables swapped between their sections. Said only when every part of it is certain:
// - the section the table stands in and the section it belongs in are both there, each once, and
//   each known by a title that is, whole, the format's wording or an accepted variant (not by its
//   number, often wrong and told by structure/section-numbering; not a merged or reworded title);
// - the nearest numbered part heading above the table is that section's own (an unrecognised part
//   in between, such as "四、行政复议和行政诉讼", may be where the author meant the table to be);
// - the table was read with confidence: most of its rows by their labels, table C's row whole.
// A text without section headings (crawler text whose headings were lost) gets nothing. No fix:
// moving a table and the text around it is the author's choice.
import type { Finding, Heading, ReadTable, Report, Section, Span, TableId } from '../model.ts';
import { FORMAT_SECTION_TITLE, sectionNumerals, sectionOfTable } from '../formats/sections.ts';
import { firstLineOf } from '../text/lineIndex.ts';
import { normalizeLabel } from '../text/normalize.ts';
import { formatOf, numberRowsOfReadB, tableNames } from '../tableLookup.ts';
import { finding } from './finding.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

export const structureTablePlacement: Rule = {
  id: 'structure/table-placement',
  severity: 'warning',
  description: {
    zh: '法定表格放在了别的部分之下（如行政复议、行政诉讼情况表放在“三、收到和处理政府信息公开申请情况”之下）。',
    en: 'A statutory table stands under another section than its own (e.g. table C under "三、收到和处理政府信息公开申请情况").',
  },
  check(report) {
    if (!isReport(report) || report.sections.length === 0) return [];
    const out: Finding[] = [];
    for (const id of ['A', 'B', 'C'] as TableId[]) {
      const table = report.tables[id];
      if (!table || !readWithConfidence(report, table)) continue;
      const home = sectionOfTable[id];
      const holder = sectionHolding(report, table.span);
      if (!holder || holder.number === home) continue;
      const own = soleSection(report, home);
      if (!own || !knownByTitle(own) || !knownByTitle(holder) || !soleSection(report, holder.number)) continue;
      const written = headingText(holder.heading);
      const ownWritten = headingText(own.heading);
      out.push(finding(this, {
        zh: `${tableNames[id].zh}放在了第${sectionNumerals[holder.number]}部分“${written}”之下，应放在第${sectionNumerals[home]}部分“${ownWritten}”之下`,
        en: `${tableNames[id].en} stands under section ${holder.number} "${written}"; it belongs under section ${home} "${ownWritten}"`,
      }, firstLineOf(report.text, table.span), {
        related: [
          { message: { zh: '表格所在的部分', en: 'the section the table stands in' }, span: holder.heading.span },
          { message: { zh: '表格应在的部分', en: 'the section the table belongs in' }, span: own.heading.span },
        ],
      }));
    }
    return out;
  },
};

/**
 * Most of the table's rows read by their own labels (not placed by order, which a stray anchor
 * would give), table C's one row with all its numbers: a table found from a stray line of prose
 * is not placed anywhere.
 */
function readWithConfidence(report: Report, table: ReadTable): boolean {
  if (table.id === 'C') {
    const row = table.rows[0];
    return row !== undefined && row.cells.length === row.expected && !(row.digitsRunTogether && row.digitsRunTogether.splits !== 1);
  }
  const format = formatOf(report, table.id);
  const wanted = table.id === 'A'
    ? format.tableA.blocks.reduce((n, block) => n + block.rows.length, 0)
    : numberRowsOfReadB(report, table).length;
  const labelled = table.rows.filter((r) => r.labelSpan !== null && !r.placedByOrder && r.cells.length > 0).length;
  return labelled * 2 >= wanted;
}

/**
 * The section the table stands in: the last section heading above it, when it is also the last
 * part heading above it (level 1, recognised or not). No heading stands inside a table (a line of
 * its region is none), so the section runs on past the table's end.
 */
function sectionHolding(report: Report, table: Span): Section | null {
  let holder: Section | null = null;
  for (const s of report.sections) if (s.heading.span.end <= table.start) holder = s;
  if (!holder) return null;
  let lastPart: Heading | null = null;
  for (const h of report.headings) if (h.level === 1 && h.span.end <= table.start) lastPart = h;
  return lastPart === holder.heading ? holder : null;
}

/** The section of that number when there is exactly one (a contents list or a repeated title makes two). */
function soleSection(report: Report, number: number): Section | null {
  const found = report.sections.filter((s) => s.number === number);
  return found.length === 1 ? found[0] ?? null : null;
}

function knownByTitle(section: Section): boolean {
  return FORMAT_SECTION_TITLE.test(normalizeLabel(section.heading.title));
}

/** The heading as written: its number (which may be the wrong one) and its title, without a paragraph run into it. */
function headingText(heading: Heading): string {
  return `${heading.numberText ?? ''}${heading.title}`;
}


