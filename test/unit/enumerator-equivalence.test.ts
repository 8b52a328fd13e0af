// text/normalize.ts's stripEnumerator and chineseNumeralValue, read character by character (issue
// 16), against the pattern and the lookups they replaced: the same numbering, value, style and rest
// on any text — white space of every kind, numerals and digits of both widths, brackets, marks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chineseNumeralValue, stripEnumerator, toHalfWidth } from '../../server/src/engine/text/normalize.ts';

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** chineseNumeralValue as it was: each character looked up as an object's key. */
function chineseNumeralValueBefore(s: string): number | null {
  if (!s) return null;
  if (s.length === 1) return CHINESE_DIGITS[s] ?? null;
  const ten = s.indexOf('十');
  if (ten < 0) return null;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[s.slice(0, ten)];
  const unitsText = s.slice(ten + 1);
  const units = unitsText === '' ? 0 : CHINESE_DIGITS[unitsText];
  if (tens === undefined || units === undefined || tens > 9 || units > 9) return null;
  return tens * 10 + units;
}

const ENUMERATOR = /^[\s\u3000\u00a0]*(?:([一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]|([0-9０-９]{1,2})\s*[、.．](?![0-9０-９]))[\s\u3000\u00a0]*/;

/** stripEnumerator as it was: the pattern. */
function stripEnumeratorBefore(s: string): ReturnType<typeof stripEnumerator> {
  const m = ENUMERATOR.exec(s);
  if (!m) return { enumerator: null, rest: s };
  let value: number | null;
  let style: 'chinese' | 'paren' | 'arabic';
  if (m[1]) { value = chineseNumeralValueBefore(m[1]); style = 'chinese'; }
  else if (m[2]) { value = chineseNumeralValueBefore(m[2]); style = 'paren'; }
  else { value = Number(toHalfWidth(m[3] ?? '')); style = 'arabic'; }
  if (value === null || !Number.isFinite(value)) return { enumerator: null, rest: s };
  return { enumerator: { text: m[0], value, style }, rest: s.slice(m[0].length) };
}

/** What a numbering is made of, and what stands around it. */
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', '\u200b', '\r', '\n', '\u2003', '\u180e'),
  fc.constantFrom('一', '二', '三', '九', '十', '〇', '零', '两', '百'),
  fc.constantFrom('0', '1', '2', '9', '０', '１', '９', '٣'),
  fc.constantFrom('、', '.', '．', '。', '，', '（', '(', '）', ')', '【', '】', ':'),
  fc.constantFrom('总体情况', '本年新收', '予以公开', 'a', '|'),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('text/normalize: stripEnumerator read character by character', () => {
  it('chineseNumeralValue answers as the lookups did on any run of numerals and more', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('一', '二', '五', '九', '十', '〇', 'a', '1', ' '), { maxLength: 5 }).map((c) => c.join('')), (s) => {
      assert.equal(chineseNumeralValue(s), chineseNumeralValueBefore(s), JSON.stringify(s));
    }), { numRuns: 20_000 });
  });

  it('chineseNumeralValue from 一 to 九十九, and none past them', () => {
    const numerals = [...'一二三四五六七八九十'];
    for (const a of ['', ...numerals]) for (const b of ['', ...numerals]) for (const c of ['', ...numerals]) {
      const s = a + b + c;
      assert.equal(chineseNumeralValue(s), chineseNumeralValueBefore(s), s);
    }
    assert.equal(chineseNumeralValue('九十九'), 99);
    assert.equal(chineseNumeralValue('十十'), null);
  });

  it('stripEnumerator answers as the pattern did on any text', () => {
    fc.assert(fc.property(text, (s) => assert.deepEqual(stripEnumerator(s), stripEnumeratorBefore(s), JSON.stringify(s))), { numRuns: 50_000 });
  });

  it('stripEnumerator on every numbering the formats write, with white space around', () => {
    for (const before of ['', ' ', '\t', '\u3000', ' \u00a0']) {
      for (const numbering of ['一、', '十二．', '二十三.', '一二三四、', '（一）', '( 十一 )', '(一二三四)', '（）', '1.', '12、', '１２．', '123.', '1.2', '5 、', '3．５']) {
        for (const after of ['', ' ', '\u3000总体情况', '本年新收']) {
          const s = before + numbering + after;
          assert.deepEqual(stripEnumerator(s), stripEnumeratorBefore(s), JSON.stringify(s));
        }
      }
    }
  });
});
