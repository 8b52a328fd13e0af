// Reports of one agency in consecutive years. A pair is made only when the agency and both years
// are known and each (agency, year) has exactly one report: two candidates for last year would make
// any comparison a guess.
import type { ReportDigest } from './digest.ts';

export interface ReportPair {
  current: ReportDigest;
  previous: ReportDigest;
  /** Where the current report stands in the list given. */
  at: number;
}

export function pairsOf(reports: readonly ReportDigest[]): ReportPair[] {
  const byKey = new Map<string, ReportDigest[]>();
  const key = (agency: string, year: number) => `${agency}\u0000${year}`;
  for (const r of reports) {
    if (r.agency === null || r.year === null) continue;
    const list = byKey.get(key(r.agency, r.year));
    if (list) list.push(r);
    else byKey.set(key(r.agency, r.year), [r]);
  }
  const pairs: ReportPair[] = [];
  for (const [at, current] of reports.entries()) {
    if (current.agency === null || current.year === null) continue;
    if (byKey.get(key(current.agency, current.year))?.length !== 1) continue;
    const previous = byKey.get(key(current.agency, current.year - 1));
    if (previous?.length === 1 && previous[0]) pairs.push({ current, previous: previous[0], at });
  }
  return pairs;
}
