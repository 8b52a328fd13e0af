// The formats the engine knows, by version.
import type { FormatVersion } from '../model.ts';
import { format2019 } from './format2019.ts';
import { format2021 } from './format2021.ts';
import type { FormatDef } from './types.ts';

export const formats: Record<FormatVersion, FormatDef> = { '2019': format2019, '2021': format2021 };

/** The format a report of this year must use: the 2019 trial format for 2019 and 2020. */
export function formatForYear(year: number): FormatVersion {
  return year <= 2020 ? '2019' : '2021';
}

export type { FormatDef } from './types.ts';
