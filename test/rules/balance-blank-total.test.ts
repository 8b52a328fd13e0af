import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf } from '../fixtures/ruleHarness.ts';

const rule = 'balance/blank-total';

describe(rule, () => {
  it('is silent when blank totals stand beside blank parts', () => {
    const v = cleanValues();
    v.B['rejected.repeat'] = [null, null, null, null, null, null, null];
    assert.deepEqual(findingsOf(buildReport({ values: v }), rule), []);
  });

  it('reports a 总计 column left blank once, and fills it', () => {
    // In row-per-line layouts an empty last cell cannot be told from a separator: see table/cell-count.
    for (const layout of ['cell-per-line', 'cell-per-line-fullwidth', 'cell-per-line-pipe', 'html'] as const) {
      const v = cleanValues();
      for (const key of Object.keys(v.B)) v.B[key]![6] = null;
      const text = buildReport({ layout, values: v });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.deepEqual(findingsOf(text, 'balance/cell'), [], 'blank totals are not wrong cells');
      assert.deepEqual(findingsOf(text, 'balance/relation'), []);
      const fixed = assertFixIsClean(text, found[0]!);
      assert.deepEqual(findingsOf(fixed, 'balance/relation'), [], `${layout}: filled totals balance`);
    }
  });
});
