// Each command's own --help, the command named as the user ran it (in the help and in usage
// errors), and a bug of ours said in the user's language.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { programName } from '../../server/src/cli/programName.ts';
import { runCommand } from '../../server/src/cli/runCommand.ts';
import type { Terminal } from '../../server/src/cli/terminal.ts';
import { cli, ensureBuilt, root, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

/** The options args.ts parses (the long names), as the global help's test reads them. */
function parsedOptions(): string[] {
  const parser = readFileSync(join(root, 'server', 'src', 'cli', 'args.ts'), 'utf8');
  const block = /options: \{([\s\S]*?)\n {6}\},/.exec(parser)?.[1] ?? '';
  return [...block.matchAll(/^\s*'?([a-z-]+)'?: \{ type:/gm)].map(([, long]) => long!).filter((o) => o !== 'help');
}

/** The options a help lists, in its options block. */
function listedOptions(help: string): string[] {
  const block = help.slice(help.search(/^(选项：|Options:)$/m), help.search(/^(示例：|Examples?:)$/m));
  return [...block.matchAll(/^ {2}--([a-z-]+)/gm)].map(([, long]) => long!);
}

describe('each command has a help of its own', () => {
  const envs = { zh: {}, en: { LANG: 'en_US.UTF-8' } };
  // What each command takes besides its files (args.ts refuses the others, or they change nothing).
  const takes: Record<string, string[]> = {
    check: parsedOptions(),
    extract: ['format', 'lang'],
    text: ['lang'],
    next: ['lang'],
  };

  for (const [command, options] of Object.entries(takes)) {
    for (const [language, env] of Object.entries(envs)) {
      it(`${command} --help (${language}): its usage, its options, an example`, () => {
        const r = runCli([command, '--help'], env, root);
        assert.equal(r.status, 0, r.stderr);
        const global = runCli(['--help'], env, root).stdout;
        assert.notEqual(r.stdout, global, 'not the global help');
        assert.match(r.stdout, new RegExp(`^(用法：|Usage: )node dist/cli\\.js ${command} `), 'its usage first, as it is run');
        assert.deepEqual(listedOptions(r.stdout).sort(), [...options].sort());
        assert.match(r.stdout, new RegExp(`^(示例：|Examples?:)\\n {2}node dist/cli\\.js ${command} \\S`, 'm'), 'an example to copy');
        if (language === 'zh') assert.doesNotMatch(r.stdout, /[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/, 'no English sentence');
        else assert.doesNotMatch(r.stdout.replace(/结转下年度|上年结转/g, ''), /[\u4e00-\u9fff]/, 'no Chinese but the report\'s own words');
        // The same help however asked for.
        assert.equal(runCli(['help', command], env, root).stdout, r.stdout);
        assert.equal(runCli([command, '-h', 'x.txt'], env, root).stdout, r.stdout);
      });
    }
  }

  it('the global help points to them', () => {
    assert.match(runCli(['--help'], {}, root).stdout, /^ {2}node dist\/cli\.js 命令 --help/m);
    assert.match(runCli(['--help', '--lang', 'en'], {}, root).stdout, /^ {2}node dist\/cli\.js COMMAND --help/m);
  });
});

describe('the command is named as the user ran it', () => {
  it('node dist/cli.js from the repo, the path from elsewhere, nianbao through a bin link', () => {
    const inRepo = runCli(['check', '--bogus', 'x.txt'], {}, root);
    assert.equal(inRepo.stderr, 'nianbao: 未知的选项 --bogus\n用法见 node dist/cli.js check --help\n');
    // From another folder: the path from there, or the whole path when that is shorter (which one
    // depends on where the checkout and the temporary folder are).
    const away = tempDir();
    const fromAway = relative(away, cli);
    const elsewhere = runCli(['frobnicate', '--lang', 'en'], {}, away);
    assert.equal(elsewhere.stderr, `nianbao: unknown command "frobnicate" (known: check, extract, text, next)\nsee node ${fromAway.length <= cli.length ? fromAway : cli} --help\n`);
    // npm installs the bin as a link named nianbao: node keeps the link's path in argv[1].
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    symlinkSync(cli, join(bin, 'nianbao'));
    // The link run as the shell runs it (its shebang): argv[1] is the link's path.
    const env = { ...process.env, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', LC_ALL: '' };
    const viaLink = spawnSync(join(bin, 'nianbao'), ['extract', '--fix', 'x.txt'], { encoding: 'utf8', env });
    assert.equal(viaLink.stderr, 'nianbao: extract 不接受 --fix\n用法见 nianbao extract --help\n');
    assert.match(spawnSync(join(bin, 'nianbao'), ['check', '--help'], { encoding: 'utf8', env }).stdout, /^用法：nianbao check /);
  });

  it('programName: a bin link, npm\'s shims and npx, a script run by node', () => {
    assert.equal(programName('/usr/local/bin/nianbao', '/home/u'), 'nianbao');
    assert.equal(programName('/home/u/proj/node_modules/.bin/nianbao', '/home/u/proj'), 'nianbao');
    assert.equal(programName('C:\\Users\\u\\AppData\\Roaming\\npm\\node_modules\\nianbao\\dist\\cli.js', 'C:\\Users\\u'), 'nianbao');
    assert.equal(programName('/home/u/nianbao/dist/cli.js', '/home/u/nianbao'), 'node dist/cli.js');
    assert.equal(programName('/home/u/nianbao/dist/cli.js', '/home/u'), 'node nianbao/dist/cli.js');
    assert.equal(programName('/opt/nianbao/dist/cli.js', '/home/u/a/b/c'), 'node /opt/nianbao/dist/cli.js');
    assert.equal(programName('/home/u/my tools/dist/cli.js', '/home/u/my tools'), 'node dist/cli.js');
    assert.equal(programName('/home/u/my tools/dist/cli.js', '/home/u'), 'node "my tools/dist/cli.js"');
    assert.equal(programName(''), 'nianbao');
  });
});

describe('a bug of ours is said in the user\'s language, with the stack', () => {
  /** A terminal whose standard output fails: any command that prints meets a bug. */
  const failing = (): Terminal & { errors: string[] } => {
    const errors: string[] = [];
    return {
      out: () => {
        throw new Error('the terminal broke');
      },
      error: (line) => errors.push(line),
      colour: false,
      errors,
    };
  };

  for (const [lang, said] of [['zh', /^nianbao: 内部错误（本程序的缺陷，不是操作有误），请把以下内容报告给开发者：\n/], ['en', /^nianbao: internal error \(a bug of this program, not a mistake of yours\); please report it with what follows:\n/]] as const) {
    it(`--lang ${lang}`, async () => {
      const term = failing();
      assert.equal(await runCommand(['--help', '--lang', lang], term), 2);
      assert.equal(term.errors.length, 1);
      assert.match(term.errors[0]!, said);
      assert.match(term.errors[0]!, /Error: the terminal broke\n\s+at /, 'the stack, for the bug report');
      if (lang === 'zh') assert.doesNotMatch(term.errors[0]!.split('\n')[0]!, /internal error/);
    });
  }

  it('Chinese when neither --lang nor the locale says English', async () => {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
    process.env.LANG = '';
    process.env.LC_ALL = '';
    process.env.LC_MESSAGES = '';
    try {
      const term = failing();
      assert.equal(await runCommand(['--version'], term), 2);
      assert.match(term.errors[0]!, /^nianbao: 内部错误/);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
