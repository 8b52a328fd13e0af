// The three tables as read, as plain data: what `nianbao extract`, the language server's
// `nianbao/tables` request and the "copy tables as CSV" command give. Labels are the format's own
// (FORMAT.md), values are numbers, null for blank, or the text as written; rows in the format's order.
// A row whose digits ran together past splitting is listed, marked `unsplit`, with no values; the
// numbers in table A or B that no row took are listed after the rows (`unplaced`), never dropped;
// each table says what of it was not read (`reading`), so that none looks whole when it is not.
import type { CellValue, Message, ReadTable, Report, Span, TableId, UnplacedNumbers } from './model.ts';
import { buildLineIndex, positionAt, type LineIndex } from './text/lineIndex.ts';
import { columnLabels, formatOf, rowName, tableABlockOf } from './tableLookup.ts';
import { tableReading, unsplit } from './tableReading.ts';

export type ValueAsRead = number | string | null;

export interface RowAsRead {
  /** The format's key (stable across reports) and its own label. */
  key: string;
  label: string;
  values: ValueAsRead[];
  /** Where each value stands in the text ([start, end) offsets), in the same order. */
  cells: Span[];
  /** Table B: the group a numbered sub-row belongs to ("（四）无法提供" for "1.本机关不掌握…"). */
  group?: string;
  /**
   * Set on a row the report did not print on its own because it printed the sum of its group
   * instead (a 2021 report that keeps （六）其他处理 as one row): the key of the row holding its
   * numbers. Its values are then null: the report does not say them.
   */
  summedIn?: string;
  /**
   * Set on a row whose digits ran together and could not be split one way only (table/glued-digits
   * says why): no value of it is known, so none is given, and the row is still listed.
   */
  unsplit?: true;
}

/** A row of the format named: its key and its name (numbering and label, as table/unread names it). */
export interface RowNamed {
  key: string;
  label: string;
}

/** What of a table was not read (tableReading: what table/unread says), counted by its lists. */
export interface ReadingAsRead {
  /** Nothing of the table left out: every row its numbers are wanted in read, every number in a row. */
  complete: boolean;
  /** The format's rows with numbers that were not read (absent, or digits run together past splitting), in its order. */
  notRead: RowNamed[];
  /** Those of them whose digits ran together and could not be split one way only (listed with `unsplit`). */
  digitsRunTogether: RowNamed[];
}

export interface TablesAsRead {
  /**
   * `unplaced`: the numbers no row took (ReadTable.unplaced), in text order; empty when there are
   * none. `missing`: table A's rows the format requires that the table lacks — the report's gap, not
   * one of reading (table/missing-row in `check`), said so that a table cut short does not pass
   * for a whole one where the findings are not shown (table B's absent rows are in its `reading`).
   */
  A: { rows: (RowAsRead & { block: string; columns: string[] })[]; missing: RowNamed[]; unplaced: UnplacedNumbers[]; reading: ReadingAsRead } | null;
  B: { columns: string[]; rows: RowAsRead[]; unplaced: UnplacedNumbers[]; reading: ReadingAsRead } | null;
  C: { columns: string[]; values: ValueAsRead[]; cells: Span[]; unsplit?: true; reading: ReadingAsRead } | null;
}

export function valueAsRead(value: CellValue): ValueAsRead {
  if (value.kind === 'blank') return null;
  if (value.kind === 'number') return value.value;
  return value.text;
}

export function tablesAsRead(report: Report): TablesAsRead {
  const format = formatOf(report, 'B');
  const { A, B, C } = report.tables;
  return {
    A: A && {
      rows: A.rows.map((row) => {
        return { ...rowAsRead(row), block: tableABlockOf(formatOf(report, 'A'), row.key)?.caption ?? '', columns: columnLabels(report, 'A', row.key) };
      }),
      missing: missingRowsOfA(report, A),
      unplaced: A.unplaced ?? [],
      reading: readingAsRead(report, A),
    },
    B: B && {
      columns: format.tableB.columns.map((c) => c.label),
      rows: B.rows.filter((r) => r.cells.length > 0 || unsplit(r)).flatMap((r) => [rowAsRead(r), ...summedRows(format, B, r.key)]).map((r) => withGroup(r, format)),
      unplaced: B.unplaced ?? [],
      reading: readingAsRead(report, B),
    },
    C: C && { ...cOf(C, format.tableC.columns.map((c) => c.label)), reading: readingAsRead(report, C) },
  };
}

/** What of a table was not read, each row by its name: what `extract`, `nianbao/tables` and the preview say of it. */
export function readingAsRead(report: Report, table: ReadTable): ReadingAsRead {
  const reading = tableReading(report, table);
  const named = (key: string): RowNamed => ({ key, label: rowName(report, table.id, key) });
  return { complete: reading.whole, notRead: reading.notRead.map(named), digitsRunTogether: reading.unsplit.map(named) };
}

/** Table A's rows the format requires that the table lacks, in the format's order. */
function missingRowsOfA(report: Report, table: ReadTable): RowNamed[] {
  const present = new Set(table.rows.map((r) => r.key));
  const missing: RowNamed[] = [];
  for (const block of formatOf(report, 'A').tableA.blocks) {
    for (const row of block.rows) if (!present.has(row.key)) missing.push({ key: row.key, label: rowName(report, 'A', row.key) });
  }
  return missing;
}

function rowAsRead(row: ReadTable['rows'][number]): RowAsRead {
  const read: RowAsRead = { key: row.key, label: row.label, values: row.cells.map((c) => valueAsRead(c.value)), cells: row.cells.map((c) => c.span) };
  return unsplit(row) ? { ...read, unsplit: true } : read;
}

/** A sub-row of a group that is itself under 三、本年度办理结果 (its "1.", "2."… repeat from group to group) names its group. */
function withGroup(row: RowAsRead, format: ReturnType<typeof formatOf>): RowAsRead {
  const parent = format.tableB.rows.find((r) => r.key === format.tableB.rows.find((d) => d.key === row.key)?.parent);
  return parent?.parent ? { ...row, group: `${parent.numbering}${parent.label}` } : row;
}

/** The rows of a group printed as one row (（六）其他处理), each with null values: every row of the format is listed. */
function summedRows(format: ReturnType<typeof formatOf>, table: ReadTable, key: string): RowAsRead[] {
  const group = format.tableB.rows.find((r) => r.key === key);
  if (!group?.mayAggregate) return [];
  const parts = format.tableB.rows.filter((r) => r.parent === key);
  if (parts.some((p) => table.rows.some((r) => r.key === p.key))) return [];
  return parts.map((p) => ({ key: p.key, label: `${p.numbering}${p.label}`, values: format.tableB.columns.map(() => null), cells: [], summedIn: key }));
}

function cOf(table: ReadTable, columns: string[]): Omit<NonNullable<TablesAsRead['C']>, 'reading'> {
  const row = table.rows[0];
  const read = { columns, values: row ? row.cells.map((c) => valueAsRead(c.value)) : [], cells: row ? row.cells.map((c) => c.span) : [] };
  return row && unsplit(row) ? { ...read, unsplit: true } : read;
}

/** The CSV's own words, in the language asked for; the row labels and column names are the report's and the format's (data). */
const CSV_WORDS: Record<keyof Message, { tables: Record<TableId, string>; cases: string; unsplit: string; notFound: string }> = {
  zh: { tables: { A: '表一', B: '表二', C: '表三' }, cases: '案件数', unsplit: '（数字粘连，无法唯一拆分，未读取）', notFound: '：未找到' },
  en: { tables: { A: 'Table A', B: 'Table B', C: 'Table C' }, cases: 'cases', unsplit: '(digits ran together and could not be split one way only: not read)', notFound: ': not found' },
};

/**
 * The tables as CSV (RFC 4180, CRLF), one block per table, for spreadsheets. `text` is the report's
 * (the numbers no row took are placed by their line); `language` is that of the CSV's own words.
 */
export function tablesAsCsv(tables: TablesAsRead, text: string, language: keyof Message): string {
  const words = CSV_WORDS[language];
  const rows: ValueAsRead[][] = [];
  // The lines of the text are counted only when a table has numbers no row took.
  let index: LineIndex | null = null;
  const lineOf = (offset: number) => positionAt((index ??= buildLineIndex(text)), offset).line + 1;
  if (tables.A) {
    let block = '';
    for (const row of tables.A.rows) {
      if (row.block !== block) {
        block = row.block;
        rows.push([`${words.tables.A} ${block}`, ...row.columns]);
      }
      rows.push([row.label, ...(row.unsplit ? [words.unsplit] : row.values)]);
    }
    if (tables.A.missing.length > 0) rows.push([missingTitle(tables.A.missing.length)[language], ...tables.A.missing.map((r) => r.label)]);
    rows.push(...partialLines(words.tables.A, tables.A.reading, tables.A.unplaced.length, language));
    rows.push(...unplacedLines(tables.A.unplaced, lineOf, language));
    rows.push([]);
  } else rows.push([`${words.tables.A}${words.notFound}`], []);
  if (tables.B) {
    rows.push([words.tables.B, ...tables.B.columns]);
    for (const row of tables.B.rows) rows.push([row.group ? `${row.group} / ${row.label}` : row.label, ...(row.unsplit ? [words.unsplit] : row.values)]);
    rows.push(...partialLines(words.tables.B, tables.B.reading, tables.B.unplaced.length, language));
    rows.push(...unplacedLines(tables.B.unplaced, lineOf, language));
    rows.push([]);
  } else rows.push([`${words.tables.B}${words.notFound}`], []);
  if (tables.C) {
    rows.push([words.tables.C, ...tables.C.columns]);
    rows.push([words.cases, ...(tables.C.unsplit ? [words.unsplit] : tables.C.values)]);
    rows.push(...partialLines(words.tables.C, tables.C.reading, 0, language));
  } else rows.push([`${words.tables.C}${words.notFound}`]);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A table not read whole, after its rows: what was left out, counted (rows not read, those of them
 * whose digits ran together, numbers no row took), then the rows not read by name; nothing when
 * the table was read whole, so a spreadsheet made of a part of a table does not pass for all of it.
 */
function partialLines(table: string, reading: ReadingAsRead, unplaced: number, language: keyof Message): ValueAsRead[][] {
  if (reading.complete) return [];
  return [[partialNote(table, reading, unplaced)[language]], ...(reading.notRead.length > 0 ? [[notReadTitle(reading.notRead.length)[language], ...reading.notRead.map((r) => r.label)]] : [])];
}

/** "表二读取不全：未读出 2 行（其中数字粘连 1 行），1 处数字未读入任何一行；未参与核对", of a table by its name. */
export function partialNote(table: string, reading: ReadingAsRead, unplaced: number): Message {
  const s = (n: number) => (n === 1 ? '' : 's');
  const notRead = reading.notRead.length;
  const glued = reading.digitsRunTogether.length;
  const zh = [
    ...(notRead > 0 ? [`未读出 ${notRead} 行${glued > 0 ? `（其中数字粘连 ${glued} 行）` : ''}`] : []),
    ...(unplaced > 0 ? [`${unplaced} 处数字未读入任何一行`] : []),
  ];
  const en = [
    ...(notRead > 0 ? [`${notRead} row${s(notRead)} not read${glued > 0 ? ` (${glued} with digits run together)` : ''}`] : []),
    ...(unplaced > 0 ? [`${unplaced} group${s(unplaced)} of numbers read into no row`] : []),
  ];
  return { zh: `${table}读取不全：${zh.join('，')}；未参与核对`, en: `${table} not read whole: ${en.join(', ')}; not checked` };
}

/** The head of the line that names table A's rows the report lacks. */
export function missingTitle(count: number): Message {
  return { zh: `缺少的行（${count} 行）`, en: `rows missing (${count})` };
}

/** The head of the line that names the rows not read. */
export function notReadTitle(count: number): Message {
  return { zh: `未读出的行（${count} 行）`, en: `rows not read (${count})` };
}

/**
 * The lines of a table's numbers that no row took: how many groups, then each on a line of its
 * own — its line in the text and the words before it, then its numbers as written — so that a
 * spreadsheet made of the tables does not pass them over in silence (table/unread says so too).
 */
function unplacedLines(groups: UnplacedNumbers[], lineOf: (offset: number) => number, language: keyof Message): ValueAsRead[][] {
  if (groups.length === 0) return [];
  return [[unplacedTitle(groups.length)[language]], ...groups.map((g) => [unplacedPlace(g, lineOf(g.span.start))[language], ...g.values])];
}

/** The head of a table's numbers that no row took: how many groups, and that they were not checked. */
export function unplacedTitle(count: number): Message {
  return { zh: `未读入任何一行的数字（${count} 处，未参与核对）`, en: `numbers read into no row (${count} group${count === 1 ? '' : 's'}, not checked)` };
}

/** Where a group of numbers no row took stands: its line (from 1) and the words before it. */
export function unplacedPlace(group: UnplacedNumbers, line: number): Message {
  return group.label === null ? { zh: `第 ${line} 行`, en: `line ${line}` }
    : group.repeats ? { zh: `第 ${line} 行：${group.label}（又出现一次）`, en: `line ${line}: ${group.label} (written again)` }
    : { zh: `第 ${line} 行：${group.label}`, en: `line ${line}: ${group.label}` };
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: ValueAsRead): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
