// Neovim (Debian's, headless, its built-in LSP client) against `node dist/server.js --stdio`: on a
// copy of seed 002, the diagnostics it receives equal the CLI's findings for the same file, a code
// action request on the wrong total returns the fix to 30, and applying it clears that error.
// Needs `nvim` on PATH and a built dist/ (npm run build); run by test/e2e/run.mjs or alone:
//   node --test test/e2e/neovim/neovim.test.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '..', '..', '..');
const seed = resolve(root, '..', 'shared', 'seeds', '002_7b4b25fcf59f7d61.txt');
const server = join(root, 'dist', 'server.js');
const cli = join(root, 'dist', 'cli.js');
const severities = { error: 1, warning: 2, information: 3, hint: 4 };

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = !hasNvim ? 'skipped: no nvim on PATH (apt-get install neovim)'
  : !existsSync(seed) ? `skipped: no seed at ${seed}`
  : !existsSync(server) ? 'skipped: no dist/server.js (npm run build)'
  : false;

/** Ends a process (and its group when it leads one) by id; quiet when it is already gone. */
function end(pid) {
  if (!pid) return;
  for (const target of [-pid, pid]) {
    try { process.kill(target, 'SIGKILL'); } catch { /* gone */ }
  }
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Runs the Lua script in a headless Neovim, at most `ms`, and returns what it recorded. */
async function runNeovim(file, ms = 90_000) {
  const out = join(file, '..', 'result.json');
  const child = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(import.meta.dirname, 'lsp.lua')}`], {
    env: { ...process.env, NIANBAO_SERVER: server, NIANBAO_FILE: file, NIANBAO_OUT: out, NIANBAO_NODE: process.execPath },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so the server it starts is ended with it
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const timer = setTimeout(() => end(child.pid), ms);
  const code = await new Promise((done) => child.on('close', (c, s) => done(c ?? s)));
  clearTimeout(timer);
  end(child.pid);
  if (!existsSync(out)) throw new Error(`neovim exited ${code} without a result (timeout ${ms} ms?)\n${output.slice(-2000)}`);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  if (result.server_pid && alive(result.server_pid)) end(result.server_pid);
  return result;
}

test('neovim: diagnostics for seed 002 arrive and the code action fixes the total', { skip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-nvim-'));
  try {
    // A writable copy in a temp folder (the seeds are read-only): the seed itself is never touched.
    const file = join(dir, '宁河镇2020年政府信息公开工作年度报告.txt');
    writeFileSync(file, readFileSync(seed));
    const json = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--no-workspace', file], { encoding: 'utf8' });
    const expected = JSON.parse(json.stdout).files[0].diagnostics;
    assert.ok(expected.length > 0, 'the CLI finds something in seed 002');

    const result = await runNeovim(file);
    assert.deepEqual(result.errors, [], `neovim script: ${result.errors.join('; ')} (steps done: ${result.steps.join(', ')})`);
    assert.equal(result.server_name, 'nianbao');

    // Diagnostics received equal the CLI's findings: count, lines, severities, rules.
    const received = result.published[0].diagnostics;
    const key = (d) => `${d.range.start.line}:${d.severity}:${d.code}`;
    assert.deepEqual(
      received.map(key).sort(),
      expected.map((f) => `${f.range.start.line}:${severities[f.severity]}:${f.rule}`).sort(),
    );
    assert.equal(result.neovim_diagnostics, expected.length, 'vim.diagnostic.get() holds them all');
    const error = received.find((d) => d.severity === 1);
    assert.equal(error.code, 'balance/cell');

    // The code action on it is the fix to 30.
    const fix = result.actions.find((a) => a.edit);
    assert.ok(fix, `a code action with an edit among ${result.actions.map((a) => a.title).join(', ')}`);
    assert.match(fix.title, /30/);
    const edits = fix.edit.changes ? Object.values(fix.edit.changes).flat() : fix.edit.documentChanges.flatMap((c) => c.edits);
    assert.deepEqual(edits.map((e) => e.newText), ['30']);

    // Applied, the line holds 30 and the server drops the error.
    assert.match(result.fixed_line, /30/);
    const after = result.published.at(-1).diagnostics;
    assert.equal(after.filter((d) => d.severity === 1).length, 0, 'no error after the fix');
    assert.equal(after.length, received.length - 1, 'only the fixed finding went away');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
