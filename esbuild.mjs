// Bundles the CLI, the language server and the VS Code client into dist/.
// One bundle per entry point so that the extension loads only what it needs.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

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
/**
 * pdf.js as the bundles find it at run time: dist/node_modules/pdfjs-dist, which Node looks in
 * from dist/documents.js before any node_modules above it. Copied there because the .vsix is
 * packaged with --no-dependencies (vsce then never looks into node_modules): only what reading a
 * PDF needs, the library and its worker module (run in the same thread) and the character maps of
 * the Chinese (GB) fonts a PDF may use without embedding them (Identity-H is built in). The
 * standard fonts are left out: they only draw glyphs, the text does not need them.
 */
function copyPdfjsRuntime() {
  const from = 'node_modules/pdfjs-dist';
  const to = 'dist/node_modules/pdfjs-dist';
  if (!existsSync(from)) return;
  const cmaps = readdirSync(`${from}/cmaps`).filter((f) => f.includes('GB') || f === 'LICENSE').map((f) => `cmaps/${f}`);
  rmSync(to, { recursive: true, force: true });
  for (const file of ['package.json', 'LICENSE', 'legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs', ...cmaps]) {
    mkdirSync(dirname(`${to}/${file}`), { recursive: true });
    copyFileSync(`${from}/${file}`, `${to}/${file}`);
  }
}

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

/** One bundle per entry point. */
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/server.ts', out: 'dist/server.js' },
  // The client only starts the server and shows what it says: no engine, no zod in it.
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { in: 'server/src/documents/index.ts', out: 'dist/documents.js', external: ['pdfjs-dist'] },
  // The table preview's script runs in the webview (a browser), apart from the client.
  { in: 'client/src/preview/webview.ts', out: 'dist/preview.js', platform: 'browser', format: 'iife' },
];

await Promise.all(entries.map((e) => build({
  ...common,
  entryPoints: [e.in],
  outfile: e.out,
  external: e.external ?? [],
  platform: e.platform ?? common.platform,
  format: e.format ?? common.format,
  banner: e.banner ? { js: e.banner } : undefined,
})));
copyPdfjsRuntime();
