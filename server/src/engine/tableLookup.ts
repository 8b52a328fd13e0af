// Finding cells and naming them the way a reader of the report would: "（七）总计 · 总计列".
import { formats, tableBRow } from './formats/index.ts';
import type { FormatDef, RowDef, TableABlockDef } from './formats/types.ts';
import type { Cell, CellRef, FormatVersion, Message, ReadTable, Report, TableId, TableRow } from './model.ts';

/** The format a table was read on: table A's may be the other year's (model.ts Report.format). */
export function formatOf(report: Report, table: TableId): FormatDef {
  return formats[versionOf(report, table) ?? '2021'];
}

/** The version of the format a table was read on (null when the report has no tables). */
export function versionOf(report: Report, table: TableId): FormatVersion | null {
  return (table === 'A' ? report.format.tableA : undefined) ?? report.format.version;
}

/** The tables that were read, in the order A, B, C (what every reader of all three walks). */
export function tablesRead(tables: Report['tables']): ReadTable[] {
  const read: ReadTable[] = [];
  if (tables.A) read.push(tables.A);
  if (tables.B) read.push(tables.B);
  if (tables.C) read.push(tables.C);
  return read;
}

export function tableOf(report: Report, id: CellRef['table']): ReadTable | null {
  return report.tables[id];
}

export function rowOf(report: Report, table: CellRef['table'], key: string): TableRow | undefined {
  const read = report.tables[table];
  return read ? rowsByKey(read).get(key) : undefined;
}

/**
 * A table's rows by key, made once per table: the balance and the rules look cells up hundreds of
 * times a report. A table's rows are not added or removed once it is read (recover.ts changes a
 * row's cells, not which rows there are).
 */
const rowIndex = new WeakMap<ReadTable, Map<string, TableRow>>();

export function rowsByKey(table: ReadTable): Map<string, TableRow> {
  let index = rowIndex.get(table);
  if (!index) {
    index = new Map();
    // The first row of a key, as a search from the top finds it.
    for (const row of table.rows) if (!index.has(row.key)) index.set(row.key, row);
    rowIndex.set(table, index);
  }
  return index;
}

/** The cell a reference points to, or null when its row is absent or did not read completely. */
export function cellAt(report: Report, ref: CellRef): Cell | null {
  return cellOfRow(rowOf(report, ref.table, ref.row), ref.column);
}

/**
 * cellAt for the many references of one report (the balance evaluates every relation): each
 * table's index of rows is looked up once, not once a reference.
 */
export function cellFinder(report: Report): (ref: CellRef) => Cell | null {
  const { A, B, C } = report.tables;
  const rows = { A: A && rowsByKey(A), B: B && rowsByKey(B), C: C && rowsByKey(C) };
  return (ref) => cellOfRow(rows[ref.table]?.get(ref.row), ref.column);
}

/** A row's cell, or null when the row is absent or did not read completely (as cellAt). */
export function cellOfRow(row: TableRow | undefined, column: number): Cell | null {
  if (!row || row.cells.length !== row.expected) return null;
  return row.cells[column] ?? null;
}

/** A short name for a row: its numbering and label, without the long parenthetical. */
export function rowName(report: Report, table: CellRef['table'], key: string): string {
  const format = formatOf(report, table);
  if (table === 'C') return '行政复议、行政诉讼';
  if (table === 'B') {
    const def = tableBRow(format, key);
    return def ? `${def.numbering}${def.label.replace(/（区分处理的.*$/, '')}` : key;
  }
  for (const block of format.tableA.blocks) {
    const def = block.rows.find((r) => r.key === key);
    if (def) return def.label;
  }
  return key;
}

/** Table A's block that holds a row (each block has its own columns). */
export function tableABlockOf(format: FormatDef, rowKey: string): TableABlockDef | undefined {
  return format.tableA.blocks.find((b) => b.rows.some((r) => r.key === rowKey));
}

/** The format's column labels of a row of a table: table A's depend on the row's block. */
export function columnLabels(report: Report, table: CellRef['table'], rowKey: string): string[] {
  const format = formatOf(report, table);
  if (table === 'B') return format.tableB.columns.map((c) => c.label);
  if (table === 'C') return format.tableC.columns.map((c) => c.label);
  return tableABlockOf(format, rowKey)?.columns.map((c) => c.label) ?? [];
}

export function columnName(report: Report, table: CellRef['table'], column: number, rowKey = ''): string {
  return columnLabels(report, table, rowKey)[column] ?? String(column + 1);
}

export function cellName(report: Report, ref: CellRef): Message {
  const row = rowName(report, ref.table, ref.row);
  const column = columnName(report, ref.table, ref.column, ref.row);
  if (ref.table === 'C') return { zh: `表三「${column}」`, en: `table C "${column}"` };
  return { zh: `「${row}」行「${column}」列`, en: `row "${row}", column "${column}"` };
}

export const tableNames: Record<CellRef['table'], Message> = {
  A: { zh: '主动公开政府信息情况表', en: 'table A (proactive disclosure)' },
  B: { zh: '收到和处理政府信息公开申请情况表', en: 'table B (applications received and handled)' },
  C: { zh: '行政复议、行政诉讼情况表', en: 'table C (administrative review and litigation)' },
};

/**
 * numberRowsOfB for a report's table B as read (`table`, the rows it has), made once per table:
 * table/unread (twice), table/missing-row, structure/table-placement and text/table-mismatch (once
 * an outcome stated) each ask, and each made a set of the rows' keys and walked the format's rows
 * for each group. A table's rows are not added or removed once it is read (rowsByKey).
 */
const numberRowsRead = new WeakMap<ReadTable, { format: FormatDef; rows: RowDef[] }>();

export function numberRowsOfReadB(report: Report, table: ReadTable): RowDef[] {
  const format = formatOf(report, 'B');
  const known = numberRowsRead.get(table);
  if (known?.format === format) return known.rows;
  const rows = numberRowsOfB(format, new Set(table.rows.map((r) => r.key)));
  numberRowsRead.set(table, { format, rows });
  return rows;
}

/**
 * The rows of table B that carry numbers, as a report that has the rows `present` prints them: a
 * group printed as one row (a 2021 report's （六）其他处理 alone) stands for its sub-rows.
 */
export function numberRowsOfB(format: FormatDef, present: ReadonlySet<string>): RowDef[] {
  // Which groups are printed as one row is told once, not again for each of their sub-rows.
  const summed = new Set<string>();
  for (const [group, subRows] of groupsThatMaySumOf(format)) {
    if (present.has(group) && !subRows.some((key) => present.has(key))) summed.add(group);
  }
  if (summed.size === 0) return format.tableB.rows.filter((r) => !r.group);
  return format.tableB.rows.filter((r) => (r.group ? summed.has(r.key) : r.parent === undefined || !summed.has(r.parent)));
}

/**
 * Table B's groups that may carry the sum of their sub-rows (RowDef.mayAggregate; the definition of a
 * key is its first row, as tableBRow finds it), each with the keys of its sub-rows: made once per
 * format, where numberRowsOfB looked each row's group up and searched the rows for its sub-rows.
 */
const groupsThatMaySum = new WeakMap<FormatDef, Map<string, string[]>>();

function groupsThatMaySumOf(format: FormatDef): Map<string, string[]> {
  let groups = groupsThatMaySum.get(format);
  if (!groups) {
    groups = new Map();
    for (const row of format.tableB.rows) {
      if (row.mayAggregate !== true || tableBRow(format, row.key) !== row) continue;
      groups.set(row.key, format.tableB.rows.filter((r) => r.parent === row.key).map((r) => r.key));
    }
    groupsThatMaySum.set(format, groups);
  }
  return groups;
}
