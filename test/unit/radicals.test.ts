// text/radicals.ts: look-alike radicals read as the characters they stand for, one UTF-16 unit for
// one (every offset read from the reading is one of the text's), and a text without them untouched.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { radicalRuns, withoutRadicals } from '../../server/src/engine/text/radicals.ts';

/** Any UTF-16 units, lone surrogates included, with look-alikes of every block mixed in often. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x2e80, max: 0x2fdf }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0xf900, max: 0xfaff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 200,
});

/** Text as reports are written: unified ideographs, ASCII, CJK punctuation and full-width forms. */
const reportText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x3000, max: 0x303f }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\n', '\r\n', '\t', '\u00a0'),
  ),
  maxLength: 300,
});

describe('look-alike radicals', () => {
  it('maps one unit to one: the length and every other unit stay, and what changes becomes a unified ideograph', () => {
    fc.assert(fc.property(anyText, (text) => {
      const read = withoutRadicals(text);
      assert.equal(read.length, text.length);
      for (let i = 0; i < text.length; i++) {
        if (read[i] === text[i]) continue;
        const c = read.charCodeAt(i);
        // A unified ideograph, of the main block or extension A.
        assert.ok((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf), `U+${text.charCodeAt(i).toString(16)} -> U+${c.toString(16)}`);
      }
      assert.equal(withoutRadicals(read), read, 'nothing left to map');
    }), { numRuns: 300 });
  });

  it('leaves a text without look-alikes as it is (the same string)', () => {
    fc.assert(fc.property(reportText, (text) => {
      assert.equal(withoutRadicals(text), text);
      assert.deepEqual(radicalRuns(text), []);
    }), { numRuns: 300 });
  });

  it('finds exactly the units it changes, as runs', () => {
    fc.assert(fc.property(anyText, (text) => {
      const read = withoutRadicals(text);
      const changed: number[] = [];
      for (let i = 0; i < text.length; i++) if (read[i] !== text[i]) changed.push(i);
      const inRuns = radicalRuns(text).flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k));
      assert.deepEqual(inRuns, changed);
    }), { numRuns: 300 });
  });

  it('maps every Kangxi radical, the simplified radicals and the compatibility ideographs, and no component shape', () => {
    for (let c = 0x2f00; c <= 0x2fd5; c++) {
      const radical = String.fromCharCode(c);
      assert.equal(withoutRadicals(radical), radical.normalize('NFKC'), `U+${c.toString(16)}`);
    }
    // Every compatibility ideograph that stands for one other character of the BMP, and no other.
    for (let c = 0xf900; c <= 0xfaff; c++) {
      const look = String.fromCharCode(c);
      const meant = look.normalize('NFKC');
      assert.equal(withoutRadicals(look), meant.length === 1 ? meant : look, `U+${c.toString(16)}`);
    }
    assert.equal(withoutRadicals('⼀、总体情况 ⾏政许可 ⼈⺠ ⻓⻔⻚ ⻰ ⺟'), '一、总体情况 行政许可 人民 长门页 龙 母');
    assert.equal(withoutRadicals('\uf900\uf9f7'), '\u8c48\u7acb');
    // Shapes that stand for no one character, and compatibility ideographs that are unified ones or map outside the BMP.
    for (const kept of ['⺈', '⺌', '⺡', '\ufa0e', '\ufa6c']) assert.equal(withoutRadicals(kept), kept, kept);
  });
});
