// Every layout the engine reads gives back exactly the numbers that went in, bound to the right
// rows, with no table or balance finding on a clean report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { applyEdits } from '../../server/src/engine/fixes.ts';
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

  // Before: in the tab and pipe layouts a one-value row of table A left blank ("行政强制\t\t\t")
  // waited for its value on the next lines, took the next block's caption and header for the rest
  // of its label and a blank cell of the header for its value, so "fill with 0" wrote into the header.
  it('keeps a blank cell on its row\'s line, so that filling the blanks gives the table back', () => {
    for (const layout of allLayouts.filter((l) => l !== 'spaces')) {
      const values = cleanValues();
      values.A['a6.coercion'] = [null];
      values.B.carried = [null, null, null, null, null, null, null];
      values.B.new = [6, 1, 0, 0, 0, 1, 8];
      const text = buildReport({ layout, values });
      const analysis = analyze(text);
      const coercion = analysis.report.tables.A?.rows.find((r) => r.key === 'a6.coercion');
      assert.equal(coercion?.labelText, '行政强制', layout);
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
      const blank = coercion?.cells[0];
      assert.ok(blank && coercion.labelSpan, layout);
      // In the cell-per-line layouts the value stands on a line of its own, next to its label's.
      assert.ok(lineOf(blank.span.start) - lineOf(coercion.labelSpan.start) <= 1, layout);
      const fill = analysis.findings.filter((f) => f.rule === 'table/blank-cells').flatMap((f) => f.fixes[0]?.edits ?? []);
      const filled = analyze(applyEdits(text, fill).text);
      const zeros = cleanValues();
      zeros.B.carried = [0, 0, 0, 0, 0, 0, 0];
      zeros.B.new = [6, 1, 0, 0, 0, 1, 8];
      assert.deepEqual(readBack(filled.report), asExpected(zeros), layout);
      assert.deepEqual(filled.findings.filter((f) => tableRules(f.rule)).map((f) => `${f.rule}: ${f.message.en}`), [], layout);
    }
  });

  // A Markdown table as converters write merged cells: each row padded to the table's width, a
  // row of words (a header) at its end, a row of numbers after its label, where a merged label
  // cell stands; the rule line as wide. The padding is empty cells ("|  |"), or the merged cell's
  // text again in every column it spans.
  const mergedMarkdown = (fill: 'empty' | 'repeated') => {
    const lines = buildReport({ layout: 'markdown' }).split('\n');
    const cellsOf = (line: string) => line.slice(2, -2).split(' | ');
    return lines.map((line, i) => {
      if (!line.startsWith('|')) return line;
      let first = i;
      while (lines[first - 1]?.startsWith('|')) first--;
      let width = 0;
      for (let j = first; lines[j]?.startsWith('|'); j++) width = Math.max(width, cellsOf(lines[j]!).length);
      if (line.includes('---')) return `|${' --- |'.repeat(width)}`;
      const cells = cellsOf(line);
      const valued = /\d/.test(cells[cells.length - 1] ?? '');
      const pad = Array<string>(width - cells.length).fill(fill === 'empty' ? '' : (valued ? cells[0]! : cells[cells.length - 1]!));
      const row = valued ? [cells[0]!, ...pad, ...cells.slice(1)] : [...cells, ...pad];
      return `| ${row.join(' | ')} |`;
    }).join('\n');
  };

  for (const [fill, example] of [['empty', /\| 行政许可 \|  \|  \| 0 \|/], ['repeated', /\| 行政许可 \| 行政许可 \| 行政许可 \| 0 \|/]] as const) {
    it(`reads a Markdown table whose merged cells a converter wrote as ${fill} cells`, () => {
      const text = mergedMarkdown(fill);
      assert.match(text, example);
      const analysis = analyze(text);
      assert.deepEqual(readBack(analysis.report), asExpected(cleanValues()));
      assert.deepEqual(analysis.findings.filter((f) => tableRules(f.rule) && f.severity !== 'hint').map((f) => `${f.rule}: ${f.message.en}`), []);
    });
  }

  it('reads rows whose cells are one space apart and whose numbers carry 件 ("1.属于国家秘密 0件 0件")', () => {
    const text = buildReport({ layout: 'tab' }).split('\n').map((line) => (line.includes('\t')
      ? line.split('\t').filter((cell) => cell !== '').map((cell) => (/^\d+$/.test(cell) ? `${cell}件` : cell)).join(' ')
      : line)).join('\n');
    assert.match(text, /\n（三）不予公开 1\.属于国家秘密 0件 0件 0件 0件 0件 0件 0件\n/);
    const analysis = analyze(text);
    assert.deepEqual(readBack(analysis.report), asExpected(cleanValues()));
    assert.deepEqual(analysis.findings.filter((f) => tableRules(f.rule) && f.severity !== 'hint').map((f) => `${f.rule}: ${f.message.en}`), []);
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
