// Budget (c): CLI reports per second per core. A folder of generated reports (every text layout,
// five years of each of many agencies, one in five with a wrong total) is checked by the bundled
// CLI as a user runs it — `nianbao check --format json FOLDER`, on every core — and the wall time
// of the whole run (start-up included) is divided among the cores. The CPU time the run took (all
// its threads) is measured too: unlike the wall time, it hardly moves when other work shares the
// machine.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports } from './reports.ts';

export interface CliTiming {
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

export async function cliThroughput(cli: string, count: number): Promise<CliTiming> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    // The reports in a folder of their own, apart from the files that measure the run.
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    writeReports(reports, count);
    // Loaded before the CLI: at exit, writes the process's CPU time (microseconds) to a file.
    const usage = join(dir, 'usage.txt');
    const preload = join(dir, 'usage.cjs');
    writeFileSync(preload, `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(usage)}, String(u.userCPUTime + u.systemCPUTime)); });\n`);
    const started = performance.now();
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', preload, cli, 'check', '--format', 'json', reports], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout.resume(); // read and dropped: the output is not what is measured
      child.on('error', reject);
      child.on('exit', (code) => resolve(code));
    });
    const seconds = (performance.now() - started) / 1000;
    const cores = availableParallelism();
    let cpuSeconds: number | null = null;
    try {
      cpuSeconds = Number(readFileSync(usage, 'utf8')) / 1e6 || null;
    } catch {
      // the preload did not run: the wall time stands alone
    }
    return { reports: count, cores, seconds, perSecondPerCore: count / seconds / cores, cpuSeconds, perCpuSecond: cpuSeconds ? count / cpuSeconds : null, exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
