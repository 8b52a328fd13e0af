// The places of one report where a table stands, each read once: its lines into rows (detectLayout,
// readRows) and its table once per format. A place is read more than once in reading a report:
// findRegions asks of a table opened in several places whether each holds its rows (reading it on
// both formats), and the place it takes is then the table's region, read again as the table; table
// B is read on the format its rows show (the 2021 format's), then on the one chosen.
import type { FormatDef } from '../formats/types.ts';
import type { ReadTable, TableId } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { detectLayout, readRows } from './cells.ts';
import { readTableA, readTableB, readTableC, type RegionRows } from './tables.ts';

export interface PlaceReadings {
  /** The rows of the place from line `first` to `last`, inclusive (indexes into the report's lines). */
  rowsOf(first: number, last: number): RegionRows;
  /**
   * The table read from a place's rows on a format: the same object to every caller (recoverRows
   * changes the tables the report keeps once every reading that looks at them is done).
   */
  tableOn(table: TableId, region: RegionRows, format: FormatDef): ReadTable | null;
}

const readers = { A: readTableA, B: readTableB, C: readTableC };

/** Readings of `lines` (the report's, `text` the text they are lines of), kept for this report only. */
export function placeReadings(lines: Line[], text: string): PlaceReadings {
  // By the place's first and last line: the places of a report are few (one per anchor of a table).
  const rows = new Map<string, RegionRows>();
  const tables = new Map<RegionRows, Map<FormatDef, ReadTable | null>>();
  return {
    rowsOf(first, last) {
      const key = `${first}:${last}`;
      let region = rows.get(key);
      if (!region) {
        const regionLines = lines.slice(first, last + 1);
        const layout = detectLayout(regionLines);
        region = { layout, rows: readRows(regionLines, layout, text), lines: regionLines };
        rows.set(key, region);
      }
      return region;
    },
    tableOn(table, region, format) {
      let byFormat = tables.get(region);
      if (!byFormat) tables.set(region, (byFormat = new Map()));
      let read = byFormat.get(format);
      if (read === undefined) byFormat.set(format, (read = readers[table](region, format)));
      return read;
    },
  };
}
