import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'table/missing-row';

describe(rule, () => {
  it('is silent on complete tables of both formats', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
    assert.deepEqual(findingsOf(buildReport({ year: 2020 }), rule), []);
  });
  it('reports a table B row that is not there, at the row that follows it', () => {
    const text = buildReport({ layout: 'tab' }).replace(/\n\t\t8\.属于行政查询事项[^\n]*|\n[^\n]*8\.属于行政查询事项[^\n]*/, '');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'error');
    assert.match(found[0]!.message.zh, /8\.属于行政查询事项/);
    assert.match(spanText(text, found[0]!), /本机关不掌握相关政府信息/);
  });
  it('reports a table A row as a warning', () => {
    const text = buildReport({ layout: 'pipe' }).replace(/\n行政强制 \| [^\n]*/, '');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
  });
  it('accepts a 2021 report keeping （六）其他处理 as one row, with a hint', () => {
    const v = cleanValues();
    delete v.B['other.no-amend'];
    delete v.B['other.no-fee'];
    delete v.B['other.other'];
    v.B.other = [0, 0, 0, 0, 0, 0, 0];
    const text = buildReport({ values: v });
    const found = findingsOf(text, rule);
    assert.deepEqual(found.map((f) => f.severity), ['hint']);
    assert.deepEqual(findingsOf(text, 'balance/relation'), []);
  });
  it('checks an aggregated （六） row in the column totals', () => {
    const v = cleanValues();
    delete v.B['other.no-amend'];
    delete v.B['other.no-fee'];
    delete v.B['other.other'];
    v.B.other = [1, 0, 0, 0, 0, 0, 1];
    const text = buildReport({ values: v });
    assert.equal(findingsOf(text, 'balance/relation').length, 2, 'the 自然人 and 总计 columns no longer add up');
  });
});
