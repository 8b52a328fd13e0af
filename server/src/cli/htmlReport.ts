// --format html --output FILE: each report's details are appended to a temporary file as soon as
// it is checked, so memory holds only the summary entries; at the end the page is assembled
// (head, summary, per-agency trends, what the cross-report checks found, details) and renamed into
// place.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { readInPart, type BatchEntry } from '../render/batchEntry.ts';
import { acrossSection, headerSection, pageEnd, pageStart, partlySection, reportsStart, skippedSection, summarySection, trendsSection, uncheckedSection, unwrittenSection, type AcrossReports } from '../render/batchPage.ts';
import { yearPairsSection, type YearPair } from '../render/yearPairs.ts';
import { problemsByKind, type FileProblem } from './fileResult.ts';
import { uncheckedCounts, uncheckedKinds } from './textOutput.ts';
import { ioMessage } from '../ioWords.ts';
import { OutputError, writeAll, writeVia } from './writeOutput.ts';
import type { Language } from './language.ts';

export class HtmlReportWriter {
  private readonly detailsPath: string;
  /** The details file, open for the whole run (a batch appends to it thousands of times); null once closed. */
  private details: number | null;
  /** The index of the next file whose details go to disk, and the sections that came before their turn. */
  private next = 0;
  private readonly early = new Map<number, string | null>();

  constructor(private readonly output: string, private readonly language: Language) {
    this.detailsPath = `${output}.details-${process.pid}.tmp`;
    try {
      this.details = openSync(this.detailsPath, 'w');
    } catch (error) {
      throw new OutputError(output, ioMessage(error));
    }
  }

  /**
   * The details of file `index` (null: it has none, it was skipped or unreadable). Files are
   * checked in parallel and come back in any order; the page lists them in input order, so a
   * section that comes early waits (only as long as the few files checked at the same time).
   */
  addDetails(index: number, section: string | null): void {
    this.early.set(index, section);
    let text = '';
    for (let s = this.early.get(this.next); s !== undefined; s = this.early.get(this.next)) {
      this.early.delete(this.next++);
      if (s !== null) text += s;
    }
    if (!text) return;
    try {
      if (this.details === null) throw new Error('the details file is closed');
      writeAll(this.details, Buffer.from(text));
    } catch (error) {
      throw new OutputError(this.output, ioMessage(error));
    }
  }

  /**
   * `across`: what the checks against the previous year's report found (`workspace`: whether they
   * ran, --no-workspace turns them off); `pairs`: each agency's two years side by side; `unchecked`: files that could not be read, checked or written back (a
   * file checked whose fixes were not written is listed apart); `skipped`: files that are no report.
   */
  finish(entries: BatchEntry[], { across = [], workspace = true, pairs = [], unchecked: problems = [], skipped = [] }: { across?: readonly AcrossReports[]; workspace?: boolean; pairs?: readonly YearPair[]; unchecked?: readonly FileProblem[]; skipped?: readonly FileProblem[] } = {}): void {
    const { unchecked, unwritten } = problemsByKind(problems, entries.map((e) => e.path));
    try {
      writeVia(this.output, (page) => {
        const out = openSync(page, 'w');
        try {
          writeSync(out, pageStart(this.language));
          const totals = {
            reports: entries.length,
            errors: entries.reduce((n, e) => n + e.errors, 0),
            warnings: entries.reduce((n, e) => n + e.warnings, 0),
            information: entries.reduce((n, e) => n + e.information, 0),
            hints: entries.reduce((n, e) => n + e.hints, 0),
            partly: entries.filter((e) => readInPart(e.rules, e.notes)).length,
            unchecked: unchecked.length,
            skipped: skipped.length,
          };
          writeSync(out, headerSection(totals, new Date(), this.language));
          writeSync(out, summarySection(entries, this.language));
          writeSync(out, partlySection(entries, this.language));
          writeSync(out, uncheckedSection(unchecked, uncheckedCounts(unchecked, this.language), uncheckedKinds(unchecked), this.language));
          writeSync(out, unwrittenSection(unwritten, this.language));
          writeSync(out, skippedSection(skipped, this.language));
          writeSync(out, trendsSection(entries, this.language));
          writeSync(out, acrossSection(across, this.language, workspace ? pairs.length : null));
          writeSync(out, yearPairsSection(pairs, this.language));
          writeSync(out, reportsStart());
          this.closeDetails();
          const details = openSync(this.detailsPath, 'r');
          const buffer = Buffer.alloc(1 << 16);
          for (let n = readSync(details, buffer); n > 0; n = readSync(details, buffer)) writeSync(out, buffer, 0, n);
          closeSync(details);
          writeSync(out, pageEnd());
        } finally {
          closeSync(out);
        }
      });
    } finally {
      this.discard();
    }
  }

  /** Removes the details written so far (a run that stops before the page is written leaves nothing behind). */
  discard(): void {
    this.closeDetails();
    rmSync(this.detailsPath, { force: true });
  }

  private closeDetails(): void {
    if (this.details === null) return;
    closeSync(this.details);
    this.details = null;
  }
}
