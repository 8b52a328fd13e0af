// A place of the text where a table stands, read once: its lines into rows (detectLayout, readRows)
// and its table once per definition of it (per format; table C, alike in both, once). A place is
// read more than once in reading a report: findRegions asks of a table opened in several places
// whether each holds its rows (reading it on both formats), and the place it takes is then the
// table's region, read again as the table; table B is read on the format its rows show (the 2021
// format's), then on the one chosen.
import type { FormatDef } from '../formats/types.ts';
import type { ReadTable, TableId } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { detectLayout, readRows } from './cells.ts';
import { readTableA, readTableB, readTableC, type RegionRows } from './tables.ts';

export interface Place {
  table: TableId;
  /** Its first and last line, indexes into the report's lines (inclusive). */
  first: number;
  last: number;
  rows: RegionRows;
  /**
   * The table read from the place on a format: the same object to every caller (recoverRows
   * changes the tables the report keeps once every reading that looks at them is done), and to
   * every format that defines the table alike (table C).
   */
  tableOn(format: FormatDef): ReadTable | null;
}

const readers = { A: readTableA, B: readTableB, C: readTableC };

/**
 * What a reading of a table depends on in a format: the format's definition of that table, all
 * that readTableA, readTableB and readTableC read of the format. Table C's is one object in both
 * formats (formats/common.ts), so a place of table C asked on both (holdsRowOfTable in readReport
 * asks on each in turn, and the report's format after) is read once.
 */
const definitionIn = {
  A: (format: FormatDef): object => format.tableA,
  B: (format: FormatDef): object => format.tableB,
  C: (format: FormatDef): object => format.tableC,
};

/** The place of `table` from line `first` to `last` of `lines` (the lines of `text`). */
export function readPlace(table: TableId, lines: Line[], first: number, last: number, text: string): Place {
  const regionLines = lines.slice(first, last + 1);
  const layout = detectLayout(regionLines);
  const rows: RegionRows = { layout, rows: readRows(regionLines, layout, text), lines: regionLines };
  const tables = new Map<object, ReadTable | null>();
  const definitionOf = definitionIn[table];
  return {
    table,
    first,
    last,
    rows,
    tableOn(format) {
      const definition = definitionOf(format);
      let read = tables.get(definition);
      if (read === undefined) tables.set(definition, (read = readers[table](rows, format)));
      return read;
    },
  };
}
