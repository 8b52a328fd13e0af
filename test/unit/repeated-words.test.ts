// rules/repeatedWords.ts: the loop finds, in a text and in any part of it, exactly the matches of
// the backreference expression it replaces (property test against the expression).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nextRepeatedWord } from '../../server/src/engine/rules/repeatedWords.ts';

/** The expression text/repeated-word searched with before. */
const REPEATED = /([\u4e00-\u9fff]{2,4})\1/g;

interface Found { start: number; word: string }

/** The expression's matches in text.slice(from, end), as offsets of the text. */
function byExpression(text: string, from: number, end: number): Found[] {
  return [...text.slice(from, end).matchAll(REPEATED)].map((m) => ({ start: from + m.index, word: m[1]! }));
}

function byLoop(text: string, from: number, end: number): Found[] {
  const out: Found[] = [];
  for (let r = nextRepeatedWord(text, from, end); r; r = nextRepeatedWord(text, r.start + 2 * r.length, end)) {
    out.push({ start: r.start, word: text.slice(r.start, r.start + r.length) });
  }
  return out;
}

/**
 * Few characters, so that words repeat often and overlap in every way: ideographs, the ends of
 * their block and the characters just outside it, an ASCII letter, a blank and a full-width comma.
 */
const unit = fc.constantFrom('年', '年', '审', '核', '审', '一', '\u4e00', '\u9fff', '\u4dff', '\ua000', 'a', ' ', '，');
/** Pieces of one to five units, each written once or twice: words repeated at every length, side by side. */
const text = fc
  .array(fc.tuple(fc.string({ unit, minLength: 1, maxLength: 5 }), fc.boolean()), { maxLength: 14 })
  .map((pieces) => pieces.map(([piece, twice]) => (twice ? piece + piece : piece)).join(''));
/** A text and a part of it, given by two offsets in order. */
const textAndPart = text.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })).map(([s, a, b]) => ({ text: s, from: Math.min(a, b), end: Math.max(a, b) })));

describe('repeated words by a loop', () => {
  it('finds the matches of /([\\u4e00-\\u9fff]{2,4})\\1/g in a whole text', () => {
    fc.assert(fc.property(text, (t) => {
      assert.deepEqual(byLoop(t, 0, t.length), byExpression(t, 0, t.length));
    }), { numRuns: 3000 });
  });

  it('finds the matches of the expression searched in a part of the text, none crossing its ends', () => {
    fc.assert(fc.property(textAndPart, ({ text: t, from, end }) => {
      assert.deepEqual(byLoop(t, from, end), byExpression(t, from, end));
    }), { numRuns: 3000 });
  });

  it('takes the longest word at a start, then the next match after both copies', () => {
    // "审核审核审核审核": the four-character word 审核审核 twice, not 审核 four times.
    assert.deepEqual(byLoop('审核审核审核审核', 0, 8), [{ start: 0, word: '审核审核' }]);
    // Three copies of 审核: one match, and the third copy is left.
    assert.deepEqual(byLoop('审核审核审核，', 0, 7), [{ start: 0, word: '审核' }]);
    // A copy cut by the part's end is not found: within 审核审核审核审, 审核 twice, not 审核审核.
    assert.deepEqual(byLoop('审核审核审核审核', 0, 7), [{ start: 0, word: '审核' }]);
    assert.deepEqual(byLoop('资金资金', 0, 3), []);
  });
});
