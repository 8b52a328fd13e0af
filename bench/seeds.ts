// Budget (a): the full analysis of each seed against the floor, a bare line scan of the same text
// in the same run: split into lines, trim each, look for a digit — the least any line-based
// checker does. The ratio says how much the engine costs over merely reading the report.
import { analyze } from '../server/src/engine/analyze.ts';
import { medianMs } from './measure.ts';

export interface SeedTiming {
  name: string;
  bytes: number;
  analysisMs: number;
  scanMs: number;
}

/** The floor: every line read once. */
export function lineScan(text: string): number {
  let withDigits = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (/\d/.test(line.trim())) withDigits++;
  }
  return withDigits;
}

/** A seed as the bench's jobs get it: its file name and text. */
export interface SeedText {
  name: string;
  text: string;
}

export function seedTimings(seeds: SeedText[]): SeedTiming[] {
  // All five analysed in turn first, as a batch does: each seed's timing then finds the code
  // optimised for reports in general, not only for the seeds timed before it.
  const warm = performance.now();
  while (performance.now() - warm < 1000) for (const { text } of seeds) analyze(text);
  return seeds.map(({ name, text }) => ({
    name,
    bytes: Buffer.byteLength(text),
    analysisMs: medianMs(() => analyze(text)),
    scanMs: medianMs(() => lineScan(text)),
  }));
}
