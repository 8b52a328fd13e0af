// Bundles the CLI, the language server and the VS Code client into dist/.
// One bundle per entry point so that the extension loads only what it needs.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');

/**
 * Published documents (.html, .docx, .pdf) are read by their own bundle, dist/documents.js, which
 * the CLI and the server import only when such a file is read: mammoth never loads (or is even
 * parsed) while text reports are checked. pdf.js (pdfjs-dist) is not bundled: an ES module with a
 * worker module and data files (character maps) read from its package, it is a runtime dependency.
 */
const documentsApart = {
  name: 'documents-apart',
  setup(b) {
    b.onResolve({ filter: /\/documents\/index\.ts$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: './documents.js', external: true }));
  },
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: { NIANBAO_VERSION: JSON.stringify(version) },
  plugins: [documentsApart],
};

/** Entry points that exist so far; each issue adds its own. */
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/server.ts', out: 'dist/server.js' },
  // The client only starts the server and shows what it says: no engine, no zod in it.
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { in: 'server/src/documents/index.ts', out: 'dist/documents.js', external: ['pdfjs-dist'] },
  // The table preview's script runs in the webview (a browser), apart from the client.
  { in: 'client/src/preview/webview.ts', out: 'dist/preview.js', platform: 'browser', format: 'iife' },
];

await Promise.all(entries.filter((e) => existsSync(e.in)).map((e) => build({
  ...common,
  entryPoints: [e.in],
  outfile: e.out,
  external: e.external ?? [],
  platform: e.platform ?? common.platform,
  format: e.format ?? common.format,
  banner: e.banner ? { js: e.banner } : undefined,
})));
if (watch) console.log('esbuild: watch mode is not wired; run `npm run build` again');
