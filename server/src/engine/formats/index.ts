// The formats the engine knows, by version.
import type { FormatVersion } from '../model.ts';
import { format2019 } from './format2019.ts';
import { format2021 } from './format2021.ts';
import type { FormatDef, RowDef } from './types.ts';

export const formats: Record<FormatVersion, FormatDef> = { '2019': format2019, '2021': format2021 };

/** The format a report of this year must use: the 2019 trial format for 2019 and 2020. */
export function formatForYear(year: number): FormatVersion {
  return year <= 2020 ? '2019' : '2021';
}

/**
 * Table B's row of a key (the first, as a search from the top finds it), from an index made once
 * per format: the readers and rules look rows up by key for every row of a report.
 */
export function tableBRow(format: FormatDef, key: string | undefined): RowDef | undefined {
  let index = tableBIndex.get(format);
  if (!index) {
    index = new Map();
    for (const row of format.tableB.rows) if (!index.has(row.key)) index.set(row.key, row);
    tableBIndex.set(format, index);
  }
  return key === undefined ? undefined : index.get(key);
}

const tableBIndex = new WeakMap<FormatDef, Map<string, RowDef>>();

export type { FormatDef } from './types.ts';
