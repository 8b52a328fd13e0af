// "Check as text" in the extension as installed: the .vsix that `npm run package` makes (vsce with
// --no-dependencies never packs node_modules) must carry what reading a PDF needs at run time, and
// its server must find it there. The .vsix is packed from dist/ (built first when missing) with
// the package script's own vsce options, unpacked into a temporary folder with no node_modules
// above it, and its dist/server.js run over stdio on the fixtures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { convertedTextRequest, type ConvertedTextResult } from '../../shared/src/protocol.ts';
import { runCli } from '../cli/cliRunner.ts';
import { LspClient, root } from './client.ts';

const fixtures = join(root, 'test', 'fixtures', 'documents');
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

/** What the installed server reads when a PDF is converted. */
const runtimeFiles = [
  'dist/server.js',
  'dist/documents.js',
  'dist/node_modules/pdfjs-dist/package.json',
  'dist/node_modules/pdfjs-dist/LICENSE',
  'dist/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
  'dist/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
  // Chinese fonts a PDF names without embedding them: their CMaps, and CID -> Unicode.
  'dist/node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap',
  'dist/node_modules/pdfjs-dist/cmaps/UniGB-UTF16-H.bcmap',
  'dist/node_modules/pdfjs-dist/cmaps/GBK-EUC-H.bcmap',
  'dist/node_modules/pdfjs-dist/cmaps/Adobe-GB1-UCS2.bcmap',
];

/** The vsce arguments of `npm run package`, writing to `out` instead. */
function vsceArgs(out: string): string[] {
  const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.package;
  const command = script.split('&&').map((s) => s.trim()).find((s) => s.startsWith('vsce package'));
  assert.ok(command, script);
  const args = command.split(/\s+/).slice(1);
  const o = args.indexOf('-o');
  assert.ok(o >= 0);
  args.splice(o, 2, '-o', out);
  return args;
}

describe('the packaged extension reads published files', { skip: !hasUnzip && 'unzip is not installed' }, () => {
  let dir: string;
  let extension: string;
  let vsix: string;
  let client: LspClient;
  before(async () => {
    if (!runtimeFiles.every((f) => existsSync(join(root, f))) || !existsSync(join(root, 'dist', 'cli.js'))) {
      const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
      assert.equal(built.status, 0, built.stderr);
    }
    dir = mkdtempSync(join(tmpdir(), 'nianbao-vsix-'));
    vsix = join(dir, 'nianbao.vsix');
    const packed = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), vsceArgs(vsix), { cwd: root, encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr + packed.stdout);
    const unzipped = spawnSync('unzip', ['-q', vsix, '-d', join(dir, 'unpacked')], { encoding: 'utf8' });
    assert.equal(unzipped.status, 0, unzipped.stderr);
    extension = join(dir, 'unpacked', 'extension');
    client = await LspClient.start({ server: join(extension, 'dist', 'server.js') });
  });
  after(async () => {
    await client?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the .vsix holds the converters and the part of pdf.js they need, and stays small', () => {
    for (const f of runtimeFiles) assert.ok(existsSync(join(extension, f)), f);
    assert.ok(!existsSync(join(extension, 'node_modules')), 'no node_modules beside dist/');
    assert.ok(!existsSync(join(extension, 'dist', 'cli.js')), 'not the CLI');
    const size = statSync(vsix).size;
    console.log(`nianbao.vsix: ${size} bytes`);
    assert.ok(size < 3 * 1024 * 1024, `${size} bytes`);
  });

  test("the packaged README is the users' one: every picture it shows is packed, no team material", () => {
    const readme = readFileSync(join(extension, 'readme.md'), 'utf8');
    for (const m of readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)|<img[^>]*src="([^"]+)"/g)) {
      const target = m[1] ?? m[2]!;
      assert.ok(existsSync(join(extension, target)), `the README shows ${target}, which is not in the .vsix`);
    }
    assert.doesNotMatch(readme, /\.\.\/shared|npm (ci|test|run)/, 'no developer steps in the users\' README');
  });

  for (const name of ['report.pdf', 'report.docx', 'report.html']) {
    test(`the installed server converts ${name} as the CLI does, and checks it`, async () => {
      const path = join(fixtures, name);
      const uri = `nianbao-converted:${pathToFileURL(path).href.slice('file://'.length)}.nianbao`;
      const result = await client.request<ConvertedTextResult>(convertedTextRequest.method, { uri });
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.equal(result.text, runCli(['text', path]).stdout);
      await client.open(uri, result.text);
      const items = (await client.pullDiagnostics(uri)).items;
      assert.ok(items.length > 0);
      // The rule pages are found in the installed extension too.
      const href = items.find((d) => d.codeDescription)?.codeDescription?.href ?? '';
      assert.ok(href.startsWith(pathToFileURL(join(extension, 'docs', 'rules')).href), href);
      await client.closeDocument(uri);
    });
  }
});
