// text/outsideRegions.ts: searching only the stretches it gives finds what the search of the whole
// text finds outside the regions, for text/repeated-word's expression (property test against the
// whole-text search).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Span } from '../../server/src/engine/model.ts';
import { stretchesOutside } from '../../server/src/engine/text/outsideRegions.ts';

/** text/repeated-word's expression: a word of two to four ideographs written twice. */
const REPEATED = /([\u4e00-\u9fff]{2,4})\1/g;

interface Found { start: number; word: string }

const overlapsOne = (regions: Span[], start: number, end: number) => regions.some((r) => start < r.end && end > r.start);

/** Every match of the whole text that overlaps no region. */
function byWholeSearch(text: string, regions: Span[]): Found[] {
  return [...text.matchAll(REPEATED)]
    .filter((m) => !overlapsOne(regions, m.index, m.index + m[0].length))
    .map((m) => ({ start: m.index, word: m[1]! }));
}

/** The same, searched stretch by stretch. */
function byStretches(text: string, regions: Span[]): Found[] {
  const out: Found[] = [];
  for (const s of stretchesOutside(text, regions)) {
    for (const m of text.slice(s.start, s.end).matchAll(REPEATED)) {
      const start = s.start + m.index;
      if (!overlapsOne(regions, start, start + m[0].length)) out.push({ start, word: m[1]! });
    }
  }
  return out;
}

/** Anywhere, overlapping or not, in any order, some past the text's end. */
const regionsIn = (text: string) => fc.array(fc.tuple(fc.nat(text.length + 3), fc.nat(40)).map(([start, length]) => ({ start, end: start + length })), { maxLength: 4 });
/**
 * A small alphabet: a few ideographs (the block's first and last among them), the units just
 * outside the block, ASCII, a tab and a line end.
 */
const unit = fc.constantFrom('审', '核', '年', '一', '\u4e00', '\u9fff', '\u4dff', '\ua000', 'a', '1', '\t', '\n');
const mixedText = fc.string({ unit, maxLength: 80 });
/** Words of one to four ideographs written once to three times, rarely a line end: repetitions that overlap, and long runs that regions cut in the middle. */
const word = fc.string({ unit: fc.constantFrom('审', '核'), minLength: 1, maxLength: 4 });
const repeatingText = fc.array(fc.oneof(
  { weight: 9, arbitrary: fc.tuple(word, fc.integer({ min: 1, max: 3 })).map(([w, n]) => w.repeat(n)) },
  { weight: 1, arbitrary: fc.constant('\n') },
), { maxLength: 16 }).map((pieces) => pieces.join(''));

describe('stretches outside regions', () => {
  it('give what the whole-text search finds outside the regions, in order', () => {
    for (const text of [mixedText, repeatingText]) {
      fc.assert(fc.property(text.chain((t) => fc.tuple(fc.constant(t), regionsIn(t))), ([t, regions]) => {
        assert.deepEqual(byStretches(t, regions), byWholeSearch(t, regions));
      }), { numRuns: 3000 });
    }
  });

  it('leave out the inside of a region, from its first character other than an ideograph to its last', () => {
    assert.deepEqual(stretchesOutside('审核审核\n表格表格\n资金资金', [{ start: 4, end: 10 }]), [{ start: 0, end: 4 }, { start: 9, end: 14 }]);
    assert.deepEqual(stretchesOutside('审核审核', [{ start: 0, end: 4 }]), [{ start: 0, end: 4 }]);
  });
});
