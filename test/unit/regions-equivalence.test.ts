// parse/regions.ts's faster tests of a line against the forms they replaced (issue 16): each must
// answer as before on any text — white space of every kind, numbering, full stops, pipes, surrogates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAY_OPEN_TABLE, mayOpenTable } from '../../server/src/engine/parse/regions.ts';

/** Pieces of the lines these tests read: white space of each kind, numbering, stops, section words. */
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', '\u200b', '\r', '\n', '\u2003'),
  fc.constantFrom('一', '三', '十', '五、', '（一）', '(二) ', '1.', '2、', '１２．', '3．', '12', '0', '、', '.', '．', '（', '(', '）'),
  fc.constantFrom('。', '！', '？', '|', '｜', '，'),
  fc.constantFrom('情况', '事项', '问题', '本年新收政府信息公开申请数量', '结转下年度继续办理', '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议', '存在的主要问题及改进情况', '其他需要报告的事项', '予以公开', '属于国家秘密'),
  fc.constantFrom('第二十条第（一）项', '信息内容', '申请人情况', '上年', '结果维持', '本机关', '<td>', 'a', 'Z', '‘', '【', '〇', '々', '·'),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  // Code points of two units that the Unicode classes count as numbers, symbols, punctuation or none.
  fc.constantFrom('𝟏', '😀', '𐄇', '𝄞', '𠀀'),
);
const line = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('parse/regions: fast line tests answer as the forms they replaced', () => {
  it('mayOpenTable, one character at a time, as MAY_OPEN_TABLE', () => {
    fc.assert(fc.property(line, (text) => assert.equal(mayOpenTable(text), MAY_OPEN_TABLE.test(text), JSON.stringify(text))), { numRuns: 20_000 });
  });

  it('mayOpenTable on every BMP character first, and after white space and numerals', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, ` 一${ch}`, `${ch}本`]) assert.equal(mayOpenTable(text), MAY_OPEN_TABLE.test(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`);
    }
  });

});
