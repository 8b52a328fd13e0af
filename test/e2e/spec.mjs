// What the editors must show, taken from the CLI on the very same files: a temp workspace of
// copies of the five seeds (read in place from ../shared/seeds; copies only ever go to a temp
// folder), and for each copy the CLI's findings (`check --format json`, in Chinese and English)
// and what `check --fix` writes. The suite (harness-extension/suite.js) and the workbench checks
// (workbench.mjs) compare against this.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');
export const seedsDir = resolve(root, '..', 'shared', 'seeds');
const cli = join(root, 'dist', 'cli.js');

/** The issues' seed-specific checks; everything else is read from the CLI. */
export const hover = { seed: '004', needle: '5.属于三类内部事务信息', expect: '第十六条' };
export const quickFix = { seed: '002', newText: '30' };
/** The table preview's known wrong cell in 002: row （七）总计, column 总计, 0 where 30 belongs. */
export const preview = { seed: '002', row: '（七）总计', column: '总计', shown: '0', expected: '30' };
export const sectionCount = 6;

export function seedFiles() {
  const names = readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  if (names.length !== 5) throw new Error(`expected five seeds in ${seedsDir}, found ${names.length}`);
  return names;
}

/** Copies are named like real reports (…年度报告.txt) so that VS Code opens them as nianbao reports. */
export function copyName(seed) {
  return seed.replace(/\.txt$/, '_年度报告.txt');
}

/** Runs the built CLI (dist/cli.js); its stdout, for exit codes 0 and 1 (errors found). */
export function runCli(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  // 0: no errors, 1: errors found; anything else is a usage or file error.
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function findingsOf(file) {
  const byLang = {};
  for (const lang of ['zh', 'en']) {
    const json = JSON.parse(runCli(['check', '--format', 'json', '--lang', lang, file]));
    const entry = json.files?.[0];
    if (!entry) throw new Error(`no CLI result for ${file}`);
    byLang[lang] = entry;
  }
  return {
    year: byLang.zh.year,
    format: byLang.zh.format,
    findings: byLang.zh.diagnostics.map((d, i) => ({
      line: d.range.start.line,
      character: d.range.start.character,
      severity: d.severity,
      rule: d.rule,
      message: { zh: d.message, en: byLang.en.diagnostics[i]?.message },
    })),
  };
}

/** What `check --fix` writes for `file`, computed on a scratch copy. */
function fixedText(file, scratchDir) {
  mkdirSync(scratchDir, { recursive: true });
  const scratch = join(scratchDir, file.split('/').pop());
  writeFileSync(scratch, readFileSync(file));
  runCli(['check', '--fix', scratch]);
  return readFileSync(scratch, 'utf8');
}

/**
 * Writes `folder` (a fresh workspace with writable copies of the seeds, plus, with `saveCopies`,
 * a second set under save/ for the fix-on-save tests) and returns the spec for it.
 */
export function prepareWorkspace(folder, { saveCopies = false, scratchDir, results }) {
  mkdirSync(folder, { recursive: true });
  if (saveCopies) mkdirSync(join(folder, 'save'), { recursive: true });
  const seeds = seedFiles().map((name) => {
    const text = readFileSync(join(seedsDir, name));
    const file = join(folder, copyName(name));
    writeFileSync(file, text); // a new file: writable, unlike the read-only seeds
    const saveFile = saveCopies ? join(folder, 'save', copyName(name)) : null;
    if (saveFile) writeFileSync(saveFile, text);
    return { name, file, saveFile, ...findingsOf(file), fixed: fixedText(file, scratchDir) };
  });
  return { results, seeds, hover, quickFix, sections: sectionCount };
}
