import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { nextYearDraft } from '../../server/src/engine/nextYear.ts';
import { assertFixIsClean, findingsOf } from '../fixtures/ruleHarness.ts';

const rule = 'balance/blank-total';

/** No balance/cell on the carried-over row, and no safe fix (applied by --fix and fix-all on save) writes over a number. */
function assertCarriedOneKept(text: string, layout: string): void {
  assert.deepEqual(findingsOf(text, 'balance/cell'), [], `${layout}: the carried 1 is not a wrong cell`);
  for (const f of analyze(text).findings) {
    for (const fix of f.fixes ?? []) {
      if (!fix.safe) continue;
      for (const e of fix.edits) assert.doesNotMatch(text.slice(e.span.start, e.span.end), /\d/, `${layout}: ${f.rule} writes over a number`);
    }
  }
}

describe(rule, () => {
  it('is silent when blank totals stand beside blank parts', () => {
    const v = cleanValues();
    v.B['rejected.repeat'] = [null, null, null, null, null, null, null];
    assert.deepEqual(findingsOf(buildReport({ values: v }), rule), []);
  });

  it('reports a 总计 column left blank once, and fills it', () => {
    // In tab and pipe rows a blank last cell is told from the separator closing the line only by the
    // grid of the table's whole rows, and with the column blank in every row there are none: see table/cell-count.
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

  it('takes a 总计 column written 空 in every row as one left blank: one hint, and no fix written on its own', () => {
    // 空 in a total is not filled in, as a blank is (parse/values.ts isUnwritten): a column of them
    // is how the table was filled, not a slip, and fix-all on save does not write the totals.
    for (const layout of ['tab', 'pipe', 'markdown', 'html'] as const) {
      const v = cleanValues();
      for (const key of Object.keys(v.B)) v.B[key]![6] = 999;
      const text = buildReport({ layout, values: v }).replaceAll('999', '空');
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.equal(found[0]!.severity, 'hint', layout);
      assert.ok(found[0]!.fixes.every((f) => !f.safe), `${layout}: no safe fix`);
    }
  });

  // Layouts where a blank cell can stand anywhere in a row: in tab and pipe rows, a blank last cell
  // is told from the separator that closes the line by the grid of the table's whole rows.
  const blankable = ['cell-per-line', 'cell-per-line-fullwidth', 'cell-per-line-pipe', 'html', 'markdown', 'tab', 'pipe'] as const;

  it('fills one row total left blank beside right parts, and the table then balances', () => {
    for (const layout of blankable) {
      const v = cleanValues();
      v.B.open![6] = null;
      const text = buildReport({ layout, values: v });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.match(found[0]!.message.zh, /（应为 4）/);
      const fixed = assertFixIsClean(text, found[0]!);
      for (const other of ['balance/cell', 'balance/relation']) assert.deepEqual(findingsOf(fixed, other), [], `${layout}: ${other} after the fill`);
    }
  });

  it('is silent on a blank total that the other relations confirm as 0: a part is wrong, not the total', () => {
    // 重复申请 is blank in every cell but 科研机构, written 1: the row's blank total reads as
    // unfilled, but the 总计 column adds up to （七）总计 only with it as 0, so writing 1 there
    // would break that relation (balance/cell names the 1 instead).
    for (const layout of blankable) {
      const v = cleanValues();
      v.B['rejected.repeat'] = [null, null, 1, null, null, null, null];
      assert.deepEqual(findingsOf(buildReport({ layout, values: v }), rule), [], layout);
    }
  });

  it('takes no relation of blanks alone as a sign that a blank total is 0: a draft with only 二 written', () => {
    // next year's draft (engine/nextYear.ts) carries this year's 四 into 二 and leaves every other
    // row blank; when 四's 总计 was blank, 二's is too. The 总计 column's 勾稽关系 then "holds" as
    // 0 + 0 = 0 + 0 with nothing written in it, which says nothing about 二's total: read as 0, it
    // made 二·自然人 a wrong cell whose safe fix wrote 0 over the carried 1.
    for (const layout of blankable) {
      const v = cleanValues();
      for (const key of Object.keys(v.B)) v.B[key] = [null, null, null, null, null, null, null];
      v.B.carried = [1, 0, 0, 0, 0, 0, null];
      assertCarriedOneKept(buildReport({ layout, values: v }), layout);
    }
  });

  it('reads 空 in a total as not filled in: next year\'s draft of a report whose 四 has a blank total', () => {
    // The draft writes 空 where its layout cannot leave a cell empty (engine/nextYear.ts), 二's
    // total among them; read as a 0, it made the carried 1 a wrong cell, as above.
    for (const layout of allLayouts) {
      const v = cleanValues();
      v.B.pending = [1, 0, 0, 0, 0, 0, null];
      const draft = nextYearDraft(buildReport({ layout, values: v })).text;
      assert.ok(draft, layout);
      assertCarriedOneKept(draft, layout);
    }
  });

  it('keeps a blank total as not filled in when reading it as 0 explains nothing', () => {
    // 四's total is left blank and 一's total is one short: 一 + 二 = （七） + 四 then holds in the
    // 总计 column with the blank as 0, but by chance: 四's own row does not name a wrong part.
    for (const layout of blankable) {
      const v = cleanValues();
      v.B.pending![6] = null;
      v.B.new![6] = 6;
      const text = buildReport({ layout, values: v });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.match(found[0]!.message.zh, /（应为 1）/);
      const relations = findingsOf(text, 'balance/relation');
      assert.equal(relations.length, 1, `${layout}: 一's row total, and nothing about 四`);
      assert.doesNotMatch(relations[0]!.message.en, /a part is wrong/, layout);
    }
  });
});
