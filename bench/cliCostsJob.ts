// Run bundled in a worker (bundledWorker.ts, from cliCosts.ts: a fresh V8, as each thread of the
// CLI starts, on the code as esbuild bundles it): the CPU time per report of checking a folder's
// files one after another in one thread, as each thread of `nianbao check --format json` does
// (checkFile, then the result serialised) — the first files, while V8 compiles and optimises the
// code, then all of them again, warm — and of analyze() alone on the same texts, warm, all with the
// CLI's V8 options. Sent back as the worker's message. This splits the CLI's CPU time into the
// engine, the rest of a file's check, and each thread's start-up and warm-up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings } from '../server/src/cli/checkFile.ts';
import { useCliV8Options, useDefaultV8Options } from '../server/src/cli/v8Flags.ts';
import { forMainThread } from '../server/src/cli/workers.ts';
import { analyze } from '../server/src/engine/analyze.ts';

export interface CliCosts {
  /** How many files the cold pass took: as many as each thread of the CLI checks. */
  coldFiles: number;
  /** CPU ms per report of checkFile, the first `coldFiles` files of a fresh process. */
  coldMs: number;
  /** The same, warm (every file again). */
  warmMs: number;
  /** analyze() alone, warm, per report. */
  analyzeMs: number;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export interface CliCostsJob {
  nianbaoCliCosts: true;
  folder: string;
  threads: number;
}

async function costs({ folder, threads }: CliCostsJob): Promise<CliCosts> {
  // With the CLI's V8 options, as the CLI checks files; the bench's other measures keep the defaults.
  useCliV8Options();
  try {
    return await measured(folder, threads);
  } finally {
    useDefaultV8Options();
  }
}

async function measured(folder: string, threads: number): Promise<CliCosts> {
  const paths = readdirSync(folder).sort().map((name) => join(folder, name));
  const settings: CheckSettings = { options: { timeLimitMs: 10_000 }, fix: false, language: 'zh', html: false, json: true, workspace: true, skipNonReports: false };
  const check = async (files: string[]) => {
    const since = process.cpuUsage();
    for (const [index, path] of files.entries()) forMainThread(await checkFile({ index, path, onlyIfReport: true }, settings), settings);
    return cpuMs(since) / files.length;
  };
  const coldFiles = Math.ceil(paths.length / threads);
  const coldMs = await check(paths.slice(0, coldFiles));
  const warmMs = await check(paths);
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  const since = process.cpuUsage();
  for (const text of texts) analyze(text, settings.options);
  return { coldFiles, coldMs, warmMs, analyzeMs: cpuMs(since) / texts.length };
}

const job = workerData as CliCostsJob | null;
if (job?.nianbaoCliCosts) void costs(job).then((c) => parentPort?.postMessage(c));
