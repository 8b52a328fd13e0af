// Budget (c): CLI reports per second per core, against the floor of the same run. The folder is the
// seeds copied 400 times (2 000 reports; generated reports when ../shared is absent). The floor is
// reading the same files and splitting them into lines, in one thread (the least a checker of
// files does). The bundled CLI checks the folder as a user runs it — `nianbao check --format json
// FOLDER`, and `--format html --output FILE` — on every core; the wall time of the whole run
// (start-up included) is divided among the cores. The CPU time of all its threads is measured too:
// unlike the wall time, it hardly moves when other work shares the machine.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedNames, seedsDir, seedsMissing } from '../test/fixtures/seeds.ts';
import { useDefaultV8Options } from '../server/src/cli/v8Flags.ts';
import { cliCosts, type CliCosts } from './cliCosts.ts';
import { writeReports } from './reports.ts';

export type CliFormat = 'json' | 'html';

export interface CliTiming {
  format: CliFormat;
  reports: number;
  cores: number;
  seconds: number;
  perSecondPerCore: number;
  /** User and system CPU time of the CLI process, all threads (null if it could not be read). */
  cpuSeconds: number | null;
  /** Reports per second of CPU time: what one core would do if the run used it alone. */
  perCpuSecond: number | null;
  exitCode: number | null;
}

export interface CliRun {
  /** What the folder holds. */
  folder: string;
  reports: number;
  /** Reading and splitting the same files, in one thread: reports per second. */
  floorPerSecond: number;
  /** The same per second of its CPU time (null if it could not be read). */
  floorPerCpuSecond: number | null;
  timings: CliTiming[];
  /** Each thread's share of the same files checked in one fresh thread, in CPU time (null: not measured). */
  costs: CliCosts | null;
}

/** The folder: the seeds copied `copies` times, else as many generated reports. */
function fill(dir: string, copies: number): { folder: string; count: number } {
  if (seedsMissing) {
    writeReports(dir, 5 * copies);
    return { folder: `${5 * copies} generated reports (${seedsMissing})`, count: 5 * copies };
  }
  const names = seedNames();
  for (let copy = 0; copy < copies; copy++) for (const name of names) copyFileSync(join(seedsDir, name), join(dir, `${copy}_${name}`));
  return { folder: `the ${names.length} seeds copied ${copies} times`, count: names.length * copies };
}

/** Runs `args` with node; the CPU time it took comes back through a preloaded exit hook. */
async function timed(args: string[], dir: string): Promise<{ seconds: number; cpuSeconds: number | null; exitCode: number | null }> {
  const usage = join(dir, 'usage.txt');
  const preload = join(dir, 'usage.cjs');
  writeFileSync(preload, `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(usage)}, String(u.userCPUTime + u.systemCPUTime)); });\n`);
  rmSync(usage, { force: true });
  const started = performance.now();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', preload, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.resume(); // read and dropped: the output is not what is measured
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  const seconds = (performance.now() - started) / 1000;
  let cpuSeconds: number | null = null;
  try {
    cpuSeconds = Number(readFileSync(usage, 'utf8')) / 1e6 || null;
  } catch {
    // the preload did not run: the wall time stands alone
  }
  return { seconds, cpuSeconds, exitCode };
}

/** The floor: a node process that reads every file of the folder and splits it into lines (start-up included, as for the CLI). */
const FLOOR = `const fs = require('node:fs'); const path = require('node:path'); const dir = process.argv[1]; let lines = 0;
for (const name of fs.readdirSync(dir)) lines += fs.readFileSync(path.join(dir, name), 'utf8').split(/\\r\\n|\\r|\\n/).length;
if (lines === 0) process.exitCode = 1;`;

export async function cliThroughput(cli: string, copies: number, formats: CliFormat[] = ['json', 'html']): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    // The reports in a folder of their own, apart from the files that measure the run.
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    const { folder, count } = fill(reports, copies);
    const cores = availableParallelism();
    // The best of three: the floor is short, and the machine's noise only ever adds time.
    let floorSeconds = Infinity;
    let floorCpuSeconds = Infinity;
    for (let i = 0; i < 3; i++) {
      const floor = await timed(['-e', FLOOR, reports], dir);
      floorSeconds = Math.min(floorSeconds, floor.seconds);
      floorCpuSeconds = Math.min(floorCpuSeconds, floor.cpuSeconds ?? Infinity);
    }
    const timings: CliTiming[] = [];
    for (const format of formats) {
      const args = [cli, 'check', '--format', format, ...(format === 'html' ? ['--output', join(dir, 'report.html')] : []), reports];
      const run = await timed(args, dir);
      timings.push({ format, reports: count, cores, ...run, perSecondPerCore: count / run.seconds / cores, perCpuSecond: run.cpuSeconds ? count / run.cpuSeconds : null });
    }
    const costs = await cliCosts(reports, cores, 600_000);
    // Also when the worker was given up on before it could put them back itself.
    useDefaultV8Options();
    return { folder, reports: count, floorPerSecond: count / floorSeconds, floorPerCpuSecond: Number.isFinite(floorCpuSeconds) ? count / floorCpuSeconds : null, timings, costs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
