// Reports of one agency in consecutive years. A pair is made only when the agency and both years
// are known and each (agency, year) has exactly one report: two candidates for last year would make
// any comparison a guess.
import type { Report } from '../model.ts';
import { agencyOf } from './agency.ts';

export interface WorkspaceReport {
  /** The file's path or name, as the user knows it. */
  name: string;
  report: Report;
}

export interface ReportPair {
  current: WorkspaceReport;
  previous: WorkspaceReport;
  agency: string;
}

export function pairsOf(reports: readonly WorkspaceReport[]): ReportPair[] {
  const byKey = new Map<string, WorkspaceReport[]>();
  const agencies = new Map<WorkspaceReport, string>();
  for (const r of reports) {
    const agency = agencyOf(r.report, baseName(r.name));
    if (agency === null || r.report.year === null) continue;
    agencies.set(r, agency);
    const key = `${agency}\u0000${r.report.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const pairs: ReportPair[] = [];
  for (const [current, agency] of agencies) {
    const year = current.report.year;
    if (year === null || byKey.get(`${agency}\u0000${year}`)?.length !== 1) continue;
    const previous = byKey.get(`${agency}\u0000${year - 1}`);
    if (previous?.length === 1 && previous[0]) pairs.push({ current, previous: previous[0], agency });
  }
  return pairs;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
