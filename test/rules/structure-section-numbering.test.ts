import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'structure/section-numbering';

const cases: { name: string; from: string; to: string; fixed: string; message: RegExp }[] = [
  { name: 'Arabic 5、 for 五、', from: '五、存在的主要问题', to: '5、 存在的主要问题', fixed: '五、 存在的主要问题', message: /应使用汉字序号“五、”，而不是“5、”/ },
  { name: 'full-width ６．', from: '六、其他需要报告', to: '６．其他需要报告', fixed: '六、其他需要报告', message: /“六、”/ },
  { name: 'a number that is not the section', from: '五、存在的主要问题', to: '四、存在的主要问题', fixed: '五、存在的主要问题', message: /是第五部分，序号应为“五、”，而不是“四、”/ },
];

describe(rule, () => {
  it('is silent on 一、…六、 and on 五． with another mark', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
    assert.deepEqual(findingsOf(buildReport().replace('五、存在', '五．存在'), rule), []);
  });
  for (const c of cases) {
    it(`${c.name}: a warning with a fix that writes the right numeral and changes nothing else`, () => {
      const text = buildReport().replace(c.from, c.to);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, 'warning');
      assert.match(found[0]!.message.zh, c.message);
      assert.ok(spanText(text, found[0]!).includes(c.to.trim()));
      const fixed = assertFixIsClean(text, found[0]!);
      assert.equal(fixed, buildReport().replace(c.from, c.fixed));
      assert.ok(found[0]!.fixes[0]!.safe);
    });
  }
  it('"5." right after table C is section 五 misnumbered, in every layout: the table ends there', () => {
    // Table B numbers its items "5.属于…", so a line "5.…" after a table was read as one of its
    // rows and the section went missing; only a section's title ends the table there.
    for (const layout of allLayouts) {
      const right = buildReport({ layout });
      const text = right.replace('五、存在的主要问题', '5.存在的主要问题');
      const all = findingsOf(text, rule).concat(findingsOf(text, 'structure/section-missing'));
      assert.equal(all.length, 1, `${layout}: one finding, not ${all.map((f) => f.rule).join(', ')}`);
      assert.equal(all[0]!.rule, rule, layout);
      assert.match(all[0]!.message.zh, /应使用汉字序号“五、”，而不是“5.”/, layout);
      assert.equal(assertFixIsClean(text, all[0]!), right, layout);
    }
  });
  it('offers the fix but does not apply it with --fix when the sections are out of order (an outline of the report\'s own)', () => {
    // Section 六 right after section 一, then 五 numbered 四: renumbering by the format would not make the outline right.
    const text = buildReport().replace('五、存在的主要问题', '四、存在的主要问题').replace('六、其他需要报告的事项\n', '').replace('一、总体情况', '一、总体情况\n六、其他需要报告的事项');
    const found = findingsOf(text, rule).filter((f) => f.message.zh.includes('存在的主要问题'));
    assert.ok(findingsOf(text, 'structure/section-order').length > 0, 'the sections are out of order');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.fixes.length, 1, 'offered');
    assert.equal(found[0]!.fixes[0]!.safe, false, 'not applied by --fix');
  });
  it('leaves a sentence that starts with a number alone', () => {
    const text = buildReport({ prose: '\n5、做好存在的主要问题及改进情况的梳理，进一步提升公开质量，确保工作落实。' });
    assert.deepEqual(findingsOf(text, rule), []);
  });
});
