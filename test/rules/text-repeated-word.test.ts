import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publishedShapes, buildPublished } from '../fixtures/publishedShapes.ts';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'text/repeated-word';

const repeated: { prose: string; span: string }[] = [
  { prose: '二是规范审核审核发布机制。', span: '审核审核' },
  { prose: '公开科技计划资金资金分配结果。', span: '资金资金' },
  { prose: '请与合作交流办公室办公室联系。', span: '办公室办公室' },
  { prose: '推进政务公开政务公开工作。', span: '政务公开政务公开' },
  // The second written in look-alike radicals (⾏ U+2F8F): the same word as read.
  { prose: '规范行政⾏政执法公示。', span: '行政⾏政' },
];

const silent: { what: string; prose: string }[] = [
  { what: 'a numeral and its measure word, one by one', prose: '一项一项抓落实，一个一个解决问题。' },
  { what: 'a word repeated with something between', prose: '审核、审核后发布。' },
  { what: 'a single character doubled', prose: '常常开展培训，人人参与。' },
];

describe(rule, () => {
  it('is silent on clean reports in every layout and published shape (the tables\' header words excepted)', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
    for (const shape of publishedShapes) assert.deepEqual(findingsOf(buildPublished(shape), rule), [], shape);
  });

  for (const c of repeated) {
    it(`says "${c.span}"`, () => {
      const text = buildReport({ prose: c.prose });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, 'hint');
      assert.equal(spanText(text, found[0]!), c.span);
      assert.equal(found[0]!.fixes[0]?.safe, false, 'offered, never applied unasked');
      assertFixIsClean(text, found[0]!);
    });
  }

  it('stops listing after 200 in a run of one character', () => {
    const found = findingsOf(`${buildReport()}\n${'年'.repeat(10_000)}\n`, rule);
    assert.equal(found.length, 200);
  });

  for (const c of silent) {
    it(`is silent on ${c.what}`, () => {
      assert.deepEqual(findingsOf(buildReport({ prose: c.prose }), rule), []);
    });
  }
});
