// Run bundled in a worker (bundledWorker.ts, from engineTimings.ts): budget (a), each seed's
// analysis against its line scan, and where a seed's analysis time goes — measured on the code as
// esbuild bundles it, as users run it. The seeds come in workerData; the answer is one message.
import { parentPort, workerData } from 'node:worker_threads';
import { analysisParts } from './analysisParts.ts';
import { seedTimings, type SeedText } from './seeds.ts';

export interface EngineJob {
  nianbaoEngine: true;
  seeds: SeedText[];
}

const job = workerData as EngineJob | null;
if (job?.nianbaoEngine) {
  const seeds = seedTimings(job.seeds);
  parentPort?.postMessage({ seeds, parts: analysisParts(job.seeds, seeds) });
}
