// Ctrl-C in the middle of a batch: the run ends as an interrupted one (exit 130), says that it
// wrote nothing, leaves no temporary file beside --output, and on a terminal shows again the
// cursor the progress bar hid (it stayed hidden in the user's shell before).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { cli, ensureBuilt, tempDir } from './cliRunner.ts';

before(ensureBuilt);

/** A folder of reports large enough that the run is still checking them when it is interrupted. */
function folder(): string {
  const dir = tempDir();
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  for (let i = 0; i < 1500; i++) writeFileSync(join(reports, `r${i}.txt`), buildReport({ layout: allLayouts[i % allLayouts.length]!, values: cleanValues(), agency: `甲市第${i}局` }));
  return dir;
}

/** Resolves once `ready()` holds (polled), or rejects after 30 s. */
async function until(ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready(); waited += 20) {
    if (waited > 30_000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

describe('check interrupted', () => {
  it('by SIGINT while writing a page: exit 130, said, and no page nor temporary file left', async () => {
    const dir = folder();
    const child = spawn(process.execPath, [cli, 'check', '--format', 'html', '--output', join(dir, 'out.html'), join(dir, 'reports')], {
      env: { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', LC_ALL: '' },
    });
    const done = exited(child);
    // The details of the reports checked so far are on disk: the run is midway.
    await until(() => readdirSync(dir).some((f) => f.startsWith('out.html.details-')));
    child.kill('SIGINT');
    const { code, err } = await done;
    assert.equal(code, 130);
    assert.match(err, /已中断，未输出检查结果/);
    assert.deepEqual(readdirSync(dir), ['reports']);
  });

  it('by SIGINT while --fix writes (in the main thread or a worker): no temporary file left, every report as it was or wholly fixed', async () => {
    const values = cleanValues();
    values.B.total = [5, 1, 0, 0, 0, 1, 70];
    const original = buildReport({ values });
    const fixed = buildReport();
    // Stopped at the 1st, 3rd, 10th and 40th fix seen being written: a temporary file in the folder
    // is a write under way, the moment a stop must not cut into (no timing: the run is watched).
    for (const writesSeen of [1, 3, 10, 40]) {
      const dir = tempDir();
      // Enough files for the worker threads to take part (workers.ts PARALLEL_FROM) and to be midway when stopped.
      for (let i = 0; i < 400; i++) writeFileSync(join(dir, `r${i}.txt`), original);
      const child = spawn(process.execPath, [cli, 'check', '--fix', dir], { env: { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
      const done = exited(child);
      const seen = new Set<string>();
      let finished = false;
      void done.then(() => (finished = true));
      for (;;) {
        for (const name of readdirSync(dir)) if (name.endsWith('.tmp')) seen.add(name);
        if (seen.size >= writesSeen || finished) break;
        await new Promise((r) => setImmediate(r));
      }
      assert.ok(!finished, `the run ended before ${writesSeen} writes were seen`);
      child.kill('SIGINT');
      const { code } = await done;
      assert.equal(code, 130);
      const names = readdirSync(dir);
      assert.deepEqual(names.filter((n) => !/^r\d+\.txt$/.test(n)), [], `stopped after ${writesSeen} writes seen: nothing but the reports`);
      let wholly = 0;
      for (const name of names) {
        const text = readFileSync(join(dir, name), 'utf8');
        assert.ok(text === original || text === fixed, `${name} is as it was or wholly fixed`);
        if (text === fixed) wholly++;
      }
      assert.ok(wholly > 0 && wholly < names.length, `stopped midway (${wholly} of ${names.length} fixed)`);
    }
  });

  it('by Ctrl-C on a terminal: the progress bar is cleared and the cursor shown again', async (t) => {
    // util-linux's script gives the run a terminal; Ctrl-C is typed into it as a person would.
    if (spawnSync('script', ['--version']).status !== 0) return t.skip('skipped: no `script` (util-linux) to give the run a terminal');
    const dir = folder();
    const command = `${process.execPath} ${cli} check ${join(dir, 'reports')} > ${join(dir, 'out.txt')}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', CI: '' } });
    let terminal = '';
    child.stdout.on('data', (d: Buffer) => (terminal += d.toString()));
    const done = new Promise((resolve) => child.on('close', resolve));
    await until(() => /\d+\/1500/.test(terminal));
    child.stdin.write('\x03');
    await done;
    const lastBar = terminal.lastIndexOf('/1500');
    const cursorShown = terminal.lastIndexOf('\x1b[?25h');
    assert.ok(terminal.includes('\x1b[?25l'), 'the bar hid the cursor');
    assert.ok(cursorShown > lastBar, 'the cursor is shown again after the last bar drawn');
    assert.match(terminal.slice(lastBar), /已中断/);
  });
});
