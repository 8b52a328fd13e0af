import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues, type TableValues } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'balance/cell';
function withB(key: string, column: number, value: number): TableValues {
  const v = cleanValues();
  const row = v.B[key];
  if (row) row[column] = value;
  return v;
}

describe(rule, () => {
  it('is silent on a balanced table in every layout', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });

  const cases: { what: string; key: string; column: number; wrong: number; right: number }[] = [
    { what: '（七）总计 in the 总计 column (three relations)', key: 'total', column: 6, wrong: 0, right: 7 },
    { what: 'a part of a result row', key: 'open', column: 0, wrong: 9, right: 3 },
    { what: '一、本年新收 (row total and 勾稽关系)', key: 'new', column: 0, wrong: 4, right: 5 },
    { what: '四、结转 in the 总计 column', key: 'pending', column: 6, wrong: 3, right: 1 },
    { what: 'a zero row written non-zero', key: 'rejected.repeat', column: 2, wrong: 2, right: 0 },
  ];
  for (const c of cases) {
    it(`finds the one wrong cell: ${c.what}`, () => {
      for (const layout of allLayouts) {
        const clean = buildReport({ layout });
        const text = buildReport({ layout, values: withB(c.key, c.column, c.wrong) });
        const found = findingsOf(text, rule);
        assert.equal(found.length, 1, layout);
        const f = found[0]!;
        assert.equal(spanText(text, f), String(c.wrong), layout);
        assert.match(f.message.zh, new RegExp(`应为 ${c.right}`));
        assert.ok(f.related.length >= 2, 'the broken relations are attached');
        assert.equal(f.fixes[0]?.safe, true);
        const fixed = assertFixIsClean(text, f);
        assert.equal(fixed, clean, `${layout}: the fix restores the table`);
        // The other balance rules say nothing: one wrong cell is one finding.
        assert.deepEqual(findingsOf(text, 'balance/relation'), []);
      }
    });
  }

  it('does not guess when two cells of one row are wrong', () => {
    const v = withB('open', 0, 4);
    v.B.open![1] = 2;
    assert.deepEqual(findingsOf(buildReport({ values: v }), rule), []);
    assert.ok(findingsOf(buildReport({ values: v }), 'balance/relation').length > 0);
  });

  it('does not triangulate in table C, where each cell is in one relation only', () => {
    const v = cleanValues();
    v.C[4] = 5;
    assert.deepEqual(findingsOf(buildReport({ values: v }), rule), []);
  });

  it('names a part written in a blank row, whose blank total the other relations confirm as 0', () => {
    // The row total is blank beside the 1; read as 0 it keeps the 总计 column adding up to
    // （七）总计, and the 科研机构 column adds up only without the 1: that cell is the wrong one.
    for (const layout of ['cell-per-line', 'cell-per-line-fullwidth', 'cell-per-line-pipe', 'html'] as const) {
      const v = cleanValues();
      v.B['rejected.repeat'] = [null, null, 1, null, null, null, null];
      const text = buildReport({ layout, values: v });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      const f = found[0]!;
      assert.equal(spanText(text, f), '1', layout);
      assert.match(f.message.zh, /应为 0/);
      assert.equal(f.related.length, 2, `${layout}: the row total and the 科研机构 column`);
      assert.deepEqual(findingsOf(text, 'balance/relation'), [], layout);
      const fixed = assertFixIsClean(text, f);
      for (const other of ['balance/cell', 'balance/relation', 'balance/blank-total']) assert.deepEqual(findingsOf(fixed, other), [], `${layout}: ${other} after the fix`);
    }
  });

  it('leaves a cell holding a decimal to table/invalid-value: no count, its relations are not judged', () => {
    // 3.5 where 3 belongs: the balance reads it as no whole number, not as a wrong count to correct.
    const text = buildReport({ values: withB('open', 0, 3.5) });
    assert.deepEqual(findingsOf(text, rule), []);
    assert.deepEqual(findingsOf(text, 'balance/relation'), []);
    assert.equal(findingsOf(text, 'table/invalid-value').length, 1);
  });
});
