// Next year's draft from this year's report, the way staff begin one: the same sections, headings,
// prose and tables, with the report year and the statistics period moved on by one, this year's
// 四、结转下年度继续办理 carried into next year's 二、上年结转, table C's 尚未审结 noted under the
// table, the publication date emptied, and every other count of the three tables left blank:
// last year's numbers are never passed off as next year's. The prose is kept as written (its years
// too): the date rules then point at each sentence still about this year.
//
// The tables are rewritten cell by cell where the engine read them (a cell's span), so the draft
// keeps the report's own layout, and 二、上年结转 is written where this year's numbers of that row
// stand. A blank cell is left empty where the layout can hold one; where the engine does not read
// the table back so, with each cell where this year's stood (spaces; a tab table whose rows hold
// no number left), each blank cell holds 空, which reads as a blank in every layout. A table that
// cannot be written blank in its own layout (crawler text, its digits run together), or on another
// format than next year's (a 2020 report, 2019 format, gives a 2021 draft), is replaced by next
// year's blank table, and the notes say so.
import { blankTableText } from './blankTables.ts';
import { analyze } from './analyze.ts';
import { writeCellValue } from './cellEdit.ts';
import { applyEdits } from './fixes.ts';
import { formatForYear, formats } from './formats/index.ts';
import type { Message, ReadTable, Report, Span, TableId, TableRow, TextEdit } from './model.ts';
import { writeYearLike } from './parse/dates.ts';
import { isUnwritten } from './parse/values.ts';
import { segmentLines } from './parse/segments.ts';
import { rowOf, tableNames, versionOf } from './tableLookup.ts';
import { unsplit } from './tableReading.ts';

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
/** A time of day written after a date: 16:34, 16:34:05 (colons of either width). */
const TIME_AFTER = /^[ \t]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)/;
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

  // This year's 四、结转下年度继续办理, column by column: next year's 二、上年结转.
  const pending = rowOf(report, 'B', 'pending');
  const carry = pending && !unsplit(pending) ? pending.cells.map((c) => (c.value.kind === 'number' ? c.value.digits : null)) : [];

  // Each table's cells emptied first; a table that does not read back so is made again with 空 in
  // its blanks, and one that does not read back even so (digits run together, with nothing to hold
  // a blank) is replaced by next year's blank table. So is a table on another format than next
  // year's (each table's own: one may have been pasted from another year's template).
  const onOtherFormat = IDS.filter((id) => { const v = versionOf(report, id); return v !== null && v !== formatForYear(year); });
  const ways: Record<TableId, Blanking> = { A: 'emptied', B: 'emptied', C: 'emptied' };
  onOtherFormat.forEach((id) => (ways[id] = 'replaced'));
  // A row whose digits ran together past splitting, in a table with no separator to write its blank cells with.
  for (const id of IDS) {
    const table = report.tables[id];
    if (table?.rows.some((row) => unsplit(row) && unsplitRowEdits(report, table, row, '') === null)) ways[id] = 'replaced';
  }
  let made = makeDraft(text, report, year, fixed, ways, carry);
  for (const [from, to] of [['emptied', 'marked'], ['marked', 'replaced']] as const) {
    const worse = IDS.filter((id) => ways[id] === from && readWorse(report, made.read, id, made.applied));
    if (worse.length === 0) continue;
    worse.forEach((id) => (ways[id] = to));
    made = makeDraft(text, report, year, fixed, ways, carry);
  }
  let draft = made.text;
  let carriedCount = made.carried;

  // A table B made anew: this year's 结转下年度 written into its 上年结转, cell by cell as the draft's table was read.
  const carried = rowOf(made.read, 'B', 'carried');
  if (ways.B === 'replaced' && carried && carry.length > 0) {
    const edits: TextEdit[] = [];
    carried.cells.forEach((cell, column) => {
      const digits = carry[column];
      if (digits === null || digits === undefined) return;
      edits.push(writeCellValue(made.read.text, cell, digits));
      carriedCount++;
    });
    draft = applyEdits(draft, edits).text;
  }

  notes.unshift({ zh: `报告年度 ${report.year} → ${year}（标题与统计期限）`, en: `Report year ${report.year} → ${year} (title and statistics period)` });
  const source = formats[formatForYear(year)].source;
  const replaced = onOtherFormat.filter((id) => report.tables[id]);
  if (onOtherFormat.length === IDS.length) notes.push({ zh: `${year}年适用${source}，三张表已换为新格式的空表`, en: `${year} follows ${source}: the three tables are the new format's, blank` });
  else if (replaced.length > 0) notes.push({ zh: `${year}年适用${source}，${replaced.map((id) => tableNames[id].zh).join('、')}用的是其他年度的格式，已换为该格式的空表`, en: `${year} follows ${source}: ${replaced.map((id) => tableNames[id].en).join(' and ')}, on another year's format, ${replaced.length > 1 ? 'are' : 'is'} replaced by its blank table` });
  // Tables whose layout holds no blank cell (crawler text, its digits run together): made anew.
  const remade = IDS.filter((id) => ways[id] === 'replaced' && !onOtherFormat.includes(id) && report.tables[id]);
  if (remade.length > 0) {
    const glued = remade.some((id) => report.tables[id]!.rows.some((r) => r.digitsRunTogether));
    notes.push({
      zh: `${remade.map(tableNumber).join('、')}${glued ? '的数字在原文中连写（无分隔），' : '在原文中的排版'}无法逐格留空，已换为${source}的空表（空格写作“空”）`,
      en: `Table${remade.length > 1 ? 's' : ''} ${remade.join(', ')}: ${glued ? 'the digits run together in the text (no separators), so no cell can be left blank' : 'the layout cannot hold blank cells'}; replaced by the blank table of ${source} (blank cells written 空)`,
    });
  }
  if (made.lined) notes.push({ zh: '原文的正文与表格连成一行（网页抓取的文本），草稿已按标题、段落和表格分行', en: 'The body and its tables ran onto one line (crawler text): the draft is broken into lines at its headings, paragraphs and tables' });
  notes.push(carryNote(report, pending, carry, carriedCount, ways.B === 'replaced'));
  if (note) notes.push({ zh: '表三下已注明本年度尚未审结的案件', en: "This year's pending cases are noted under table C" });
  const kept = IDS.filter((id) => report.tables[id] && ways[id] !== 'replaced');
  const blanks = kept.map((id) => (ways[id] === 'marked' ? `${tableNumber(id)}（空格写作“空”）` : tableNumber(id)));
  if (blanks.length > 0) notes.push({ zh: `其余数字均已留空待填：${blanks.join('、')}`, en: `Every other number is left blank to fill in (tables ${kept.join(', ')}${kept.some((id) => ways[id] === 'marked') ? '; blank cells written 空 where the layout needs a mark' : ''})` });
  // The years in the prose, besides the title and the period moved on above.
  const moved = fixed.map((e) => e.span);
  const stale = report.dates.filter((d) => d.role === 'text' && d.year === report.year && !moved.some((m) => m.start < d.span.end && d.span.start < m.end)).length;
  if (stale > 0) notes.push({ zh: `正文仍写 ${report.year} 年的情况（${stale} 处），请按 ${year} 年改写`, en: `The prose still tells of ${report.year} (${stale} ${stale === 1 ? 'place' : 'places'}): rewrite it for ${year}` });
  return { text: draft, year, notes };
}

/** 表一, 表二, 表三. */
function tableNumber(id: TableId): string {
  return `表${'一二三'[IDS.indexOf(id)]}`;
}

/** How a table's numbers are taken out of the draft: its cells emptied, written 空, or the whole table replaced by next year's blank one. */
type Blanking = 'emptied' | 'marked' | 'replaced';

/**
 * The draft with each table blanked its way, table B's 二、上年结转 written where this year's
 * numbers of that row stand (`carry`, by column; a table read with its numbers shows where its
 * columns are, which a table left blank cannot: a blank piece may be a merged label column, a
 * cell, or the separator closing the line), and the draft as read.
 */
function makeDraft(text: string, report: Report, year: number, fixed: TextEdit[], ways: Record<TableId, Blanking>, carry: (string | null)[]): { text: string; read: Report; carried: number; applied: TextEdit[]; lined: boolean } {
  const edits = [...fixed];
  let carried = 0;
  const replaced: Span[] = [];
  for (const id of IDS) {
    const table = report.tables[id];
    if (!table) continue;
    if (ways[id] === 'replaced') {
      // The separators left on the table's last line after its last cell (" |") go with it. A
      // table that shares its lines with other text (crawler text, the whole body on one line)
      // gets lines of its own: the heading before it and the text after it stay apart from it.
      let start = table.span.start;
      const end = table.span.end + (/^[ \t|｜]*/.exec(text.slice(table.span.end))?.[0].length ?? 0);
      const before = /(?:^|[\r\n])[ \t]*$/.test(text.slice(Math.max(0, start - 200), start)) ? '' : '\n';
      if (before) while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      const after = /^[ \t]*(?:[\r\n]|$)/.test(text.slice(end, end + 200)) ? '' : '\n';
      edits.push({ span: { start, end }, newText: `${before}${blankTableText(formats[formatForYear(year)], id, BLANK_MARK)}${after}` });
      if (before || after) replaced.push({ start, end });
    } else {
      const made = tableEdits(report, id, ways[id] === 'marked' ? BLANK_MARK : '', id === 'B' ? carry : []);
      edits.push(...made.edits);
      carried += made.carried;
    }
  }
  // The text around such a table was read in the lines a crawler's one-line body is cut into
  // (parse/segments.ts); away from the table, a line may be too short to be cut so, and its
  // run-in headings would no longer be read ("…作用。六、其他需要报告的事项…"): the draft is
  // written in those lines.
  const breaks = replaced.length > 0 ? lineBreaks(text, replaced, edits) : [];
  const { text: draft, applied } = applyEdits(text, [...edits, ...breaks]);
  return { text: draft, read: analyze(draft).report, carried, applied, lined: breaks.length > 0 };
}

/**
 * A line break where the engine reads a new line inside one of the text's (segmentLines), but
 * within or at the edge of a table replaced (`replaced`: it has lines of its own) or an edit.
 */
function lineBreaks(text: string, replaced: Span[], edits: TextEdit[]): TextEdit[] {
  const breaks: TextEdit[] = [];
  for (const segment of segmentLines(text)) {
    const at = segment.start;
    if (at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r') continue;
    if (replaced.some((t) => t.start <= at && at <= t.end) || edits.some((e) => e.span.start < at && at < e.span.end)) continue;
    breaks.push({ span: { start: at, end: at }, newText: '\n' });
  }
  return breaks;
}

/**
 * What became of 二、上年结转: filled in, or left blank and why — this year's 结转下年度 left
 * blank or not read, or its numbers read with no cell of 上年结转 to write them in (`replacedB`:
 * table B was made anew in the draft, whose row was then not read).
 */
function carryNote(report: Report, pending: TableRow | undefined, carry: (string | null)[], carriedCount: number, replacedB: boolean): Message {
  const numbers = carry.map((d) => d ?? '空').join(' ');
  const wanted = carry.filter((d) => d !== null).length;
  if (carriedCount > 0 && carriedCount >= wanted) return { zh: `“二、上年结转”已按本年度“四、结转下年度继续办理”填写（${carriedCount} 格）`, en: `"二、上年结转" filled in from this year's "四、结转下年度继续办理" (${carriedCount} ${carriedCount === 1 ? 'cell' : 'cells'})` };
  // Some numbers written, not all (cells lost from this year's row): the rest said, with the numbers.
  if (carriedCount > 0) return { zh: `“二、上年结转”已按本年度“四、结转下年度继续办理”填写 ${carriedCount} 格，另有 ${wanted - carriedCount} 格无处写入：请按（${numbers}）核对补填`, en: `"二、上年结转" filled in from this year's "四、结转下年度继续办理" in ${carriedCount} ${carriedCount === 1 ? 'cell' : 'cells'}; ${wanted - carriedCount} more had no cell to go in: check it against (${numbers})` };
  // A row left blank was read (blank is no number to carry), and is not said to be unread.
  if (pending && !unsplit(pending) && pending.cells.length > 0 && pending.cells.every((c) => c.value.kind === 'blank')) return { zh: '本年度“四、结转下年度继续办理”各格空白，“二、上年结转”留空', en: 'This year\'s "四、结转下年度继续办理" is blank in every cell: "二、上年结转" is left blank' };
  if (!pending || unsplit(pending) || carry.every((d) => d === null)) return { zh: '未读出本年度“四、结转下年度继续办理”，“二、上年结转”留空', en: 'This year\'s "四、结转下年度继续办理" was not read: "二、上年结转" is left blank' };
  // This year's numbers were read, and there was no cell to write them in: which row failed, and the numbers to write.
  const row = rowOf(report, 'B', 'carried');
  const failed = replacedB
    ? { zh: '草稿中的“二、上年结转”行未能读出', en: 'the draft\'s "二、上年结转" row was not read' }
    : !row
      ? { zh: '本年度表中没有“二、上年结转”行', en: 'this year\'s table has no "二、上年结转" row' }
      : { zh: '本年度“二、上年结转”行未能读出（数字粘连或单元格缺失）', en: 'this year\'s "二、上年结转" row was not read (digits run together, or cells missing)' };
  return { zh: `${failed.zh}，未填写：请按本年度“四、结转下年度继续办理”（${numbers}）填写`, en: `${failed.en[0]!.toUpperCase()}${failed.en.slice(1)}: left blank; fill it in from this year's "四、结转下年度继续办理" (${numbers})` };
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
    // A time of day after it is this year's too (a web page's "发布时间: 2022-02-08 16:34").
    end += TIME_AFTER.exec(report.text.slice(end, end + 16))?.[0].length ?? 0;
    return { span: { start: d.span.start, end }, newText: EMPTY_DATE };
  });
}

/**
 * Every number of a table blanked (its cell's text replaced by `mark`), the numbers of a row whose
 * digits ran together past splitting too (it has no cells: where they stood); in table B's
 * 二、上年结转, the numbers of `carry` written instead, column by column, and counted.
 */
function tableEdits(report: Report, id: TableId, mark: string, carry: (string | null)[]): { edits: TextEdit[]; carried: number } {
  const table = report.tables[id];
  if (!table) return { edits: [], carried: 0 };
  let carried = 0;
  const edits = table.rows.flatMap((row) => {
    if (unsplit(row)) return unsplitRowEdits(report, table, row, mark) ?? [];
    const written = row.cells.filter((c) => c.span.end > c.span.start);
    const into = id === 'B' && row.key === 'carried' ? carry : [];
    const out: TextEdit[] = [];
    row.cells.forEach((cell, column) => {
      const digits = into[column];
      // A cell lost from the text (read as blank, its span after the row's last) has no place to write in.
      if (digits !== null && digits !== undefined && column < row.cells.length - row.lost) {
        out.push(writeCellValue(report.text, cell, digits));
        carried++;
      } else if (cell.span.end > cell.span.start && cell.value.kind !== 'blank') out.push({ span: cell.span, newText: mark });
    });
    // Values beyond the format's columns are blanked too: no number of this year stays.
    for (const cell of row.extra) if (cell.span.end > cell.span.start && cell.value.kind !== 'blank') out.push({ span: cell.span, newText: mark });
    // A row that lost cells in this year's text gets them back, blank, with the separator its
    // last two cells have between them: the draft's rows are whole.
    const missing = row.expected - written.length;
    const last = written[written.length - 1];
    const before = written[written.length - 2];
    if (missing > 0 && last && before) {
      const separator = report.text.slice(before.span.end, last.span.start);
      if (separator !== '' && !/\d/.test(separator)) out.push({ span: { start: last.span.end, end: last.span.end }, newText: (separator + mark).repeat(missing) });
    }
    return out;
  });
  return { edits, carried };
}

/**
 * A row whose digits ran together past splitting ("行政规范性文件\t693665"): its numbers replaced by
 * its blank cells, with the separator the table's other rows have between their cells. Null when
 * the table shows none (crawler text, every row's digits run together): the row cannot be written
 * blank in its table, and the table is made anew (nextYearDraft).
 */
function unsplitRowEdits(report: Report, table: ReadTable, row: TableRow, mark: string): TextEdit[] | null {
  const at = row.digitsRunTogether?.numbersAt ?? [];
  const first = at[0];
  const last = at[at.length - 1];
  if (!first || !last) return [];
  for (const other of table.rows) {
    const [a, b] = other.cells;
    if (!a || !b || unsplit(other) || other.lost > 0) continue;
    const separator = report.text.slice(a.span.end, b.span.start);
    // A line break separates cells only a cell per line.
    if (separator !== '' && !/\d/.test(separator) && (table.layout === 'cell-per-line' || !/[\r\n]/.test(separator))) return [{ span: { start: first.start, end: last.end }, newText: Array.from({ length: row.expected }, () => mark).join(separator) }];
  }
  return null;
}

/**
 * Whether the draft's table was read with fewer complete rows than this year's (or not at all),
 * with anything but blanks in its cells (a separator taken for a value), or with a cell elsewhere
 * than where this year's stood (`applied`: the edits that made the draft). A row whose every cell
 * was emptied may be read a piece off: a blank piece beside a label may be a merged label column,
 * a cell, or the separator closing the line, and a table with no number left shows none of them
 * (Word gives "行政许可\t0\t\t" and "行政许可\t\t0\t" alike), where "fill with 0" would write.
 */
function readWorse(before: Report, after: Report, id: TableId, applied: TextEdit[]): boolean {
  const table = before.tables[id];
  if (!table) return false;
  const complete = (r: Report) => r.tables[id]?.rows.filter((row) => row.cells.length === row.expected).length ?? -1;
  if (complete(after) < complete(before)) return true;
  const rows = new Map(after.tables[id]?.rows.map((row) => [row.key, row]));
  return table.rows.some((row) => {
    const read = rows.get(row.key);
    if (!read) return false;
    // 二、上年结转 holds the numbers carried.
    if (!(id === 'B' && row.key === 'carried') && read.cells.some((c) => !isUnwritten(c.value))) return true;
    // Each cell of this year's (but those lost from the text) where it stands in the draft.
    return row.cells.slice(0, row.cells.length - row.lost).some((cell, column) => {
      const at = read.cells[column]?.span;
      return at !== undefined && !(at.start <= movedEnd(applied, cell.span.end) && at.end >= movedStart(applied, cell.span.start));
    });
  });
}

/** Where `offset` of this year's text is in the draft, as the start of a span: text inserted there is after it. */
function movedStart(applied: TextEdit[], offset: number): number {
  let moved = offset;
  for (const e of applied) if (e.span.end < offset || (e.span.end === offset && e.span.start < offset)) moved += e.newText.length - (e.span.end - e.span.start);
  return moved;
}

/** Where `offset` of this year's text is in the draft, as the end of a span: text inserted there is before it. */
function movedEnd(applied: TextEdit[], offset: number): number {
  let moved = offset;
  for (const e of applied) if (e.span.start <= offset && e.span.end <= offset) moved += e.newText.length - (e.span.end - e.span.start);
  return moved;
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
