import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { buildPublished } from '../fixtures/publishedShapes.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'structure/section-missing';

describe(rule, () => {
  it('is silent when all six sections are there, and for the accepted title variants', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
    const variants = buildReport()
      .replace('四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')
      .replace('五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况');
    assert.deepEqual(findingsOf(variants, rule), []);
    assert.deepEqual(findingsOf(buildReport().replace('五、存在的主要问题及改进情况', '五、存在问题及改进情况'), rule), []);
  });
  it('knows the accepted title variants run into a crawler\'s one-line body, and still reads table C', () => {
    const variants: [string, string][] = [
      ['四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
      ['五、存在的主要问题及改进情况', '五、存在问题及改进情况'],
      ['五、存在的主要问题及改进情况', '五、存在的主要问题及整改措施'],
    ];
    const crawler = buildPublished('crawler');
    assert.deepEqual(findingsOf(crawler, rule), []);
    for (const [from, to] of variants) {
      assert.ok(crawler.includes(from));
      const text = crawler.replace(from, to);
      assert.deepEqual(findingsOf(text, rule).map((f) => f.message.zh), [], to);
      assert.deepEqual(findingsOf(text, 'table/missing').map((f) => f.message.zh), [], to);
    }
  });
  it('names a missing section where it should stand', () => {
    const text = buildReport().replace('六、其他需要报告的事项\n', '');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'error');
    assert.match(found[0]!.message.zh, /第六部分“六、其他需要报告的事项”/);
    const noFive = buildReport().replace('五、存在的主要问题及改进情况', '（三）其他');
    const five = findingsOf(noFive, rule);
    assert.equal(five.length, 1);
    assert.equal(spanText(noFive, five[0]!), '六、其他需要报告的事项', 'reported at the next section');
  });
  it('says nothing of texts that are not reports', () => {
    assert.deepEqual(findingsOf('一、总体情况\n今年工作顺利。\n', rule), []);
  });
});
