// Cases the fuzzing and the adversarial bench of issue 9 found, kept so they stay fixed. Each says
// what went wrong before its fix. Inputs are built inline: the ones that broke things are large
// but regular, so a line of code says them better than a file would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine/analyze.ts';
import { applyEdits, safeEdits } from '../../server/src/engine/fixes.ts';
import { prefixTest, withoutYears } from '../../server/src/engine/parse/prose.ts';
import { chineseNumeral } from '../../server/src/engine/formats/sections.ts';
import { analyzeFinishes } from '../fixtures/finishes.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf } from '../fixtures/ruleHarness.ts';

const report = buildReport({ layout: 'tab' });

describe('regressions', () => {
  it('a table row of 200 000 cells: analyze threw RangeError (Math.max over a spread of every cell)', () => {
    const text = report.replace('（七）总计', `（七）总计\t${'1\t'.repeat(200_000)}`);
    assert.doesNotThrow(() => analyze(text));
  });

  it('a cell-per-line table with 200 000 numbers on one line: pushing them as a spread overflowed the stack', () => {
    const clean = buildReport({ layout: 'cell-per-line' });
    const text = clean.replace('\t\u00a07\n', `\t\u00a0${'0 '.repeat(200_000)}7\n`);
    assert.notEqual(text, clean);
    assert.doesNotThrow(() => analyze(text));
  });

  it('a section with more than ten sub-headings: the fix numbered the eleventh "（undefined）"', () => {
    const numbered = '一二三四五六七八九十'.split('').map((n) => `（${n}）第${n}项工作`);
    const text = report.replace('一、总体情况\n', `一、总体情况\n${[...numbered, '改进措施'].map((h) => `${h}\n本机关持续推进此项工作。\n`).join('')}`);
    const [found] = findingsOf(text, 'structure/subheading-numbering');
    assert.ok(found);
    assert.match(found.message.zh, /按顺序应为（十一）/);
    assert.deepEqual(found.fixes[0]?.edits.map((e) => e.newText), ['（十一）']);
    assert.deepEqual(['十', '十一', '二十', '二十三', '九十九', null, null].map(String), [10, 11, 20, 23, 99, 100, 0].map((n) => String(chineseNumeral(n))));
  });

  // Quadratic before their fixes: given a minute (about 30× what they take now) in a worker that is
  // stopped when the minute is up, rather than a test that runs for ten.
  it('thousands of sections: sub-heading numbering filtered every heading for every section (a 1 MB report took 26 s)', async () => {
    const sections = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '（二）主动公开' : sections[(i / 2) % 3])).join('\n');
    assert.ok(await analyzeFinishes(text, 60_000));
  });

  it('a long clause of negations: each tested its whole prefix and rest again ("全年无申请" 16 000 times took 16 s)', async () => {
    const text = report.replace('三、收到和处理政府信息公开申请情况\n', `三、收到和处理政府信息公开申请情况\n${'全年无申请'.repeat(40_000)}\n${'未发生行政复议'.repeat(30_000)}\n`);
    assert.ok(await analyzeFinishes(text, 60_000));
  });

  it('the growing-prefix tests say what testing every prefix said', () => {
    const words = ['如果', '若', '发布', '较', '全区', '2021年', '2021年度', '年', '度', '无', '未', '申请', '1', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), (parts, cuts) => {
        const text = parts.join('');
        const ends = cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b);
        const conditional = prefixTest(/如果|若|较|全(?:区|市)/, text, 8);
        for (const end of ends) assert.equal(conditional(end), /如果|若|较|全(?:区|市)/.test(text.slice(0, end)));
        const yearless = withoutYears(text);
        // Only at offsets no year straddles, as the negations (未, 无) are.
        for (const end of ends.filter((e) => !/\d/.test(text[e] ?? '') && !/^年|^度/.test(text.slice(e)))) {
          assert.equal(yearless.text.slice(0, yearless.at(end)), text.slice(0, end).replace(/\d{4}年度?/g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leftover tags of an HTML table that was not read: --fix deleted them and glued its cells into one number', () => {
    const extra = '<table><tr><td>主动公开信息</td><td>5</td><td>12</td></tr></table>';
    const text = report.replace('本年度未收取信息处理费。', `${extra}\n本年度未收取信息处理费。`);
    const fixed = applyEdits(text, safeEdits(analyze(text).findings)).text;
    assert.ok(fixed.includes(extra), 'the table is left as it was');
    const offered = findingsOf(text, 'text/leftover');
    assert.ok(offered.length > 0 && offered.every((f) => f.fixes[0]?.safe === false), 'deleting is offered, not applied');
  });

  it('an entity or control character between two digits: deleting it joined "5&nbsp;1" into 51', () => {
    for (const between of ['&nbsp;', '\u0007', '<br>', '\uFFFD']) {
      const text = buildReport({ prose: `全年发布信息5${between}1条。` });
      const [found] = findingsOf(text, 'text/leftover');
      assert.equal(found?.fixes[0]?.safe, false, JSON.stringify(between));
    }
    // Not between digits, the same leftovers are still deleted unasked.
    const text = buildReport({ prose: '持续推进&nbsp;政务公开。' });
    assert.equal(findingsOf(text, 'text/leftover')[0]?.fixes[0]?.safe, true);
  });
});
