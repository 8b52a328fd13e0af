// rules/spamMarks.ts: the one pass over a text finds exactly the terms whose marks expression
// matches it (property test against each term's marks), and refuses marks it cannot read as words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { markWords, termsMarked } from '../../server/src/engine/rules/spamMarks.ts';
import { SPAM_TERMS } from '../../server/src/engine/rules/spamTerms.ts';

/** The terms whose marks match the text, as termsMarked gives them. */
function byExpressions(text: string): number {
  let bits = 0;
  for (const [k, { marks }] of SPAM_TERMS.entries()) if (marks.test(text)) bits |= 1 << k;
  return bits;
}

/**
 * The marks' characters one by one and whole (so that marks are written whole, cut short, or run
 * into each other), digits, and other characters of a report and around: text made of them holds
 * some marks, parts of many, and often none.
 */
const markPieces = SPAM_TERMS.flatMap(({ marks }) => marks.source.split('|').map((w) => w.replace(/\\d/g, '7')));
const piece = fc.oneof(
  fc.constantFrom(...markPieces),
  fc.constantFrom(...[...new Set(markPieces.join(''))]),
  fc.constantFrom('0', '9', '本', '年', '申', '请', ' ', '，', 'B', 'e'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('spam marks in one pass', () => {
  it('finds the terms whose marks expression matches the text, and no other', () => {
    fc.assert(fc.property(text, (t) => {
      assert.equal(termsMarked(t), byExpressions(t), JSON.stringify(t));
    }), { numRuns: 5000 });
  });

  it('finds each mark written alone, at the end of a text and after a digit', () => {
    for (const word of markPieces) {
      for (const t of [word, `某某${word}`, `1${word}`]) assert.equal(termsMarked(t), byExpressions(t), t);
    }
    // "\dbet": a digit, then bet; "bet" alone is another term's mark.
    assert.equal(termsMarked('5bet'), byExpressions('5bet'));
    assert.ok(termsMarked('5bet') & 1);
    assert.equal(termsMarked('bet') & 1, 0);
    assert.equal(termsMarked('本机关2023年共收到政府信息公开申请5件'), 0);
  });

  it('finds a mark that begins with \\d by its first letter, not by every digit', () => {
    // "\dbet" is looked for at each "b": at a text's start there is no digit before it.
    for (const t of ['bet', 'bet本', '本bet', '5bet', 'x5bet', '55bet', '5be', '5Bet']) assert.equal(termsMarked(t), byExpressions(t), t);
    // A text of digits (a run of them, a table's numbers) is read once, a unit at a time: no digit
    // has the unit after it compared with "\dbet"'s (each did, several times as long as the marks'
    // expressions took on "1234567890…"). Counted on a string whose reads of a unit are counted.
    // (No 8: "88" is a mark of digits, looked for at each 8.)
    const digits = '1234567901'.repeat(100);
    let reads = 0;
    const counted = { length: digits.length, charCodeAt: (i: number) => (reads++, digits.charCodeAt(i)) } as unknown as string;
    assert.equal(termsMarked(counted), byExpressions(digits));
    assert.equal(reads, digits.length);
  });

  it('reads only marks written as plain words', () => {
    assert.deepEqual(markWords(/ab|\dc/), [[0x61, 0x62], [-1, 0x63]]);
    assert.throws(() => markWords(/a(?:b|c)/));
    assert.throws(() => markWords(/a+/));
    assert.throws(() => markWords(/a|/));
    assert.throws(() => markWords(/ab/i));
  });

  it('reads a mark written with \\u escapes as the characters they stand for (the minified bundles write Chinese so)', () => {
    // As esbuild's ASCII output writes /亚游|真人/: its source is the escapes, not the characters.
    assert.deepEqual(markWords(/\u4e9a\u6e38|\u771F\u4eba/), markWords(/亚游|真人/));
    assert.deepEqual(markWords(/\u4e9a\u6e38/), [['亚'.charCodeAt(0), '游'.charCodeAt(0)]]);
    // Not four hex digits: no escape of a character, refused as any other pattern.
    assert.throws(() => markWords(new RegExp('\\u4e9')));
  });
});
