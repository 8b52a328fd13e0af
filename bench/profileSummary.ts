// Reads V8 CPU profiles (node --cpu-prof writes *.cpuprofile) and prints where the time went: the
// functions with the most self time and the source files they are in. Profiles of an esbuild bundle
// (not minified: `node esbuild.mjs --no-minify`, as profile.ts builds them) are mapped back to source
// files by the `// path/to/file.ts` comment esbuild writes before each module. `npm run bench -- --profile` makes and summarises them; by hand:
// `npx tsx bench/profileSummary.ts DIR-OR-FILES… [--top N]`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

const root = resolve(__dirname, '..');

/** For a bundle: the line where each module starts, and its source path, in order. */
const modulesOfBundle = new Map<string, { line: number; path: string }[]>();

function bundleModules(path: string): { line: number; path: string }[] {
  let modules = modulesOfBundle.get(path);
  if (!modules) {
    modules = [];
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // not readable: shown by its own name
    }
    text.split('\n').forEach((line, i) => {
      const m = /^\/\/ ((?:[\w@.-]+\/)+[\w@.-]+\.(?:ts|js|mjs|cjs|json))$/.exec(line);
      if (m?.[1]) modules?.push({ line: i, path: m[1] });
    });
    modulesOfBundle.set(path, modules);
  }
  return modules;
}

/** The source file of a profile node: the module of the bundle the line falls in, or the file itself. */
function sourceFile(url: string, line: number): string {
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const modules = path.endsWith('.js') ? bundleModules(path) : [];
  let found: string | undefined;
  for (const m of modules) {
    if (m.line > line) break;
    found = m.path;
  }
  if (found) return found.replace(/^.*node_modules\//, 'node_modules/');
  return path.startsWith(root) ? relative(root, path) : path.replace(/^.*node_modules\//, 'node_modules/');
}

function files(args: string[]): string[] {
  return args.flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(a, f)) : [a]));
}

/** Self time per function and per file, in ms, over all profiles given (files, or folders of them). */
export function summarise(given: string[]): { total: number; functions: Map<string, number>; files: Map<string, number> } {
  const functions = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const path of files(given)) {
    const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const node = byId.get(samples[i] as number);
      // Each sample's time is the delta before the next one.
      const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
      // Waiting is not work.
      if (!node || node.callFrame.functionName === '(idle)') continue;
      total += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      const file = sourceFile(url, lineNumber);
      const key = `${functionName || '(anonymous)'}  ${file}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    }
  }
  return { total, functions, files: byFile };
}

function top(map: Map<string, number>, n: number, total: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${(100 * ms / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--top');
  const n = at >= 0 ? Number(args[at + 1]) : 25;
  const paths = files(args.filter((a, i) => a !== '--top' && args[i - 1] !== '--top'));
  const { total, functions, files: byFile } = summarise(paths);
  console.log(`${paths.length} profile(s), ${total.toFixed(0)} ms sampled (idle excluded)\n\nSelf time by function:`);
  console.log(top(functions, n, total).join('\n'));
  console.log('\nSelf time by file:');
  console.log(top(byFile, Math.min(n, 15), total).join('\n'));
}

if (require.main === module) main();
