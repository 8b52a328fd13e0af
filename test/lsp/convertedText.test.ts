// "Check as text" through the real server: nianbao/convertedText gives a published file's text
// exactly as `nianbao text` prints it; the document opened under its nianbao-converted: uri gets
// `nianbao check`'s diagnostics (with the page or paragraph), hovers and outline, and no edits;
// what was read only in part is one information diagnostic; a file that cannot be read gets a
// clear message; and the converters are not even loaded until such a file is read.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describePlace, placeAt } from '../../server/src/documents/places.ts';
import type { PlaceFrom } from '../../server/src/documents/types.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { convertedTextRequest, type ConvertedTextResult, type PreviewResult, type RecomputeTotalsResult } from '../../shared/src/protocol.ts';
import { ensureBuilt, runCli } from '../cli/cliRunner.ts';
import { docxWithPictures } from '../documents/files.ts';
import { docUri, LspClient, root, serverBundle } from './client.ts';

const fixtures = join(root, 'test', 'fixtures', 'documents');

/** The converted document's uri for a file, as VS Code writes it (shared/src/protocol.ts). */
function convertedUri(path: string): string {
  return `nianbao-converted:${pathToFileURL(path).href.slice('file://'.length)}.nianbao`;
}

async function convert(client: LspClient, path: string): Promise<ConvertedTextResult> {
  return client.request<ConvertedTextResult>(convertedTextRequest.method, { uri: convertedUri(path) });
}

/** Converted, then opened as VS Code opens it: the text as it came, the report language. */
async function openConverted(client: LspClient, path: string): Promise<{ uri: string; text: string; places: PlaceFrom[] }> {
  const result = await convert(client, path);
  assert.ok(result.ok, result.ok ? '' : result.message);
  const uri = convertedUri(path);
  await client.open(uri, result.text, 'nianbao');
  return { uri, text: result.text, places: result.places };
}

interface CliDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: Diagnostic['range'];
  place?: Parameters<typeof describePlace>[0];
}

const severities: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/** `nianbao check --format json FILE`'s diagnostics, as the server should send them. */
function cliDiagnostics(path: string): { code: string; severity: number; message: string; range: Diagnostic['range'] }[] {
  const run = runCli(['check', '--format', 'json', path]);
  const file = (JSON.parse(run.stdout) as { files: { diagnostics: CliDiagnostic[] }[] }).files[0];
  assert.ok(file, run.stderr);
  return file.diagnostics.map((d) => ({
    code: d.rule,
    severity: severities[d.severity] ?? 0,
    message: d.place ? `${d.message} [${describePlace(d.place).zh}]` : d.message,
    range: d.range,
  }));
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown there; the server sends text). */
function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function comparable(diagnostics: Diagnostic[]): { code: string; severity: number; message: string; range: Diagnostic['range'] }[] {
  return diagnostics
    .map((d) => ({ code: String(d.code), severity: d.severity ?? 0, message: messageOf(d), range: d.range }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
}

describe('check as text: nianbao/convertedText', () => {
  let client: LspClient;
  let scratch: string;
  before(async () => {
    ensureBuilt();
    client = await LspClient.start();
    scratch = mkdtempSync(join(tmpdir(), 'nianbao-converted-'));
  });
  after(async () => {
    await client.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  for (const name of ['report.html', 'report.docx', 'report.pdf']) {
    test(`${name}: the text is what \`nianbao text\` prints, the diagnostics what \`nianbao check\` gives, with their place`, async () => {
      const path = join(fixtures, name);
      const result = await convert(client, path);
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.equal(result.text, runCli(['text', path]).stdout);
      assert.equal(result.format, name.split('.').pop());
      assert.ok(result.places.length > 0, 'where the lines came from');
      assert.deepEqual(result.notes, []);
      const { uri } = await openConverted(client, path);
      const items = (await client.pullDiagnostics(uri)).items;
      const expected = cliDiagnostics(path);
      assert.ok(expected.length > 0, 'the fixture has findings to compare');
      assert.deepEqual(comparable(items), expected.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code)));
      assert.ok(items.every((d) => / \[(第 \d+ (页|段)|第 \d+ 个表格第 \d+ 行)\]$/.test(messageOf(d))), 'each names its page or paragraph');
      await client.closeDocument(uri);
    });
  }

  test('report.pdf: the outline is a report\'s, a hover on a number names its page', async () => {
    const path = join(fixtures, 'report.pdf');
    const { uri, text, places } = await openConverted(client, path);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    // The same text opened as a text file has the same outline.
    const plain = docUri('report-pdf-as-text.nianbao');
    await client.open(plain, text);
    assert.deepEqual(symbols, await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: plain } }));
    assert.ok(symbols.length >= 6, 'the six sections');

    const cell = analyze(text).report.tables.B?.rows[0]?.cells[6];
    assert.ok(cell, 'table B was read');
    const position = TextDocument.create(uri, 'nianbao', 1, text).positionAt(cell.span.start);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /总计/, 'the cell\'s own hover');
    const place = placeAt(places, cell.span.start);
    assert.ok(place);
    assert.ok(value.endsWith(`原文件${describePlace(place).zh}`), value);
    const plainHover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: plain }, position });
    assert.doesNotMatch((plainHover?.contents as MarkupContent).value, /原文件/, 'a text file has no page');
    await client.closeDocument(uri);
    await client.closeDocument(plain);
  });

  test('a converted document is offered no edits: no quick fix, fix-all, completion, recompute or repair', async () => {
    // A web page whose total of "（一）予以公开" is wrong: as a text file it would be fixed.
    const html = readFileSync(join(fixtures, 'report.html'), 'utf8');
    assert.equal(html.split('>152<').length, 2);
    const path = join(scratch, 'wrong-total.html');
    writeFileSync(path, html.replace('>152<', '>153<'));
    const { uri, text } = await openConverted(client, path);
    const plain = docUri('wrong-total-as-text.nianbao');
    await client.open(plain, text);

    const wholeDocument = { start: { line: 0, character: 0 }, end: TextDocument.create(uri, 'nianbao', 1, text).positionAt(text.length) };
    const offered = async (u: string) => {
      const diagnostics = (await client.pullDiagnostics(u)).items;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: wholeDocument, context: { diagnostics } });
      const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: wholeDocument, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
      const table = analyze(text).report.tables.B;
      assert.ok(table);
      const inTable = TextDocument.create(u, 'nianbao', 1, text).positionAt(table.rows[0]?.labelSpan?.start ?? table.span.start);
      const completions = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: inTable });
      const totals = await client.request<RecomputeTotalsResult | null>('nianbao/recomputeTotals', { textDocument: { uri: u } });
      const preview = await client.request<PreviewResult>('nianbao/preview', { textDocument: { uri: u } });
      return { diagnostics, actions, fixAll, completions, totals: totals?.edits ?? [], repairs: preview.fixes, previewed: preview.recognised };
    };
    const asText = await offered(plain);
    assert.ok(asText.diagnostics.some((d) => d.code === 'balance/cell'), 'the wrong total is found');
    assert.ok(asText.actions.length > 0 && asText.fixAll.length > 0 && asText.completions.length > 0 && asText.totals.length > 0 && asText.repairs.length > 0, 'a text file is offered edits');
    const converted = await offered(uri);
    assert.deepEqual(comparable(converted.diagnostics).map((d) => d.code), comparable(asText.diagnostics).map((d) => d.code), 'the same findings');
    // Only "turn off rule X", which writes the settings, not the document.
    const edits = converted.actions.filter((a) => a.command?.command !== 'nianbao.turnOffRule');
    assert.ok(converted.actions.length > 0 && converted.actions.every((a) => a.edit === undefined));
    assert.deepEqual({ actions: edits, fixAll: converted.fixAll, completions: converted.completions, totals: converted.totals, repairs: converted.repairs }, { actions: [], fixAll: [], completions: [], totals: [], repairs: [] });
    assert.ok(converted.previewed, 'its tables are still previewed');
    const lenses = await client.request<{ command?: { command: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.length > 0 && lenses.every((l) => l.command?.command !== 'nianbao.recomputeTotals'), 'the lens counts, without recomputing');
    await client.closeDocument(uri);
    await client.closeDocument(plain);
  });

  test('a PDF read only in part: what was not read is one information diagnostic on the first line', async () => {
    const path = join(fixtures, 'partly-scanned.pdf');
    const result = await convert(client, path);
    assert.ok(result.ok);
    assert.deepEqual(result.notes, ['第 2、3 页没有文字层（可能是扫描页），未读取']);
    assert.match(runCli(['text', path]).stderr, /第 2、3 页没有文字层/, 'the CLI says the same');
    const { uri } = await openConverted(client, path);
    const notes = (await client.pullDiagnostics(uri)).items.filter((d) => messageOf(d).includes('没有文字层'));
    assert.equal(notes.length, 1);
    assert.equal(notes[0]?.severity, 3);
    assert.equal(notes[0]?.range.start.line, 0);
    assert.equal(notes[0] && messageOf(notes[0]), '转换时未能完整读取：第 2、3 页没有文字层（可能是扫描页），未读取');
    await client.closeDocument(uri);
  });

  test('a .docx with a picture where the report is (a table pasted as one): said as the PDF\'s scanned pages are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pictures-'));
    const path = join(dir, 'pictured.docx');
    writeFileSync(path, docxWithPictures(readFileSync(join(fixtures, 'report.docx')), { before: ['二、主动公开'] }));
    try {
      const { uri } = await openConverted(client, path);
      const notes = (await client.pullDiagnostics(uri)).items.filter((d) => messageOf(d).includes('图片'));
      assert.deepEqual(notes.map((d) => [d.severity, d.range.start.line, messageOf(d)]), [[3, 0, '转换时未能完整读取：第 5 段有图片（可能是表格或文字的图片），未读取']]);
      await client.closeDocument(uri);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that cannot be read gets a clear message, as in the CLI', async () => {
    for (const name of ['old-binary.doc', 'encrypted.pdf']) {
      const path = join(fixtures, name);
      const result = await convert(client, path);
      assert.equal(result.ok, false, name);
      const cli = runCli(['text', path]);
      assert.equal(cli.status, 2);
      assert.ok(!result.ok && cli.stderr.includes(result.message), `${name}: ${cli.stderr} / ${result.ok ? '' : result.message}`);
    }
    const missing = await convert(client, join(scratch, 'no-such-file.pdf'));
    assert.deepEqual(missing, { ok: false, message: '文件或文件夹不存在' });
    const textFile = join(scratch, 'report.txt');
    writeFileSync(textFile, '2023年政府信息公开工作年度报告\n');
    assert.deepEqual(await convert(client, textFile), { ok: false, message: '这是文本文件，请直接打开校对' });
    const notConverted = await client.request<ConvertedTextResult>(convertedTextRequest.method, { uri: pathToFileURL(join(fixtures, 'report.pdf')).href });
    assert.equal(notConverted.ok, false);
  });

  test('in English when the client runs in English', async () => {
    const english = await LspClient.start({ locale: 'en' });
    try {
      const result = await convert(english, join(fixtures, 'encrypted.pdf'));
      assert.ok(!result.ok && /encrypted/.test(result.message), JSON.stringify(result));
    } finally {
      await english.stop();
    }
  });
});

describe('the converters load only when a published file is read', () => {
  test('the server bundle holds neither mammoth nor pdf.js', async () => {
    const bundle = readFileSync(await serverBundle(), 'utf8');
    assert.doesNotMatch(bundle, /mammoth/i);
    assert.doesNotMatch(bundle, /pdfjs/i);
  });

  test('checking and typing in a text report never loads them; checking a .docx as text does', async () => {
    // Every module the server's node loads (CommonJS) is written down by a preload.
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-loaded-'));
    const log = join(dir, 'loaded.txt');
    const preload = join(dir, 'preload.cjs');
    writeFileSync(preload, `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { appendFileSync(${JSON.stringify(log)}, Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return load.apply(this, arguments);
};
`);
    const client = await LspClient.start({ nodeArgs: ['--require', preload] });
    try {
      const loaded = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n') : []);
      const converters = () => loaded().filter((m) => /documents-\d+\.js$|mammoth|pdfjs/.test(m));
      const uri = docUri('typed.nianbao');
      const text = runCli(['text', join(fixtures, 'report.html')]).stdout;
      await client.open(uri, text);
      assert.ok((await client.pullDiagnostics(uri)).items.length > 0);
      for (let version = 2; version < 6; version++) {
        await client.change(uri, version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '某' }]);
        await client.pullDiagnostics(uri);
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 20 } });
      }
      assert.ok(loaded().length > 0, 'the preload writes down what is loaded');
      assert.deepEqual(converters(), [], 'no converter loaded for a text report');
      const result = await convert(client, join(fixtures, 'report.docx'));
      assert.ok(result.ok);
      assert.ok(converters().some((m) => /documents-\d+\.js$/.test(m)), 'the converters\' bundle is loaded for the .docx');
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
