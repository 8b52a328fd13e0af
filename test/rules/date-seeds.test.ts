// The date findings of the seed reports: exactly the errors and warnings ../shared/seeds lists
// under date/ (seed 004's publication date six years before its period), nothing on the others.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { lineOf } from '../fixtures/ruleHarness.ts';
import { expectedFindings, readSeed, seedNames, seedsMissing } from '../fixtures/seeds.ts';

const isDate = (rule: string) => rule.startsWith('date/');

describe('date rules on the seeds', { skip: seedsMissing }, () => {
  it('show exactly the date errors and warnings the seeds list', () => {
    const expected = expectedFindings();
    for (const name of seedNames()) {
      const text = readSeed(name);
      const found = analyze(text).findings
        .filter((f) => isDate(f.rule) && (f.severity === 'error' || f.severity === 'warning'))
        .map((f) => ({ severity: f.severity, line: lineOf(text, f.span.start) }));
      const wanted = (expected[name] ?? []).filter((e) => isDate(e.rule));
      assert.equal(found.length, wanted.length, `${name}: ${JSON.stringify(found)}`);
      for (const w of wanted) {
        assert.ok(found.some((f) => f.severity === w.severity && f.line >= w.lines[0] && f.line <= w.lines[1]), `${name}: ${w.what}`);
      }
    }
  });

  it('seed 004: the date line is a publication date six years before the period, on a real Tuesday', () => {
    const text = readSeed('004_4505276ac13c66c6.txt');
    const { report, findings } = analyze(text);
    assert.equal(report.year, 2025);
    const publication = report.dates.filter((d) => d.role === 'publication');
    assert.deepEqual(publication.map((d) => [d.year, d.month, d.day, d.weekday?.value]), [[2019, 12, 3, 2]]);
    const early = findings.filter((f) => f.rule === 'date/publication-early');
    assert.equal(early.length, 1);
    assert.equal(lineOf(text, early[0]!.span.start), 1);
    assert.deepEqual(findings.filter((f) => f.rule === 'date/weekday'), []);
  });

  it('seed 003: "2022年1月1日至12月31日" is read as a range of 2022 and the period is whole', () => {
    const text = readSeed('003_fd3058d81f5636f0.txt');
    const { report } = analyze(text);
    assert.equal(report.year, 2022);
    const implied = report.dates.filter((d) => d.yearImplied);
    assert.ok(implied.length >= 1 && implied.every((d) => d.year === 2022 && d.month === 12 && d.day === 31));
    assert.deepEqual(report.dates.filter((d) => d.role.startsWith('period')).map((d) => `${d.year}-${d.month}-${d.day}`), ['2022-1-1', '2022-12-31']);
  });

  it('reads each seed\'s report year', () => {
    const years: Record<string, number> = {
      '000_0c70a8d3a77e52d2.txt': 2021,
      '001_07ea97a0e0dbb2b9.txt': 2021,
      '002_7b4b25fcf59f7d61.txt': 2020,
      '003_fd3058d81f5636f0.txt': 2022,
      '004_4505276ac13c66c6.txt': 2025,
    };
    for (const name of seedNames()) assert.equal(analyze(readSeed(name)).report.year, years[name], name);
  });
});
