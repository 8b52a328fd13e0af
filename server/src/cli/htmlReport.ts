// --format html --output FILE: each report's details are appended to a temporary file as soon as
// it is checked, so memory holds only the summary entries; at the end the page is assembled
// (head, summary, per-agency trends, what the cross-report checks found, details) and renamed into
// place.
import { appendFileSync, closeSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import type { BatchEntry } from '../render/batchEntry.ts';
import { acrossSection, pageEnd, pageStart, summarySection, trendsSection, type AcrossReports } from '../render/batchPage.ts';
import { yearPairsSection, type YearPair } from '../render/yearPairs.ts';
import type { Language } from './language.ts';

export class HtmlReportWriter {
  private readonly detailsPath: string;
  /** The index of the next file whose details go to disk, and the sections that came before their turn. */
  private next = 0;
  private readonly early = new Map<number, string | null>();

  constructor(private readonly output: string, private readonly language: Language) {
    this.detailsPath = `${output}.details-${process.pid}.tmp`;
    writeFileSync(this.detailsPath, '');
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
    if (text) appendFileSync(this.detailsPath, text);
  }

  finish(entries: BatchEntry[], across: readonly AcrossReports[] = [], pairs: readonly YearPair[] = []): void {
    const page = `${this.output}.nianbao-${process.pid}.tmp`;
    const out = openSync(page, 'w');
    try {
      writeSync(out, pageStart(this.language));
      writeSync(out, summarySection(entries, this.language));
      writeSync(out, trendsSection(entries, this.language));
      writeSync(out, acrossSection(across, this.language));
      writeSync(out, yearPairsSection(pairs, this.language));
      const details = openSync(this.detailsPath, 'r');
      const buffer = Buffer.alloc(1 << 16);
      for (let n = readSync(details, buffer); n > 0; n = readSync(details, buffer)) writeSync(out, buffer, 0, n);
      closeSync(details);
      writeSync(out, pageEnd());
    } finally {
      closeSync(out);
      rmSync(this.detailsPath, { force: true });
    }
    renameSync(page, this.output);
  }
}
