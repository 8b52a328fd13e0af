// parse/prose.ts wordsIn: one search of the prose for the statements' words and the documents'
// names finds what a search for each list finds (property test against the two searches).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DOCUMENT_WORDS, WORDS_TO_READ, readDocumentStatements, readStatements, wordsIn } from '../../server/src/engine/parse/prose.ts';
import { readReport } from '../../server/src/engine/parse/readReport.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';

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

// The prose is cut once for the words of both readers (sentencesHolding): the first reader to ask
// cuts it and the other takes the sentences. What each reads must not depend on which asks first,
// nor on a reader asking twice.
describe('prose: the readers of statements and of documents share one cut', () => {
  const fragments = fc.constantFrom(
    '本年度共收到政府信息公开申请5件，办结4件。', '2023年制发行政规范性文件5件，现行有效54件。', '制发规章2件。', '其中，予以公开3件。',
    '全年未发生因政府信息公开引起的行政复议。', '废止1件。', '\n', '\n', '办结\n', '规范性\n文件3件', '。',
  );
  const prose = fc.array(fragments, { maxLength: 24 }).map((a) => a.join(''));
  const reportText = fc.tuple(prose, prose).map(([a, b]) => `${a}\n${buildReport().replace('二、主动公开政府信息情况', `${b}\n二、主动公开政府信息情况`)}`);
  it('reads the same whichever reader asks first, and when one asks twice', () => {
    let read = 0;
    fc.assert(
      fc.property(reportText, fc.constantFrom('statements', 'documents', 'twice'), (text, first) => {
        const alone = { statements: readStatements(readReport(text)), documents: readDocumentStatements(readReport(text)) };
        const report = readReport(text);
        if (first === 'documents') assert.deepEqual(readDocumentStatements(report), alone.documents);
        if (first === 'twice') assert.deepEqual(readStatements(report), alone.statements);
        assert.deepEqual(readStatements(report), alone.statements);
        assert.deepEqual(readDocumentStatements(report), alone.documents);
        if (first === 'twice') assert.deepEqual(readDocumentStatements(report), alone.documents);
        if (alone.statements.length > 0 && alone.documents.length > 0) read++;
      }),
      { numRuns: 300 },
    );
    assert.ok(read > 30, `${read} texts with statements of both readers`);
  });
});
