// parse/cells.ts's faster tests of a line or a cell against the patterns they replaced (issue 16):
// each is told by the first or the last characters of the text, where the pattern was tried on the
// whole of it, and must answer as before on any text — white space of every kind, pipes, rules,
// digits, units.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { detectLayout, endsWithNumber, findLabelCuts, isMarkdownRule, isPipeOnly, isPipeRow, mayHoldNextLabel } from '../../server/src/engine/parse/cells.ts';
import { UNITS } from '../../server/src/engine/parse/values.ts';

const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const PIPE_ROW = /^[ \t\u00a0\u3000]*[|｜][^|｜]*[|｜].*[|｜][ \t\u00a0\u3000]*$/;
const PIPE_ONLY = /^[\s\u00a0\u3000|｜]*$/;
const ENDS_WITH_DIGIT = /[0-9０-９]\s*$/;
const ENDS_WITH_COUNT = new RegExp(`[0-9０-９](?:${UNITS})\\s*$`);

/** Pieces of table lines: white space of each kind, pipes, rules, digits, units, words. */
const piece = fc.constantFrom(
  ' ', '  ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', '\n', '\u2003', '\u200b',
  '|', '｜', '-', '---', ':', ':---:', '0', '12', '３', '件', '个', '元', '万', '万元', '人次', '项', 'a', '行政许可', '（一）',
);
const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));

describe('cells.ts first- and last-character tests', () => {
  it('isMarkdownRule answers as MARKDOWN_RULE', () => {
    fc.assert(fc.property(text, (t) => assert.equal(isMarkdownRule(t), MARKDOWN_RULE.test(t))), { numRuns: 20_000 });
  });

  it('isPipeOnly answers as PIPE_ONLY', () => {
    fc.assert(fc.property(text, (t) => assert.equal(isPipeOnly(t), PIPE_ONLY.test(t))), { numRuns: 20_000 });
  });

  it('isPipeRow answers as PIPE_ROW and not PIPE_ONLY', () => {
    fc.assert(fc.property(text, (t) => assert.equal(isPipeRow(t), PIPE_ROW.test(t) && !PIPE_ONLY.test(t))), { numRuns: 20_000 });
  });

  it('endsWithNumber answers as ENDS_WITH_DIGIT or ENDS_WITH_COUNT', () => {
    fc.assert(fc.property(text, (t) => assert.equal(endsWithNumber(t), ENDS_WITH_DIGIT.test(t) || ENDS_WITH_COUNT.test(t))), { numRuns: 20_000 });
  });

  it('detectLayout reads a region as HTML when its lines joined hold a <td>, <th> or <tr>, as before', () => {
    // The "<" is now seen by the count of each line's pieces, where every line was searched for one first.
    const markup = fc.constantFrom('<', '<td>', '<TR ', '<th\t', '<t', '<tdx', 'td>', '>', '< td>');
    const lineText = fc.array(fc.oneof(piece, markup), { maxLength: 8 }).map((a) => a.join(''));
    const lines = fc.array(lineText, { maxLength: 5 }).map((texts) => {
      let start = 0;
      return texts.map((text, index) => {
        const line = { index, start, end: start + text.length, text };
        start += text.length + 1;
        return line;
      });
    });
    fc.assert(
      fc.property(lines, (ls) => {
        const html = /<t[dhr][\s>]/i.test(ls.map((l) => l.text).join('\n'));
        assert.equal(detectLayout(ls) === 'html', html);
      }),
      { numRuns: 10_000 },
    );
  });

  it('mayHoldNextLabel passes over only texts NEXT_LABEL cuts nowhere', () => {
    const labelPiece = fc.constantFrom(
      '（', '(', '）', ')', '一', '二', '十', '十一', '第', '条', '予以公开', ' ', '\u3000', '\t', '\u00a0', '1', '１', '.', '、', '．', 'a', '“',
    );
    const labelText = fc.array(labelPiece, { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(fc.property(labelText, (t) => assert.ok(mayHoldNextLabel(t) || findLabelCuts(t) === null, t)), { numRuns: 30_000 });
    assert.equal(mayHoldNextLabel('（一）予以公开'), false);
    assert.equal(mayHoldNextLabel('第二十条第（一）项'), false);
    assert.deepEqual(findLabelCuts('三、本年度办理结果（一）予以公开'), [0, 9, 9]);
    assert.equal(mayHoldNextLabel('三、本年度办理结果（一）予以公开'), true);
  });

  it('tells the shapes each was written for', () => {
    assert.equal(isMarkdownRule(' | --- | :---: |'), true);
    assert.equal(isMarkdownRule('行政许可 ---'), false);
    assert.equal(isPipeRow('\u3000| 1 | 0 |'), true);
    assert.equal(isPipeRow('1 | 0 |'), false);
    assert.equal(isPipeOnly(' |\u3000｜\t'), true);
    assert.equal(isPipeOnly('| 0 |'), false);
    assert.equal(endsWithNumber('30件 0件\u3000'), true);
    assert.equal(endsWithNumber('5万元'), true);
    assert.equal(endsWithNumber('万元'), false);
    assert.equal(endsWithNumber('１２ '), true);
  });
});
