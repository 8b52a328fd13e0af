// The bench's verdict on the ≤ 10× target (bench/analysisParts.ts): which seeds the rules alone, or
// one tokenising pass with them, put over the budget before any reading — the "why it cannot go
// lower" that results.md prints beside the missed target. Pure logic on measured parts; no timing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whyNotLower, type SeedParts } from '../../bench/analysisParts.ts';

const seed = (name: string, lines: number, tokens: number, rules: number): SeedParts => ({ name: `${name}_x.txt`, lines, scanMs: 0.02, tokens, reading: 20, rules });

describe('bench: why the analysis is not within 10× a line scan', () => {
  it('names the seeds whose rules alone are over the budget, with their lines', () => {
    const lines = whyNotLower([seed('000', 425, 0.8, 9), seed('003', 62, 3.6, 18)]);
    assert.ok(lines.some((l) => l.includes('over 10 line scans on 003 (62 lines)') && !l.includes('000')));
  });

  it('names apart the seeds where one tokenising pass and the rules reach it', () => {
    const lines = whyNotLower([seed('000', 425, 0.8, 9.5), seed('002', 407, 0.7, 5)]);
    assert.ok(lines.some((l) => l.includes('tokenising pass and the rules alone reach 10 line scans on 000 (425 lines)')));
    assert.ok(!lines.some((l) => l.includes('002')));
  });

  it('says so when neither uses up the budget on any seed', () => {
    const lines = whyNotLower([seed('002', 407, 0.7, 5)]);
    assert.ok(lines.some((l) => l.includes('stay under 10 line scans on every seed')));
  });
});
