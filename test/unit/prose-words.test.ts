// parse/prose.ts wordsIn: one search of the prose for the statements' words and the documents'
// names finds what a search for each list finds (property test against the two searches).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DOCUMENT_WORDS, WORDS_TO_READ, wordsIn } from '../../server/src/engine/parse/prose.ts';

/** Where a list's words begin in a string, searched for that list alone. */
function byOwnSearch(list: RegExp, text: string): number[] {
  return [...text.matchAll(new RegExp(list.source, 'g'))].map((m) => m.index);
}

/** The words of both lists whole and cut short (规范, 予以公), with blanks and line ends between. */
const words = ['申请', '复议', '诉讼', '办结', '结转', '予以公开', '同意公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '规章', '规范性文件'];
const piece = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words.flatMap((w) => [...w].map((_, k) => w.slice(0, k + 1)))),
  fc.constantFrom(' ', '\n', '\u3000', '，', '年', '5件'),
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('the prose searched once for both readers', () => {
  it('finds the hits of the statements\' search and of the documents\' search, each in order', () => {
    fc.assert(fc.property(text, (t) => {
      const found = wordsIn(t);
      assert.deepEqual(found.statements, byOwnSearch(WORDS_TO_READ, t), JSON.stringify(t));
      assert.deepEqual(found.documents, byOwnSearch(DOCUMENT_WORDS, t), JSON.stringify(t));
    }), { numRuns: 3000 });
  });

  it('finds words cut by a line break, and a name right after a statement word', () => {
    assert.deepEqual(wordsIn('收到申\n请，制发规范\n性文件'), { statements: [2], documents: [8] });
    assert.deepEqual(wordsIn('办结规章'), { statements: [0], documents: [2] });
  });
});
