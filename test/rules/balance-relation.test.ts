import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { applyFix, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'balance/relation';

describe(rule, () => {
  it('is silent on balanced tables', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });

  it('reports a table C group total on the total, with both sides and a recompute fix offered', () => {
    const v = cleanValues();
    v.C[4] = 0; // 行政复议 总计 printed 0 beside 1 + 0 + 0 + 1
    const text = buildReport({ values: v });
    const [f, ...rest] = findingsOf(text, rule);
    assert.ok(f);
    assert.equal(rest.length, 0);
    assert.equal(spanText(text, f), '0');
    assert.match(f.message.zh, /总计为 0，四项之和为 2/);
    assert.equal(f.fixes[0]?.safe, false, 'a recomputed total is offered, never applied unasked');
    assert.deepEqual(findingsOf(applyFix(text, f), rule), []);
  });

  it('says the parts are wrong when （七） agrees with 一 + 二 − 四', () => {
    const v = cleanValues();
    // A part and its own row total both raised by 2: the row balances, the column does not.
    v.B.open = [5, 1, 0, 0, 0, 0, 6];
    const text = buildReport({ values: v });
    const found = findingsOf(text, rule);
    assert.equal(found.length, 2, 'the 自然人 and 总计 column totals');
    for (const f of found) {
      assert.match(f.message.zh, /错误应在分项中/);
      assert.deepEqual(f.fixes, [], 'no fix that would break 一 + 二 = （七） + 四');
    }
  });

  it('does not say the parts are wrong when （七） breaks 一 + 二 = （七） + 四 too', () => {
    const v = cleanValues();
    // The （七）总计 row left at 0: its own row total holds (0 = 0 + … + 0), every column's does not.
    v.B.total = v.B.total!.map(() => 0);
    const text = buildReport({ values: v });
    const found = findingsOf(text, rule);
    assert.ok(found.length > 0);
    for (const f of found) assert.doesNotMatch(f.message.zh, /错误应在分项中/, f.message.zh);
  });

  it('builds nothing on a row that lost a cell', () => {
    const text = buildReport({ layout: 'tab' }).replace(/(（一）予以公开\t\t3)\t1/, '$1');
    assert.deepEqual(findingsOf(text, rule), []);
    assert.deepEqual(findingsOf(text, 'balance/cell'), []);
    assert.equal(findingsOf(text, 'table/cell-count').length, 1);
  });
});
