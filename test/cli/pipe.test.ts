// The CLI's output read by a command that stops early (`nianbao extract dir | head`): the reader
// closing the pipe is no error of the run's. Nothing is printed on stderr for it, and the exit
// status is still what the run found.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { cli, ensureBuilt, tempDir } from './cliRunner.ts';

before(ensureBuilt);

/** Runs `nianbao ARGS | head -c 1`: the status of nianbao itself, and its stderr. */
function intoHead(args: string[]): { status: number; stderr: string } {
  const quoted = [process.execPath, cli, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} 2>"$ERR" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "$ERR"`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', ERR: join(tempDir(), 'stderr') },
  });
  const [status, ...stderr] = r.stdout.split('\n');
  return { status: Number(status), stderr: stderr.join('\n').trim() };
}

describe('output into a pipe that closes early', () => {
  // Far more than a pipe holds (64 KB), so that writing goes on after `head` has gone.
  const dir = tempDir();
  const paths = Array.from({ length: 12 }, (_, i) => {
    const path = join(dir, `${i}.txt`);
    writeFileSync(path, buildReport({ layout: 'tab', year: 2023 }));
    return path;
  });

  it('extract: no stack trace, status 0', () => {
    const r = intoHead(['extract', ...paths]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });

  it('text: no stack trace, status 0', () => {
    const r = intoHead(['text', ...paths]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });

  it('check: no stack trace, the status of what it found', () => {
    // Every report with a date that does not exist: an error each, so the status is 1.
    const wrong = paths.map((path, i) => {
      const bad = join(dir, `wrong-${i}.txt`);
      writeFileSync(bad, `${buildReport({ layout: 'tab', year: 2023 })}\n2024年2月30日\n`);
      return bad;
    });
    for (const format of ['text', 'json']) {
      const r = intoHead(['check', '--format', format, ...wrong]);
      assert.equal(r.stderr, '', format);
      assert.equal(r.status, 1, format);
    }
  });
});
