// The CLI and the language server bundled as `npm run build` ships them (esbuild.mjs: published
// documents in a bundle apart, the version defined), from the current sources, into test/.tmp/bench
// (ignored by git): the bench measures what users run, never a stale dist/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

export const root = resolve(__dirname, '..');
const out = join(root, 'test', '.tmp', 'bench');

const documentsApart: Plugin = {
  name: 'documents-apart',
  setup(b) {
    b.onResolve({ filter: /\/documents\/index\.ts$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: './documents.js', external: true }));
  },
};

export interface Bundles {
  cli: string;
  server: string;
}

export async function bundles(): Promise<Bundles> {
  mkdirSync(out, { recursive: true });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const entries = [
    { in: 'server/src/cli/main.ts', out: 'cli.js' },
    { in: 'server/src/lsp/server.ts', out: 'server.js' },
    { in: 'server/src/documents/index.ts', out: 'documents.js' },
  ];
  await Promise.all(entries.map((e) => build({
    entryPoints: [join(root, e.in)],
    outfile: join(out, e.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    legalComments: 'none',
    define: { NIANBAO_VERSION: JSON.stringify(version) },
    external: ['pdfjs-dist'],
    plugins: [documentsApart],
  })));
  return { cli: join(out, 'cli.js'), server: join(out, 'server.js') };
}
