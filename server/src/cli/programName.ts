// The command as the user ran it, for the lines that tell what to type next (`用法见 … --help`,
// the help's command lines): `nianbao` when installed (npm's bin link, `npx nianbao`), else the
// script as the README runs it (`node dist/cli.js`), so what is shown can be typed as it is.
import { basename, isAbsolute, relative } from 'node:path';

/**
 * `script`: process.argv[1], the path the program was started by (node keeps a bin link's own
 * path there, not the file it links to). Inside node_modules it was started by npm's shim for the
 * `nianbao` bin (Windows' .cmd shim names the file itself) or by npx: `nianbao`. A name with no
 * .js (nor .ts, from source) is the command typed (`nianbao`, npm's bin link on Unix). Otherwise it was run as a script:
 * `node` and its path from here, or the whole path when that is shorter.
 */
export function programName(script: string | undefined = process.argv[1], cwd: string = process.cwd()): string {
  if (!script) return 'nianbao';
  if (script.split(/[\\/]/).includes('node_modules')) return 'nianbao';
  const name = basename(script);
  if (!/\.[cm]?[jt]s$/.test(name)) return name;
  const fromHere = isAbsolute(script) ? relative(cwd, script) : script;
  const path = fromHere.length <= script.length ? fromHere : script;
  return `node ${/\s/.test(path) ? `"${path}"` : path}`;
}
