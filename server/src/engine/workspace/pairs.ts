// Reports of one agency in consecutive years. A pair is made only when the agency and both years
// are known and each (agency, year) has exactly one report: two candidates for last year would make
// any comparison a guess. A generic agency name ("政府办", agency.ts) pairs only within one folder:
// in a folder of many areas' reports, two 政府办 are two agencies.
import { isGenericAgency } from './agency.ts';
import type { ReportDigest } from './digest.ts';
import { folderOf } from './paths.ts';

export interface ReportPair {
  current: ReportDigest;
  previous: ReportDigest;
  /** Where the current report stands in the list given. */
  at: number;
}

export function pairsOf(reports: readonly ReportDigest[]): ReportPair[] {
  const byKey = new Map<string, ReportDigest[]>();
  const key = (r: ReportDigest, agency: string, year: number) => `${isGenericAgency(agency) ? folderOf(r.name) : ''}\u0000${agency}\u0000${year}`;
  for (const r of reports) {
    if (r.agency === null || r.year === null) continue;
    const list = byKey.get(key(r, r.agency, r.year));
    if (list) list.push(r);
    else byKey.set(key(r, r.agency, r.year), [r]);
  }
  const pairs: ReportPair[] = [];
  for (const [at, current] of reports.entries()) {
    if (current.agency === null || current.year === null) continue;
    if (byKey.get(key(current, current.agency, current.year))?.length !== 1) continue;
    const previous = byKey.get(key(current, current.agency, current.year - 1));
    if (previous?.length === 1 && previous[0]) pairs.push({ current, previous: previous[0], at });
  }
  return pairs;
}
