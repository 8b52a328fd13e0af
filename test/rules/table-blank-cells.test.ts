import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf } from '../fixtures/ruleHarness.ts';
import { readBack } from '../fixtures/readBack.ts';

const rule = 'table/blank-cells';

describe(rule, () => {
  it('is silent when every cell is written', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
  });
  it('says once per table that blank cells read as 0, and fills them when asked', () => {
    for (const layout of ['cell-per-line', 'cell-per-line-fullwidth', 'cell-per-line-pipe', 'tab', 'html'] as const) {
      const v = cleanValues();
      v.B.carried = [1, null, null, null, null, null, 1];
      v.B['rejected.repeat'] = [null, null, null, null, null, null, null];
      const text = buildReport({ layout, values: v });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.equal(found[0]!.severity, 'hint');
      assert.match(found[0]!.message.zh, /12 个空白单元格/);
      assert.match(found[0]!.message.en, / has 12 blank cells, read as 0$/);
      assert.equal(found[0]!.fixes[0]?.safe, false, 'filling zeros is offered, not forced');
      const fixed = assertFixIsClean(text, found[0]!);
      assert.deepEqual(readBack(analyze(fixed).report).B, cleanValues().B, layout);
    }
  });
  it('fills a blank cell of a pipe table between its spaces, as the other cells are written', () => {
    for (const layout of ['pipe', 'markdown'] as const) {
      const v = cleanValues();
      v.B['rejected.repeat'] = [0, 0, 0, 0, 0, null, 0];
      const text = buildReport({ layout, values: v });
      const line = text.split('\n').find((l) => l.includes('2.重复申请'))!;
      for (const blank of ['|  |', '|   |', '|     |']) {
        const spaced = text.replace(line, line.replace(/\| +\|/, blank));
        const fixed = assertFixIsClean(spaced, findingsOf(spaced, rule)[0]!);
        const filled = blank === '|     |' ? '| 0   |' : '| 0 |';
        assert.equal(fixed.split('\n').find((l) => l.includes('2.重复申请')), line.replace(/\| +\|/, filled), `${layout} ${blank}`);
      }
    }
  });
  it('fills a cell left blank between full-width spaces as the other cells are written ("\t　　" is "\t　0　", not "\t　　0")', () => {
    const v = cleanValues();
    v.B['rejected.repeat'] = [0, 0, 0, 0, 0, null, 0];
    const text = buildReport({ layout: 'cell-per-line-fullwidth', values: v });
    assert.ok(text.includes('\t\u3000\u3000\n'));
    const fixed = assertFixIsClean(text, findingsOf(text, rule)[0]!);
    assert.equal(fixed, buildReport({ layout: 'cell-per-line-fullwidth' }));
  });
  it('fills a row left wholly blank in its value columns, not in a merged label column or past the line\'s end', () => {
    // "行政许可\t\t" beside "行政处罚\t\t12": the second piece is the cell. Tab rows closed by a tab
    // and not (Word gives none), a row of one value and one of seven: the zeros go where the other
    // rows' numbers stand, and the text is the table written with zeros.
    for (const closed of [true, false]) {
      const v = cleanValues();
      v.A['a5.license'] = [null];
      v.B['rejected.repeat'] = [null, null, null, null, null, null, null];
      const asPasted = (s: string) => (closed ? s : s.replace(/\t\n/g, '\n'));
      const text = asPasted(buildReport({ layout: 'tab', values: v }));
      const found = findingsOf(text, rule);
      assert.equal(found.length, 2, `closed: ${closed}`);
      let fixed = text;
      for (const f of findingsOf(text, rule)) fixed = assertFixIsClean(fixed, findingsOf(fixed, rule).find((x) => x.message.en === f.message.en)!);
      assert.equal(fixed, asPasted(buildReport({ layout: 'tab' })), `closed: ${closed}`);
    }
  });
  it('reads table C left wholly blank (an office with no case) as its cells left blank, not as a missing table', () => {
    for (const layout of allLayouts.filter((l) => l !== 'spaces')) {
      const v = cleanValues();
      v.C = v.C.map(() => null);
      const text = buildReport({ layout, values: v });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.match(found[0]!.message.zh, /行政复议、行政诉讼情况表有 15 个空白单元格/, layout);
      assert.deepEqual(findingsOf(text, 'table/missing'), [], layout);
      const fixed = assertFixIsClean(text, found[0]!);
      assert.deepEqual(readBack(analyze(fixed).report).C, cleanValues().C.map(() => 0), layout);
    }
  });
  it("reads table C's first cell left blank in every layout, and says a number is missing where its totals then do not hold", () => {
    // In tab and pipe layouts a blank piece before the values is also how a ragged separator or a
    // merged column looks: it is taken for the first cell only where the groups' totals then hold.
    const balanced = cleanValues();
    balanced.C = [null, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
    const asWordPastes = (text: string) => text.replace(/^\t(?=\t\d)/gm, '').replace(/\t$/gm, '');
    for (const layout of allLayouts.filter((l) => l !== 'spaces')) {
      for (const text of [buildReport({ layout, values: balanced }), ...(layout === 'tab' ? [asWordPastes(buildReport({ layout, values: balanced }))] : [])]) {
        assert.deepEqual(readBack(analyze(text).report).C, balanced.C, layout);
        assert.deepEqual(analyze(text).findings.map((f) => f.rule), [rule], layout);
      }
    }
    const unbalanced = cleanValues();
    unbalanced.C = [null, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
    for (const layout of ['tab', 'pipe'] as const) {
      const findings = analyze(buildReport({ layout, values: unbalanced })).findings;
      assert.deepEqual(findings.map((f) => f.rule), ['table/cell-count'], layout);
      assert.match(findings[0]!.message.zh, /只有 14 个数/, layout);
    }
  });
  it('reads tables whose zeros were all left blank cell by cell, in every layout', () => {
    // Most rows then have one piece written or none: the layout was taken for a cell a line, and with
    // no row written whole to show where the values stand, a row's two numbers could not be placed.
    const v = cleanValues();
    for (const table of ['A', 'B'] as const) for (const key of Object.keys(v[table])) v[table][key] = v[table][key]!.map((x) => (x === 0 ? null : x));
    v.C = v.C.map((x) => (x === 0 ? null : x));
    for (const layout of allLayouts.filter((l) => l !== 'spaces')) {
      const report = analyze(buildReport({ layout, values: v })).report;
      assert.deepEqual(readBack(report), { A: v.A, B: v.B, C: v.C }, layout);
      assert.deepEqual(analyze(buildReport({ layout, values: v })).findings.map((f) => f.rule), [rule, rule, rule], layout);
    }
  });
  it('says "1 blank cell" in English, not "1 blank cells"', () => {
    const v = cleanValues();
    v.B['rejected.repeat'] = [0, 0, 0, 0, 0, null, 0];
    const found = findingsOf(buildReport({ layout: 'tab', values: v }), rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.en, / has 1 blank cell, read as 0$/);
    assert.match(found[0]!.message.zh, /有 1 个空白单元格，按 0 计算$/);
  });
  it('counts cells written 空 ("empty", how `nianbao next` marks a cell to fill) as blank, and not "/" or "—"', () => {
    for (const layout of ['tab', 'pipe', 'spaces'] as const) {
      const v = cleanValues();
      const text = buildReport({ layout, values: v });
      const line = text.split('\n').find((l) => l.includes('2.重复申请'))!;
      const written = (mark: string) => text.replace(line, line.replace(/0/g, mark));
      const found = findingsOf(written('空'), rule);
      assert.equal(found.length, 1, layout);
      assert.match(found[0]!.message.zh, /收到和处理政府信息公开申请情况表有 7 个空白单元格/, layout);
      const fixed = assertFixIsClean(written('空'), found[0]!);
      assert.deepEqual(readBack(analyze(fixed).report).B, v.B, layout);
      for (const mark of ['/', '—']) assert.deepEqual(findingsOf(written(mark), rule), [], `${layout} ${mark}: a mark for none, not a cell to fill`);
    }
  });
});
