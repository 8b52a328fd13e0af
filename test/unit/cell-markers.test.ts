// The "|" markers after a cell of a cell-per-line table ("0 |", "0 | ||") are cut by a loop that
// must cut what the regular expression of before cut, /(?:[ \t\u00a0\u3000]*[|｜])+[ \t\u00a0\u3000|｜]*$/,
// whose nested runs backtracked without end on a cell followed by many " |" and a word (the
// adversarial shape "a cell-per-line cell followed by pipes and a word" times that).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { withoutTrailingPipes } from '../../server/src/engine/parse/cells.ts';

const TRAILING_PIPES = /(?:[ \t\u00a0\u3000]*[|｜])+[ \t\u00a0\u3000|｜]*$/;

describe('cell-per-line markers', () => {
  it('cuts what the regular expression cut, on texts of spaces, pipes and words', () => {
    // Short texts: the expression takes exponential time on long ones.
    const text = fc.array(fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '|', '｜', '0', '件', 'a', '\u2003'), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => assert.equal(withoutTrailingPipes(t), t.replace(TRAILING_PIPES, ''))), { numRuns: 5_000 });
  });

});
