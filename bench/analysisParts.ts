// Where a seed's analysis time goes, measured in the same run as budget (a): reading the text into a
// Report (lines, table regions, cells, rows, headings, dates, agency) and each rule run on the Report
// read, each the median of warm runs, summed over the five seeds — set beside the floor (the line
// scan) so that a missed ≤ 10× target shows what each part costs in line scans.
import { readReport } from '../server/src/engine/parse/readReport.ts';
import { allRules } from '../server/src/engine/rules/index.ts';
import { medianMs, medianOnFreshMs } from './measure.ts';
import type { SeedText, SeedTiming } from './seeds.ts';
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
  /** readReport() of the five seeds. */
  readMs: number;
  /** All the rules on a Report just read: each rule, and what they share, computed once (the balance). */
  allRulesMs: number;
  /** Each rule on the five seeds' Reports once what the rules share is computed, costliest first. */
  rules: { id: string; ms: number }[];
  /**
   * Each seed on its own, in that seed's line scans: the ≤ 10× target is per seed, and the line
   * scan counts lines while the analysis counts what the lines hold, so the few-line seeds are
   * where the budget is smallest.
   */
  perSeed: SeedParts[];
}

export interface SeedParts {
  name: string;
  lines: number;
  /** The seed's line scan, the same that budget (a) divides its analysis by (seeds.ts). */
  scanMs: number;
  /** The whole analysis (budget (a)), the tokenising pass, readReport() and all the rules on a Report just read, each ÷ the line scan. */
  analysis: number;
  tokens: number;
  reading: number;
  rules: number;
}

/** The parts of each seed's analysis, in the line scans `timings` (budget (a), the same run) measured. */
export function analysisParts(seeds: SeedText[], timings: SeedTiming[]): AnalysisParts {
  const names = seeds.map((seed) => seed.name);
  const texts = seeds.map((seed) => seed.text);
  const reports = texts.map((text) => readReport(text));
  const sum = (fn: (i: number) => unknown) => texts.reduce((total, _, i) => total + medianMs(() => fn(i), 9), 0);
  const rules = allRules.map((rule) => ({ id: rule.id, ms: sum((i) => rule.check(reports[i]!, { options: {} })) }));
  const perSeed = texts.map((text, i): SeedParts & { readMs: number; rulesMs: number; tokensMs: number } => {
    // One line scan a seed for every ratio of the run: budget (a)'s.
    const { scanMs, analysisMs } = timings[i]!;
    const readMs = medianMs(() => readReport(text), 9);
    // Timed on Reports just read, so that what the rules share (the balance, the lookups) is made
    // in the timing, as in an analysis.
    const rulesMs = medianOnFreshMs(() => readReport(text), (report) => {
      for (const rule of allRules) rule.check(report, { options: {} });
    });
    const tokensMs = medianMs(() => tokenPass(text), 9);
    const lines = text.split(/\r\n|\r|\n/).length;
    return { name: names[i]!, lines, scanMs, readMs, rulesMs, tokensMs, analysis: analysisMs / scanMs, tokens: tokensMs / scanMs, reading: readMs / scanMs, rules: rulesMs / scanMs };
  });
  const total = (pick: (s: (typeof perSeed)[number]) => number) => perSeed.reduce((n, s) => n + pick(s), 0);
  return {
    scanMs: total((s) => s.scanMs),
    passMs: sum((i) => characterPass(texts[i]!)),
    tokensMs: total((s) => s.tokensMs),
    readMs: total((s) => s.readMs),
    allRulesMs: total((s) => s.rulesMs),
    rules: rules.sort((a, b) => b.ms - a.ms),
    perSeed: perSeed.map(({ name, lines, scanMs, analysis, tokens, reading, rules }) => ({ name, lines, scanMs, analysis, tokens, reading, rules })),
  };
}

/** Reads every character of the text once. */
function characterPass(text: string): number {
  let odd = 0;
  for (let i = 0; i < text.length; i++) odd += text.charCodeAt(i) & 1;
  return odd;
}

/** The parts as lines for results.md: each in µs a seed and in line scans, then each seed in its own line scans. */
export function analysisPartsLines(parts: AnalysisParts): string[] {
  const seeds = parts.perSeed.length;
  const perSeed = (ms: number) => `${((ms / seeds) * 1000).toFixed(0)} µs`;
  const scans = (ms: number) => `${(ms / parts.scanMs).toFixed(Math.abs(ms / parts.scanMs) < 10 ? 1 : 0)} line scans`;
  const rulesMs = parts.rules.reduce((n, r) => n + r.ms, 0);
  const costly = parts.rules.filter((r) => r.ms >= rulesMs / 25);
  const line = (what: string, ms: number) => `${what.padEnd(40)}${perSeed(ms).padStart(8)}   ${scans(ms)}`;
  const times = (v: number) => v.toFixed(1).padStart(7);
  return [
    line('line scan (the floor)', parts.scanMs),
    line('one pass over the characters (for scale)', parts.passMs),
    `${line('cutting it into tokens (tokenPass.ts)', parts.tokensMs)}`,
    line('reading the text (readReport)', parts.readMs),
    line(`the ${parts.rules.length} rules`, parts.allRulesMs),
    // The rules on fresh Reports less each rule timed on a Report whose shared views are made: a
    // difference of two medians, which moves from run to run more than the parts measured alone.
    line('  what they share, computed once (±)', parts.allRulesMs - rulesMs),
    ...costly.map((r) => line(`  ${r.id}`, r.ms)),
    line(`  the other ${parts.rules.length - costly.length} rules`, rulesMs - costly.reduce((n, r) => n + r.ms, 0)),
    '',
    // The target is per seed, and a seed's line scan costs by its lines, not its characters.
    'each seed in its own line scans     lines   line scan  analysis   tokens  reading    rules',
    ...parts.perSeed.map((s) => `  ${s.name.slice(0, 3)}${String(s.lines).padStart(36)}${`${(s.scanMs * 1000).toFixed(1)} µs`.padStart(12)}  ${times(s.analysis)}  ${times(s.tokens)}  ${times(s.reading)}  ${times(s.rules)}`),
    ...whyNotLower(parts.perSeed),
  ];
}

/**
 * What the measured parts say of the ≤ 10× target, seed by seed: where the rules alone, on a
 * Report already read, or one tokenising pass with them, use up the budget before any reading.
 */
export function whyNotLower(seeds: SeedParts[]): string[] {
  const over = seeds.filter((s) => s.rules >= 10);
  const tight = seeds.filter((s) => s.rules < 10 && s.tokens + s.rules >= 10);
  // Reading and the rules timed apart, each with its own garbage and caches, can add up to more
  // than the whole analysis timed in one: by over a quarter, the run was too noisy to lean on.
  const noisy = seeds.filter((s) => s.reading + s.rules > 1.25 * s.analysis);
  const names = (list: SeedParts[], figure: (s: SeedParts) => number) => list.map((s) => `${s.name.slice(0, 3)} (${s.lines} lines: ${figure(s).toFixed(1)})`).join(', ');
  return [
    '',
    ...(over.length ? [`the rules alone, on a Report already read, are over 10 line scans on ${names(over, (s) => s.rules)}`] : []),
    ...(tight.length ? [`one tokenising pass and the rules alone reach 10 line scans on ${names(tight, (s) => s.tokens + s.rules)}`] : []),
    ...(over.length + tight.length === 0 ? ['the rules alone and one tokenising pass stay under 10 line scans on every seed'] : []),
    ...(noisy.length ? [`reading and the rules timed apart add up to over 1.25× the whole analysis on ${names(noisy, (s) => (s.reading + s.rules) / s.analysis)}: a noisy run, take its figures as ranges`] : []),
  ];
}
