// The CLI and the language server bundled by esbuild.mjs itself, as `npm run build` ships them
// (minified, published documents and the HTML parser in bundles apart, the version defined), from
// the current sources, into test/.tmp/bench (ignored by git): the bench measures what users run,
// never a stale dist/. Profiles need them unminified (profile.ts).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const root = resolve(__dirname, '..');
const out = join(root, 'test', '.tmp', 'bench');

/** The node options the client starts the server with (client/src/extension.ts, serverExecArgv). */
export const serverNodeArgs = ['--v8-pool-size=1', '--max-semi-space-size=2'];

export interface Bundles {
  cli: string;
  server: string;
  minified: boolean;
}

export async function bundles(options: { minify?: boolean } = {}): Promise<Bundles> {
  const minify = options.minify ?? true;
  const built = spawnSync(process.execPath, ['esbuild.mjs', '--out', out, ...(minify ? [] : ['--no-minify'])], { cwd: root, encoding: 'utf8' });
  if (built.error) throw built.error;
  if (built.status !== 0) throw new Error(`esbuild.mjs failed (exit ${built.status}): ${built.stderr}`);
  return { cli: join(out, 'cli.js'), server: join(out, 'server.js'), minified: minify };
}
