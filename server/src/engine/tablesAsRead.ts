// The three tables as read, as plain data: what `nianbao extract`, the language server's
// `nianbao/tables` request and the "copy tables as CSV" command give. Labels are the format's own
// (FORMAT.md), values are numbers, null for blank, or the text as written; rows in the format's order.
// A row whose digits ran together past splitting is listed, marked `unsplit`, with no values; the
// numbers in table A or B that no row took are listed after the rows (`unplaced`), never dropped.
import type { CellValue, Message, ReadTable, Report, Span, UnplacedNumbers } from './model.ts';
import { buildLineIndex, positionAt, type LineIndex } from './text/lineIndex.ts';
import { columnLabels, formatOf, tableABlockOf } from './tableLookup.ts';

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

export interface TablesAsRead {
  /** `unplaced`: the numbers no row took (ReadTable.unplaced), in text order; empty when there are none. */
  A: { rows: (RowAsRead & { block: string; columns: string[] })[]; unplaced: UnplacedNumbers[] } | null;
  B: { columns: string[]; rows: RowAsRead[]; unplaced: UnplacedNumbers[] } | null;
  C: { columns: string[]; values: ValueAsRead[]; cells: Span[]; unsplit?: true } | null;
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
      unplaced: A.unplaced ?? [],
    },
    B: B && {
      columns: format.tableB.columns.map((c) => c.label),
      rows: B.rows.filter((r) => r.cells.length > 0 || unsplit(r)).flatMap((r) => [rowAsRead(r), ...summedRows(format, B, r.key)]).map((r) => withGroup(r, format)),
      unplaced: B.unplaced ?? [],
    },
    C: C && cOf(C, format.tableC.columns.map((c) => c.label)),
  };
}

function rowAsRead(row: ReadTable['rows'][number]): RowAsRead {
  const read: RowAsRead = { key: row.key, label: row.label, values: row.cells.map((c) => valueAsRead(c.value)), cells: row.cells.map((c) => c.span) };
  return unsplit(row) ? { ...read, unsplit: true } : read;
}

/** A row whose digits ran together and were not split: read, but none of its values known. */
function unsplit(row: ReadTable['rows'][number]): boolean {
  return row.digitsRunTogether !== undefined && row.digitsRunTogether.splits !== 1;
}

/** What a spreadsheet shows in place of such a row's values. */
const UNSPLIT_CSV = '（数字粘连，无法唯一拆分，未读取）';

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

function cOf(table: ReadTable, columns: string[]): NonNullable<TablesAsRead['C']> {
  const row = table.rows[0];
  const read = { columns, values: row ? row.cells.map((c) => valueAsRead(c.value)) : [], cells: row ? row.cells.map((c) => c.span) : [] };
  return row && unsplit(row) ? { ...read, unsplit: true } : read;
}

/**
 * The tables as CSV (RFC 4180, CRLF), one block per table, for spreadsheets. `text` is the report's
 * (the numbers no row took are placed by their line); `language` is that of the words about them.
 */
export function tablesAsCsv(tables: TablesAsRead, text: string, language: keyof Message): string {
  const rows: ValueAsRead[][] = [];
  // The lines of the text are counted only when a table has numbers no row took.
  let index: LineIndex | null = null;
  const lineOf = (offset: number) => positionAt((index ??= buildLineIndex(text)), offset).line + 1;
  if (tables.A) {
    let block = '';
    for (const row of tables.A.rows) {
      if (row.block !== block) {
        block = row.block;
        rows.push(['表一 ' + block, ...row.columns]);
      }
      rows.push([row.label, ...(row.unsplit ? [UNSPLIT_CSV] : row.values)]);
    }
    rows.push(...unplacedLines(tables.A.unplaced, lineOf, language));
    rows.push([]);
  }
  if (tables.B) {
    rows.push(['表二', ...tables.B.columns]);
    for (const row of tables.B.rows) rows.push([row.group ? `${row.group} / ${row.label}` : row.label, ...(row.unsplit ? [UNSPLIT_CSV] : row.values)]);
    rows.push(...unplacedLines(tables.B.unplaced, lineOf, language));
    rows.push([]);
  }
  if (tables.C) {
    rows.push(['表三', ...tables.C.columns]);
    rows.push(['案件数', ...(tables.C.unsplit ? [UNSPLIT_CSV] : tables.C.values)]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The lines of a table's numbers that no row took: how many groups, then each on a line of its
 * own — its line in the text and the words before it, then its numbers as written — so that a
 * spreadsheet made of the tables does not pass them over in silence (table/unread says so too).
 */
function unplacedLines(groups: UnplacedNumbers[], lineOf: (offset: number) => number, language: keyof Message): ValueAsRead[][] {
  if (groups.length === 0) return [];
  const count = groups.length;
  const title: Message = { zh: `未读入任何一行的数字（${count} 处，未参与核对）`, en: `numbers read into no row (${count} group${count === 1 ? '' : 's'}, not checked)` };
  const lines = groups.map((g) => {
    const line = lineOf(g.span.start);
    const place: Message =
      g.label === null ? { zh: `第 ${line} 行`, en: `line ${line}` }
      : g.repeats ? { zh: `第 ${line} 行：${g.label}（又出现一次）`, en: `line ${line}: ${g.label} (written again)` }
      : { zh: `第 ${line} 行：${g.label}`, en: `line ${line}: ${g.label}` };
    return [place[language], ...g.values];
  });
  return [[title[language]], ...lines];
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: ValueAsRead): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
