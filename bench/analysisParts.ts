// Where a seed's analysis time goes, measured in the same run as budget (a): reading the text into a
// Report (lines, table regions, cells, rows, headings, dates, agency) and each rule run on the Report
// read, each the median of warm runs, summed over the five seeds — set beside the floor (the line
// scan) so that a missed ≤ 10× target shows what each part costs in line scans.
import { readReport } from '../server/src/engine/parse/readReport.ts';
import { allRules } from '../server/src/engine/rules/index.ts';
import { readSeed, seedNames, seedsMissing } from '../test/fixtures/seeds.ts';
import { medianMs, medianOnFreshMs } from './measure.ts';
import { lineScan } from './seeds.ts';
import { tokenPass } from './tokenPass.ts';

export interface AnalysisParts {
  /** The line scan of the five seeds, in ms. */
  scanMs: number;
  /**
   * One pass over the five seeds' characters, each read and nothing made: the least any stage
   * that looks at the whole text costs, for scale (the ≤ 10× target is this many such passes).
   */
  passMs: number;
  /** One tokenising pass (tokenPass.ts) of the five seeds: the first step of a tokens-first reader. */
  tokensMs: number;
  /** The same per seed, in that seed's line scans: the ratio moves with the seed's number of lines. */
  tokensPerSeed: number[];
  /** readReport() of the five seeds. */
  readMs: number;
  /** All the rules on a Report just read: each rule, and what they share, computed once (the balance). */
  allRulesMs: number;
  /** Each rule on the five seeds' Reports once what the rules share is computed, costliest first. */
  rules: { id: string; ms: number }[];
}

export function analysisParts(): AnalysisParts | string {
  if (seedsMissing) return seedsMissing;
  const texts = seedNames().map((name) => readSeed(name));
  const reports = texts.map((text) => readReport(text));
  const sum = (fn: (i: number) => unknown) => texts.reduce((total, _, i) => total + medianMs(() => fn(i), 9), 0);
  const rules = allRules.map((rule) => ({ id: rule.id, ms: sum((i) => rule.check(reports[i]!, { options: {} })) }));
  const readMs = sum((i) => readReport(texts[i]!));
  // Timed on Reports just read, so that what the rules share (the balance, the lookups) is made
  // in the timing, as in an analysis.
  const allRulesMs = texts.reduce((total, text) => total + medianOnFreshMs(() => readReport(text), (report) => {
    for (const rule of allRules) rule.check(report, { options: {} });
  }), 0);
  const tokens = texts.map((text) => medianMs(() => tokenPass(text), 9));
  return {
    scanMs: sum((i) => lineScan(texts[i]!)),
    passMs: sum((i) => characterPass(texts[i]!)),
    tokensMs: tokens.reduce((a, b) => a + b, 0),
    tokensPerSeed: tokens.map((ms, i) => ms / medianMs(() => lineScan(texts[i]!), 9)),
    readMs,
    allRulesMs,
    rules: rules.sort((a, b) => b.ms - a.ms),
  };
}

/** Reads every character of the text once. */
function characterPass(text: string): number {
  let odd = 0;
  for (let i = 0; i < text.length; i++) odd += text.charCodeAt(i) & 1;
  return odd;
}

/** The parts as lines for results.md: each in µs a seed and in line scans. */
export function analysisPartsLines(parts: AnalysisParts): string[] {
  const seeds = seedNames().length;
  const perSeed = (ms: number) => `${((ms / seeds) * 1000).toFixed(0)} µs`;
  const scans = (ms: number) => `${(ms / parts.scanMs).toFixed(Math.abs(ms / parts.scanMs) < 10 ? 1 : 0)} line scans`;
  const rulesMs = parts.rules.reduce((n, r) => n + r.ms, 0);
  const costly = parts.rules.filter((r) => r.ms >= rulesMs / 25);
  const line = (what: string, ms: number) => `${what.padEnd(40)}${perSeed(ms).padStart(8)}   ${scans(ms)}`;
  return [
    line('line scan (the floor)', parts.scanMs),
    line('one pass over the characters (for scale)', parts.passMs),
    `${line('cutting it into tokens (tokenPass.ts)', parts.tokensMs)} (per seed ${parts.tokensPerSeed.map((r) => r.toFixed(1)).join(', ')})`,
    line('reading the text (readReport)', parts.readMs),
    line(`the ${parts.rules.length} rules`, parts.allRulesMs),
    // The rules on fresh Reports less each rule timed on a Report whose shared views are made: a
    // difference of two medians, which moves from run to run more than the parts measured alone.
    line('  what they share, computed once (±)', parts.allRulesMs - rulesMs),
    ...costly.map((r) => line(`  ${r.id}`, r.ms)),
    line(`  the other ${parts.rules.length - costly.length} rules`, rulesMs - costly.reduce((n, r) => n + r.ms, 0)),
  ];
}
