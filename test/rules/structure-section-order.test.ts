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
  });
});
