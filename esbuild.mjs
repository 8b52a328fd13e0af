// Bundles the CLI, the language server and the VS Code client into dist/.
// One bundle per entry point so that the extension loads only what it needs.
//   node esbuild.mjs [--out DIR] [--no-minify]
// --out: another folder than dist/ (the bench builds what ships into its own, bench/build.ts);
// --no-minify: readable bundles, whose `// path/to/file.ts` module comments bench/profileSummary.ts
// maps CPU profiles back to source files by (`npm run bench -- --profile`).
import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const args = process.argv.slice(2);
const outdir = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist';
if (!outdir) throw new Error('--out needs a folder');
/**
 * Minified, with source maps beside: V8 keeps a bundle's whole source in memory, and the names and
 * scopes of its code (measured for the server: 0.9 → 0.4 MB of source, about 1 MB less RSS with the
 * seeds open, 0.8 MB less live heap). The .vsix is smaller too.
 */
const minify = !args.includes('--no-minify');

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
 * The HTML parser the engine reads a <table> in a report's text with (htmlparser2, and entities to
 * decode what it holds) is in its own bundle, dist/html.js, required the first time such a table is
 * read: the text of a converted .html, .docx or .pdf (its tables come as HTML) loads it, a plain
 * text report does not. Bundled in, it was 80 KB of source parsed at start-up and entity tables
 * decoded (measured: about 2 MB of the server's RSS). For the engine's imports only, each package
 * is replaced by a module exporting the names the engine uses as functions that load dist/html.js
 * on first call; a name missing here fails the build. .vscodeignore packs dist/html.js.
 */
const htmlLazy = {
  htmlparser2: { Parser: 'class' },
  entities: { decodeHTML: 'function' },
};
const htmlApart = {
  name: 'html-apart',
  setup(b) {
    b.onResolve({ filter: /^(htmlparser2|entities)$/ }, (args) => (/[\\/]engine[\\/]/.test(args.importer) ? { path: args.path, namespace: 'html-apart' } : undefined));
    b.onResolve({ filter: /^\.\/html\.js$/, namespace: 'html-apart' }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'html-apart' }, (args) => ({
      loader: 'js',
      contents: [
        "let lib; const load = () => (lib ??= require('./html.js'));",
        ...Object.entries(htmlLazy[args.path] ?? {}).map(([name, kind]) => (kind === 'class'
          ? `export function ${name}(...a) { return new (load().${name})(...a); }`
          : `export function ${name}(...a) { return load().${name}(...a); }`)),
      ].join('\n'),
    }));
  },
};
/**
 * Node modules the LSP libraries require at start-up for what this server never or rarely does:
 * crypto (random names for pipe and socket transports, ids of dynamic registrations) and
 * child_process (finding the global npm or yarn folder). Loading them loads a dozen more of node's
 * own (measured: about 1 MB of the server's RSS). For those libraries' `require` calls only (they
 * are CommonJS and read a module's members when they use them), each is replaced by an object
 * that requires the real module on its first member read.
 */
const onDemandBuiltins = {
  name: 'on-demand-builtins',
  setup(b) {
    b.onResolve({ filter: /^(crypto|child_process)$/ }, (args) => (args.kind === 'require-call' && /node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(args.importer)
      ? { path: args.path, namespace: 'on-demand' }
      : undefined));
    b.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
      loader: 'js',
      contents: `let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:${args.path}'))[key] });`,
    }));
  },
};
const htmlEntry = Object.entries(htmlLazy).map(([pkg, names]) => `export { ${Object.keys(names).join(', ')} } from '${pkg}';`).join('\n');
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
  const to = `${outdir}/node_modules/pdfjs-dist`;
  if (!existsSync(from)) return;
  const cmaps = readdirSync(`${from}/cmaps`).filter((f) => f.includes('GB') || f === 'LICENSE').map((f) => `cmaps/${f}`);
  rmSync(to, { recursive: true, force: true });
  for (const file of ['package.json', 'LICENSE', 'legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs', ...cmaps]) {
    mkdirSync(dirname(`${to}/${file}`), { recursive: true });
    copyFileSync(`${from}/${file}`, `${to}/${file}`);
  }
}

/**
 * A bundle in ASCII only. esbuild escapes what is not ASCII in strings but not in regular
 * expression literals (the engine's are full of Chinese punctuation), and a single such character
 * makes V8 hold the whole source as two bytes a character: each is written as `\uXXXX`, the same
 * pattern (a backslash before it, as in `\。`, is taken into the escape). Measured: about 1 MB less
 * RSS for the server. Only what a regular expression's `source` shows changes. The source map's
 * columns after each escape move by the characters it adds.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  /** Per line: [column where a replaced text ends, characters added up to there], in order. */
  const moves = [];
  const lines = text.split('\n').map((line) => {
    const here = [];
    let added = 0;
    const escaped = line.replace(/(\\*)([^\x00-\x7f])/g, (all, slashes, c, at) => {
      const escape = (slashes.length % 2 ? slashes.slice(1) : slashes) + `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      added += escape.length - all.length;
      here.push([at + all.length, added]);
      return escape;
    });
    moves.push(here);
    return escaped;
  });
  writeFileSync(file, lines.join('\n'));
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  // Only each segment's first field, the generated column (relative to the segment before it on
  // the line), changes; the rest of the segment is kept as it is.
  map.mappings = map.mappings.split(';').map((line, i) => {
    const here = moves[i] ?? [];
    if (line === '' || here.length === 0) return line;
    let column = 0;
    let previous = 0;
    let k = 0;
    let added = 0;
    return line.split(',').map((segment) => {
      const [delta, rest] = vlqFirst(segment);
      column += delta;
      while (k < here.length && here[k][0] <= column) added = here[k++][1];
      const moved = column + added;
      const out = vlq(moved - previous) + rest;
      previous = moved;
      return out;
    }).join(',');
  }).join(';');
  writeFileSync(mapFile, JSON.stringify(map));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first number of a source map segment (base64 VLQ), and the rest of the segment. */
function vlqFirst(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  let digit;
  do {
    digit = BASE64.indexOf(segment[i++]);
    value += (digit & 31) << shift;
    shift += 5;
  } while (digit & 32);
  return [value & 1 ? -(value >>> 1) : value >>> 1, segment.slice(i)];
}

function vlq(n) {
  let value = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value) digit |= 32;
    out += BASE64[digit];
  } while (value);
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  legalComments: 'none',
  define: { NIANBAO_VERSION: JSON.stringify(version) },
  plugins: [documentsApart, htmlApart, onDemandBuiltins],
};

/** One bundle per entry point. */
const entries = [
  // Executable, as npm makes a package's bin: `./dist/cli.js`, or a link to it named nianbao, runs it.
  { in: 'server/src/cli/main.ts', out: 'cli.js', banner: '#!/usr/bin/env node', executable: true },
  { in: 'server/src/lsp/server.ts', out: 'server.js', ascii: true },
  // The client only starts the server and shows what it says: no engine, no zod in it.
  { in: 'client/src/extension.ts', out: 'client.js', external: ['vscode'] },
  { in: 'server/src/documents/index.ts', out: 'documents.js', external: ['pdfjs-dist'] },
  { stdin: htmlEntry, out: 'html.js' },
  // The table preview's script runs in the webview (a browser), apart from the client.
  { in: 'client/src/preview/webview.ts', out: 'preview.js', platform: 'browser', format: 'iife' },
];

await Promise.all(entries.map(async (e) => {
  const outfile = join(outdir, e.out);
  await build({
    ...common,
    ...(e.stdin ? { stdin: { contents: e.stdin, resolveDir: '.', sourcefile: 'html.js' } } : { entryPoints: [e.in] }),
    outfile,
    external: e.external ?? [],
    platform: e.platform ?? common.platform,
    format: e.format ?? common.format,
    banner: e.banner ? { js: e.banner } : undefined,
  });
  if (e.ascii) asciiOnly(outfile);
  if (e.executable) chmodSync(outfile, 0o755);
}));
copyPdfjsRuntime();
