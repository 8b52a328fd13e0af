// Issue 15, "say what was done": --fix says what it wrote and what it left for a person; safe fixes
// are told from suggestions in every output; files that could not be checked appear in every
// output; a bad --output, an unknown rule id and usage errors get one clear line in the user's
// language.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { ensureBuilt, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

/** Table B's （七）总计 · 总计 written 70 for 7 (one safe fix) and table C's 行政复议 总计 3 for 2 (a suggestion only). */
function reportWithTwoDefects(): string {
  const values = cleanValues();
  values.B.total = [5, 1, 0, 0, 0, 1, 70];
  values.C[4] = 3;
  return buildReport({ values, layout: 'pipe' });
}

function write(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('nianbao check --fix says what it did', () => {
  it('names each fix it wrote (line, old → new) and what it left for a person, with why', () => {
    const dir = tempDir();
    const text = reportWithTwoDefects();
    const path = write(dir, 'wrong.txt', text);
    const r = runCli(['check', '--fix', path]);
    assert.equal(r.status, 1, r.stderr);
    const totalLine = lineOf(text, '（七）总计');
    assert.match(r.stdout, new RegExp(`wrong\\.txt: 已修复：第 ${totalLine} 行 70 → 7 \\(balance/cell\\)`));
    const cLine = text.split('\n').findIndex((l, i, all) => i > 0 && all[i - 1]!.includes('结果维持') && /^\d/.test(l.trim())) + 1;
    assert.match(r.stdout, new RegExp(`wrong\\.txt: 未自动修复：第 ${cLine} 行 balance/relation：.*需要人来`));
    assert.doesNotMatch(r.stdout, /已修复：.*balance\/relation/);
    const en = runCli(['check', '--fix', '--lang', 'en', write(dir, 'again.txt', text)]);
    assert.match(en.stdout, new RegExp(`again\\.txt: fixed: line ${totalLine} 70 → 7 \\(balance/cell\\)`));
    assert.match(en.stdout, /again\.txt: not fixed: line \d+ balance\/relation: .*a person must/);
  });

  it('puts what it wrote in the JSON, and says it on stderr beside SARIF', () => {
    const dir = tempDir();
    const json = JSON.parse(runCli(['check', '--fix', '--format', 'json', write(dir, 'a.txt', reportWithTwoDefects())]).stdout);
    const fixed = json.files[0].fixed;
    assert.deepEqual(fixed.applied.map((a: { rule: string; from: string; to: string }) => [a.rule, a.from, a.to]), [['balance/cell', '70', '7']]);
    assert.deepEqual(fixed.left.map((l: { rule: string }) => l.rule), ['balance/relation']);
    const sarif = runCli(['check', '--fix', '--format', 'sarif', write(dir, 'b.txt', reportWithTwoDefects())]);
    JSON.parse(sarif.stdout);
    assert.match(sarif.stderr, /b\.txt: 已修复：第 \d+ 行 70 → 7/);
  });

  it('tells a safe fix from a suggestion: "safe" in JSON, [可自动修复] / [有修改建议] in text', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithTwoDefects());
    const json = JSON.parse(runCli(['check', '--format', 'json', path]).stdout);
    const byRule = (rule: string) => json.files[0].diagnostics.find((d: { rule: string }) => d.rule === rule);
    assert.equal(byRule('balance/cell').fixes[0].safe, true);
    assert.ok(byRule('balance/relation').fixes.length > 0);
    assert.ok(byRule('balance/relation').fixes.every((f: { safe: boolean }) => f.safe === false));
    const text = runCli(['check', path]).stdout;
    assert.match(text, /balance\/cell .*\[可自动修复\]$/m);
    assert.match(text, /balance\/relation .*\[有修改建议\]$/m);
    assert.doesNotMatch(text, /\[可修复\]/);
    const en = runCli(['check', '--lang', 'en', path]).stdout;
    assert.match(en, /balance\/cell .*\[auto-fixable\]$/m);
    assert.match(en, /balance\/relation .*\[suggested fix\]$/m);
  });
});
