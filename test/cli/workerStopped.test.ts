// --fix with worker threads: a worker is stopped either as stuck on one file (workers.ts
// lookForStuck) or because the run ends (stopPool, on Ctrl-C or a failure of ours). Stopped inside
// a write it would leave a temporary file beside the report; stopped after writing a report but
// before sending that file's outcome, the report would be changed and the run say nothing of it
// (the file put back, checked again, found with nothing left to fix). Here nianbao's own worker
// stalls at those moments (fixtures/stallingWorker.ts), and the main thread's side is run against it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CheckFileTask, CheckSettings } from '../../server/src/cli/checkFile.ts';
import { cutOffLines } from '../../server/src/cli/check.ts';
import { stopPool } from '../../server/src/cli/workers.ts';
import { newWriteGate } from '../../server/src/cli/writeGate.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { letGo, newStall, stalled, stalledBlocking, stallingHelper } from '../fixtures/stallingWorker.ts';
import { tempDir } from './cliRunner.ts';

const values = cleanValues();
values.B.total = [5, 1, 0, 0, 0, 1, 70];
/** A report with one safe fix (a total of table B), and the same report fixed. */
const original = buildReport({ values });
const fixed = buildReport();

/** `count` reports to fix in a new folder, r0.txt, r1.txt, …, as the tasks of a run. */
function reports(count: number): { dir: string; tasks: CheckFileTask[] } {
  const dir = tempDir();
  const tasks = Array.from({ length: count }, (_, index) => {
    const path = join(dir, `r${index}.txt`);
    writeFileSync(path, original);
    return { index, path, onlyIfReport: false };
  });
  return { dir, tasks };
}

function fixing(gate = newWriteGate()): CheckSettings {
  return { options: {}, fix: true, language: 'zh', html: false, json: false, workspace: false, skipNonReports: false, writeGate: gate };
}

describe('a worker stopped while --fix writes', () => {
  it('stuck past its time inside a write: left to finish it, the report wholly fixed and said, no temporary file', async () => {
    const { dir, tasks } = reports(1);
    const gate = newWriteGate();
    const stall = newStall('r0.txt', 'write');
    const run = stallingHelper(tasks, fixing(gate), stall);
    await stalled(stall);
    // Every file is stuck at once (giveUpMs 0): the worker is looked at while its write stands still.
    run.helper.lookForStuck();
    letGo(stall);
    await run.idle();
    assert.deepEqual(stopPool(gate, [run.helper]), [], 'at the end, no write under way: none named');
    assert.equal(run.outcomes.length, 1);
    const [outcome] = run.outcomes;
    assert.deepEqual(outcome?.problems, [], 'not given up');
    assert.equal(outcome?.result?.fixed?.applied.length, 1, 'the fix written is said');
    assert.equal(readFileSync(tasks[0]!.path, 'utf8'), fixed);
    assert.deepEqual(readdirSync(dir), ['r0.txt']);
  });

  it('stuck on a file after writing another of its files: that file is said fixed, once, and the stuck one given up', async () => {
    // Eight files for one thread come in chunks of two (workers.ts): r0 is fixed and written, then the worker stalls opening r1.
    const { dir, tasks } = reports(8);
    const stall = newStall('r1.txt', 'read');
    const run = stallingHelper(tasks, fixing(), stall);
    await run.fed;
    // r0's outcome, sent before the stall, is still unread when the worker is looked at.
    stalledBlocking(stall);
    run.helper.lookForStuck();
    letGo(stall);
    await run.idle();
    run.helper.close();
    assert.deepEqual(run.outcomes.map((o) => o.index).sort(), [0, 1, 2, 3, 4, 5, 6, 7], 'each file said once');
    const byIndex = new Map(run.outcomes.map((o) => [o.index, o]));
    assert.equal(byIndex.get(0)?.result?.fixed?.applied.length, 1, 'r0, written before the worker was stopped, is said fixed');
    assert.equal(byIndex.get(1)?.failed, true);
    assert.match(byIndex.get(1)?.problems[0]?.message ?? '', /已放弃/);
    for (const i of [2, 3, 4, 5, 6, 7]) assert.equal(byIndex.get(i)?.result?.fixed?.applied.length, 1, `r${i} fixed`);
    assert.equal(readFileSync(tasks[1]!.path, 'utf8'), original, 'the file given up is as it was');
    for (const i of [0, 2, 3, 4, 5, 6, 7]) assert.equal(readFileSync(tasks[i]!.path, 'utf8'), fixed);
    assert.equal(readdirSync(dir).length, 8, 'nothing but the reports');
  });

  it('at the end of a run, a write not finished in time is named: its fixes may not have been written', async () => {
    const { dir, tasks } = reports(1);
    const gate = newWriteGate();
    const stall = newStall('r0.txt', 'write');
    const run = stallingHelper(tasks, fixing(gate), stall);
    await stalled(stall);
    // The gate's limit spent at once: the worker is stopped inside its write, as a run that ends after 10 s would.
    // (Stopping the worker ends its stall: it is never let go, and never writes.)
    assert.deepEqual(stopPool(gate, [run.helper], 0), [tasks[0]!.path]);
    assert.equal(readFileSync(tasks[0]!.path, 'utf8'), original);
    // The temporary file left is the one the line names (the worker is a thread of this process).
    assert.match(readdirSync(dir).filter((n) => n !== 'r0.txt').join(), new RegExp(`^\\.r0\\.txt\\.nianbao-${process.pid}-[0-9a-f]{8}\\.tmp$`));
    const [zh, zhCount] = cutOffLines([tasks[0]!.path], 10_000, 'zh');
    assert.equal(zh, `${tasks[0]!.path}: 运行停止时修复仍在写入（已等待 10 秒），可能未写入：该文件或未改动，或已完整修复；旁边可能留有临时文件 .r0.txt.nianbao-${process.pid}-*.tmp，可删除`);
    assert.equal(zhCount, '1 个文件的修复可能未写入（见上）');
    const [en, enCount] = cutOffLines([tasks[0]!.path], 10_000, 'en');
    assert.match(en ?? '', /r0\.txt: its fixes were still being written when the run stopped \(waited 10 s\) and may not have been written: the file is either as it was or wholly fixed, and a temporary file \.r0\.txt\.nianbao-\d+-\*\.tmp may be left beside it/);
    assert.equal(enCount, '1 file whose fixes may not have been written (see above)');
  });
});
