// Next year's draft from this year's report, the way staff begin one: the same sections, headings,
// prose and tables, with the report year and the statistics period moved on by one, this year's
// 四、结转下年度继续办理 carried into next year's 二、上年结转, table C's 尚未审结 noted under the
// table, the publication date emptied, and every other count of the three tables left blank:
// last year's numbers are never passed off as next year's. The prose is kept as written (its years
// too): the date rules then point at each sentence still about this year.
//
// The tables are rewritten cell by cell where the engine read them (a cell's span), so the draft
// keeps the report's own layout. A blank cell is left empty where the layout can hold one (a cell
// per line, a pipe table); where the engine could not read the table back with empty cells (tabs,
// spaces), each blank cell holds 空, which reads as a blank in every layout. When next year
// follows another format than this report (a 2020 report, 2019 format, gives a 2021 draft), each
// table is replaced by the new format's blank table.
import { blankTableText } from './blankTables.ts';
import { analyze } from './analyze.ts';
import { writeCellValue } from './cellEdit.ts';
import { applyEdits } from './fixes.ts';
import { formatForYear, formats } from './formats/index.ts';
import type { Message, Report, Span, TableId, TextEdit } from './model.ts';
import { writeYearLike } from './parse/dates.ts';
import { rowOf, tableNames, versionOf } from './tableLookup.ts';

export interface NextYearDraft {
  /** The draft's text; null when no draft could be made (then `notes` says why). */
  text: string | null;
  /** The draft's report year. */
  year: number | null;
  /** What was done, and what is left to the writer, in order. */
  notes: Message[];
}

/** What an emptied date line holds: the date's place, to be filled in. */
export const EMPTY_DATE = '    年  月  日';
/** A blank cell where the layout cannot hold an empty one (parse/values.ts reads 空 as a placeholder). */
const BLANK_MARK = '空';
const IDS: TableId[] = ['A', 'B', 'C'];

export function nextYearDraft(text: string): NextYearDraft {
  const report = analyze(text).report;
  if (report.year === null) {
    return { text: null, year: null, notes: [{ zh: '未读出报告年度（标题或统计期限），无法生成下一年度草稿', en: "The report year was not read (title or statistics period): no draft for next year" }] };
  }
  const year = report.year + 1;
  const notes: Message[] = [];
  const fixed: TextEdit[] = [...yearEdits(report, year), ...dateEdits(report, notes)];
  const note = pendingCasesNote(report);
  if (note) fixed.push(note);

  // Empty cells first; a table that does not read back so is made again with 空 in its blanks.
  // A table on another format than next year's (each table's own: one may have been pasted from
  // another year's template) is replaced by next year's blank one.
  const onOtherFormat = IDS.filter((id) => { const v = versionOf(report, id); return v !== null && v !== formatForYear(year); });
  const marks: Record<TableId, string> = { A: '', B: '', C: '' };
  onOtherFormat.forEach((id) => (marks[id] = BLANK_MARK));
  let draft = applyEdits(text, [...fixed, ...IDS.flatMap((id) => tableEdits(report, id, marks[id], onOtherFormat.includes(id) ? year : null))]).text;
  let read = analyze(draft).report;
  const worse = IDS.filter((id) => marks[id] === '' && readWorse(report, read, id));
  if (worse.length > 0) {
    worse.forEach((id) => (marks[id] = BLANK_MARK));
    draft = applyEdits(text, [...fixed, ...IDS.flatMap((id) => tableEdits(report, id, marks[id], onOtherFormat.includes(id) ? year : null))]).text;
    read = analyze(draft).report;
  }

  // Then this year's 结转下年度 into the draft's 上年结转, cell by cell where the draft's table was read.
  const pending = rowOf(report, 'B', 'pending');
  const carried = rowOf(read, 'B', 'carried');
  let carriedCount = 0;
  if (pending && carried) {
    const edits: TextEdit[] = [];
    carried.cells.forEach((cell, column) => {
      const from = pending.cells[column]?.value;
      if (from?.kind !== 'number') return;
      edits.push(writeCellValue(read.text, cell, from.digits));
      carriedCount++;
    });
    draft = applyEdits(draft, edits).text;
  }

  notes.unshift({ zh: `报告年度 ${report.year} → ${year}（标题与统计期限）`, en: `Report year ${report.year} → ${year} (title and statistics period)` });
  const replaced = onOtherFormat.filter((id) => report.tables[id]);
  if (onOtherFormat.length === IDS.length) notes.push({ zh: `${year}年适用${formats[formatForYear(year)].source}，三张表已换为新格式的空表`, en: `${year} follows ${formats[formatForYear(year)].source}: the three tables are the new format's, blank` });
  else if (replaced.length > 0) notes.push({ zh: `${year}年适用${formats[formatForYear(year)].source}，${replaced.map((id) => tableNames[id].zh).join('、')}用的是其他年度的格式，已换为该格式的空表`, en: `${year} follows ${formats[formatForYear(year)].source}: ${replaced.map((id) => tableNames[id].en).join(' and ')}, on another year's format, ${replaced.length > 1 ? 'are' : 'is'} replaced by its blank table` });
  if (pending && carried && carriedCount > 0) notes.push({ zh: `“二、上年结转”已按本年度“四、结转下年度继续办理”填写（${carriedCount} 格）`, en: `"二、上年结转" filled in from this year's "四、结转下年度继续办理" (${carriedCount} cells)` });
  // A row left blank was read (blank is no number to carry), and is not said to be unread.
  else if (pending && pending.cells.length > 0 && pending.cells.every((c) => c.value.kind === 'blank')) notes.push({ zh: '本年度“四、结转下年度继续办理”各格空白，“二、上年结转”留空', en: 'This year\'s "四、结转下年度继续办理" is blank in every cell: "二、上年结转" is left blank' });
  else notes.push({ zh: '未读出本年度“四、结转下年度继续办理”，“二、上年结转”留空', en: 'This year\'s "四、结转下年度继续办理" was not read: "二、上年结转" is left blank' });
  if (note) notes.push({ zh: '表三下已注明本年度尚未审结的案件', en: "This year's pending cases are noted under table C" });
  const blanks = IDS.filter((id) => report.tables[id]).map((id) => (marks[id] === BLANK_MARK ? `表${'一二三'[IDS.indexOf(id)]}（空格写作“空”）` : `表${'一二三'[IDS.indexOf(id)]}`));
  if (blanks.length > 0) notes.push({ zh: `其余数字均已留空待填：${blanks.join('、')}`, en: `Every other number is left blank to fill in (tables ${IDS.filter((id) => report.tables[id]).join(', ')}${IDS.some((id) => marks[id] === BLANK_MARK) ? '; blank cells written 空 where the layout needs a mark' : ''})` });
  // The years in the prose, besides the title and the period moved on above.
  const moved = fixed.map((e) => e.span);
  const stale = report.dates.filter((d) => d.role === 'text' && d.year === report.year && !moved.some((m) => m.start < d.span.end && d.span.start < m.end)).length;
  if (stale > 0) notes.push({ zh: `正文仍写 ${report.year} 年的情况（${stale} 处），请按 ${year} 年改写`, en: `The prose still tells of ${report.year} (${stale} places): rewrite it for ${year}` });
  return { text: draft, year, notes };
}

/** The report year where the title and the statistics period name it, written as it was (digits or 二〇二三). */
function yearEdits(report: Report, year: number): TextEdit[] {
  const spans: Span[] = [
    ...report.yearEvidence.filter((e) => (e.source === 'title' || e.source === 'period') && e.year === year - 1).map((e) => e.span),
    ...report.dates.filter((d) => (d.role === 'period-start' || d.role === 'period-end') && !d.yearImplied && d.year === year - 1).map((d) => d.span),
  ];
  const edits = new Map<number, TextEdit>();
  for (const span of spans) {
    // dateText has years in Chinese numerals as ASCII digits, one character for one.
    const within = report.dateText.slice(span.start, span.end);
    const at = within.search(new RegExp(`(?<!\\d)${year - 1}(?!\\d)`));
    if (at < 0) continue;
    const start = span.start + at;
    if (!edits.has(start)) edits.set(start, { span: { start, end: start + 4 }, newText: writeYearLike(report.text.slice(start, start + 4), year) });
  }
  return [...edits.values()];
}

/** Publication dates (with a weekday written beside them) emptied: next year's is not known. */
function dateEdits(report: Report, notes: Message[]): TextEdit[] {
  const published = report.dates.filter((d) => d.role === 'publication');
  if (published.length > 0) notes.push({ zh: `发布日期已清空待填（${published.length} 处）`, en: `Publication dates emptied, to fill in (${published.length})` });
  return published.map((d) => {
    let end = d.span.end;
    if (d.weekday && d.weekday.span.start >= end) {
      end = d.weekday.span.end;
      // A weekday in brackets goes with its brackets: 2024年1月20日（星期六）.
      if (/^\s*[（(]\s*$/.test(report.text.slice(d.span.end, d.weekday.span.start)) && /[）)]/.test(report.text[end] ?? '')) end++;
    }
    return { span: { start: d.span.start, end }, newText: EMPTY_DATE };
  });
}

/**
 * Every number of a table blanked (its cell's text replaced by `mark`), or, when next year has
 * another format (`newFormatYear`), the whole table replaced by that format's blank one.
 */
function tableEdits(report: Report, id: TableId, mark: string, newFormatYear: number | null): TextEdit[] {
  const table = report.tables[id];
  if (!table) return [];
  if (newFormatYear !== null) return [{ span: table.span, newText: blankTableText(formats[formatForYear(newFormatYear)], id, mark) }];
  return table.rows.flatMap((row) => {
    const written = row.cells.filter((c) => c.span.end > c.span.start);
    // Values beyond the format's columns are blanked too: no number of this year stays.
    const edits = [...written, ...row.extra].filter((c) => c.span.end > c.span.start && c.value.kind !== 'blank').map((c) => ({ span: c.span, newText: mark }));
    // A row that lost cells in this year's text gets them back, blank, with the separator its
    // last two cells have between them: the draft's rows are whole.
    const missing = row.expected - written.length;
    const last = written[written.length - 1];
    const before = written[written.length - 2];
    if (missing > 0 && last && before) {
      const separator = report.text.slice(before.span.end, last.span.start);
      if (separator !== '' && !/\d/.test(separator)) edits.push({ span: { start: last.span.end, end: last.span.end }, newText: (separator + mark).repeat(missing) });
    }
    return edits;
  });
}

/**
 * Whether the draft's table was read with fewer complete rows than this year's (or not at all), or
 * with anything but blanks in its cells (a separator taken for a value).
 */
function readWorse(before: Report, after: Report, id: TableId): boolean {
  const complete = (r: Report) => r.tables[id]?.rows.filter((row) => row.cells.length === row.expected).length ?? -1;
  const misread = after.tables[id]?.rows.some((row) => row.cells.some((c) => c.value.kind !== 'blank' && !(c.value.kind === 'text' && c.value.text === BLANK_MARK)));
  return before.tables[id] !== null && (complete(after) < complete(before) || misread === true);
}

/**
 * Table C's 尚未审结 (cases still open at the end of this year), as a line after the table: they
 * are decided next year, and counted there among the results.
 */
function pendingCasesNote(report: Report): TextEdit | null {
  const table = report.tables.C;
  const row = table?.rows[0];
  if (!table || !row) return null;
  const columns = formats[report.format.version ?? '2021'].tableC.columns;
  const count = (prefix: string): number => {
    const cell = row.cells[columns.findIndex((c) => c.key === `${prefix}.pending`)];
    return cell?.value.kind === 'number' ? cell.value.value : 0;
  };
  const review = count('review');
  const direct = count('direct');
  const after = count('after');
  const words = review + direct + after === 0
    ? `${report.year}年无尚未审结的行政复议、行政诉讼案件。`
    : `${report.year}年尚未审结：行政复议${review}件，未经复议直接起诉${direct}件，复议后起诉${after}件；本年度审结的，计入表中相应结果。`;
  // After the last line the table's region took, so that no reading of the table takes it.
  const lineEnd = report.text.slice(table.region.end).search(/\r|\n|$/) + table.region.end;
  return { span: { start: lineEnd, end: lineEnd }, newText: `\n\n（注：${words}）` };
}

/**
 * The draft's file name beside the report's: the year in the name moved on ("某局2023年报.txt" ->
 * "某局2024年报.txt"), else the year added before the extension ("report.txt" -> "report-2024.txt").
 * A published file (.html, .docx, .pdf) gives a text draft: `.txt`.
 */
export function nextYearFileName(name: string, year: number, textFile: boolean): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = textFile ? (dot > 0 ? name.slice(dot) : '') : '.txt';
  const moved = stem.replace(new RegExp(`(?<!\\d)${year - 1}(?!\\d)`, 'g'), String(year));
  return `${moved === stem ? `${stem}-${year}` : moved}${extension}`;
}
