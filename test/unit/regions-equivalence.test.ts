// parse/regions.ts's faster tests of a line against the forms they replaced (issue 16): each is
// told without trimming the line or trying a Unicode pattern on it, and must answer as before on
// any text — white space of every kind, numbering, full stops, pipes, surrogates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anchorOf, firstWord, isBoundary, isParenHeading, lineWords, MAY_OPEN_TABLE, mayBeAnchor, mayOpenTable } from '../../server/src/engine/parse/regions.ts';
import { sectionRecognisers } from '../../server/src/engine/formats/sections.ts';
import { normalizeLabel, stripEnumerator } from '../../server/src/engine/text/normalize.ts';

/** isBoundary as it was: the line trimmed first, its first character and its length read from that. */
function isBoundaryBefore(text: string): boolean {
  if (text.length <= 24 && !/[、.．]/.test(text)) return false;
  const t = text.trim();
  if (t === '') return false;
  if (t.length > 24 && /[。！？]/.test(t) && t.replace(/[\s|｜]/g, '').length > 24) return true;
  if (!/^[一二三四五六七八九十0-9０-９]/.test(t)) return false;
  const { enumerator, rest } = stripEnumerator(t);
  if (!enumerator || enumerator.style === 'paren') return false;
  const words = normalizeLabel(rest);
  if (enumerator.style === 'chinese' || /^\s*[0-9０-９]{1,2}\s*、/.test(t)) {
    const rows = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本年度办理结果', '结转下年度继续办理'];
    if (rows.some((r) => words.startsWith(r.slice(0, 6)))) return false;
    return /情况|事项|问题/.test(words);
  }
  return sectionRecognisers.some((s) => s.test(words));
}

/** isParenHeading as it was. */
function isParenHeadingBefore(text: string): boolean {
  const t = text.trim();
  if (t.length > 30 || !/^[（(]/.test(t)) return false;
  const { enumerator, rest } = stripEnumerator(t);
  return enumerator?.style === 'paren' && /^[\u4e00-\u9fff]{2,}$/.test(normalizeLabel(rest));
}

/** anchorOf as it was: the numbered rest normalised again, numbering looked for in every word. */
function anchorOfBefore(text: string): string | null {
  const first = firstWord(text);
  if (!first) return null;
  const n = normalizeLabel(first);
  if (/^第二十条第[一二三四五六七八九十]+项/.test(n) || n === '信息内容') return 'A';
  if (n.startsWith('本列数据的勾稽关系') || n === '申请人情况') return 'B';
  const numbered = stripEnumerator(first);
  const rest = numbered.enumerator ? normalizeLabel(numbered.rest) : n;
  if (rest === '本年新收政府信息公开申请数量' || rest === '上年结转政府信息公开申请数量') return 'B';
  if (/^(行政复议|行政诉讼|结果维持)/.test(n) && !/[。，,]/.test(first)) {
    const words = lineWords(text);
    const header = normalizeLabel(words.join('')).replace(/行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|维持|纠正|结果|其他|尚未|审结|[0-9]/g, '').length <= 4;
    if (words.length <= 16 && words.join('').length <= 60 || header) return 'C';
  }
  return null;
}

/** Pieces of the lines these tests read: white space of each kind, numbering, stops, section words. */
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', '\u200b', '\r', '\n', '\u2003'),
  fc.constantFrom('一', '三', '十', '五、', '（一）', '(二) ', '1.', '2、', '１２．', '3．', '12', '0', '、', '.', '．', '（', '(', '）'),
  fc.constantFrom('。', '！', '？', '|', '｜', '，'),
  fc.constantFrom('情况', '事项', '问题', '本年新收政府信息公开申请数量', '结转下年度继续办理', '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议', '存在的主要问题及改进情况', '其他需要报告的事项', '予以公开', '属于国家秘密'),
  fc.constantFrom('第二十条第（一）项', '信息内容', '申请人情况', '上年', '结果维持', '本机关', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本列数据的勾稽关系', '行政诉讼', '尚未审结', '总计', '<td>', '</td>', '<b>', '<', '>', 'a', 'Z', '‘', '【', '〇', '々', '·'),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  // Code points of two units that the Unicode classes count as numbers, symbols, punctuation or none.
  fc.constantFrom('𝟏', '😀', '𐄇', '𝄞', '𠀀'),
);
const line = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

/** White space of the kinds trim() removes, around a line. */
const SPACES = ['', ' ', '\t', '\u3000 ', '\ufeff', ' \r'];

describe('parse/regions: fast line tests answer as the forms they replaced', () => {
  it('isBoundary, without trimming the line', () => {
    fc.assert(fc.property(line, (text) => assert.equal(isBoundary(text), isBoundaryBefore(text), JSON.stringify(text))), { numRuns: 20_000 });
  });

  it('isParenHeading, without trimming the line', () => {
    fc.assert(fc.property(line, (text) => assert.equal(isParenHeading(text), isParenHeadingBefore(text), JSON.stringify(text))), { numRuns: 20_000 });
  });

  it('isBoundary and isParenHeading at the lengths that decide them, with white space around', () => {
    for (let n = 0; n <= 34; n++) {
      for (const before of SPACES) for (const after of SPACES) {
        for (const body of ['（一）' + '问'.repeat(n), '一、' + '情况'.padEnd(n, '况'), '本'.repeat(n) + '。', '1|'.repeat(n) + '。', '1.' + '总体情况'.padStart(n, '本')]) {
          const text = before + body + after;
          assert.equal(isBoundary(text), isBoundaryBefore(text), JSON.stringify(text));
          assert.equal(isParenHeading(text), isParenHeadingBefore(text), JSON.stringify(text));
        }
      }
    }
  });

  it('mayOpenTable, one character at a time, as MAY_OPEN_TABLE, and markup wherever it may open a table', () => {
    fc.assert(fc.property(line, (text) => {
      const before = MAY_OPEN_TABLE.test(text) || text.includes('<');
      const now = mayOpenTable(text);
      if (!text.includes('<')) assert.equal(now, before, JSON.stringify(text));
      // Markup after the character that decides the line is passed over: such a line opens no table.
      else if (now !== before) assert.equal(anchorOf(text), null, JSON.stringify(text));
      assert.ok(!now || before, JSON.stringify(text));
    }), { numRuns: 30_000 });
  });

  it('mayOpenTable on every BMP character first, and after white space and numerals', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, ` 一${ch}`, `${ch}本`]) {
        if (!text.includes('<')) assert.equal(mayOpenTable(text), MAY_OPEN_TABLE.test(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
      // Markup after the deciding character: the line is passed over only when it opens no table.
      for (const text of [`${ch}<td>第二十条第（一）项</td>`, `${ch}<b>本年新收政府信息公开申请数量</b>\t3`, `1.${ch}<i>行政复议</i>`]) {
        if (!mayOpenTable(text)) assert.equal(anchorOf(text), null, `U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it('mayBeAnchor passes over no anchor, and only lines mayOpenTable would open a table at', () => {
    fc.assert(fc.property(line, (text) => {
      if (anchorOf(text) !== null) assert.ok(mayBeAnchor(text), JSON.stringify(text));
      if (mayBeAnchor(text)) assert.ok(mayOpenTable(text), JSON.stringify(text));
    }), { numRuns: 30_000 });
  });

  it("mayBeAnchor: every anchor's word after numbering, noise and markup; not the words that start like one", () => {
    const anchors = ['第二十条第（一）项', '信息内容', '本列数据的勾稽关系', '申请人情况', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '行政复议', '行政诉讼', '结果维持'];
    for (const before of ['', '\t', ' 一、', '（二）', '３．', '“', '|  ', '<td>', '1\t', '\u200b']) {
      for (const anchor of anchors) {
        for (const text of [before + anchor, before + anchor + '\t3', before + [...anchor].join(' '), before + [...anchor].join('“'), before + anchor.slice(0, 2) + '<b>' + anchor.slice(2)]) {
          if (anchorOf(text) !== null) assert.ok(mayBeAnchor(text), JSON.stringify(text));
        }
        assert.ok(mayBeAnchor(before + anchor), JSON.stringify(before + anchor));
      }
    }
    for (const text of ['本年度报告根据《中华人民共和国政府信息公开条例》编制。', '1.申请人无正当理由逾期不补正', '四、结转下年度继续办理 | 0', '本年制发件数', '行政机关不再处理', '信息']) {
      assert.equal(mayBeAnchor(text), false, text);
      assert.equal(anchorOf(text), null, text);
    }
  });

  it('anchorOf answers as it did on any line', () => {
    fc.assert(fc.property(line, (text) => assert.equal(anchorOf(text), anchorOfBefore(text), JSON.stringify(text))), { numRuns: 30_000 });
  });

  it("anchorOf reads table B's numbered rows past their numbering, in every style", () => {
    for (const numbering of ['一、', '二 、 ', '1.', '1、', '１．', '（一）', '(二) ', '']) {
      for (const label of ['本年新收政府信息公开申请数量', '上年结转 政府信息公开申请数量', '本年新收（政府信息公开申请数量）']) {
        assert.equal(anchorOf(`${numbering}${label}\t3\t0`), 'B', numbering + label);
      }
      assert.equal(anchorOf(`${numbering}本年新收政府信息公开申请数量合计`), null, numbering);
    }
  });

  it("a word's normalised form is its numbering's followed by its rest's (anchorOf reads the rest so)", () => {
    fc.assert(fc.property(line, (word) => {
      const { enumerator, rest } = stripEnumerator(word);
      if (!enumerator) return;
      assert.equal(normalizeLabel(word).slice(normalizeLabel(enumerator.text).length), normalizeLabel(rest));
    }), { numRuns: 20_000 });
  });
});
