// nianbao/preview through the real server: the tables as HTML (the batch report's renderer), the
// red cells with what they should be and the repair "recompute" applies, every character of the
// report escaped; the code lens that opens the preview, offered only to a client that has the
// command; the page the webview loads (its Content-Security-Policy) and its translations.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { CodeLens } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { previewPage } from '../../client/src/preview/page.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { tableCss } from '../../server/src/render/styles.ts';
import { cellAt } from '../../server/src/engine/tableLookup.ts';
import { commands, previewCapability, type PreviewResult } from '../../shared/src/protocol.ts';
import { injectedReport, injections } from '../fixtures/injectedReport.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { readSeed, seedsMissing } from '../fixtures/seeds.ts';
import { docUri, LspClient, root } from './client.ts';
import { reportWithWrongTotal } from './reports.ts';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

function parse(html: string): Element[] {
  return DomUtils.getElementsByTagName(() => true, parseDocument(html).children, true);
}

function wrongCells(html: string): Element[] {
  return parse(html).filter((e) => e.name === 'td' && (e.attribs.class ?? '').split(' ').includes('wrong'));
}

/** The table and row a cell element sits in, and its column among the row's cells. */
function whereIs(cell: Element): { table: string | undefined; row: string | undefined; column: number } {
  const row = cell.parent as Element;
  let table: Element | null = row;
  while (table && table.name !== 'table') table = table.parent as Element | null;
  const column = row.children.filter((c) => (c as Element).name === 'td').indexOf(cell);
  return { table: table?.attribs['data-table'], row: row.attribs['data-row'], column };
}

function apply(uri: string, version: number, text: string, fix: PreviewResult['fixes'][number]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'nianbao', version, text), fix.edits);
}

describe('nianbao/preview', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  const preview = (uri: string) => client.request<PreviewResult>('nianbao/preview', { textDocument: { uri } });

  test('seed 002: （七）总计 · 总计 is the one red cell, "→ 30", and its repair writes 30', { skip: seedsMissing }, async () => {
    const name = '002_7b4b25fcf59f7d61.txt';
    const uri = docUri(`preview-${name}`);
    const text = readSeed(name);
    await client.open(uri, text, 'plaintext', 4);
    const result = await preview(uri);
    assert.equal(result.recognised, true);
    assert.equal(result.version, 4);
    assert.equal(result.language, 'zh');
    assert.equal(result.css, tableCss, 'the batch report\'s stylesheet');
    const wrong = wrongCells(result.html);
    assert.equal(wrong.length, 1);
    const cell = wrong[0]!;
    const report = analyze(text).report;
    const columns = report.tables.B?.columns.length ?? 0;
    assert.deepEqual(whereIs(cell), { table: 'B', row: 'total', column: columns - 1 });
    assert.match(DomUtils.textContent(cell), /→ 30$/);
    const engineCell = cellAt(report, { table: 'B', row: 'total', column: columns - 1 });
    assert.equal(Number(cell.attribs['data-offset']), engineCell?.span.start);

    assert.equal(result.fixes.length, 1);
    const fix = result.fixes[0]!;
    assert.equal(fix.offset, engineCell?.span.start);
    assert.equal(fix.title, '改为 30');
    const fixed = analyze(apply(uri, 4, text, fix)).report;
    const after = cellAt(fixed, { table: 'B', row: 'total', column: columns - 1 });
    assert.deepEqual(after?.value.kind === 'number' && after.value.value, 30);
    assert.equal(wrongCells((await previewOf(client, fixed.text)).html).length, 0, 'nothing red once repaired');
  });

  test('a fixture: the wrong total is red with "→ 7", the repair gives back the clean report', async () => {
    const uri = docUri('preview-wrong.nianbao');
    await client.open(uri, reportWithWrongTotal(), 'nianbao', 2);
    const result = await preview(uri);
    const wrong = wrongCells(result.html);
    assert.deepEqual(wrong.map((c) => DomUtils.textContent(c)), ['9→ 7']);
    assert.deepEqual(wrong.map(whereIs), [{ table: 'B', row: 'total', column: 6 }]);
    assert.deepEqual(result.fixes.map((f) => [f.offset, f.title]), [[Number(wrong[0]?.attribs['data-offset']), '改为 7']]);
    assert.equal(apply(uri, 2, reportWithWrongTotal(), result.fixes[0]!), buildReport());
  });

  test('every cell carries its span in the text: data-offset and data-end', async () => {
    const text = buildReport({ layout: 'cell-per-line-fullwidth' });
    const result = await previewOf(client, text);
    const cells = parse(result.html).filter((e) => e.name === 'td' && e.attribs['data-end'] !== undefined);
    assert.ok(cells.length > 50);
    for (const cell of cells) {
      const shown = DomUtils.textContent(cell);
      const written = text.slice(Number(cell.attribs['data-offset']), Number(cell.attribs['data-end'])).trim();
      assert.equal(written, shown);
    }
  });

  test('script injection in cells, title and prose comes out as text', async () => {
    const result = await previewOf(client, injectedReport());
    assert.equal(result.recognised, true);
    const elements = parse(result.html);
    const drawn = new Set(['table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'p']);
    assert.deepEqual(elements.map((e) => e.name).filter((n) => !drawn.has(n)), [], 'no element but the tables\' own');
    for (const e of elements) {
      for (const [name, value] of Object.entries(e.attribs)) {
        assert.ok(!/^on/i.test(name), `no handler attribute: ${name}`);
        assert.ok(!/javascript:/i.test(value), `no javascript: URL: ${name}=${value}`);
      }
    }
    const texts = elements.filter((e) => e.name === 'td').map((e) => DomUtils.textContent(e));
    for (const injected of [injections.script, injections.onerror, injections.javascriptUrl]) assert.ok(texts.includes(injected), injected);
  });

  test('in English when the client speaks English', async () => {
    const english = await LspClient.start({ locale: 'en' });
    try {
      const uri = docUri('preview-en.nianbao');
      await english.open(uri, reportWithWrongTotal());
      const result = await english.request<PreviewResult>('nianbao/preview', { textDocument: { uri } });
      assert.equal(result.language, 'en');
      assert.match(result.html, /<caption>[A-Za-z]/);
      assert.equal(result.fixes[0]?.title, 'Change to 7');
    } finally {
      await english.stop();
    }
  });

  test('not a report, or not open: nothing to draw', async () => {
    const uri = docUri('notes.txt');
    await client.open(uri, '今天的会议记录。\n', 'plaintext', 7);
    assert.deepEqual(await preview(uri), { recognised: false, version: 7, language: 'zh', html: '', css: tableCss, fixes: [] });
    assert.deepEqual(await preview(docUri('never-opened.nianbao')), { recognised: false, version: null, language: 'zh', html: '', css: tableCss, fixes: [] });
  });
});

let opened = 0;
async function previewOf(client: LspClient, text: string): Promise<PreviewResult> {
  const uri = docUri(`preview-${++opened}.nianbao`);
  await client.open(uri, text);
  return client.request<PreviewResult>('nianbao/preview', { textDocument: { uri } });
}

describe('the preview code lens', () => {
  test('"预览表格" above the first table for a client that has the command; none for others', async () => {
    const text = buildReport();
    const withPreview = await LspClient.start({ experimental: { [previewCapability]: true } });
    const without = await LspClient.start();
    try {
      const uri = docUri('lens-preview.nianbao');
      for (const c of [withPreview, without]) await c.open(uri, text);
      const lenses = await withPreview.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const lens = lenses.find((l) => l.command?.command === commands.previewTables);
      assert.ok(lens);
      assert.equal(lens.command?.title, '预览表格');
      assert.deepEqual(lens.command?.arguments, [uri]);
      const tableA = analyze(text).report.tables.A;
      assert.equal(lens.range.start.line, TextDocument.create(uri, 'x', 1, text).positionAt(tableA?.span.start ?? -1).line);
      const others = await without.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(!others.some((l) => l.command?.command === commands.previewTables));
      await withPreview.open(docUri('lens-notes.txt'), '会议记录\n', 'plaintext');
      assert.deepEqual(await withPreview.request('textDocument/codeLens', { textDocument: { uri: docUri('lens-notes.txt') } }), []);
    } finally {
      await withPreview.stop();
      await without.stop();
    }
  });
});

describe('the webview page and the extension manifest', () => {
  test('a strict Content-Security-Policy: nothing but the nonce-bearing script and style', () => {
    const page = previewPage({ cspSource: 'vscode-webview://abc', nonce: 'n0nce', scriptUri: 'vscode-webview://abc/dist/preview.js', language: 'zh-cn' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    assert.equal(csp, "default-src 'none'; style-src vscode-webview://abc 'nonce-n0nce'; script-src 'nonce-n0nce'");
    assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script nonce="n0nce" src="vscode-webview://abc/dist/preview.js">']);
    assert.ok(!/https?:/.test(page), 'no remote content');
    assert.ok(!/ on\w+=/.test(page), 'no inline handler');
  });

  test('the command, its editor title button on reports, and its words in both languages', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const command = pkg.contributes.commands.find((c: { command: string }) => c.command === commands.previewTables);
    assert.equal(command?.title, '%command.previewTables%');
    assert.deepEqual(pkg.contributes.menus['editor/title'].find((m: { command: string }) => m.command === commands.previewTables), {
      command: commands.previewTables,
      when: 'resourceLangId == nianbao',
      group: 'navigation',
    });
    const bundle: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    const dir = join(root, 'client', 'src', 'preview');
    const sources = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const used = [...sources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? '');
    assert.ok(used.length >= 4);
    for (const s of used) assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json: ${s}`);
  });

  test('the panel keeps no hidden webview alive and loads only from dist/', () => {
    const panel = readFileSync(join(root, 'client', 'src', 'preview', 'panel.ts'), 'utf8');
    assert.match(panel, /retainContextWhenHidden: false/);
    assert.match(panel, /localResourceRoots: \[dist\]/);
  });
});
