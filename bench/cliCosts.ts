// The CLI's CPU time per report split into its parts (cliCostsJob.ts), measured in a worker on the
// bundled code.
import { runBundled } from './bundledWorker.ts';
import type { CliCosts, CliCostsJob } from './cliCostsJob.ts';

export type { CliCosts } from './cliCostsJob.ts';

/** The costs of checking `folder` as each of `threads` threads of the CLI would (null: given up after `withinMs`). */
export function cliCosts(folder: string, threads: number, withinMs: number): Promise<CliCosts | null> {
  return runBundled<CliCosts>('cliCostsJob.ts', { nianbaoCliCosts: true, folder, threads } satisfies CliCostsJob, withinMs);
}
