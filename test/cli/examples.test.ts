// The example reports of examples/ (the README's first command checks them on a clone that has
// only the repo): the CLI finds exactly the findings examples/README.md lists, and the files are
// what scripts/build-examples.ts writes today, so neither the list nor the files can drift.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureBuilt, root, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

const examples = join(root, 'examples');
const severityWord: Record<string, string> = { error: '错误', warning: '警告', information: '信息', hint: '提示' };

/** examples/README.md's table: file → its findings as `line:column severity rule`. */
function listed(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync(join(examples, 'README.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!file) continue;
    rows.set(file, [...(cells[4] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!).sort());
  }
  return rows;
}

describe('examples/', () => {
  it('every example file is listed in examples/README.md', () => {
    const files = readdirSync(examples).filter((f) => f !== 'README.md').sort();
    assert.deepEqual([...listed().keys()].sort(), files);
  });

  it('nianbao check examples finds exactly the findings the README lists, and exits 1', () => {
    const r = runCli(['check', '--format', 'json', 'examples'], {}, root);
    assert.equal(r.status, 1, r.stderr);
    const found = new Map<string, string[]>();
    for (const f of JSON.parse(r.stdout).files as { path: string; diagnostics: { rule: string; severity: string; range: { start: { line: number; character: number } } }[] }[]) {
      const name = f.path.replace(/^examples[\\/]/, '');
      found.set(name, f.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severityWord[d.severity]} ${d.rule}`).sort());
    }
    assert.deepEqual(found, listed());
  });

  it('the text output names each planted finding with the same line, column and rule', () => {
    const r = runCli(['check', 'examples'], {}, root);
    assert.equal(r.status, 1);
    for (const [file, findings] of listed()) {
      for (const f of findings) {
        const [place, severity, rule] = f.split(' ');
        assert.match(r.stdout, new RegExp(`examples/${file.replace('.', '\\.')}:${place} (\\[[^\\]]+\\] )?${severity} ${rule} `), `${file}: ${f}`);
      }
    }
  });

  it('the examples are what scripts/build-examples.ts writes', () => {
    const dir = tempDir();
    const built = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-examples.ts'), dir], { cwd: root, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    for (const name of readdirSync(dir)) {
      assert.ok(readFileSync(join(dir, name)).equals(readFileSync(join(examples, name))), `examples/${name} is out of date: run npx tsx scripts/build-examples.ts`);
    }
  });
});
