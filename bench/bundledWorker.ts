// A bench job run as users run the engine: bundled by esbuild (as esbuild.mjs bundles the CLI:
// minified, CommonJS, for Node 20 — but with the HTML parser bundled in rather than loaded apart,
// and the source kept in UTF-8 rather than ASCII, which changes what is loaded and held, not the
// engine's speed once warm) and loaded in a worker thread of its own, not through tsx. tsx
// compiles each module with its names kept, which wraps every function made while the code runs
// in a naming call: per-call closures cost more under tsx than in the shipped bundles, and the
// bench's figures are to be the shipped code's. The job module answers its workerData with one
// message (engineJob.ts, cliCostsJob.ts).
import { build } from 'esbuild';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { root } from './build.ts';

const out = join(root, 'test', '.tmp', 'bench');

/** Published documents (mammoth, pdf.js) are loaded only for .html/.docx/.pdf files; the jobs read text, so they stay out of the bundle. */
const documentsOut = {
  name: 'documents-out',
  setup(b: import('esbuild').PluginBuild) {
    b.onResolve({ filter: /\/documents\/index\.ts$/ }, () => ({ path: './documents.js', external: true }));
  },
};

/** The job's message, or null when `withinMs` ran out (the worker is then stopped). */
export async function runBundled<T>(job: string, data: unknown, withinMs: number): Promise<T | null> {
  const outfile = join(out, basename(job).replace(/\.ts$/, '.cjs'));
  await build({ entryPoints: [join(root, 'bench', job)], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [documentsOut], logLevel: 'warning' });
  const worker = new Worker(outfile, { workerData: data });
  try {
    return await new Promise<T | null>((resolve, reject) => {
      const timer = setTimeout(() => resolve(null), withinMs);
      worker.once('message', (message: T) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      // A job that stops without answering (process.exit, or workerData it does not recognise)
      // would otherwise be waited for until withinMs and then reported as given up on.
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`bench job ${job} stopped (exit code ${code}) without sending its result`));
      });
    });
  } finally {
    await worker.terminate();
  }
}
