// The seeds' tables: read as a careful reader reads them, with exactly the table and balance
// findings ../shared/seeds/README.md lists, and every number of table B checked by changing it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { applyEdits } from '../../server/src/engine/fixes.ts';
import { buildLineIndex, positionAt } from '../../server/src/engine/text/lineIndex.ts';
import { readBack } from '../fixtures/readBack.ts';
import { expectedFindings, readSeed, seedNames, seedsMissing } from '../fixtures/seeds.ts';

const tableRule = (rule: string) => rule.startsWith('table/') || rule.startsWith('balance/');
const z7 = [0, 0, 0, 0, 0, 0, 0];
const b7 = [null, null, null, null, null, null, null];

describe('seed tables', { skip: seedsMissing }, () => {
  it('reads every table of every seed', () => {
    for (const name of seedNames()) {
      const { report } = analyze(readSeed(name));
      assert.ok(report.tables.A && report.tables.B && report.tables.C, name);
      assert.equal(report.tables.C.rows[0]?.cells.length, 15, name);
    }
  });

  it('reads the numbers as a careful reader does', () => {
    const read = (name: string) => readBack(analyze(readSeed(name)).report);
    const s000 = read('000_0c70a8d3a77e52d2.txt');
    assert.deepEqual(s000.B.new, [1, null, null, null, null, null, 1]);
    assert.deepEqual(s000.B['withheld.internal'], [1, null, null, null, null, null, 1]);
    assert.deepEqual(s000.B.carried, b7);
    assert.deepEqual(s000.C, [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
    assert.deepEqual(s000.A['a8.fees'], [0]);
    const s001 = read('001_07ea97a0e0dbb2b9.txt');
    assert.deepEqual(s001.A['a1.normative'], [5, 1, 54]);
    assert.deepEqual(s001.B.new, [3, 0, 0, 0, 0, 0, 3]);
    assert.deepEqual(s001.B['unable.none'], [1, 0, 0, 0, 0, 0, 1]);
    assert.equal(s001.B.open?.length, 6, 'the row that lost a cell is not padded with a guess');
    const s002 = read('002_7b4b25fcf59f7d61.txt');
    assert.deepEqual(s002.A['a6.penalty'], [30, 30, 30]);
    assert.deepEqual(s002.A['a9.procurement'], [12, 72419]);
    assert.deepEqual(s002.B.open, [30, 0, 0, 0, 0, 0, 30]);
    assert.deepEqual(s002.B.other, z7, '2019 format: （六）其他处理 is one row');
    assert.deepEqual(s002.B.total, [30, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(s002.C, [0, 0, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0, 0, 0]);
    const s003 = read('003_fd3058d81f5636f0.txt');
    assert.deepEqual(s003.B.total, z7);
    assert.equal(Object.keys(s003.B).length, 25);
    const s004 = read('004_4505276ac13c66c6.txt');
    assert.deepEqual(s004.A['a1.normative'], [0, 0, 2]);
    assert.deepEqual(s004.B.new, [17, 0, 0, 0, 0, 0, 17]);
    assert.deepEqual(s004.B.open, [9, 0, 0, 0, 0, 0, 9]);
    assert.deepEqual(s004.B['withheld.internal'], [4, 0, 0, 0, 0, 0, 4]);
    assert.deepEqual(s004.B['unable.none'], [4, 0, 0, 0, 0, 0, 4]);
    assert.deepEqual(s004.B.total, [17, 0, 0, 0, 0, 0, 17]);
  });

  it('detects the format of each seed', () => {
    const versions = seedNames().map((n) => analyze(readSeed(n)).report.format.version);
    assert.deepEqual(versions, ['2021', '2021', '2019', '2021', '2021']);
  });

  it('shows exactly the table and balance errors and warnings the seeds README lists', () => {
    const expected = expectedFindings();
    for (const name of seedNames()) {
      const text = readSeed(name);
      const index = buildLineIndex(text);
      const got = analyze(text).findings
        .filter((f) => tableRule(f.rule) && (f.severity === 'error' || f.severity === 'warning'))
        .map((f) => ({ severity: f.severity, rule: f.rule, line: positionAt(index, f.span.start).line }));
      const want = (expected[name] ?? []).filter((e) => tableRule(e.rule));
      const fits = (g: (typeof got)[number], e: (typeof want)[number]) =>
        g.severity === e.severity && g.rule.startsWith(e.rule) && g.line >= e.lines[0] && g.line <= e.lines[1];
      assert.deepEqual(got.filter((g) => !want.some((e) => fits(g, e))), [], `${name}: no other table findings`);
      assert.deepEqual(want.filter((e) => !got.some((g) => fits(g, e))), [], `${name}: every expected table finding`);
    }
  });

  it('seed 002: one finding on （七）总计 · 总计 whose fix writes 30', () => {
    const text = readSeed('002_7b4b25fcf59f7d61.txt');
    const found = analyze(text).findings.filter((f) => f.rule.startsWith('balance/'));
    assert.equal(found.length, 1);
    const fixed = applyEdits(text, found[0]!.fixes[0]!.edits).text;
    const index = buildLineIndex(fixed);
    assert.equal(fixed.split('\n')[340]?.includes('30'), true);
    assert.deepEqual(analyze(fixed).findings.filter((f) => f.rule.startsWith('balance/')), []);
    assert.equal(positionAt(index, found[0]!.span.start).line, 340);
  });

  it('seed 001, whose （一）予以公开 lost a cell: every relation without that cell is checked, so a number changed elsewhere is found and fixed', () => {
    const text = readSeed('001_07ea97a0e0dbb2b9.txt');
    const { report } = analyze(text);
    // Each cell of 一、本年新收 and （七）总计 in turn: made one more, found, and fixed back.
    for (const key of ['new', 'total']) {
      const row = report.tables.B!.rows.find((r) => r.key === key)!;
      row.cells.forEach((cell, column) => {
        if (cell.value.kind !== 'number') return;
        const changed = applyEdits(text, [{ span: cell.span, newText: String(cell.value.value + 1) }]).text;
        const found = analyze(changed).findings.filter((f) => f.rule === 'balance/cell');
        const here = found.find((f) => f.span.start === cell.span.start);
        assert.ok(here, `${key} column ${column}: ${found.map((f) => f.message.zh).join('; ')}`);
        const fixed = applyEdits(changed, here.fixes[0]!.edits).text;
        assert.equal(fixed, text, `${key} column ${column}: the fix writes the number back`);
      });
    }
  });

  it('every fix on every seed removes its finding and changes nothing else', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      for (const f of analyze(text).findings) {
        for (const fix of f.fixes) {
          const { text: fixed, dropped } = applyEdits(text, fix.edits);
          assert.equal(dropped.length, 0, `${name} ${f.rule}`);
          const again = analyze(fixed).findings.filter((g) => g.rule === f.rule && g.message.en === f.message.en);
          assert.deepEqual(again, [], `${name}: ${f.rule} "${fix.title.en}" removes its finding`);
          // Outside the edited spans nothing moved.
          const sorted = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
          assert.equal(fixed.slice(0, sorted[0]?.span.start ?? 0), text.slice(0, sorted[0]?.span.start ?? 0));
          const last = sorted[sorted.length - 1];
          if (last) assert.equal(fixed.slice(fixed.length - (text.length - last.span.end)), text.slice(last.span.end));
        }
      }
    }
  });

  for (const name of ['003_fd3058d81f5636f0.txt', '004_4505276ac13c66c6.txt']) {
    it(`${name}: changing any one number of table B gives one error on exactly that cell, whose fix restores it`, () => {
      const text = readSeed(name);
      const original = analyze(text);
      const table = original.report.tables.B!;
      // Errors the seed has anyway (seed 004's publication date) are not the change's.
      const before = new Set(original.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.span.start}`));
      let checked = 0;
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.value.kind !== 'number') continue;
          for (const wrong of [cell.value.value + 1, cell.value.value + 12]) {
            const changed = text.slice(0, cell.span.start) + String(wrong) + text.slice(cell.span.end);
            const shift = String(wrong).length - (cell.span.end - cell.span.start);
            const errors = analyze(changed).findings.filter((f) => f.severity === 'error'
              && !before.has(`${f.rule}@${f.span.start > cell.span.start ? f.span.start - shift : f.span.start}`));
            assert.equal(errors.length, 1, `${row.key}[${row.cells.indexOf(cell)}] = ${wrong}: ${errors.map((e) => e.message.en).join(' | ')}`);
            const e = errors[0]!;
            assert.equal(e.rule, 'balance/cell');
            assert.equal(e.span.start, cell.span.start, `${row.key}: on that cell`);
            assert.equal(applyEdits(changed, e.fixes[0]!.edits).text, text, `${row.key}: the fix restores it`);
            checked++;
          }
        }
      }
      assert.equal(checked, 25 * 7 * 2);
    });
  }
});
