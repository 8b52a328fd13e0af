// The TextMate grammar (syntaxes/nianbao.tmLanguage.json) against the fixtures in test/grammar/,
// run by vscode-tmgrammar-test as a child process: it must pass them, and it must fail a fixture
// whose expectations are wrong (so this test can fail at all).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const grammarPath = 'syntaxes/nianbao.tmLanguage.json';
const configPath = 'syntaxes/language-configuration.json';
const runner = join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');

let tmp = '';
let emptyConfig = '';

/** Runs vscode-tmgrammar-test on the given fixture globs (relative to the project root). */
function runGrammarTests(globs: string[]): { status: number | null; output: string } {
  // An explicit empty configuration, so that the run does not depend on package.json's
  // contributes.grammars (which another part of the project maintains): the grammar comes from -g.
  const result = spawnSync(process.execPath, [runner, '--config', emptyConfig, '-g', grammarPath, ...globs], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('TextMate grammar', () => {
  before(() => {
    mkdirSync(join(root, 'test/.tmp'), { recursive: true });
    tmp = mkdtempSync(join(root, 'test/.tmp/grammar-'));
    emptyConfig = join(tmp, 'config.json');
    writeFileSync(emptyConfig, '{}\n');
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('is valid JSON with the scope name text.nianbao, and the language configuration pairs its brackets', () => {
    const grammar = JSON.parse(readFileSync(join(root, grammarPath), 'utf8')) as { scopeName?: unknown };
    assert.equal(grammar.scopeName, 'text.nianbao');
    const config = JSON.parse(readFileSync(join(root, configPath), 'utf8')) as {
      brackets: [string, string][];
      autoClosingPairs: { open: string; close: string }[];
      comments?: unknown;
    };
    assert.equal(config.comments, undefined, 'reports have no comment syntax');
    const closing = new Map(config.autoClosingPairs.map((p) => [p.open, p.close]));
    for (const [open, close] of [['《', '》'], ['（', '）'], ['〔', '〕'], ['【', '】'], ['“', '”']] as const) {
      assert.ok(config.brackets.some(([o, c]) => o === open && c === close), `bracket ${open}${close}`);
      assert.equal(closing.get(open), close, `auto-closing ${open}${close}`);
    }
  });

  it('passes every fixture in test/grammar/', () => {
    const fixtures = readdirSync(join(root, 'test/grammar')).filter((f) => f.endsWith('.txt'));
    assert.ok(fixtures.length >= 3, 'the fixtures are there');
    const { status, output } = runGrammarTests(['test/grammar/*.txt']);
    assert.equal(status, 0, output);
    for (const f of fixtures) assert.match(output, new RegExp(`✓ test/grammar/${f.replace('.', '\\.')}`), output);
  });

  it('fails a fixture whose expectations are wrong', () => {
    // A header asserted to be a row label, a header that must not be a header, and a sentence's
    // "一、" asserted to be a header: three failures, each a real disagreement with the grammar.
    const wrong = [
      '// SYNTAX TEST "text.nianbao" "deliberately wrong expectations"',
      '一、总体情况',
      '// <-- entity.name.tag.row-label.nianbao',
      '二、主动公开政府信息情况',
      '// <-- - markup.heading.section.nianbao',
      '重点做好两方面工作：一、完善制度。',
      '// <~~~~~~~~~~-- markup.heading.section.nianbao',
      '',
    ].join('\n');
    const file = join(tmp, 'wrong.txt');
    writeFileSync(file, wrong);
    const { status, output } = runGrammarTests([relative(root, file)]);
    assert.notEqual(status, 0, output);
    assert.match(output, /missing required scopes: entity\.name\.tag\.row-label\.nianbao/);
    assert.match(output, /prohibited scopes: markup\.heading\.section\.nianbao/);
    assert.match(output, /missing required scopes: markup\.heading\.section\.nianbao/);
  });
});
