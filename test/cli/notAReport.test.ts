// Issue 14, "never pass a report unread", the CLI's side: a named file that is no report is said to
// be none and counts as a file that could not be checked (exit 2, unless --skip-non-reports); a
// folder walk lists what it skipped; a page nianbao wrote is never taken for a report; reports
// read only in part (table/unread) are counted.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { coloursFor, runSummary } from '../../server/src/cli/textOutput.ts';
import type { JsonFile } from '../../server/src/cli/fileResult.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { ensureBuilt, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

const NOT_A_REPORT = '不是年度报告：未找到标题、章节或表格';
/** Why each file of folder() is no report, in Chinese and in English: an empty file is said to be empty. */
const why: Record<string, [string, string]> = {
  'empty.txt': ['不是年度报告：文件是空的', 'not an annual report: the file is empty'],
  'note.txt': [NOT_A_REPORT, 'not an annual report: no title, sections or tables found'],
  'random.md': [NOT_A_REPORT, 'not an annual report: no title, sections or tables found'],
};

/** A folder with a report and three files that are none: empty, a note, random letters. */
function folder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'report.txt'), buildReport());
  writeFileSync(join(dir, 'empty.txt'), ' \r\n\t\n');
  writeFileSync(join(dir, 'note.txt'), '明天下午三点在三楼会议室开会，讨论政务公开工作。\n');
  writeFileSync(join(dir, 'random.md'), 'qz8Kp0 vLm3nX 77a1b9 ZZtop 4Rr9ww\n'.repeat(40));
  return dir;
}

describe('a file that is no report', () => {
  it('named: said to be no report, a file that could not be checked (exit 2)', () => {
    const dir = folder();
    for (const name of ['empty.txt', 'note.txt', 'random.md']) {
      const r = runCli(['check', join(dir, 'report.txt'), join(dir, name)]);
      assert.equal(r.status, 2, name);
      assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}: ${why[name]![0]}`));
      assert.match(r.stdout, /1 个文件无法检查/);
      const json = JSON.parse(runCli(['check', '--format', 'json', '--lang', 'en', join(dir, name)]).stdout);
      assert.deepEqual(json.files, []);
      assert.deepEqual(json.errors, [{ path: join(dir, name), message: why[name]![1] }]);
    }
    const zero = join(dir, 'zero.txt');
    writeFileSync(zero, '');
    assert.match(runCli(['check', zero]).stderr, /zero\.txt: 不是年度报告：文件是空的\n/);
  });

  it('named, with --skip-non-reports: skipped and listed, exit 0', () => {
    const dir = folder();
    const r = runCli(['check', '--skip-non-reports', join(dir, 'report.txt'), join(dir, 'note.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`跳过 1 个文件，未检查：\\n  .*note\\.txt：${NOT_A_REPORT}`));
  });

  it('in a folder: skipped, and listed in the summary, the JSON and the HTML page', () => {
    const dir = folder();
    const r = runCli(['check', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 个文件，0 个错误/);
    assert.match(r.stdout, /跳过 3 个文件，未检查：/);
    for (const name of ['empty.txt', 'note.txt', 'random.md']) assert.match(r.stdout, new RegExp(`  .*${name.replace('.', '\\.')}：${why[name]![0]}`));
    const json = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual(json.skipped.map((s: { path: string }) => s.path.slice(dir.length + 1)), ['empty.txt', 'note.txt', 'random.md']);
    const out = join(tempDir(), 'page.html');
    runCli(['check', '--format', 'html', '--output', out, dir]);
    const page = readFileSync(out, 'utf8');
    assert.match(page, /跳过的文件 \(3\)/);
    assert.match(page, new RegExp(`note\\.txt</code></td><td>${NOT_A_REPORT}`));
  });

  it('in a folder: a file of a type not searched for (a scan, a spreadsheet, an .ofd, no extension) is listed as skipped with why, never dropped', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.txt'), buildReport());
    for (const name of ['scan.jpg', 'tables.xlsx', '2023年报.ofd', 'LIST', '.hidden.txt']) writeFileSync(join(dir, name), 'x\n');
    const r = runCli(['check', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 个文件，0 个错误/);
    assert.match(r.stdout, /跳过 4 个文件，未检查：\n/);
    for (const [name, why] of [['scan.jpg', '文件夹中不查找 .jpg 文件'], ['2023年报.ofd', '文件夹中不查找 .ofd 文件'], ['LIST', '文件夹中不查找无扩展名的文件']]) {
      assert.match(r.stdout, new RegExp(`\\n  .*/${name!.replace('.', '\\.')}：${why}\\n`));
    }
    const json = JSON.parse(runCli(['check', '--format', 'json', '--lang', 'en', dir]).stdout);
    assert.deepEqual(json.skipped.map((s: { path: string; message: string }) => [s.path.slice(dir.length + 1), s.message]).sort(), [
      ['2023年报.ofd', '.ofd files are not searched for in a folder'],
      ['LIST', 'files without an extension are not searched for in a folder'],
      ['scan.jpg', '.jpg files are not searched for in a folder'],
      ['tables.xlsx', '.xlsx files are not searched for in a folder'],
    ], 'hidden files are left out, as hidden folders and node_modules are');
  });

  it('in a folder: skipped, and listed in SARIF as notes, the run still successful', () => {
    const dir = folder();
    const r = runCli(['check', '--format', 'sarif', dir]);
    assert.equal(r.status, 0, r.stderr);
    const invocation = JSON.parse(r.stdout).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, true);
    const notes = invocation.toolExecutionNotifications.map((n: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      `${n.level} ${n.locations[0]!.physicalLocation.artifactLocation.uri.slice(n.locations[0]!.physicalLocation.artifactLocation.uri.lastIndexOf('/') + 1)} ${n.message.text}`);
    assert.deepEqual(notes, ['empty.txt', 'note.txt', 'random.md'].map((name) => `note ${name} 已跳过：${why[name]![0]}`));
    const en = JSON.parse(runCli(['check', '--format', 'sarif', '--lang', 'en', dir]).stdout).runs[0].invocations[0];
    assert.match(en.toolExecutionNotifications[0].message.text, /^skipped: not an annual report/);
  });

  it('in a folder: a notice asking for the reports and a letter sending one are no report, though they name one; a draft of its title alone is one', () => {
    // As an evaluator's folder holds them beside the reports (seen by the evaluator trial: each got
    // three table/missing errors, and the notice a date/publication-early).
    const dir = tempDir();
    writeFileSync(join(dir, 'report.txt'), buildReport());
    writeFileSync(join(dir, '通知.txt'), '各区县人民政府办公室：\n请于2024年1月31日前报送本单位2023年政府信息公开工作年度报告。\n特此通知。\n市政务公开办\n2024年1月5日\n');
    writeFileSync(join(dir, '报送函.txt'), '关于报送甲区民政局2023年政府信息公开工作年度报告的函\n\n甲区政务公开办公室：\n现将我局2023年政府信息公开工作年度报告报送你们，请审阅。\n\n附件：甲区民政局2023年政府信息公开工作年度报告\n\n甲区民政局\n2024年1月20日\n');
    writeFileSync(join(dir, '附件.txt'), '附件：甲区民政局2023年政府信息公开工作年度报告\n\n甲区民政局\n');
    writeFileSync(join(dir, '草稿.txt'), '甲区民政局2023年政府信息公开工作年度报告\n');
    const json = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path.slice(dir.length + 1)).sort(), ['report.txt', '草稿.txt']);
    assert.deepEqual(json.skipped.map((s: { path: string; message: string }) => [s.path.slice(dir.length + 1), s.message]).sort(), [
      ['报送函.txt', NOT_A_REPORT],
      ['通知.txt', NOT_A_REPORT],
      ['附件.txt', NOT_A_REPORT],
    ]);
  });

  it('a page nianbao wrote is never taken for a report, in a folder or named', () => {
    const dir = folder();
    const page = join(dir, 'results.html');
    runCli(['check', '--format', 'html', '--output', page, dir]);
    assert.match(readFileSync(page, 'utf8'), /<meta name="generator" content="nianbao \d+\.\d+\.\d+">/);
    const again = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual(again.files.map((f: { path: string }) => f.path), [join(dir, 'report.txt')]);
    assert.ok(again.skipped.some((s: { path: string; message: string }) => s.path === page && /nianbao 生成的检查结果页面/.test(s.message)));
    const named = runCli(['check', page]);
    assert.equal(named.status, 2);
    assert.match(named.stderr, /results\.html: 不是年度报告：这是 nianbao 生成的检查结果页面/);
  });

  it('a crawler text with its body on one line is a report', () => {
    const dir = tempDir();
    const [title, ...body] = buildReport({ layout: 'pipe' }).split('\n');
    const path = join(dir, 'crawled.txt');
    writeFileSync(path, `标题: ${title}\n发布时间: 2024-01-20 10:00\n${body.join(' ')}\n`);
    const r = runCli(['check', '--format', 'json', path]);
    const out = JSON.parse(r.stdout);
    assert.equal(out.files.length, 1, r.stderr);
    assert.deepEqual(out.errors, []);
  });
});

describe('reports read only in part', () => {
  it('the summary counts the reports with a table/unread finding as 读取不全', () => {
    const file = (path: string, rules: string[]): JsonFile => ({
      path, year: 2023, format: '2021',
      diagnostics: rules.map((rule) => ({ rule, severity: 'warning', message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, related: [], fixes: [] })),
    });
    const files = [file('a.txt', ['table/unread', 'table/unread']), file('b.txt', ['table/unread']), file('c.txt', ['date/weekday'])];
    assert.match(runSummary(files, [], [], 'zh', coloursFor(false)), /\n2 份报告读取不全（table\/unread，或文件有未读取的部分）\n/);
    assert.match(runSummary(files, [], [], 'en', coloursFor(false)), /\n2 reports not read whole \(table\/unread, or parts of the file not read\)\n/);
    assert.doesNotMatch(runSummary([files[2]!], [], [], 'zh', coloursFor(false)), /读取不全/);
  });

  it('and those whose reading left part of the text unread (a page with no text layer), not those only noted', () => {
    const file = (path: string, notes: JsonFile['notes']): JsonFile => ({ path, year: 2023, format: '2021', diagnostics: [], convertedFrom: 'pdf', notes });
    const scanned = file('a.pdf', [{ message: '第 2 页没有文字层（可能是扫描页），未读取', textNotRead: true }]);
    const deep = file('b.html', [{ message: '网页的元素嵌套超过 256 层，更深处只读取了文字（其中的表格未按表格读取）', textNotRead: false }]);
    assert.match(runSummary([scanned, deep, file('c.docx', undefined)], [], [], 'zh', coloursFor(false)), /\n1 份报告读取不全/);
    assert.doesNotMatch(runSummary([deep], [], [], 'zh', coloursFor(false)), /读取不全/);
  });
});
