import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'structure/section-order';

/** The report with sections 五 and 六 swapped. */
function swapped(): string {
  const text = buildReport();
  const five = text.indexOf('五、存在的主要问题及改进情况');
  const six = text.indexOf('六、其他需要报告的事项');
  return text.slice(0, five) + text.slice(six) + (text.endsWith('\n') ? '' : '\n') + text.slice(five, six);
}

describe(rule, () => {
  it('is silent in the format order', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
  });
  it('warns on a section that comes after a later one', () => {
    const text = swapped();
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.equal(spanText(text, found[0]!), '五、存在的主要问题及改进情况');
    assert.equal(text.slice(found[0]!.related[0]!.span.start, found[0]!.related[0]!.span.end), '六、其他需要报告的事项');
    assert.equal(found[0]!.message.zh, '“存在的主要问题及改进情况”应为第五部分，却排在第六部分“其他需要报告的事项”之后');
  });
  it('quotes a heading as the report words it when that is not the format\'s title, so that it can be found', () => {
    const text = swapped().replace('六、其他需要报告的事项', '六、其他事项');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message.zh, '“存在的主要问题及改进情况”应为第五部分，却排在第六部分“其他需要报告的事项”（文中为“六、其他事项”）之后');
    assert.match(found[0]!.message.en, /comes after section 6 "其他需要报告的事项" \(written "六、其他事项"\)$/);
  });
});
