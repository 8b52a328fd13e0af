// The bench's verdict on the ≤ 10× target (bench/analysisParts.ts): which seeds the rules alone, or
// one tokenising pass with them, put over the budget before any reading — the "why it cannot go
// lower" that results.md prints beside the missed target. Pure logic on measured parts; no timing.
// Whole outputs are compared: a seed named under both verdicts, or "under on every seed" printed
// beside a seed over, would each pass a test that only looks for the line it expects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whyNotLower, type SeedParts } from '../../bench/analysisParts.ts';

const seed = (name: string, lines: number, tokens: number, rules: number): SeedParts => ({ name: `${name}_x.txt`, lines, scanMs: 0.02, tokens, reading: 20, rules });

describe('bench: why the analysis is not within 10× a line scan', () => {
  it('names the seeds whose rules alone are over the budget, with their lines, and only there', () => {
    assert.deepEqual(whyNotLower([seed('000', 425, 0.8, 9), seed('003', 62, 3.6, 18)]), [
      '',
      'the rules alone, on a Report already read, are over 10 line scans on 003 (62 lines)',
    ]);
  });

  it('names apart the seeds where one tokenising pass and the rules reach it', () => {
    assert.deepEqual(whyNotLower([seed('000', 425, 0.8, 9.5), seed('002', 407, 0.7, 5), seed('001', 99, 1.6, 27)]), [
      '',
      'the rules alone, on a Report already read, are over 10 line scans on 001 (99 lines)',
      'one tokenising pass and the rules alone reach 10 line scans on 000 (425 lines)',
    ]);
  });

  it('says so when neither uses up the budget on any seed', () => {
    assert.deepEqual(whyNotLower([seed('002', 407, 0.7, 5)]), ['', 'the rules alone and one tokenising pass stay under 10 line scans on every seed']);
  });
});
