// Ctrl-C in the middle of a batch: the run ends as an interrupted one (exit 130), says that it
// wrote nothing, leaves no temporary file beside --output, and on a terminal shows again the
// cursor the progress bar hid (it stayed hidden in the user's shell before).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
