// Reports of one agency in consecutive years. A pair is made only when the agency and both years
// are known and each (agency, year) has exactly one report: two candidates for last year would make
// any comparison a guess — unless they read the same (a text and its web page, a file downloaded
// twice): then either stands for the year. A generic agency name ("政府办", agency.ts) pairs only within one folder:
// in a folder of many areas' reports, two 政府办 are two agencies. A report left unpaired for a
// second report of its year or of the year before is told (unpairedOf), never passed over in silence.
import { isGenericAgency } from './agency.ts';
import type { ReportDigest } from './digest.ts';
import { folderOf } from './paths.ts';

export interface ReportPair {
  current: ReportDigest;
  previous: ReportDigest;
  /** Where the current report stands in the list given. */
  at: number;
}

/**
 * A report with a report of its agency the year before that it was not compared with, because one
 * of the two years has several reports of the agency (a page and its PDF, or two offices of one
 * name): which one stands for the year is unknown, so nothing is compared, and that is said.
 */
export interface Unpaired {
  report: ReportDigest;
  /** Where it stands in the list given. */
  at: number;
  /** 'this-year': its own year has other reports of the agency; 'last-year': the year before has several. */
  which: 'this-year' | 'last-year';
  /** Those other reports: of its own year, or all of the year before. */
  several: ReportDigest[];
}

/** The reports of one run by agency and year: a generic name only within its folder. */
class ByAgencyYear {
  private readonly byKey = new Map<string, ReportDigest[]>();
  /** Per (agency, year), its reports with one of each content (readingsOf), made once. */
  private readonly readingsByKey = new Map<string, ReportDigest[]>();

  constructor(reports: readonly ReportDigest[]) {
    for (const r of reports) {
      if (r.agency === null || r.year === null) continue;
      const k = this.key(r, r.year);
      const list = this.byKey.get(k);
      if (list) list.push(r);
      else this.byKey.set(k, [r]);
    }
  }

  /** The reports of `r`'s agency in `year`. */
  of(r: ReportDigest, year: number): ReportDigest[] {
    return this.byKey.get(this.key(r, year)) ?? [];
  }

  /** The same with one report of each content: those that read the same are one for comparing years. */
  readings(r: ReportDigest, year: number): ReportDigest[] {
    const k = this.key(r, year);
    let found = this.readingsByKey.get(k);
    if (!found) {
      found = readingsOf(this.byKey.get(k) ?? []);
      this.readingsByKey.set(k, found);
    }
    return found;
  }

  private key(r: ReportDigest, year: number): string {
    return `${isGenericAgency(r.agency!) ? folderOf(r.name) : ''}\u0000${r.agency}\u0000${year}`;
  }
}

/**
 * The reports with one of each content: reports of an agency and year that read the same — the
 * same numbers of 结转 and 现行有效件数, the same sentences — are one report for comparing years.
 * By a key of each report's content: a folder of many copies of one report is one pass.
 */
function readingsOf(reports: readonly ReportDigest[]): ReportDigest[] {
  if (reports.length < 2) return [...reports];
  const seen = new Map<string, ReportDigest>();
  for (const r of reports) {
    const k = contentKey(r);
    if (!seen.has(k)) seen.set(k, r);
  }
  return [...seen.values()];
}

function contentKey(d: ReportDigest): string {
  const values = (cells: readonly ({ value: number } | null)[]) => cells.map((c) => c?.value ?? '').join();
  const documents = Object.entries(d.documents).map(([key, cells]) => `${key}:${values(cells)}`).join(';');
  return `${d.format}|${values(d.carried)}|${values(d.pending)}|${documents}|${d.sentences.hashes.join()}`;
}

export function pairsOf(reports: readonly ReportDigest[]): ReportPair[] {
  const groups = new ByAgencyYear(reports);
  const pairs: ReportPair[] = [];
  for (const [at, current] of reports.entries()) {
    if (current.agency === null || current.year === null) continue;
    if (groups.readings(current, current.year).length !== 1) continue;
    const previous = groups.readings(current, current.year - 1);
    if (previous.length === 1 && previous[0]) pairs.push({ current, previous: previous[0], at });
  }
  return pairs;
}

export function unpairedOf(reports: readonly ReportDigest[]): Unpaired[] {
  const groups = new ByAgencyYear(reports);
  const found: Unpaired[] = [];
  for (const [at, report] of reports.entries()) {
    if (report.agency === null || report.year === null) continue;
    const own = groups.of(report, report.year);
    const before = groups.of(report, report.year - 1);
    if (before.length === 0) continue;
    if (groups.readings(report, report.year).length > 1) found.push({ report, at, which: 'this-year', several: own.filter((r) => r !== report) });
    else if (groups.readings(report, report.year - 1).length > 1) found.push({ report, at, which: 'last-year', several: before });
  }
  return found;
}
