// Where a seed's analysis time goes, measured in the same run as budget (a): reading the text into a
// Report (lines, table regions, cells, rows, headings, dates, agency) and each rule run on the Report
// read, each the median of warm runs, summed over the five seeds — set beside the floor (the line
// scan) so that a missed ≤ 10× target shows what each part costs in line scans.
import { readReport } from '../server/src/engine/parse/readReport.ts';
import { allRules } from '../server/src/engine/rules/index.ts';
import { readSeed, seedNames, seedsMissing } from '../test/fixtures/seeds.ts';
import { medianMs } from './measure.ts';
import { lineScan } from './seeds.ts';

export interface AnalysisParts {
  /** The line scan of the five seeds, in ms. */
  scanMs: number;
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
  const readAndRulesMs = sum((i) => {
    const report = readReport(texts[i]!);
    for (const rule of allRules) rule.check(report, { options: {} });
  });
  return {
    scanMs: sum((i) => lineScan(texts[i]!)),
    readMs,
    allRulesMs: readAndRulesMs - readMs,
    rules: rules.sort((a, b) => b.ms - a.ms),
  };
}

/** The parts as lines for results.md: each in µs a seed and in line scans. */
export function analysisPartsLines(parts: AnalysisParts): string[] {
  const seeds = seedNames().length;
  const perSeed = (ms: number) => `${((ms / seeds) * 1000).toFixed(0)} µs`;
  const scans = (ms: number) => `${(ms / parts.scanMs).toFixed(0)} line scans`;
  const rulesMs = parts.rules.reduce((n, r) => n + r.ms, 0);
  const costly = parts.rules.filter((r) => r.ms >= rulesMs / 25);
  const line = (what: string, ms: number) => `${what.padEnd(40)}${perSeed(ms).padStart(8)}   ${scans(ms)}`;
  return [
    line('line scan (the floor)', parts.scanMs),
    line('reading the text (readReport)', parts.readMs),
    line(`the ${parts.rules.length} rules`, parts.allRulesMs),
    // A difference of two medians: it moves from run to run more than the parts measured alone.
    line('  what they share, computed once (±)', parts.allRulesMs - rulesMs),
    ...costly.map((r) => line(`  ${r.id}`, r.ms)),
    line(`  the other ${parts.rules.length - costly.length} rules`, rulesMs - costly.reduce((n, r) => n + r.ms, 0)),
  ];
}
