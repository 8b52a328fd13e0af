import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { cli, ensureBuilt, root, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

/** A report whose table B has one wrong cell: （七）总计 · 总计 written 70 for 7. */
function reportWithWrongTotal(): string {
  const values = cleanValues();
  values.B.total = [5, 1, 0, 0, 0, 1, 70];
  return buildReport({ values });
}

function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('nianbao check', () => {
  it('exits 0 on a clean report and 1 when it finds an error', () => {
    const dir = tempDir();
    assert.equal(runCli(['check', write(dir, 'clean.txt', buildReport())]).status, 0);
    assert.equal(runCli(['check', write(dir, 'wrong.txt', reportWithWrongTotal())]).status, 1);
  });

  it('prints compiler-style lines, 1-based, and a summary', () => {
    const dir = tempDir();
    const text = reportWithWrongTotal();
    const path = write(dir, 'wrong.txt', text);
    const r = runCli(['check', path]);
    const line = text.split('\n').findIndex((l) => /\t70\t?$/.test(l) || l.includes('\t70'));
    const first = r.stdout.split('\n')[0] ?? '';
    assert.match(first, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line + 1}:\\d+ 错误 balance/cell `));
    assert.match(r.stdout, /1 个文件，1 个错误/);
    assert.match(runCli(['check', '--lang', 'en', path]).stdout, /:\d+:\d+ error balance\/cell .*1 file, 1 error/s);
    assert.match(runCli(['check', path], { LANG: 'en_US.UTF-8' }).stdout, / error balance\/cell /);
  });

  it('prints the JSON shape of the issue, 0-based like LSP', () => {
    const dir = tempDir();
    const text = reportWithWrongTotal();
    const path = write(dir, 'wrong.txt', text);
    const r = runCli(['check', '--format', 'json', path]);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['files', 'errors', 'skipped']);
    assert.deepEqual(out.errors, []);
    assert.deepEqual(out.skipped, []);
    const file = out.files[0];
    assert.deepEqual(Object.keys(file), ['path', 'year', 'format', 'diagnostics']);
    assert.equal(file.year, 2023);
    assert.equal(file.format, '2021');
    const d = file.diagnostics.find((x: { rule: string }) => x.rule === 'balance/cell');
    assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'range', 'related', 'fixes']);
    assert.equal(d.severity, 'error');
    const lines = text.split('\n');
    assert.equal(lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character), '70');
    assert.deepEqual(Object.keys(d.fixes[0]), ['title', 'safe', 'edits']);
    assert.equal(d.fixes[0].safe, true);
    assert.equal(d.fixes[0].edits[0].newText, '7');
    assert.deepEqual(Object.keys(d.related[0] ?? { message: 0, range: 0 }), ['message', 'range']);
  });

  it('prints SARIF 2.1.0 with 1-based regions', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithWrongTotal());
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', path]).stdout);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'balance/cell');
    assert.equal(result.level, 'error');
    const json = JSON.parse(runCli(['check', '--format', 'json', path]).stdout).files[0].diagnostics.find((x: { rule: string }) => x.rule === 'balance/cell');
    assert.equal(result.locations[0].physicalLocation.region.startLine, json.range.start.line + 1);
    assert.equal(result.locations[0].physicalLocation.region.startColumn, json.range.start.character + 1);
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'balance/cell'));
  });

  it('checks every report in a folder, and says which paths it could not read (exit 2)', () => {
    const dir = tempDir();
    write(dir, 'a.txt', buildReport());
    write(dir, 'b.md', reportWithWrongTotal());
    write(dir, 'notes.json', '{}');
    const out = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path.slice(dir.length + 1)), ['a.txt', 'b.md']);
    const missing = runCli(['check', '--lang', 'en', join(dir, 'a.txt'), join(dir, 'nope.txt')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.txt: no such file or folder/);
    // In the user's language, as every other message.
    assert.match(runCli(['check', '--lang', 'zh', join(dir, 'nope.txt')]).stderr, /nope\.txt: 文件或文件夹不存在/);
  });

  it('says of a folder with no report file in it that it has none (exit 2), in every command, instead of "0 files, 0 errors"', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const scans = join(dir, 'scans');
    mkdirSync(scans);
    write(scans, 'page1.jpg', 'not a report');
    write(scans, '.hidden.txt', buildReport());
    for (const [folder, skipped] of [[empty, []], [scans, [[join(scans, 'page1.jpg'), '文件夹中不查找 .jpg 文件']]]] as const) {
      const r = runCli(['check', '--format', 'json', folder]);
      assert.equal(r.status, 2, folder);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.errors, [{ path: folder, message: '文件夹中没有报告文件（查找 .txt、.md、.nianbao、.html、.htm、.shtml、.xhtml、.docx、.pdf、.doc、.wps 文件）', what: 'folder-without-reports' }]);
      assert.deepEqual(out.skipped.map((s: { path: string; message: string }) => [s.path, s.message]), skipped);
      for (const command of ['extract', 'text']) {
        const other = runCli([command, '--lang', 'en', folder]);
        assert.equal(other.status, 2, command);
        assert.match(other.stderr, /: no report files in this folder \(looked for \.txt, \.md, /, command);
      }
    }
    const text = runCli(['check', empty]);
    assert.match(text.stderr, /empty: 文件夹中没有报告文件/);
    // Counted as what it is, not as a file.
    assert.match(text.stdout, /^1 个文件夹中没有报告文件（原因见上）$/m);
    assert.doesNotMatch(text.stdout, /文件无法检查/);
    assert.match(runCli(['check', '--lang', 'en', empty]).stdout, /^1 folder with no report files \(why is above\)$/m);
    // A folder beside one with reports is still said; the reports are checked.
    write(dir, 'a.txt', buildReport());
    const both = runCli(['check', '--format', 'json', join(dir, 'a.txt'), empty]);
    assert.equal(JSON.parse(both.stdout).files.length, 1);
    assert.equal(both.status, 2);
    // A folder named twice, or one whose only file is a link to a report found already, is not empty.
    write(empty, 'b.txt', buildReport());
    symlinkSync(join(empty, 'b.txt'), join(scans, 'b.txt'));
    const twice = runCli(['check', '--format', 'json', empty, empty, scans]);
    assert.deepEqual(JSON.parse(twice.stdout).errors, []);
    assert.equal(twice.status, 0, twice.stderr);
  });

  it('counts a path that does not exist, and a folder that cannot be read, as what they are, never as files (exit 2)', () => {
    const dir = tempDir();
    const missing = join(dir, 'reprots');
    const r = runCli(['check', missing]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /reprots: 文件或文件夹不存在/);
    assert.match(r.stdout, /^1 个路径不存在或无法访问（原因见上）$/m);
    assert.doesNotMatch(r.stdout, /文件无法检查/);
    assert.deepEqual(JSON.parse(runCli(['check', '--format', 'json', missing]).stdout).errors, [{ path: missing, message: '文件或文件夹不存在', what: 'path' }]);
    // A folder without read permission: root reads every folder, so as root the CLI runs as nobody.
    const asUser = process.getuid?.() === 0 ? (existsSync('/usr/sbin/runuser') ? ['/usr/sbin/runuser', '-u', 'nobody', '--'] : null) : [];
    if (asUser === null) {
      console.log('# skipped: a folder that cannot be read (running as root, and no runuser to run as nobody)');
      return;
    }
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    write(locked, 'a.txt', buildReport());
    const inside = join(dir, 'outer');
    mkdirSync(join(inside, 'locked'), { recursive: true });
    write(inside, 'b.txt', buildReport());
    chmodSync(locked, 0);
    chmodSync(join(inside, 'locked'), 0);
    const run = (args: string[]) => {
      const [command, ...rest] = [...asUser, process.execPath, cli, ...args];
      const done = spawnSync(command!, rest, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
      return { status: done.status, stdout: done.stdout, stderr: done.stderr };
    };
    try {
      const named = run(['check', locked]);
      assert.equal(named.status, 2);
      // Said once, as a folder that could not be read: not also as a folder with no report files.
      assert.equal(named.stderr, `${locked}: 无法读取文件夹：权限不足\n`);
      assert.match(named.stdout, /^0 个文件，0 个错误，0 个警告\n1 个文件夹无法读取（原因见上）\n$/);
      const json = JSON.parse(run(['check', '--format', 'json', '--lang', 'en', locked, inside]).stdout);
      assert.deepEqual(json.files.map((f: { path: string }) => f.path), [join(inside, 'b.txt')]);
      assert.deepEqual(json.errors, [
        { path: locked, message: 'cannot read the folder: permission denied', what: 'folder' },
        { path: join(inside, 'locked'), message: 'cannot read the folder: permission denied', what: 'folder' },
      ]);
      const writable = join(dir, 'out');
      mkdirSync(writable);
      chmodSync(writable, 0o777);
      const page = join(writable, 'page.html');
      assert.equal(run(['check', '--format', 'html', '--output', page, locked, missing]).status, 2);
      const html = readFileSync(page, 'utf8');
      assert.match(html, /<h2 id="unchecked">未能检查的文件夹和路径 \(2\)<\/h2>\n<p>1 个文件夹无法读取；1 个路径不存在或无法访问<\/p>/);
      // Folders only: said as folders.
      assert.equal(run(['check', '--format', 'html', '--output', page, locked]).status, 2);
      assert.match(readFileSync(page, 'utf8'), /<h2 id="unchecked">未能检查的文件夹 \(1\)<\/h2>\n<p>1 个文件夹无法读取<\/p>\n<table class="summary unchecked"><thead><tr><th>文件夹<\/th>/);
    } finally {
      chmodSync(locked, 0o755);
      chmodSync(join(inside, 'locked'), 0o755);
    }
  });

  it('follows symbolic links in a folder, checks each file once, and names a link to a report that is gone', () => {
    const dir = tempDir();
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    write(reports, 'a.txt', buildReport());
    mkdirSync(join(dir, 'more'));
    write(join(dir, 'more'), 'd.txt', reportWithWrongTotal());
    symlinkSync(join(reports, 'a.txt'), join(reports, 'b.txt')); // the same file again: listed as skipped
    symlinkSync(join(dir, 'more'), join(reports, 'linked')); // a folder elsewhere: walked
    symlinkSync(reports, join(reports, 'again')); // a loop: walked once
    symlinkSync(join(reports, 'gone.txt'), join(reports, 'c.txt'));
    const r = runCli(['check', '--format', 'json', reports]);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path.slice(reports.length + 1)), ['a.txt', 'linked/d.txt']);
    assert.deepEqual(out.errors.map((e: { path: string; message: string }) => [e.path.slice(reports.length + 1), e.message]), [['c.txt', `符号链接指向 ${join(reports, 'gone.txt')}：文件或文件夹不存在`]]);
    assert.deepEqual(out.skipped.map((s: { path: string; message: string }) => [s.path.slice(reports.length + 1), s.message]), [['b.txt', `与 ${join(reports, 'a.txt')} 是同一文件，只读取一次`]]);
    assert.equal(r.status, 2);
  });

  it('exits 2 with a clear message on usage errors', () => {
    for (const args of [[], ['lint', 'x.txt'], ['check'], ['check', '--format', 'xml', 'x.txt'], ['check', '--bogus', 'x.txt'], ['check', '--rule', 'nonsense', 'x.txt']]) {
      const r = runCli(args);
      if (args.length === 0) {
        assert.equal(r.status, 0, 'no arguments prints the help');
        assert.match(r.stdout, /用法/);
        continue;
      }
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /nianbao: .+\n.*--help/);
    }
    assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(runCli(['--help'], { LANG: 'en_US.UTF-8' }).stdout, /Usage:/);
  });

  it('--help lists every option the command line takes, short forms too, in both languages', () => {
    const parser = readFileSync(join(root, 'server', 'src', 'cli', 'args.ts'), 'utf8');
    const block = /options: \{([\s\S]*?)\n {6}\},/.exec(parser)?.[1] ?? '';
    const taken = [...block.matchAll(/^\s*'?([a-z-]+)'?: \{ type: '\w+'(?:, multiple: true)?(?:, short: '(\w)')? \}/gm)].map(([, long, short]) => ({ long: long!, short }));
    assert.ok(taken.length >= 9, `the options are read from args.ts: ${JSON.stringify(taken)}`);
    for (const env of [{}, { LANG: 'en_US.UTF-8' }]) {
      const help = runCli(['--help'], env).stdout;
      const options = help.slice(help.search(/^(选项：|Options:)$/m));
      for (const { long, short } of taken.filter((o) => o.long !== 'help')) {
        assert.match(options, new RegExp(`^  --${long}\\b`, 'm'), `--${long} in the options of:\n${options}`);
        if (short) assert.match(options, new RegExp(`^  --${long}, -${short}\\b`, 'm'), `-${short} beside --${long}`);
      }
    }
    const dir = tempDir();
    const out = join(dir, 'out.json');
    assert.equal(runCli(['check', '-f', 'json', '-o', out, write(dir, 'clean.txt', buildReport())]).status, 0);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).files.length, 1);
  });

  it('says on the terminal what a run found when its results go to a file (-o), in every format', () => {
    // Before, the terminal stayed blank but for --format html.
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithWrongTotal());
    for (const format of ['text', 'json', 'sarif', 'html']) {
      const out = join(dir, `out.${format}`);
      const r = runCli(['check', '-f', format, '-o', out, path]);
      assert.equal(r.status, 1, format);
      assert.match(r.stdout, /^1 个文件，1 个错误，0 个警告$/m, format);
      // And where the results are.
      assert.ok(r.stdout.endsWith(`检查结果已写入 ${out}\n`), format);
      assert.ok(readFileSync(out, 'utf8').length > 0, format);
    }
  });

  it('counts information and hints in the summary when there are any, as the HTML page\'s totals do', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithWrongTotal());
    const hint = ['--rule', 'balance/cell=hint'];
    const info = ['--rule', 'balance/cell=information'];
    // The finding's line says 提示 (信息): the summary under it counts it.
    const hinted = runCli(['check', ...hint, path]);
    assert.match(hinted.stdout, /提示 balance\/cell /);
    assert.match(hinted.stdout, /^1 个文件，0 个错误，0 个警告，1 个提示$/m);
    assert.match(runCli(['check', ...info, path]).stdout, /^1 个文件，0 个错误，0 个警告，1 条信息$/m);
    assert.match(runCli(['check', '--lang', 'en', ...hint, path]).stdout, /^1 file, 0 errors, 0 warnings, 1 hint$/m);
    assert.match(runCli(['check', '--lang', 'en', ...info, path]).stdout, /^1 file, 0 errors, 0 warnings, 1 info$/m);
    // None: not said.
    assert.match(runCli(['check', path]).stdout, /^1 个文件，1 个错误，0 个警告$/m);
    // Results in a file (a worker keeps only what the summary counts): the terminal counts them too.
    for (const format of ['json', 'html']) {
      const r = runCli(['check', ...hint, '-f', format, '-o', join(dir, `out.${format}`), path]);
      assert.match(r.stdout, /^1 个文件，0 个错误，0 个警告，1 个提示$/m, format);
    }
    const page = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.match(/<div class="totals".*?<\/div><\/div>/.exec(page)?.[0] ?? '', /警告<b class="">0<\/b><\/div><div class="">提示<b class="">1<\/b><\/div>/);
    runCli(['check', '-f', 'html', '-o', join(dir, 'none.html'), path]);
    assert.doesNotMatch(/<div class="totals".*?<\/div><\/div>/.exec(readFileSync(join(dir, 'none.html'), 'utf8'))?.[0] ?? '', /提示|信息/);
  });

  it('turns rules off or changes their severity with --rule', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithWrongTotal());
    const off = JSON.parse(runCli(['check', '--format', 'json', '--rule', 'balance/=off', path]).stdout);
    assert.ok(!off.files[0].diagnostics.some((d: { rule: string }) => d.rule.startsWith('balance/')));
    const soft = runCli(['check', '--rule', 'balance/cell=warning', path]);
    assert.equal(soft.status, 0);
  });

  it('takes a group\'s bare name for the group (--rule balance=off as balance/=off); other names still get the nearest', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithWrongTotal());
    const rules = (args: string[]) => JSON.parse(runCli(['check', '--format', 'json', ...args, path]).stdout).files[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`);
    assert.ok(rules([]).some((r: string) => r.startsWith('balance/')), 'the report has balance findings to turn off');
    assert.deepEqual(rules(['--rule', 'balance=off']), rules(['--rule', 'balance/=off']));
    assert.ok(!rules(['--rule', 'balance=off']).some((r: string) => r.startsWith('balance/')));
    const hinted = rules(['--rule', 'balance=hint']);
    assert.ok(hinted.length > 0 && hinted.filter((r: string) => r.startsWith('balance/')).every((r: string) => r.endsWith(' hint')));
    // The rule's own id is still longer than its group, and wins: `balance=off --rule balance/cell=error`.
    assert.ok(rules(['--rule', 'balance=off', '--rule', 'balance/cell=error']).some((r: string) => r === 'balance/cell error'));
    for (const [name, said] of [['balanc', /没有规则“balanc”，是否指“balance\/”？/], ['balance/cel', /是否指“balance\/cell”？/], ['cell', /没有规则“cell”/]] as const) {
      const r = runCli(['check', '--rule', `${name}=off`, path]);
      assert.equal(r.status, 2, name);
      assert.match(r.stderr, said, name);
    }
  });

  it('reads a file that is not text without crashing and exits 2', () => {
    const dir = tempDir();
    const path = join(dir, 'binary.txt');
    writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x13]));
    const r = runCli(['check', path]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /binary\.txt: 无法读取/);
  });

  it('keeps the file mode on --fix', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithWrongTotal());
    chmodSync(path, 0o640);
    assert.equal(runCli(['check', '--fix', path]).status, 0);
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.equal(readFileSync(path, 'utf8'), buildReport());
  });

  it('says once, in the user\'s language, why --fix left a read-only file alone', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithWrongTotal());
    chmodSync(path, 0o444);
    const zh = runCli(['check', '--fix', path]);
    assert.equal(zh.status, 2);
    const said = zh.stderr.split('\n').filter((l) => l.startsWith(path));
    assert.deepEqual(said, [`${path}: 未写入修复：文件为只读（如需自动修复，请先取消只读）`]);
    const en = runCli(['check', '--fix', '--lang', 'en', path]);
    assert.match(en.stderr, /wrong\.txt: fixes not written: the file is read-only; make it writable/);
    assert.equal(readFileSync(path, 'utf8'), reportWithWrongTotal());
  });

  it('compares reports of one agency across years when given several (README: how it pairs them)', () => {
    const dir = tempDir();
    const last = cleanValues();
    last.B.pending = [2, 0, 0, 0, 0, 0, 2];
    write(dir, '2022.txt', buildReport({ year: 2022, values: last }));
    const now = write(dir, '2023.txt', buildReport({ year: 2023 }));
    const rules = (args: string[]) => JSON.parse(runCli(['check', '--format', 'json', ...args]).stdout)
      .files.flatMap((f: { diagnostics: { rule: string }[] }) => f.diagnostics.map((d) => d.rule)).filter((r: string) => r.startsWith('workspace/'));
    assert.deepEqual(rules([dir]).sort(), ['workspace/carry-over', 'workspace/similar-text', 'workspace/valid-documents']);
    assert.deepEqual(rules(['--no-workspace', dir]), []);
    assert.deepEqual(rules([now]), [], 'one report alone has nothing to compare with');
    // In SARIF, each cross-year result's rule is among the tool's rules, with its description.
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', dir]).stdout).runs[0];
    const described = new Set(sarif.tool.driver.rules.map((r: { id: string }) => r.id));
    const used = sarif.results.map((r: { ruleId: string }) => r.ruleId);
    assert.ok(used.includes('workspace/carry-over'));
    for (const id of used) assert.ok(described.has(id), `${id} among the SARIF rules`);
  });

  it('refuses a named pipe instead of waiting on it forever', { skip: process.platform === 'win32' }, () => {
    const fifo = join(tempDir(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = runCli(['check', fifo]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /pipe\.txt: 无法读取：不是普通文件/);
  });

  it('tells of an old Word file found in a folder instead of skipping it in silence', () => {
    const dir = tempDir();
    write(dir, 'a.txt', buildReport());
    copyFileSync(join(root, 'test', 'fixtures', 'documents', 'old-binary.doc'), join(dir, 'old.doc'));
    const r = runCli(['check', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /old\.doc: 无法读取：.*另存为 \.docx/);
    assert.match(r.stdout, /1 个文件，0 个错误/);
  });

  it('reads a file named .doc for what it holds: a text report (UTF-8 or GBK), a web page; anything else is said to be neither Word nor text', () => {
    const dir = tempDir();
    const text = reportWithWrongTotal();
    const page = `<html><head><meta charset="utf-8"></head><body>${text.split('\n').map((line) => `<p>${line}</p>`).join('')}</body></html>`;
    write(dir, 'utf8.doc', text);
    writeFileSync(join(dir, 'gbk.doc'), iconv.encode(text, 'gb18030'));
    write(dir, 'page.doc', page);
    writeFileSync(join(dir, 'junk.doc'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    copyFileSync(join(root, 'test', 'fixtures', 'documents', 'old-binary.doc'), join(dir, 'old.doc'));
    const r = runCli(['check', '--format', 'json', dir]);
    assert.equal(r.status, 2);
    const out = JSON.parse(r.stdout);
    // Each report read finds the one wrong total, as its .txt would.
    assert.deepEqual(out.files.map((f: { path: string; diagnostics: { rule: string; severity: string }[] }) => [f.path.slice(dir.length + 1), f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)]), [
      ['gbk.doc', ['balance/cell']],
      ['page.doc', ['balance/cell']],
      ['utf8.doc', ['balance/cell']],
    ]);
    assert.deepEqual(out.errors.map((e: { path: string; message: string }) => [e.path.slice(dir.length + 1), e.message]), [
      ['junk.doc', '无法读取：文件名为 .doc，但内容既不是 Word 文档，也不是文本或网页（可能已损坏）'],
      ['old.doc', '无法读取：旧版 Word/WPS 二进制格式（.doc/.wps）无法读取，请另存为 .docx 后再检查'],
    ]);
    // A text .doc is a text file: --fix writes it back as it was encoded.
    assert.equal(runCli(['check', '--fix', join(dir, 'gbk.doc')]).status, 0);
    assert.equal(iconv.decode(readFileSync(join(dir, 'gbk.doc')), 'gb18030'), buildReport());
  });
});
