// Rows whose digits ran together are split again by the table's relations: never guessed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { formats } from '../../server/src/engine/formats/index.ts';
import { buildReport, cleanValues, type TableValues } from '../fixtures/reportBuilder.ts';
import { readBack } from '../fixtures/readBack.ts';

/** A balanced table B with numbers of several digits, as in a large agency's report. */
function bigValues(): TableValues {
  const v = cleanValues();
  v.B.new = [217, 1, 0, 0, 0, 0, 218];
  v.B.carried = [3, 0, 0, 0, 0, 0, 3];
  v.B.open = [150, 1, 0, 0, 0, 0, 151];
  v.B.partial = [20, 0, 0, 0, 0, 0, 20];
  v.B['withheld.internal'] = [10, 0, 0, 0, 0, 0, 10];
  v.B['unable.none'] = [30, 0, 0, 0, 0, 0, 30];
  v.B.total = [210, 1, 0, 0, 0, 0, 211];
  v.B.pending = [10, 0, 0, 0, 0, 0, 10];
  return v;
}

/** The report as PDF text, with one row's numbers run together (optionally broken by spaces). */
function glue(values: TableValues, key: string, breakAt?: number): string {
  const text = buildReport({ layout: 'spaces', values });
  const row = values.B[key]!;
  const spaced = row.join('    ');
  let glued = row.join('');
  if (breakAt !== undefined) glued = `${glued.slice(0, breakAt)} ${glued.slice(breakAt)}`;
  const at = text.indexOf(`    ${spaced}`, text.indexOf('三、收到和处理'));
  // Find the row by its label so that identical rows of zeros are not confused.
  const label = text.split('\n').find((l) => l.endsWith(spaced) && l.includes(labelOf(key)));
  assert.ok(label && at >= 0, key);
  return text.replace(label, label.replace(`    ${spaced}`, ` ${glued}`));
}

function labelOf(key: string): string {
  const row = formats['2021'].tableB.rows.find((r) => r.key === key);
  return row ? `${row.numbering}${row.label}` : key;
}

describe('digits run together', () => {
  it('recovers "21710000218" as 217 1 0 0 0 0 218 and marks the cells', () => {
    const v = bigValues();
    const analysis = analyze(glue(v, 'new'));
    const row = analysis.report.tables.B?.rows.find((r) => r.key === 'new');
    assert.deepEqual(row?.cells.map((c) => c.value.kind === 'number' ? c.value.value : null), [217, 1, 0, 0, 0, 0, 218]);
    assert.ok(row?.cells.every((c) => c.recovered));
    const hints = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
    assert.equal(hints.length, 1);
    assert.match(hints[0]!.message.zh, /217 1 0 0 0 0 218/);
    assert.deepEqual(analysis.findings.filter((f) => f.severity === 'error'), []);
  });

  it('splits every row of a clean table uniquely or says so, and never reads a wrong number', () => {
    const v = bigValues();
    let recovered = 0;
    for (const key of Object.keys(v.B)) {
      for (const breakAt of [undefined, 2]) {
        if ((v.B[key] ?? []).join('').length <= (breakAt ?? 0)) continue;
        const analysis = analyze(glue(v, key, breakAt));
        const row = analysis.report.tables.B?.rows.find((r) => r.key === key);
        assert.ok(row?.digitsRunTogether, key);
        if (row.digitsRunTogether.splits === 1) {
          recovered++;
          assert.deepEqual(readBack(analysis.report).B[key], v.B[key], `${key} recovered as it was`);
        } else {
          assert.equal(analysis.findings.filter((f) => f.rule === 'table/glued-digits' && f.severity === 'information').length, 1, key);
        }
        assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/')), [], `${key}: no balance finding built on a glued row`);
      }
    }
    assert.ok(recovered >= 40, `most rows are recovered (${recovered})`);
  });

  it('reports a run that fits no split, once, as information', () => {
    const v = bigValues();
    const text = glue(v, 'new').replace(' 21710000218', ' 21710000219');
    const analysis = analyze(text);
    const found = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.match(found[0]!.message.zh, /无法唯一拆分/);
    assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/') || f.rule === 'table/cell-count'), []);
  });

  it('reports a run that fits several splits and keeps the row out of the arithmetic', () => {
    // Without 二、上年结转 the 勾稽关系 cannot judge row 一, and "10100011" splits two ways that
    // both add up: 10 1 0 0 0 0 11 and 1 0 10 0 0 0 11. Neither is taken.
    const v = cleanValues();
    v.B.new = [10, 1, 0, 0, 0, 0, 11];
    delete v.B.carried;
    const analysis = analyze(glue(v, 'new'));
    const row = analysis.report.tables.B?.rows.find((r) => r.key === 'new');
    assert.equal(row?.digitsRunTogether?.splits, 2);
    assert.ok(!row.cells.some((c) => c.recovered));
    const found = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.match(found[0]!.message.zh, /无法唯一拆分/);
    assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/')), []);
  });

  it('recovers seven zeros with the next item number stuck on ("00000002.其他法律…")', () => {
    const lines = buildReport({ layout: 'spaces' }).split('\n');
    // PDF text: each label on a line, its zeros glued in front of the next row's label.
    const at = lines.findIndex((l) => l.startsWith('2.其他法律行政法规禁止公开'));
    const before = lines[at - 1]!;
    lines[at - 1] = before.replace(/( {4}0){7}$/, '');
    lines[at] = `0000000${lines[at]}`;
    const analysis = analyze(lines.join('\n'));
    assert.deepEqual(readBack(analysis.report).B, cleanValues().B);
    assert.deepEqual(analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').filter((f) => f.rule.startsWith('table') || f.rule.startsWith('balance')), []);
  });
});
