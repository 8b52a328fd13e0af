// Budget (c): CLI reports per second per core. A folder of generated reports (every text layout,
// five years of each of many agencies, one in five with a wrong total) is checked by the bundled
// CLI as a user runs it — `nianbao check --format json FOLDER`, on every core — and the wall time
// of the whole run (start-up included) is divided among the cores.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports } from './reports.ts';

export interface CliTiming {
  reports: number;
  cores: number;
  seconds: number;
  perSecondPerCore: number;
  exitCode: number | null;
}

export async function cliThroughput(cli: string, count: number): Promise<CliTiming> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    writeReports(dir, count);
    const started = performance.now();
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'check', '--format', 'json', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout.resume(); // read and dropped: the output is not what is measured
      child.on('error', reject);
      child.on('exit', (code) => resolve(code));
    });
    const seconds = (performance.now() - started) / 1000;
    const cores = availableParallelism();
    return { reports: count, cores, seconds, perSecondPerCore: count / seconds / cores, exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
