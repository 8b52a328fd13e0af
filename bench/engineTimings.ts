// Budget (a) and its parts, measured in a worker on the bundled engine (engineJob.ts).
import { readSeed, seedNames, seedsMissing } from '../test/fixtures/seeds.ts';
import type { AnalysisParts } from './analysisParts.ts';
import { runBundled } from './bundledWorker.ts';
import type { EngineJob } from './engineJob.ts';
import type { SeedTiming } from './seeds.ts';

export interface EngineTimings {
  seeds: SeedTiming[];
  parts: AnalysisParts;
}

/** The seeds' timings and parts, or why they were not measured. */
export async function engineTimings(withinMs: number): Promise<EngineTimings | string> {
  if (seedsMissing) return seedsMissing;
  const job: EngineJob = { nianbaoEngine: true, seeds: seedNames().map((name) => ({ name, text: readSeed(name) })) };
  return (await runBundled<EngineTimings>('engineJob.ts', job, withinMs)) ?? `given up after ${withinMs / 60_000} minutes`;
}
