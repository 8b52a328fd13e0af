// Every layout the engine reads gives back exactly the numbers that went in, bound to the right
// rows, with no table or balance finding on a clean report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { asExpected, readBack } from '../fixtures/readBack.ts';

const tableRules = (rule: string) => rule.startsWith('table/') || rule.startsWith('balance/');

describe('layouts', () => {
  for (const version of ['2021', '2019'] as const) {
    for (const layout of allLayouts) {
      it(`reads the ${version} format laid out as ${layout}`, () => {
        const year = version === '2021' ? 2023 : 2020;
        const analysis = analyze(buildReport({ year, layout }));
        const report = analysis.report;
        assert.equal(report.format.version, version);
        assert.equal(report.tables.B?.layout === 'cell-per-line' || layout !== 'cell-per-line', true);
        assert.deepEqual(readBack(report), asExpected(cleanValues(version)));
        const problems = analysis.findings.filter((f) => tableRules(f.rule) && f.severity !== 'hint');
        assert.deepEqual(problems.map((f) => `${f.rule}: ${f.message.en}`), []);
      });
    }
  }

  it('reads blank cells as blank, not 0, in every layout that can show a blank', () => {
    for (const layout of allLayouts.filter((l) => l !== 'spaces')) {
      const values = cleanValues();
      values.B.carried = [null, null, null, null, null, null, null];
      values.B.new = [6, 1, 0, 0, 0, 1, 8];
      const report = analyze(buildReport({ layout, values })).report;
      assert.deepEqual(readBack(report).B.carried, [null, null, null, null, null, null, null], layout);
      assert.deepEqual(readBack(report).B.new, [6, 1, 0, 0, 0, 1, 8], layout);
    }
  });

  it('keeps every cell at its exact place in the text', () => {
    for (const layout of allLayouts) {
      const text = buildReport({ layout });
      const report = analyze(text).report;
      for (const table of [report.tables.A, report.tables.B, report.tables.C]) {
        for (const row of table?.rows ?? []) {
          for (const cell of row.cells) assert.equal(text.slice(cell.span.start, cell.span.end), cell.raw, `${layout} ${row.key}`);
          if (row.labelSpan) assert.equal(text.slice(row.labelSpan.start, row.labelSpan.end).replace(/\s/g, ''), row.labelText.replace(/\s/g, ''));
        }
      }
    }
  });
});
