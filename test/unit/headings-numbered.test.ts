// parse/headings.ts: mayBeNumbered, the first-character test that spares stripEnumerator most lines,
// answers as the pattern it replaced, and passes every line that has a numbering (issue 16).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mayBeNumbered } from '../../server/src/engine/parse/headings.ts';
import { stripEnumerator } from '../../server/src/engine/text/normalize.ts';

/** The pattern headingOf tried on every line. */
const MAY_BE_NUMBERED = /^[\s\u3000\u00a0]*[一二三四五六七八九十（(0-9０-９]/;

const piece = fc.oneof(
  fc.constantFrom(' ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', '\u200b', '\r'),
  fc.constantFrom('一、', '十二.', '（三）', '(四) ', '1.', '12、', '１．', '０', '9', '）', '、', '总体情况', '本机关', 'a', '【'),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
const line = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''));
const leadOf = (text: string) => text.length - text.trimStart().length;

describe('parse/headings: the lines that may be numbered', () => {
  it('mayBeNumbered answers as the pattern, and for every line stripEnumerator finds a numbering in', () => {
    fc.assert(fc.property(line, (text) => {
      const may = mayBeNumbered(text, leadOf(text));
      assert.equal(may, MAY_BE_NUMBERED.test(text), JSON.stringify(text));
      if (stripEnumerator(text).enumerator) assert.ok(may, JSON.stringify(text));
    }), { numRuns: 30_000 });
  });
});
