// normalizeLabel is one pass over a table of what each UTF-16 unit becomes; it must say exactly
// what its first form said: the label's half-width form with white space, punctuation, quotes and
// brackets removed by a regular expression. Checked on every UTF-16 unit, and on random texts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isLabelNoise, normalizeLabel, toHalfWidth } from '../../server/src/engine/text/normalize.ts';

/** The first form, kept here as the reference. */
const LABEL_NOISE = /[\s\u00a0\u3000\u200b\ufeff()（）【】\[\]{}<>《》〈〉"'“”‘’「」『』,，、.．。:：;；!！?？·•\-—–_|｜/\\*#~～]+/g;
const referenceLabel = (s: string): string => toHalfWidth(s).replace(LABEL_NOISE, '');
const NOISE_CHARACTER = new RegExp(`^${LABEL_NOISE.source.replace(/\+$/, '')}$`);
const referenceNoise = (c: string): boolean => NOISE_CHARACTER.test(toHalfWidth(c));

describe('normalizeLabel', () => {
  it('does to every UTF-16 unit, alone and between words, what the regular expressions did', () => {
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      for (const s of [unit, `行政${unit}许可`, `${unit}${unit}1`]) assert.equal(normalizeLabel(s), referenceLabel(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`);
      assert.equal(isLabelNoise(unit), referenceNoise(unit), `U+${c.toString(16)}`);
    }
    assert.equal(isLabelNoise(''), false);
  });

  it('reads any text as the regular expressions did', () => {
    const pieces = ['（一）', '予以公开', ' ', '\u3000', '\u00a0', 'ＡＢ１２', '(本列数据', '：', ',', '|', '\t', '\ud800', '件', '—', '～', '\u200b'];
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((a) => a.join('')));
    fc.assert(fc.property(text, (s) => assert.equal(normalizeLabel(s), referenceLabel(s))), { numRuns: 5_000 });
  });

  it('reads long texts (changed in a buffer of their own) as the regular expressions did', () => {
    const pieces = ['（一）', '予以公开', ' ', '\u3000', 'ＡＢ１２', '，', '|', '\ud800', '\udc00', '件'];
    const text = fc.oneof(
      fc.string({ unit: 'binary', minLength: 250, maxLength: 1_000 }),
      fc.array(fc.constantFrom(...pieces), { minLength: 60, maxLength: 400 }).map((a) => a.join('')),
    );
    fc.assert(fc.property(text, (s) => assert.equal(normalizeLabel(s), referenceLabel(s))), { numRuns: 1_000 });
    for (const s of ['Ａ'.repeat(300_001), 'a，'.repeat(200_000), '，'.repeat(100_000)]) assert.ok(normalizeLabel(s) === referenceLabel(s));
  });

  it('gives back the text itself when nothing changes', () => {
    const s = '本年新收政府信息公开申请数量';
    assert.equal(normalizeLabel(s), s);
  });
});
