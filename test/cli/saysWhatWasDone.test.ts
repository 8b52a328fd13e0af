// Issue 15, "say what was done": --fix says what it wrote and what it left for a person; safe fixes
// are told from suggestions in every output; files that could not be checked appear in every
// output; a bad --output, an unknown rule id and usage errors get one clear line in the user's
// language.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import iconv from 'iconv-lite';
import { cli, ensureBuilt, root, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

/** Table B's （七）总计 · 总计 written 70 for 7 (one safe fix) and table C's 行政复议 总计 3 for 2 (a suggestion only). */
function reportWithTwoDefects(): string {
  const values = cleanValues();
  values.B.total = [5, 1, 0, 0, 0, 1, 70];
  values.C[4] = 3;
  return buildReport({ values, layout: 'pipe' });
}

function write(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('nianbao check --fix says what it did', () => {
  it('names each fix it wrote (line, old → new) and what it left for a person, with why', () => {
    const dir = tempDir();
    const text = reportWithTwoDefects();
    const path = write(dir, 'wrong.txt', text);
    const r = runCli(['check', '--fix', path]);
    assert.equal(r.status, 1, r.stderr);
    const totalLine = lineOf(text, '（七）总计');
    assert.match(r.stdout, new RegExp(`wrong\\.txt: 已修复：第 ${totalLine} 行 70 → 7 \\(balance/cell\\)`));
    const cLine = text.split('\n').findIndex((l, i, all) => i > 0 && all[i - 1]!.includes('结果维持') && /^\d/.test(l.trim())) + 1;
    assert.match(r.stdout, new RegExp(`wrong\\.txt: 未自动修复：第 ${cLine} 行 balance/relation：.*需要人来`));
    assert.doesNotMatch(r.stdout, /已修复：.*balance\/relation/);
    const en = runCli(['check', '--fix', '--lang', 'en', write(dir, 'again.txt', text)]);
    assert.match(en.stdout, new RegExp(`again\\.txt: fixed: line ${totalLine} 70 → 7 \\(balance/cell\\)`));
    assert.match(en.stdout, /again\.txt: not fixed: line \d+ balance\/relation: .*a person must/);
  });

  it('puts what it wrote in the JSON, and says it on stderr beside SARIF', () => {
    const dir = tempDir();
    const json = JSON.parse(runCli(['check', '--fix', '--format', 'json', write(dir, 'a.txt', reportWithTwoDefects())]).stdout);
    const fixed = json.files[0].fixed;
    assert.deepEqual(fixed.applied.map((a: { rule: string; from: string; to: string }) => [a.rule, a.from, a.to]), [['balance/cell', '70', '7']]);
    assert.deepEqual(fixed.left.map((l: { rule: string }) => l.rule), ['balance/relation']);
    const sarif = runCli(['check', '--fix', '--format', 'sarif', write(dir, 'b.txt', reportWithTwoDefects())]);
    JSON.parse(sarif.stdout);
    assert.match(sarif.stderr, /b\.txt: 已修复：第 \d+ 行 70 → 7/);
  });

  it('tells a safe fix from a suggestion: "safe" in JSON, [可自动修复] / [有修改建议] in text', () => {
    const dir = tempDir();
    const path = write(dir, 'wrong.txt', reportWithTwoDefects());
    const json = JSON.parse(runCli(['check', '--format', 'json', path]).stdout);
    const byRule = (rule: string) => json.files[0].diagnostics.find((d: { rule: string }) => d.rule === rule);
    assert.equal(byRule('balance/cell').fixes[0].safe, true);
    assert.ok(byRule('balance/relation').fixes.length > 0);
    assert.ok(byRule('balance/relation').fixes.every((f: { safe: boolean }) => f.safe === false));
    const text = runCli(['check', path]).stdout;
    assert.match(text, /balance\/cell .*\[可自动修复\]$/m);
    assert.match(text, /balance\/relation .*\[有修改建议\]$/m);
    assert.doesNotMatch(text, /\[可修复\]/);
    const en = runCli(['check', '--lang', 'en', path]).stdout;
    assert.match(en, /balance\/cell .*\[auto-fixable\]$/m);
    assert.match(en, /balance\/relation .*\[suggested fix\]$/m);
  });
});

/** A folder with a report, a file that cannot be read (not text) and a path that does not exist. */
function mixedInputs(): { dir: string; args: string[]; binary: string; missing: string } {
  const dir = tempDir();
  const good = write(dir, 'good.txt', reportWithTwoDefects());
  const binary = write(dir, 'binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x13]));
  const missing = join(dir, 'missing.txt');
  return { dir, args: [good, binary, missing], binary, missing };
}

describe('files that could not be checked appear in every output', () => {
  it('JSON: "errors": [{path, message}]', () => {
    const { args, binary, missing } = mixedInputs();
    const r = runCli(['check', '--format', 'json', ...args]);
    assert.equal(r.status, 2);
    const out = JSON.parse(r.stdout);
    assert.equal(out.files.length, 1);
    assert.deepEqual(out.errors.map((e: { path: string }) => e.path).sort(), [binary, missing].sort());
    for (const e of out.errors) assert.ok(e.message.length > 0);
  });

  it('SARIF: toolExecutionNotifications, and the run is not successful', () => {
    const { args, missing } = mixedInputs();
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '--lang', 'en', ...args]).stdout);
    const invocation = sarif.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications.length, 2);
    const gone = invocation.toolExecutionNotifications.find((n: { message: { text: string } }) => /no such file/.test(n.message.text));
    assert.ok(gone.locations[0].physicalLocation.artifactLocation.uri.endsWith('/missing.txt'), missing);
  });

  it('a text --output file names each with why', () => {
    const { dir, args } = mixedInputs();
    const out = join(dir, 'out.txt');
    assert.equal(runCli(['check', '--output', out, ...args]).status, 2);
    const text = readFileSync(out, 'utf8');
    assert.match(text, /binary\.txt: 无法读取：/);
    assert.match(text, /missing\.txt: 文件或文件夹不存在/);
    assert.match(text, /^1 个文件无法检查（原因见上）\n1 个路径不存在或无法访问（原因见上）$/m);
  });

  it('the HTML page has a section 未能检查的… with each reason, and how many of each', () => {
    const { dir, args } = mixedInputs();
    const out = join(dir, 'out.html');
    assert.equal(runCli(['check', '--format', 'html', '--output', out, ...args]).status, 2);
    const page = readFileSync(out, 'utf8');
    // A file, and a path not found (which could have been either): the heading names what is listed.
    const section = page.slice(page.indexOf('未能检查的文件和路径 (2)'));
    assert.ok(section.length < page.length, 'the section is there');
    assert.match(section, /<th>文件或路径<\/th>/);
    assert.match(section, /binary\.txt<\/code><\/td><td>无法读取：/);
    assert.match(section, /missing\.txt<\/code><\/td><td>文件或文件夹不存在/);
    const en = join(dir, 'en.html');
    runCli(['check', '--format', 'html', '--lang', 'en', '--output', en, ...args]);
    assert.match(readFileSync(en, 'utf8'), /Files and paths that could not be checked \(2\)<\/h2>\n<p>1 file could not be checked; 1 path not found or not accessible<\/p>\n<table class="summary unchecked"><thead><tr><th>File or path<\/th>/);
  });

  it('the HTML page names files as files when only files could not be checked (not 文件和文件夹)', () => {
    const { dir, binary } = mixedInputs();
    const out = join(dir, 'out.html');
    assert.equal(runCli(['check', '--format', 'html', '--output', out, binary]).status, 2);
    assert.match(readFileSync(out, 'utf8'), /<h2 id="unchecked">未能检查的文件 \(1\)<\/h2>\n<p>1 个文件无法检查<\/p>\n<table class="summary unchecked"><thead><tr><th>文件<\/th>/);
    const en = join(dir, 'en.html');
    runCli(['check', '--format', 'html', '--lang', 'en', '--output', en, binary]);
    assert.match(readFileSync(en, 'utf8'), /<h2 id="unchecked">Files that could not be checked \(1\)<\/h2>\n<p>1 file could not be checked<\/p>\n<table class="summary unchecked"><thead><tr><th>File<\/th>/);
  });
});

describe('a bad --output is one clear line, exit 2, and leaves nothing behind', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing folder', (dir) => join(dir, 'none', 'out.txt'), /^nianbao: 无法写入 .*none\/out\.txt：文件夹 .*none 不存在\n$/],
    ['a folder', (dir) => { mkdirSync(join(dir, 'folder')); return join(dir, 'folder'); }, /^nianbao: 无法写入 .*folder：是文件夹\n$/],
    // Found writable beforehand (root may write anywhere), refused when written: the same one line.
    ['a place that refuses the write', () => '/proc/nianbao-output.txt', /^nianbao: 无法写入 \/proc\/nianbao-output\.txt：/],
  ];
  for (const format of ['text', 'json', 'html']) {
    for (const [what, path, message] of cases) {
      it(`${what} (--format ${format})`, () => {
        const dir = tempDir();
        const report = write(dir, 'r.txt', buildReport());
        const output = path(dir);
        const r = runCli(['check', '--format', format, '--output', output, report]);
        assert.equal(r.status, 2);
        assert.match(r.stderr, message);
        assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
        assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), []);
      });
    }
  }

  it('a folder it may not write in', { skip: process.getuid?.() === 0 && 'root may write in any folder' }, () => {
    const dir = tempDir();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = runCli(['check', '--lang', 'en', '--output', join(locked, 'out.txt'), write(dir, 'r.txt', buildReport())]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^nianbao: cannot write .*out\.txt: permission denied\n$/);
    assert.ok(!existsSync(join(locked, 'out.txt')));
  });
});

describe('usage errors are one line in the user\'s language', () => {
  const cases: [string[], RegExp, RegExp][] = [
    [['foo', 'x.txt'], /^nianbao: 未知的命令“foo”/, /^nianbao: unknown command "foo"/],
    [['--rule', 'date/=off'], /^nianbao: 没有给出命令（可用：check、extract、text、next）\n/, /^nianbao: no command given \(known: check, extract, text, next\)\n/],
    [['--rule', 'date/=off', 'foo', 'x.txt'], /^nianbao: 未知的命令“foo”/, /^nianbao: unknown command "foo"/],
    [['check', '--bogus', 'x.txt'], /^nianbao: 未知的选项 --bogus\n用法见 node dist\/cli\.js check --help\n$/, /^nianbao: unknown option --bogus\nsee node dist\/cli\.js check --help\n$/],
    [['check', 'x.txt', '--format'], /^nianbao: 选项 --format 需要一个值\n/, /^nianbao: option --format needs a value\n/],
    [['check', '--fix=yes', 'x.txt'], /^nianbao: 选项 --fix 不带值\n/, /^nianbao: option --fix takes no value\n/],
    [['check', '--rule', 'balance/cel=off', 'x.txt'], /^nianbao: --rule：没有规则“balance\/cel”，是否指“balance\/cell”？\n/, /^nianbao: --rule: there is no rule "balance\/cel"; did you mean "balance\/cell"\?\n/],
    [['check', '--rule', 'dat=off', 'x.txt'], /“date\/”/, /"date\/"/],
    [['extract', '--rule', 'date/=off', 'x.txt'], /^nianbao: extract 只接受 --format、--lang 和文件/, /^nianbao: extract takes only --format, --lang and files/],
    [['extract', '--report-kind', 'government', 'x.txt'], /^nianbao: extract 只接受/, /^nianbao: extract takes only/],
    [['extract', '--skip-non-reports', 'x.txt'], /^nianbao: extract 只接受/, /^nianbao: extract takes only/],
  ];
  for (const [args, zh, en] of cases) {
    it(args.join(' '), () => {
      const inZh = runCli(args, {}, root);
      assert.equal(inZh.status, 2);
      assert.match(inZh.stderr, zh);
      // The command to type (`用法见 node dist/cli.js --help`) is no sentence.
      assert.doesNotMatch(inZh.stderr.replace('node dist/cli.js', ''), /[A-Za-z]{4,} [a-z]{3,}/, 'no English sentence in the Chinese message');
      const inEn = runCli([...args, '--lang', 'en'], {}, root);
      assert.equal(inEn.status, 2);
      assert.match(inEn.stderr, en);
      assert.doesNotMatch(inEn.stderr, /[\u4e00-\u9fff]/, 'no Chinese in the English message');
    });
  }

  it('options may come before the command', () => {
    const path = write(tempDir(), 'r.txt', buildReport());
    const r = runCli(['--lang', 'en', '--rule', 'date/=off', 'check', '--format', 'json', path]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).files.length, 1);
    assert.match(runCli(['--lang', 'en', 'check', path]).stdout, /^1 file, 0 errors, 0 warnings$/m);
  });

  it('the help or the version asked for after other options, with no command', () => {
    for (const args of [['--lang', 'en', '--help'], ['--lang', 'en', '-h']]) {
      const r = runCli(args);
      assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stdout, /^Usage:$/m, 'the help, in the language asked for');
    }
    const zh = runCli(['--lang', 'zh', '--help'], { LANG: 'en_US.UTF-8' });
    assert.equal(zh.status, 0, zh.stderr);
    assert.match(zh.stdout, /^用法：$/m);
    const v = runCli(['--lang', 'en', '--version']);
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
    // A value is no option: "--help" as --output's file name is still no command.
    assert.equal(runCli(['--output', '--help']).status, 2);
  });

  it('a rule id or prefix that exists is taken as it is', () => {
    const dir = tempDir();
    const path = write(dir, 'r.txt', buildReport());
    for (const rule of ['balance/cell=off', 'date/=warning', 'workspace/carry-over=off']) assert.equal(runCli(['check', '--rule', rule, path]).status, 0, rule);
  });
});

describe('check - reads a report from standard input', () => {
  const pipe = (args: string[], input: Buffer | string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8' } });

  it('a text report: its findings under the path "-", exit 1 on an error', () => {
    const r = pipe(['check', '-'], reportWithTwoDefects());
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^-:\d+:\d+ 错误 balance\/cell /m);
    assert.equal(pipe(['check', '-'], buildReport()).status, 0);
  });

  it('a Word document piped in is converted as a file would be', () => {
    const r = pipe(['check', '--format', 'json', '-'], readFileSync(join(root, 'examples', '06-word.docx')));
    const file = JSON.parse(r.stdout).files[0];
    assert.equal(file.path, '-');
    assert.equal(file.convertedFrom, 'docx');
  });

  it('--fix cannot write back to standard input: a usage error', () => {
    const r = pipe(['check', '--fix', '-'], buildReport());
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^nianbao: --fix 不能写回标准输入/);
  });
});

describe('a stray control character does not make a text file binary', () => {
  it('is read, and text/leftover says where the character stands', () => {
    const dir = tempDir();
    const text = buildReport();
    const at = text.indexOf('持续推进');
    const utf8 = Buffer.from(text.slice(0, at) + '\u0000' + text.slice(at), 'utf8');
    const path = write(dir, 'nul.txt', utf8);
    const r = runCli(['check', '--format', 'json', path]);
    assert.equal(r.status, 0, r.stderr);
    const leftover = JSON.parse(r.stdout).files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'text/leftover');
    assert.equal(leftover.length, 1);
    const line = text.slice(0, at).split('\n').length - 1;
    assert.deepEqual(leftover[0].range.start, { line, character: at - text.lastIndexOf('\n', at) - 1 });
    assert.match(leftover[0].message, /U\+0000.*“.*”与“持续推进/);
    // --fix deletes it and the file is the report as built.
    assert.equal(runCli(['check', '--fix', path]).status, 0);
    assert.equal(readFileSync(path, 'utf8'), text);
  });

  it('in a GB18030 file too', () => {
    const dir = tempDir();
    const text = buildReport();
    const at = text.indexOf('持续推进');
    const path = write(dir, 'gbk.txt', iconv.encode(text.slice(0, at) + '\u0000\u0001' + text.slice(at), 'gb18030'));
    const r = runCli(['check', '--lang', 'en', path]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /text\/leftover Control character left over \(U\+0000 U\+0001\), between ".*" and "持续推进/);
  });

  it('a file that is not text at all is still refused', () => {
    const dir = tempDir();
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const r = runCli(['check', write(dir, 'noise.txt', bytes)]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /noise\.txt: 无法读取/);
  });
});
