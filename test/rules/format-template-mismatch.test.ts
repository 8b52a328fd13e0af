import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf } from '../fixtures/ruleHarness.ts';

const rule = 'format/template-mismatch';

describe(rule, () => {
  it('is silent when the format fits the year', () => {
    assert.deepEqual(findingsOf(buildReport({ year: 2023 }), rule), []);
    assert.deepEqual(findingsOf(buildReport({ year: 2020 }), rule), [], 'a 2020 report on the 2019 format');
    assert.deepEqual(findingsOf(buildReport({ year: 2021, version: '2021' }), rule), []);
  });
  it('warns on a 2021-or-later report on the 2019 format, naming the labels that show it', () => {
    const text = buildReport({ year: 2022, version: '2019' });
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message.zh, /2022年度报告应使用2021年新格式（国办公开办函〔2021〕30号），而主动公开政府信息情况表用的是2019年试行格式（“[^”]+”/);
    assert.ok(text.slice(found[0]!.span.start, found[0]!.span.end).length > 0);
  });
  it('warns on an earlier report on the 2021 format', () => {
    const found = findingsOf(buildReport({ year: 2020, version: '2021' }), rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.en, /A 2020 report should use the 2019 trial format/);
  });
});
