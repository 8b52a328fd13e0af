// The real published reports of ../shared/corpus, read in place through the built CLI (never copied
// into the repo): tables B and C read whole in every one, no table error, every relation of table B
// holding or said (a blank total), the agency's deadline right. What ../shared/tools/corpus-read.mjs
// prints, kept by a test. Skipped, saying so, where ../shared is not beside the repo.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureBuilt, runCli } from './cliRunner.ts';

const corpusDir = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const corpusMissing: string | false = existsSync(corpusDir) ? false : `skipped: no published reports at ${corpusDir} (../shared is not beside the repo)`;

before(ensureBuilt);

interface Row { key: string; values: (number | string | null)[]; summedIn?: string }
interface Extracted { path: string; format: string; tables: { B: { rows: Row[] } | null; C: { values: (number | string | null)[] } | null } }
interface Diagnostic { rule: string; severity: string; message: string }

describe('the published reports of ../shared/corpus', { skip: corpusMissing }, () => {
  const files = corpusMissing ? [] : readdirSync(corpusDir).filter((n) => /\.(txt|md|html?|shtml|docx|pdf|js)$/i.test(n) && !/^README/i.test(n)).sort();
  let extracted: Extracted[] = [];
  let checked: { path: string; diagnostics: Diagnostic[] }[] = [];
  before(() => {
    const paths = files.map((f) => join(corpusDir, f));
    extracted = JSON.parse(runCli(['extract', '--format', 'json', ...paths]).stdout).files;
    checked = JSON.parse(runCli(['check', '--format', 'json', '--no-workspace', ...paths]).stdout).files;
  });
  for (const name of files) {
    it(`${name}: tables B and C read whole, no table error, no false deadline`, () => {
      const e = extracted.find((f) => f.path.endsWith(name));
      const c = checked.find((f) => f.path.endsWith(name));
      assert.ok(e && c, `${name} was read`);
      const rows = e.tables.B?.rows ?? [];
      const numbers = (v: unknown) => v === null || typeof v === 'number';
      const whole = rows.filter((r) => r.values.length === 7 && r.values.every(numbers));
      assert.ok(whole.length >= (e.format === '2019' ? 23 : 25), `${name}: ${whole.length} rows of table B read whole`);
      assert.equal(e.tables.C?.values.length, 15);
      assert.ok(e.tables.C?.values.every(numbers));
      // Table A has no relations to split a glued row by: such a row is not read, and table/unread
      // says so (011's crawler text runs 行政规范性文件's three numbers into "693665"). Tables B and C
      // must be read whole.
      const aboutTableA = (d: Diagnostic) => d.rule === 'table/unread' && /^主动公开政府信息情况表未能完整读出：\d+ 行数字粘连/.test(d.message);
      const wrong = c.diagnostics.filter((d) => (d.rule.startsWith('table/') && d.severity !== 'hint' && d.severity !== 'information' && !aboutTableA(d)) || d.rule === 'balance/relation' || d.rule === 'balance/cell' || d.rule === 'date/publication-late');
      assert.deepEqual(wrong.map((d) => `${d.rule}: ${d.message}`), []);
    });
  }
});
