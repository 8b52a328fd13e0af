import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { findingsOf, lineOf } from '../fixtures/ruleHarness.ts';

const rule = 'table/cell-count';

describe(rule, () => {
  it('is silent on complete rows in every layout', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });
  it('reports a table B row with a cell lost, as an error on its line', () => {
    const clean = buildReport({ layout: 'tab' });
    const text = clean.replace(/(（一）予以公开\t\t3)\t1/, '$1');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'error');
    assert.match(found[0]!.message.zh, /只有 6 个数，应有 7 个/);
    assert.match(found[0]!.message.zh, /按勾稽关系推算，此行应为 3 1 0 0 0 0 4/, 'the one reading the relations allow is named');
    assert.equal(lineOf(text, found[0]!.span.start), lineOf(text, text.indexOf('（一）予以公开')));
  });
  it('leaves a row of zeros that lost a cell to table/lost-cell', () => {
    const text = buildReport({ layout: 'tab' }).replace(/(2\.重复申请\t\t0)\t0/, '$1');
    assert.deepEqual(findingsOf(text, rule), []);
    assert.equal(findingsOf(text, 'table/lost-cell').length, 1);
  });
  it('reports an extra value of zero in table A as a hint, non-zero as a warning', () => {
    const zero = buildReport({ layout: 'pipe' }).replace('行政事业性收费 | 0 |', '行政事业性收费 | 0 | 0 |');
    assert.deepEqual(findingsOf(zero, rule).map((f) => f.severity), ['hint']);
    assert.match(findingsOf(zero, rule)[0]!.message.en, /has 2 values where the format has 1 column \(/, 'one column, in the singular');
    const five = buildReport({ layout: 'pipe' }).replace('行政事业性收费 | 0 |', '行政事业性收费 | 0 | 5 |');
    assert.deepEqual(findingsOf(five, rule).map((f) => f.severity), ['warning']);
  });
  it('reports table C with 14 numbers as an error', () => {
    const text = buildReport({ layout: 'pipe' }).replace('1 | 0 | 0 | 1 | 2 | 0 |', '1 | 0 | 0 | 1 | 2 |');
    assert.deepEqual(findingsOf(text, rule).map((f) => f.severity), ['error']);
    // The relations do not single out one reading of this row: none is named.
    assert.doesNotMatch(findingsOf(text, rule)[0]!.message.zh, /按勾稽关系推算/);
  });
  it('says once for the table when its blank cells were dropped wholesale, each row as related', () => {
    const values = cleanValues();
    for (const key of ['open', 'partial', 'withheld.internal', 'unable.none', 'pending']) values.B[key] = values.B[key]!.map((v) => (v === 0 ? null : v)) as number[];
    const blanksDropped = buildReport({ layout: 'cell-per-line', values }).replace(/\n[\t ]*\u00a0?[\t ]*(?=\n)/g, '');
    const found = findingsOf(blanksDropped, rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /收到和处理政府信息公开申请情况表有 \d+ 行数字不全/);
    assert.ok(found[0]!.related.length >= 4);
    const two = buildReport({ layout: 'tab' }).replace(/(（一）予以公开\t\t3)\t1\t0/, '$1');
    assert.match(findingsOf(two, rule)[0]?.message.zh ?? '', /只有 5 个数，应有 7 个：有 2 格丢失/);
  });
});
