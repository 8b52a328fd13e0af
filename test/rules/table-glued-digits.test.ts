// table/glued-digits: what the rule says about rows whose digits ran together. How rows are split
// again (every row of a clean table, against an oracle) is test/unit/glued.test.ts; this file is the
// rule's own side: which severity, which row or table it names, in both languages, and when the
// hints for many rows become one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues, type TableValues, type Value } from '../fixtures/reportBuilder.ts';
import { manyDigitValues } from '../fixtures/publishedShapes.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'table/glued-digits';

/** The builder's tab layout with the numbers of each given row run together into one run of digits. */
function glued(values: TableValues, rows: readonly (readonly Value[])[]): string {
  let text = buildReport({ layout: 'tab', values });
  for (const numbers of rows) {
    const row = `\t${numbers.join('\t')}\t`;
    assert.ok(text.includes(row), `the row ${numbers.join(' ')} is in the text as built`);
    text = text.replace(row, `\t${numbers.join('')}\t`);
  }
  return text;
}

const B_NEW = '一、本年新收政府信息公开申请数量';

describe(rule, () => {
  it('is silent on whole tables, in every layout', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });

  it('says of a row whose digits stood apart ("4 1 3 0 0 1 2 4 7") that they were joined the one way the relations allow', () => {
    const v = manyDigitValues('2021');
    const base = buildReport({ layout: 'tab', values: v });
    const row = `\t${v.B.new!.join('\t')}\t`;
    assert.ok(base.includes(row));
    const digits = v.B.new!.join('').split('');
    const text = base.replace(row, `\t${digits.join(' ')}\t`);
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'hint');
    assert.equal(found[0]!.message.zh, `「${B_NEW}」行的数字被空格拆开（读出 ${digits.length} 个数，应有 7 个），已按勾稽关系唯一合并为：${v.B.new!.join(' ')}`);
    assert.match(found[0]!.message.en, new RegExp(`^Row ".*": digits stood apart \\(${digits.length} numbers read where 7 belong\\)`));
  });

  it('says of a row holding more separate numbers than columns that it has too many, not that its digits ran together', () => {
    const v = cleanValues();
    const row = `\t${v.B.new!.join('\t')}\t`;
    const base = buildReport({ layout: 'tab', values: v });
    assert.ok(base.includes(row));
    const text = base.replace(row, `${'\t1'.repeat(30)}\t`);
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'information');
    assert.equal(found[0]!.message.zh, `「${B_NEW}」行有 30 个数，多于应有的 7 个，无法唯一读成 7 个数（没有一种拆分能使勾稽关系成立）；此行不参与核对`);
    assert.equal(found[0]!.message.en, `Row "${B_NEW}": holds 30 numbers where 7 belong, and cannot be read as 7 uniquely (no split satisfies the relations); the row is not checked`);
    assert.equal(spanText(text, found[0]!), B_NEW);
  });

  it('names a row of table B split the one way its relations allow, with the numbers read, as a hint', () => {
    const v = cleanValues();
    const text = glued(v, [v.B.new!]);
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'hint');
    assert.equal(found[0]!.message.zh, `「${B_NEW}」行的数字粘连，已按勾稽关系唯一拆分为：5 1 0 0 0 1 7`);
    assert.equal(found[0]!.message.en, `Row "${B_NEW}": digits ran together; the table's relations allow one split only: 5 1 0 0 0 1 7`);
    assert.equal(spanText(text, found[0]!), B_NEW);
  });

  it('names table C, not a row, when its one row of numbers ran together', () => {
    const v = cleanValues();
    const found = findingsOf(glued(v, [v.C]), rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'hint');
    assert.match(found[0]!.message.zh, /^行政复议、行政诉讼情况表的数字粘连，已按勾稽关系唯一拆分为：1 0 0 1 2 0 0 0 1 1 0 0 0 0 0$/);
    assert.match(found[0]!.message.en, /^Table C .*: digits ran together/);
  });

  it('gives three rows split again three hints, and more than three one hint with each row as related', () => {
    const v = cleanValues();
    const three = [v.B.new!, v.B.carried!, v.B.open!];
    assert.equal(findingsOf(glued(v, three), rule).length, 3);
    const text = glued(v, [...three, v.B.partial!]);
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'hint');
    assert.equal(found[0]!.message.zh, '收到和处理政府信息公开申请情况表有 4 行数字粘连，均已按勾稽关系唯一拆分');
    assert.match(found[0]!.message.en, /the digits of 4 rows ran together; each was split the one way the relations allow/);
    assert.equal(found[0]!.related.length, 4);
    assert.equal(found[0]!.related[0]!.message.zh, `${B_NEW}：5 1 0 0 0 1 7`);
    const first = found[0]!.related[0]!.span;
    assert.equal(text.slice(first.start, first.end), B_NEW);
  });

  it('says a row fits no split, as information, and that it is not checked', () => {
    // "513001248" (51 for 41, 48 for 47) cuts several ways into seven numbers, and none adds up,
    // even with one number corrected.
    const v = manyDigitValues();
    const text = glued(v, [v.B.new!]).replace('\t413001247\t', '\t513001248\t');
    const found = findingsOf(text, rule);
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.equal(found[0]!.message.zh, `「${B_NEW}」行数字粘连，无法唯一拆分（没有一种拆分能使勾稽关系成立）；此行不参与核对`);
    assert.match(found[0]!.message.en, /cannot be split uniquely \(no split satisfies the relations\); the row is not checked/);
  });

  it('says of a row that fits no split but cuts one way only that it was read so, and a number in it is wrong', () => {
    // "5100018" can only be 5 1 0 0 0 1 8; its total is then wrong, which balance/cell says.
    const v = cleanValues();
    const text = glued(v, [v.B.new!]).replace('\t5100017\t', '\t5100018\t');
    const found = findingsOf(text, rule);
    assert.deepEqual(found.map((f) => f.severity), ['hint']);
    assert.equal(found[0]!.message.zh, `「${B_NEW}」行的数字粘连，只能拆分为：5 1 0 0 0 1 8；拆分后勾稽关系不成立，此行有数字写错（见表格核对的结果）`);
    assert.match(found[0]!.message.en, /can be split one way only: 5 1 0 0 0 1 8; the relations do not hold for it/);
    assert.equal(findingsOf(text, 'balance/cell').length, 1);
  });

  it('says of a row that fits no split but one cut, right but for one number, that it was read so', () => {
    // "413001248" cuts several ways; 41 3 0 0 1 2 48 is right once its total is 47, and no other cut is.
    const v = manyDigitValues();
    const text = glued(v, [v.B.new!]).replace('\t413001247\t', '\t413001248\t');
    const found = findingsOf(text, rule);
    assert.deepEqual(found.map((f) => f.severity), ['hint']);
    assert.equal(found[0]!.message.zh, `「${B_NEW}」行的数字粘连，没有一种拆分能使勾稽关系全部成立；读作：41 3 0 0 1 2 48，只有这种拆分在改正一个数后全部成立，此行有数字写错（见表格核对的结果）`);
    assert.match(found[0]!.message.en, /no split satisfies every relation; read as 41 3 0 0 1 2 48, the one split that does once a number is corrected/);
    const cells = findingsOf(text, 'balance/cell');
    assert.equal(cells.length, 1);
    assert.match(cells[0]!.message.zh, /「总计」列应为 47，表中为 48/);
  });

  it('says how many splits fit when there are several, and takes none', () => {
    // Without 二、上年结转 the relations cannot judge row 一: "10100011" is 10 1 0 0 0 0 11 or 1 0 10 0 0 0 11.
    const v = cleanValues();
    v.B.new = [10, 1, 0, 0, 0, 0, 11];
    delete v.B.carried;
    const found = findingsOf(glued(v, [v.B.new]), rule);
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.match(found[0]!.message.zh, /无法唯一拆分（有 2 种以上拆分都能使勾稽关系成立）/);
    assert.match(found[0]!.message.en, /\(2 or more splits satisfy the relations\)/);
  });

  it('says table A has no relations to split a long run by', () => {
    const v = cleanValues();
    v.A['a1.normative'] = [12, 3, 154];
    const found = findingsOf(glued(v, [v.A['a1.normative']]), rule);
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.match(found[0]!.message.zh, /「.*行政规范性文件」行数字粘连，无法唯一拆分（表一没有可据以拆分的勾稽关系）/);
    assert.match(found[0]!.message.en, /table A has no relations to split it by/);
  });

  it('leaves a short run in table A alone: "5154" may be one number beside blank cells', () => {
    const v = cleanValues();
    assert.deepEqual(findingsOf(glued(v, [v.A['a1.normative']!]), rule), []);
  });
});
