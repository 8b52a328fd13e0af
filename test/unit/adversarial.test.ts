// Issue 16: every stage a checked file goes through finishes on each adversarial shape (see
// test/fixtures/adversarial.ts), at sizes fast-check picks. How fast, and whether time stays linear
// from 100 KB to 1 MB, is bench/adversarial.ts's business: the cap here only catches a run that
// would take minutes, as the quadratic ones did (25 000 digits in a row took 1.5 s in the digest;
// 200 000 nested <div> overflowed the stack).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readHtml } from '../../server/src/documents/html.ts';
import { MAX_OPEN, shallowHtml } from '../../server/src/documents/htmlDepth.ts';
import { fingerprint, maskedSentence, MIN_SENTENCE, walkMasked } from '../../server/src/engine/workspace/digest.ts';
import { shapes, stagesFinish } from '../fixtures/adversarial.ts';

/** Shapes per worker thread: a worker costs its start-up, one for all would not say which group stalled. */
const GROUP = 8;

describe('adversarial shapes', () => {
  for (let from = 0; from < shapes.length; from += GROUP) {
    const group = shapes.slice(from, from + GROUP);
    it(`every stage finishes on: ${group.map((s) => s.name).join('; ')}`, { timeout: 180_000 }, async () => {
      const indexes = group.map((_, i) => from + i);
      assert.ok(await stagesFinish(indexes, 20_000, 16, 120_000), 'not finished within two minutes: `npx tsx bench/adversarial.ts` times each shape');
    });
  }

  // The masking as the patterns of before did it: spaces out, each number before a unit and every
  // run of digits as "#" (the look-ahead took time growing with the square of a run's length).
  const lookAhead = (s: string) =>
    s
      .replace(/[\s\u3000\u00a0]+/g, '')
      .replace(/[0-9０-９〇零一二三四五六七八九十百千万.．]+(?=[年月日件条个项次%％万])/g, '#')
      .replace(/[0-9０-９]+/g, '#');
  const pieces = '0９一〇十百千万.．年月日件条个项次%％人申请 \u3000\u00a0\t\u2003\ufeff'.split('');

  it('numbers in a sentence are masked as the look-ahead pattern masked them, read once', () => {
    const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(sentence, (s) => assert.equal(maskedSentence(s), lookAhead(s))), { numRuns: 2_000 });
    assert.equal(maskedSentence('受理申请三万人次，2021 年办结 5件'), '受理申请#万人次，#年办结#件');
    // Left out: exactly what /\s/ matches (with the ideographic and no-break spaces among them).
    const dropped = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => maskedSentence(`甲${c}乙`) === '甲乙');
    assert.deepEqual(dropped, Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /\s/.test(c)));
  });

  it("a text's sentences are fingerprinted as its sentences cut, masked and hashed one by one", () => {
    const text = fc.array(fc.constantFrom(...pieces, ...'。；!?\r\n'.split('')), { maxLength: 80 }).map((a) => a.join(''));
    const walked = (s: string) => {
      const out: number[] = [];
      let masked = '';
      walkMasked(s, 0, s.length, true, (code) => (masked += String.fromCharCode(code)), () => {
        if (masked.length >= MIN_SENTENCE) out.push(fingerprint(masked));
        masked = '';
      });
      return out;
    };
    const oneByOne = (s: string) =>
      s
        .split(/[。！？!?；;\r\n]+/)
        .map(lookAhead)
        .filter((m) => m.length >= MIN_SENTENCE)
        .map(fingerprint);
    fc.assert(fc.property(text, (s) => assert.deepEqual(walked(s), oneByOne(s))), { numRuns: 2_000 });
  });

  it('a page nested 200 000 elements deep is read, its text kept, and says it was read as text only', () => {
    const read = readHtml(`${'<div>'.repeat(100_000)}<p>一、总体情况</p>${'<span>'.repeat(100_000)}本年度共受理申请5件`);
    assert.match(read.text, /一、总体情况/);
    assert.match(read.text, /本年度共受理申请5件/);
    assert.deepEqual(read.problems.map((p) => [p.code, p.fatal]), [['nested-too-deep', false]]);
  });

  it('a page within the depth limit is parsed as it is; one beyond it loses only the tags past the limit', () => {
    // (Compared as booleans: a failing comparison of these pages would print megabytes.)
    const page = `${'<div>'.repeat(MAX_OPEN - 1)}<table><tr><td>1</td></tr></table>${'</div>'.repeat(MAX_OPEN - 1)}`;
    const same = shallowHtml(page);
    assert.equal(same.flattened, false);
    assert.ok(same.html === page);
    const deep = shallowHtml(`${'<div>'.repeat(MAX_OPEN + 5)}文字${'</div>'.repeat(MAX_OPEN + 5)}<p>后文</p>`);
    assert.equal(deep.flattened, true);
    assert.ok(deep.html === `${'<div>'.repeat(MAX_OPEN)}文字${'</div>'.repeat(MAX_OPEN)}<p>后文</p>`);
    // Unclosed paragraphs and cells are closed by the next one: they do not count as nesting.
    assert.equal(shallowHtml('<p>段落'.repeat(MAX_OPEN * 2)).flattened, false);
  });
});
