// Bundles the CLI, the language server and the VS Code client into dist/.
// One bundle per entry point so that the extension loads only what it needs.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: { NIANBAO_VERSION: JSON.stringify(version) },
};

/** Entry points that exist so far; each issue adds its own. */
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
];

await Promise.all(entries.filter((e) => existsSync(e.in)).map((e) => build({
  ...common,
  entryPoints: [e.in],
  outfile: e.out,
  external: e.external ?? [],
  banner: e.banner ? { js: e.banner } : undefined,
})));
if (watch) console.log('esbuild: watch mode is not wired; run `npm run build` again');
