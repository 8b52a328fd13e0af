// `npm run bench -- --profile`: CPU profiles (node --cpu-prof) of what the budget measures, each
// summarised by profileSummary.ts — the functions and files with the most self time — so that a
// missed target comes with where its time goes. Profiles are kept in test/.tmp/bench/profiles.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { seedsDir, seedsMissing } from '../test/fixtures/seeds.ts';
import { bundles, root, serverNodeArgs, type Bundles } from './build.ts';
import { keystrokes } from './keystrokes.ts';
import { summarise } from './profileSummary.ts';
import { reportOfSize, writeReports } from './reports.ts';

const dir = join(root, 'test', '.tmp', 'bench', 'profiles');

/** A small driver script bundled (not minified, so that profileSummary maps it back to sources). */
async function driver(name: string, contents: string): Promise<string> {
  const outfile = join(root, 'test', '.tmp', 'bench', `${name}.js`);
  await build({
    stdin: { contents, resolveDir: join(root, 'bench'), sourcefile: `${name}.ts`, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
  return outfile;
}

function run(profiles: string, args: string[]): void {
  rmSync(profiles, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  const result = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.error) throw result.error;
}

function report(title: string, profiles: string, top = 15): string {
  const { total, functions, files } = summarise([profiles]);
  const lines = (map: Map<string, number>, n: number) => [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `  ${(100 * ms / total).toFixed(1).padStart(5)}%  ${k}`);
  return [`## ${title} (${total.toFixed(0)} ms sampled, idle excluded)`, 'By function (self time):', ...lines(functions, top), 'By file:', ...lines(files, 10), ''].join('\n');
}

export async function profiles(shipped: Bundles, progress: (what: string) => void): Promise<string> {
  const out: string[] = [];
  // The shipped bundles are minified: profiled are the same ones unminified, whose module comments
  // profileSummary.ts maps the profiles back to source files by.
  if (shipped.minified) progress('bundling the CLI and the server unminified');
  const built = shipped.minified ? await bundles({ minify: false }) : shipped;

  if (!seedsMissing) {
    progress('profiling the analysis of the seeds');
    // The seeds' folder is passed in: the bundled driver cannot find it from where it runs.
    const seeds = await driver('profile-seeds', `
      import { readdirSync, readFileSync } from 'node:fs';
      import { join } from 'node:path';
      import { analyze } from '../server/src/engine/analyze.ts';
      const dir = process.argv[2] ?? '';
      const texts = readdirSync(dir).filter((f) => /^\\d{3}_.*\\.txt$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
      for (let i = 0; i < 200; i++) for (const t of texts) analyze(t);
    `);
    run(join(dir, 'seeds'), [seeds, seedsDir]);
    out.push(report('Analysis of the five seeds, 200 times each', join(dir, 'seeds')));
  }

  progress('profiling the analysis of a 1 MB report');
  const big = await driver('profile-1mb', `
    import { analyze } from '../server/src/engine/analyze.ts';
    import { reportOfSize } from './reports.ts';
    const text = reportOfSize(1024 * 1024);
    for (let i = 0; i < 8; i++) analyze(text + '。'.repeat(i));
  `);
  run(join(dir, '1mb'), [big]);
  out.push(report('Analysis of a 1 MB report, 8 times', join(dir, '1mb')));

  progress('profiling the CLI on 500 reports');
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-profile-'));
  try {
    writeReports(folder, 500);
    run(join(dir, 'cli'), [built.cli, 'check', '--format', 'json', folder]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  out.push(report('CLI check of 500 reports (main thread and workers)', join(dir, 'cli')));

  progress('profiling the server on 10 KB keystrokes');
  const serverProfiles = join(dir, 'server');
  rmSync(serverProfiles, { recursive: true, force: true });
  mkdirSync(serverProfiles, { recursive: true });
  await keystrokes(built.server, reportOfSize(10 * 1024), 300, 10, [...serverNodeArgs, '--cpu-prof', `--cpu-prof-dir=${serverProfiles}`]);
  out.push(report('Server: 300 keystrokes on a 10 KB report (didChange + pull)', serverProfiles));

  return out.join('\n');
}
