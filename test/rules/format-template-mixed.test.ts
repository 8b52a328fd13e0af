// A report on the right format with one table on the other year's (last year's table A pasted into
// this year's template, or the reverse): each table is read on the format it is written on, and the
// report gets one format/template-mismatch that names the table, not a cascade of findings in the
// tables that are right. Every layout the report builder writes, both directions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';

const rule = 'format/template-mismatch';

/** A 2021-format table B whose numbers stand in （六）'s sub-rows: read on the 2019 format, they would not add up. */
function valuesWithOtherRows() {
  const values = cleanValues('2021');
  values.B['other.no-amend'] = [1, 0, 0, 0, 0, 0, 1];
  values.B.new = [6, 1, 0, 0, 0, 1, 8];
  values.B.total = [6, 1, 0, 0, 0, 1, 8];
  return values;
}

describe('a table on the other year\'s template', () => {
  for (const layout of allLayouts) {
    it(`${layout}: a 2023 report with a 2019 table A: one finding, naming table A`, () => {
      const { report, findings } = analyze(buildReport({ year: 2023, tableAVersion: '2019', layout, values: valuesWithOtherRows() }));
      assert.deepEqual(findings.map((f) => f.rule), [rule], findings.map((f) => `${f.rule} ${f.message.zh}`).join('\n'));
      assert.equal(report.format.version, '2021');
      assert.equal(report.format.tableA, '2019');
      assert.ok(report.tables.A?.rows.some((r) => r.key === 'a9.procurement'), 'table A read on its own format');
      assert.ok(report.tables.B?.rows.some((r) => r.key === 'other.no-amend'), 'table B read on the 2021 format');
      const { zh, en } = findings[0]!.message;
      assert.match(zh, /^2023年度报告应使用2021年新格式（国办公开办函〔2021〕30号），而主动公开政府信息情况表用的是2019年试行格式（“本年新制作数量”/);
      assert.match(zh, /请按2021年新格式重新填写此表：主动公开政府信息情况表的栏目应为“本年制发件数”“本年废止件数”“现行有效件数”等。此表已按2019年试行格式核对$/);
      assert.match(en, /^A 2023 report should use the 2021 format .*, but table A \(proactive disclosure\) is on the 2019 trial format .* Fill it in again on the 2021 format: table A's columns are "本年制发件数"/);
    });

    it(`${layout}: a 2020 report with a 2021 table A: one finding, naming table A`, () => {
      const { report, findings } = analyze(buildReport({ year: 2020, tableAVersion: '2021', layout }));
      assert.deepEqual(findings.map((f) => f.rule), [rule], findings.map((f) => `${f.rule} ${f.message.zh}`).join('\n'));
      assert.equal(report.format.version, '2019');
      assert.equal(report.format.tableA, '2021');
      const { zh, en } = findings[0]!.message;
      assert.match(zh, /^2020年度报告应使用2019年试行格式（国办公开办函〔2019〕60号），而主动公开政府信息情况表用的是2021年新格式（“本年制发件数”/);
      assert.doesNotMatch(zh, /往年/, 'a newer format is no copy of an earlier report');
      assert.match(zh, /栏目应为“本年新制作数量”“本年新公开数量”“对外公开总数量”等/);
      assert.match(en, /table A \(proactive disclosure\) is on the 2021 format/);
    });
  }

  it('a report wholly on the other format is read on it whole, as before', () => {
    for (const [year, version] of [[2022, '2019'], [2020, '2021']] as const) {
      const { report, findings } = analyze(buildReport({ year, version }));
      assert.equal(report.format.version, version, `${year} on ${version}`);
      assert.equal(report.format.tableA, undefined);
      assert.deepEqual(findings.map((f) => f.rule), [rule]);
    }
  });

  it('names table B too when its rows under （六） show the 2021 format in a 2020 report, and says what to do', () => {
    const found = analyze(buildReport({ year: 2020, version: '2021' })).findings;
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /而主动公开政府信息情况表、收到和处理政府信息公开申请情况表用的是2021年新格式/);
    assert.match(found[0]!.message.zh, /收到和处理政府信息公开申请情况表的「（六）其他处理」应为一行，不分项。这些表已按2021年新格式核对$/);
    assert.match(found[0]!.message.en, /table A \(proactive disclosure\) and table B \(applications received and handled\) are on the 2021 format/);
  });

  it('a report on the right format stays read on it', () => {
    for (const [year, version] of [[2019, '2019'], [2020, '2019'], [2021, '2021'], [2023, '2021']] as const) {
      const { report, findings } = analyze(buildReport({ year }));
      assert.equal(report.format.version, version);
      assert.equal(report.format.tableA, undefined);
      assert.deepEqual(findings, []);
    }
  });
});
