// `nianbao next FILE`: next year's draft written beside the report, never over an existing file,
// in the report's encoding; on every seed, a draft the engine reads with no table error and with
// 二、上年结转 equal to the source's 四、结转下年度继续办理.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { Report } from '../../server/src/engine/model.ts';
import { rowOf } from '../../server/src/engine/tableLookup.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { seedNames, seedsDir, seedsMissing } from '../fixtures/seeds.ts';
import { ensureBuilt, root, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

const numbers = (report: Report, row: string) => rowOf(report, 'B', row)?.cells.map((c) => (c.value.kind === 'number' ? c.value.value : null)) ?? [];

describe('nianbao next', () => {
  it('writes the draft beside the report, says what it wrote, and never overwrites', () => {
    const dir = tempDir();
    const path = join(dir, '某某市某某局2023年报.txt');
    writeFileSync(path, buildReport({ year: 2023 }));
    const run = runCli(['next', path]);
    assert.equal(run.status, 0, run.stderr);
    const target = join(dir, '某某市某某局2024年报.txt');
    assert.match(run.stdout, new RegExp(`已写入 ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(run.stdout, /报告年度 2023 → 2024/);
    assert.equal(analyze(readFileSync(target, 'utf8')).report.year, 2024);

    writeFileSync(target, 'mine');
    const again = runCli(['next', path]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /文件已存在，未覆盖/);
    assert.equal(readFileSync(target, 'utf8'), 'mine', 'the existing file untouched');
  });

  it('keeps a GB18030 report\'s encoding; a name without the year gets it added', () => {
    const dir = tempDir();
    const path = join(dir, 'report.txt');
    writeFileSync(path, iconv.encode(buildReport({ year: 2022 }), 'gb18030'));
    const run = runCli(['next', '--lang', 'en', path]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /wrote .*report-2023\.txt/);
    const text = iconv.decode(readFileSync(join(dir, 'report-2023.txt')), 'gb18030');
    assert.match(text, /^某某市某某局2023年政府信息公开工作年度报告/);
  });

  it('writes examples/02-tab.txt\'s 二、上年结转 in its own columns, and says "1 place" in English', () => {
    // The trial's report: the draft's row was "…\t1\t0\t0\t0\t0\t0\t1\t\t", the first number in
    // the empty sub-item column; its 结转下年度 equals its 上年结转, so the row is the report's own.
    const dir = tempDir();
    const path = join(dir, '02-tab.txt');
    copyFileSync(join(root, 'examples', '02-tab.txt'), path);
    const run = runCli(['next', '--lang', 'en', path]);
    assert.equal(run.status, 0, run.stderr);
    const carriedLine = (text: string) => text.split('\n').find((l) => l.startsWith('二、上年结转'));
    assert.equal(carriedLine(readFileSync(join(dir, '02-tab-2024.txt'), 'utf8')), '二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t');
    assert.equal(carriedLine(readFileSync(path, 'utf8')), '二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t');
    assert.match(run.stdout, /The prose still tells of 2023 \(1 place\): rewrite it for 2024/);
  });

  it('says why when no year is read, and writes nothing', () => {
    const dir = tempDir();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, '一、总体情况\n本机关认真贯彻落实条例。\n');
    const run = runCli(['next', path]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /未读出报告年度/);
  });

  it('every seed: a draft read with no table error, 上年结转 = the source\'s 结转下年度', { skip: seedsMissing }, () => {
    const dir = tempDir();
    for (const name of seedNames()) {
      const path = join(dir, name);
      copyFileSync(join(seedsDir, name), path);
      const run = runCli(['next', path]);
      assert.equal(run.status, 0, `${name}: ${run.stderr}`);
      const written = /已写入 (.+)\n/.exec(run.stdout)?.[1];
      assert.ok(written, name);
      const source = analyze(readFileSync(path, 'utf8'));
      const draft = analyze(readFileSync(written, 'utf8'));
      assert.equal(draft.report.year, source.report.year! + 1, name);
      assert.deepEqual(draft.findings.filter((f) => f.rule.startsWith('table/') && f.severity === 'error').map((f) => f.message.zh), [], name);
      assert.deepEqual(numbers(draft.report, 'carried'), numbers(source.report, 'pending'), name);
    }
  });
});
