// The bench's verdict on the ≤ 10× target (bench/analysisParts.ts): which seeds the rules alone, or
// one tokenising pass with them, put over the budget before any reading — the "why it cannot go
// lower" that results.md prints beside the missed target. Pure logic on measured parts; no timing.
// Whole outputs are compared: a seed named under both verdicts, or "under on every seed" printed
// beside a seed over, would each pass a test that only looks for the line it expects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whyNotLower, type SeedParts } from '../../bench/analysisParts.ts';

const seed = (name: string, lines: number, tokens: number, rules: number, analysis = 40): SeedParts => ({ name: `${name}_x.txt`, lines, scanMs: 0.02, analysis, tokens, reading: 20, rules });

describe('bench: why the analysis is not within 10× a line scan', () => {
  it('names the seeds whose rules alone are over the budget, with their lines, and only there', () => {
    assert.deepEqual(whyNotLower([seed('000', 425, 0.8, 9), seed('003', 62, 3.6, 18)]), [
      '',
      'the rules alone, on a Report already read, are over 10 line scans on 003 (62 lines: 18.0)',
    ]);
  });

  it('names apart the seeds where one tokenising pass and the rules reach it', () => {
    assert.deepEqual(whyNotLower([seed('000', 425, 0.8, 9.5), seed('002', 407, 0.7, 5), seed('001', 99, 1.6, 27)]), [
      '',
      'the rules alone, on a Report already read, are over 10 line scans on 001 (99 lines: 27.0)',
      'one tokenising pass and the rules alone reach 10 line scans on 000 (425 lines: 10.3)',
    ]);
  });

  it('says when reading and the rules timed apart add up to over a quarter more than the whole analysis', () => {
    assert.deepEqual(whyNotLower([seed('002', 407, 0.7, 5, 18), seed('004', 348, 0.7, 5, 24)]), [
      '',
      'the rules alone and one tokenising pass stay under 10 line scans on every seed',
      'reading and the rules timed apart add up to over 1.25× the whole analysis on 002 (407 lines: 1.4): a noisy run, take its figures as ranges',
    ]);
  });

  it('says so when neither uses up the budget on any seed', () => {
    assert.deepEqual(whyNotLower([seed('002', 407, 0.7, 5)]), ['', 'the rules alone and one tokenising pass stay under 10 line scans on every seed']);
  });
});
