// Every seed through the built CLI: exactly the errors and warnings of ../shared/seeds/expected.json,
// no more, no fewer (hints and information are free), each matched by severity, rule prefix and line.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { expectedFindings, seedsDir, seedsMissing } from '../fixtures/seeds.ts';
import { ensureBuilt, runCli } from './cliRunner.ts';

before(ensureBuilt);

interface Diagnostic { rule: string; severity: string; message: string; range: { start: { line: number } } }

describe('nianbao check on the seeds', { skip: seedsMissing }, () => {
  const expected = expectedFindings();
  const names = Object.keys(expected);
  let files: { path: string; diagnostics: Diagnostic[] }[] = [];
  before(() => {
    const r = runCli(['check', '--format', 'json', ...names.map((n) => join(seedsDir, n))]);
    files = JSON.parse(r.stdout).files;
  });
  for (const name of names) {
    it(name, () => {
      const file = files.find((f) => f.path.endsWith(name));
      assert.ok(file, `${name} was checked`);
      const got = file.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      const wants = expected[name] ?? [];
      const fits = (d: Diagnostic, e: (typeof wants)[number]) =>
        d.severity === e.severity && d.rule.startsWith(e.rule) && d.range.start.line >= e.lines[0] && d.range.start.line <= e.lines[1];
      const missing = wants.filter((e) => !got.some((d) => fits(d, e))).map((e) => `${e.severity} ${e.rule} ${e.lines.join('-')}: ${e.what}`);
      const extra = got.filter((d) => !wants.some((e) => fits(d, e))).map((d) => `${d.severity} ${d.rule} line ${d.range.start.line}: ${d.message}`);
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    });
  }
});
