// What of a table was not read: the one decision table/unread says in the editor (and `check`
// counts as 读取不全), and that every output of the tables as read (`extract`, `nianbao/tables`,
// the preview) gives with the table, so that none of them looks complete when the reading was partial.
import type { ReadTable, Report, TableId, TableRow } from './model.ts';
import { numberRowsOfReadB, rowsByKey } from './tableLookup.ts';

/** A row whose digits ran together and could not be split one way only: none of its values is known. */
export function unsplit(row: TableRow): boolean {
  return row.digitsRunTogether !== undefined && row.digitsRunTogether.splits !== 1;
}

/**
 * A row that was read: its numbers are there, split. A row one or two cells short is read too:
 * table/cell-count says it loudly (an error), and the relations without the lost cell are checked.
 */
export function readWhole(row: TableRow): boolean {
  return !unsplit(row) && row.cells.length > 0;
}

export interface TableReading {
  /**
   * The keys of the format's rows with numbers that were not read, in the format's order. Table B:
   * each row its numbers are wanted in that is absent or not read whole; table C: its one row
   * (`C`) when it is. Table A: its rows whose digits ran together past splitting (a row table A
   * lacks is the report's gap, which table/missing-row names, not one of reading).
   */
  notRead: string[];
  /** How many rows of the format the table's numbers are wanted in (table A: those read). */
  wanted: number;
  /** The keys of the rows read whose digits ran together past splitting (each also in `notRead`). */
  unsplit: string[];
  /** Nothing left out: no row not read, no number that no row took. */
  whole: boolean;
}

export function tableReading(report: Report, table: ReadTable): TableReading {
  const notRead = notReadRows(report, table);
  const wanted = table.id === 'B' ? numberRowsOfReadB(report, table).length : table.id === 'C' ? 1 : table.rows.length;
  return {
    notRead,
    wanted,
    unsplit: table.rows.filter(unsplit).map((r) => r.key),
    whole: notRead.length === 0 && (table.unplaced ?? []).length === 0,
  };
}

function notReadRows(report: Report, table: ReadTable): string[] {
  const id: TableId = table.id;
  if (id === 'A') return table.rows.filter(unsplit).map((r) => r.key);
  if (id === 'C') {
    const row = table.rows[0];
    return row && readWhole(row) ? [] : [row?.key ?? 'C'];
  }
  // The table's rows by key, looked up once (rowOf looks them up again for each key).
  const rows = rowsByKey(table);
  return numberRowsOfReadB(report, table).map((r) => r.key).filter((key) => {
    const row = rows.get(key);
    return !row || !readWhole(row);
  });
}
