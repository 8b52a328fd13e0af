import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf } from '../fixtures/ruleHarness.ts';

const rule = 'table/lost-cell';

describe(rule, () => {
  it('is silent on complete rows', () => {
    assert.deepEqual(findingsOf(buildReport({ layout: 'tab' }), rule), []);
  });
  it('reads a row of six zeros as seven and says so as a hint', () => {
    const text = buildReport({ layout: 'tab' }).replace(/(2\.重复申请\t\t0)\t0/, '$1');
    const found = findingsOf(text, rule);
    assert.deepEqual(found.map((f) => f.severity), ['hint']);
    const row = analyze(text).report.tables.B?.rows.find((r) => r.key === 'rejected.repeat');
    assert.equal(row?.cells.length, 7);
    assert.equal(row?.lost, 1);
    assert.deepEqual(findingsOf(text, 'balance/relation'), [], 'the row still takes part in the arithmetic');
  });
  it('does not pad a row whose numbers are not all zero', () => {
    const text = buildReport({ layout: 'tab' }).replace(/(（一）予以公开\t\t3)\t1/, '$1');
    assert.deepEqual(findingsOf(text, rule), []);
  });
});
