// Next year's draft (engine/nextYear.ts), in every layout the report builder writes and on every
// seed: the year and the statistics period moved on, 四、结转下年度 carried into 二、上年结转, no other
// number of this year left in the tables, the publication date emptied, table C's 尚未审结 noted,
// and a draft the engine reads back with no table error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { Report, TableId } from '../../server/src/engine/model.ts';
import { EMPTY_DATE, nextYearDraft } from '../../server/src/engine/nextYear.ts';
import { rowOf } from '../../server/src/engine/tableLookup.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { readSeed, seedNames, seedsMissing } from '../fixtures/seeds.ts';

const numbers = (report: Report, row: string) => rowOf(report, 'B', row)?.cells.map((c) => (c.value.kind === 'number' ? c.value.value : null)) ?? [];

/** What every draft must be, whatever the source. */
function checkDraft(source: string, label: string): Report {
  const before = analyze(source).report;
  const draft = nextYearDraft(source);
  assert.ok(draft.text !== null, `${label}: a draft`);
  const after = analyze(draft.text);
  const report = after.report;
  assert.equal(report.year, before.year! + 1, `${label}: the year moved on`);
  assert.equal(draft.year, before.year! + 1);
  // The engine reads every table back, with no table error.
  for (const id of ['A', 'B', 'C'] as TableId[]) if (before.tables[id]) assert.ok(report.tables[id], `${label}: table ${id} read back`);
  const tableErrors = after.findings.filter((f) => f.rule.startsWith('table/') && f.severity === 'error');
  assert.deepEqual(tableErrors.map((f) => f.message.zh), [], `${label}: no table error`);
  // 二、上年结转 is this year's 四、结转下年度.
  assert.deepEqual(numbers(report, 'carried'), numbers(before, 'pending'), `${label}: carried over`);
  // No other number of this year in any table.
  for (const id of ['A', 'B', 'C'] as TableId[]) {
    for (const row of report.tables[id]?.rows ?? []) {
      if (id === 'B' && row.key === 'carried') continue;
      const left = [...row.cells, ...row.extra].filter((c) => c.value.kind === 'number');
      assert.deepEqual(left.map((c) => c.raw), [], `${label}: table ${id} row ${row.key} blank`);
    }
  }
  // Sections and headings kept.
  assert.deepEqual(report.sections.map((s) => s.number), before.sections.map((s) => s.number), `${label}: the sections kept`);
  assert.ok(draft.notes.length > 0);
  return report;
}

describe('next year\'s draft', () => {
  for (const layout of allLayouts) {
    it(`${layout}: year, period, carried row, blank counts, table C's pending cases noted`, () => {
      const values = cleanValues();
      values.B.pending = [3, 1, 0, 0, 0, 0, 4];
      const source = `${buildReport({ layout, values, year: 2023 })}\n某某市某某局\n2024年1月20日（星期六）\n`;
      const report = checkDraft(source, layout);
      const draft = nextYearDraft(source).text!;
      assert.match(draft, /^某某市某某局2024年政府信息公开工作年度报告/);
      assert.match(draft, /统计期限自2024年1月1日起至2024年12月31日止/);
      assert.ok(draft.includes(`某某市某某局\n${EMPTY_DATE}\n`), 'the publication date and its weekday emptied');
      assert.equal(report.dates.filter((d) => d.role === 'publication').length, 0);
      assert.match(draft, /（注：2023年尚未审结：行政复议1件，未经复议直接起诉1件，复议后起诉0件；本年度审结的，计入表中相应结果。）/);
      // The prose is the writer's: kept as written, its year said to be rewritten.
      assert.match(draft, /2023年，本机关认真贯彻落实/);
      assert.ok(nextYearDraft(source).notes.some((n) => /正文仍写 2023 年的情况（1 处）/.test(n.zh)));
    });
  }

  it('a year in Chinese numerals is written in Chinese numerals', () => {
    const source = buildReport({ year: 2023 }).replace('某某市某某局2023年', '某某市某某局二〇二三年');
    checkDraft(source, 'chinese');
    assert.match(nextYearDraft(source).text!, /^某某市某某局二〇二四年政府信息公开工作年度报告/);
  });

  it('a 2020 report (2019 format) gives a 2021 draft with the 2021 format\'s tables', () => {
    const values = cleanValues('2019');
    values.B.pending = [2, 0, 0, 0, 0, 0, 2];
    const report = checkDraft(buildReport({ year: 2020, values, layout: 'cell-per-line' }), '2020');
    assert.equal(report.format.version, '2021');
  });

  it('a table pasted from another year\'s template is replaced by next year\'s blank one, the others blanked', () => {
    const source = buildReport({ year: 2023, tableAVersion: '2019', layout: 'pipe' });
    const draft = nextYearDraft(source);
    assert.ok(draft.notes.some((n) => /主动公开政府信息情况表用的是其他年度的格式，已换为该格式的空表/.test(n.zh)), 'the note names table A');
    const report = checkDraft(source, 'table A of 2019');
    assert.equal(report.format.tableA, undefined, 'the draft\'s table A is on the 2021 format');
    assert.ok(report.tables.A?.rows.some((r) => r.key === 'a1.normative' && r.cells.length === 3));
    assert.deepEqual(analyze(draft.text!).findings.filter((f) => f.rule === 'format/template-mismatch'), []);
  });

  it('a row that lost a cell this year is whole in the draft', () => {
    const source = buildReport({ layout: 'tab' }).replace(/(（一）予以公开[^\n]*?)\t0(\t[^\n]*)$/m, '$1$2');
    assert.ok(analyze(source).findings.some((f) => f.rule === 'table/cell-count' || f.rule === 'table/lost-cell'), 'the source lost a cell');
    const report = checkDraft(source, 'lost cell');
    assert.equal(rowOf(report, 'B', 'open')?.cells.length, 7);
  });

  it('without a year, no draft, and why', () => {
    const draft = nextYearDraft('一、总体情况\n本机关认真贯彻落实条例。\n');
    assert.equal(draft.text, null);
    assert.match(draft.notes[0]!.zh, /未读出报告年度/);
  });

  describe('the seeds', { skip: seedsMissing }, () => {
    for (const name of seedNames()) it(name, () => void checkDraft(readSeed(name), name));
  });

  it('says a 四、结转下年度 left blank in every cell is blank, not unread (seed 000 was told 未读出)', () => {
    const values = cleanValues();
    values.B.pending = values.B.pending!.map(() => null);
    const draft = nextYearDraft(buildReport({ layout: 'cell-per-line', values }));
    assert.ok(draft.notes.some((n) => n.zh === '本年度“四、结转下年度继续办理”各格空白，“二、上年结转”留空'), draft.notes.map((n) => n.zh).join('\n'));
    assert.ok(!draft.notes.some((n) => /未读出/.test(n.zh)));
    const withCarry = nextYearDraft(buildReport({ layout: 'cell-per-line' }));
    assert.ok(withCarry.notes.some((n) => /“二、上年结转”已按本年度“四、结转下年度继续办理”填写/.test(n.zh)));
  });
});
