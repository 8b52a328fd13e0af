import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf } from '../fixtures/ruleHarness.ts';

const rule = 'table/missing';

/** The report without the lines of one table (from its section heading to the next). */
function without(text: string, from: string, to: string): string {
  const start = text.indexOf(from) + from.length + 1;
  return text.slice(0, start) + text.slice(text.indexOf(to));
}

describe(rule, () => {
  it('is silent when the three tables are there', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
  });
  it('names each missing table', () => {
    const noC = without(buildReport(), '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况');
    const found = findingsOf(noC, rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /行政复议、行政诉讼情况表/);
    assert.equal(found[0]!.severity, 'error');
    const noA = without(buildReport({ layout: 'pipe' }), '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况');
    assert.match(findingsOf(noA, rule)[0]?.message.en ?? '', /^Table A/);
  });
  it('says nothing about texts that are not reports', () => {
    assert.deepEqual(findingsOf('会议通知\n请各单位于本周五前报送材料。', rule), []);
    assert.deepEqual(findingsOf('', rule), []);
  });
});
