// --fix from worker threads, stopped midway (Ctrl-C): the process ends each worker wherever it
// stands, and one stopped inside a write would leave its temporary file beside the report. The run
// shuts its write gate first (cli/writeGate.ts): the write under way is finished, none begins after.
// Here a worker's write stalls inside its temporary file, and the thread is stopped there, as
// process.exit stops it, with the gate shut first and without. (interrupt.test.ts stops real runs.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { newWriteGate, shutGate, throughGate } from '../../server/src/cli/writeGate.ts';
import { stalledFixWrite } from '../fixtures/fixWriteInWorker.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { tempDir } from './cliRunner.ts';

function fixable(): { dir: string; path: string; original: string; fixed: string } {
  const values = cleanValues();
  values.B.total = [5, 1, 0, 0, 0, 1, 70];
  const original = buildReport({ values });
  const dir = tempDir();
  const path = join(dir, 'r.txt');
  writeFileSync(path, original);
  return { dir, path, original, fixed: buildReport() };
}

describe('the write gate of --fix', () => {
  it('a worker stopped inside its write leaves its temporary file behind (what the gate is for)', async () => {
    const { dir, path, original, fixed } = fixable();
    const write = await stalledFixWrite({ path, fixed, gate: newWriteGate(), stallMs: 60_000 });
    await write.stop();
    assert.equal(readFileSync(path, 'utf8'), original, 'the rename never came: the report as it was');
    assert.equal(readdirSync(dir).filter((n) => n.endsWith('.tmp')).length, 1);
  });

  it('shut before the worker is stopped: the write under way is finished, whole, and nothing is left beside it', async () => {
    const { dir, path, fixed } = fixable();
    const gate = newWriteGate();
    const write = await stalledFixWrite({ path, fixed, gate, stallMs: 300 });
    shutGate(gate);
    await write.stop();
    assert.equal(readFileSync(path, 'utf8'), fixed);
    assert.deepEqual(readdirSync(dir), ['r.txt']);
    // None begins after.
    let ran = false;
    assert.equal(throughGate(gate, () => (ran = true)), null);
    assert.equal(ran, false);
  });

  it('open, it runs each write and gives back what it returned', () => {
    const gate = newWriteGate();
    assert.equal(throughGate(gate, () => 7), 7);
    assert.throws(() => throughGate(gate, () => { throw new Error('boom'); }), /boom/);
    assert.equal(throughGate(gate, () => 8), 8);
  });
});
