// Diagnostics through the real server: for every seed they are the engine's findings (rule, range,
// severity, message, related information), pulled or pushed; plain text that is not a report gets
// nothing; severities and language follow the settings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { Finding } from '../../server/src/engine/model.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { readSeed, seedNames, seedsDir, seedsMissing } from '../fixtures/seeds.ts';
import { docUri, LspClient, root } from './client.ts';
import { reportWithWrongTotal } from './reports.ts';

const severityOf = { error: 1, warning: 2, information: 3, hint: 4 } as const;

function expected(text: string, findings: Finding[], lang: 'zh' | 'en' = 'zh') {
  const doc = TextDocument.create('x', 'nianbao', 1, text);
  return findings.map((f) => ({
    code: f.rule,
    severity: severityOf[f.severity],
    message: f.message[lang],
    range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
    related: f.related.map((r) => ({ message: r.message[lang], range: { start: doc.positionAt(r.span.start), end: doc.positionAt(r.span.end) } })),
  }));
}

function actual(items: Diagnostic[]) {
  return items.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: d.range,
    related: (d.relatedInformation ?? []).map((r) => ({ message: r.message, range: r.location.range })),
  }));
}

const pull = (client: LspClient, uri: string) => client.pullDiagnostics(uri);

describe('diagnostics (pull)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  test('the server advertises pull diagnostics to a client that supports them', () => {
    assert.ok(client.initializeResult.capabilities.diagnosticProvider);
  });

  for (const name of seedNames()) {
    test(`seed ${name}: diagnostics are the engine's findings`, async () => {
      const text = readSeed(name);
      const uri = docUri(name);
      await client.open(uri, text, 'plaintext');
      const report = await pull(client, uri);
      assert.deepEqual(actual(report.items), expected(text, analyze(text).findings));
      for (const d of report.items) assert.equal(d.source, 'nianbao');
    });
  }
  if (seedsMissing) test('seeds', { skip: seedsMissing }, () => {});

  test('for every seed, the diagnostics are the CLI\'s (check --format json, one file at a time)', { skip: seedsMissing }, async () => {
    const names = seedNames();
    // The CLI from its sources, like the server: no stale dist/. Workspace rules compare reports
    // across files, which a single open document does not do: they are left out.
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'server', 'src', 'cli', 'main.ts'), 'check', '--format', 'json', '--lang', 'zh', '--no-workspace', ...names.map((n) => join(seedsDir, n))], { cwd: root, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const cli: { files: { path: string; diagnostics: { rule: string; severity: string; message: string; range: unknown; related: { message: string; range: unknown }[] }[] }[] } = JSON.parse(run.stdout);
    assert.equal(cli.files.length, names.length);
    for (const name of names) {
      const file = cli.files.find((f) => f.path.endsWith(name));
      assert.ok(file, name);
      await client.open(docUri(`cli-${name}`), readSeed(name), 'plaintext');
      const { items } = await pull(client, docUri(`cli-${name}`));
      const fromCli = file.diagnostics.map((d) => ({ code: d.rule, severity: severityOf[d.severity as keyof typeof severityOf], message: d.message, range: d.range, related: d.related }));
      assert.deepEqual(actual(items), fromCli, name);
    }
  });

  test('a rule with a doc page links to it; related information points into the document', async () => {
    const text = reportWithWrongTotal();
    const uri = docUri('wrong-total.nianbao');
    await client.open(uri, text);
    const { items } = await pull(client, uri);
    const cell = items.find((d) => d.code === 'balance/cell');
    assert.ok(cell, 'balance/cell reported');
    assert.match(cell.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/balance\/cell\.md$/);
    assert.ok((cell.relatedInformation?.length ?? 0) >= 2);
    for (const r of cell.relatedInformation ?? []) assert.equal(r.location.uri, uri);
  });

  test('the resultId makes an unchanged document cheap to pull again; an edit changes it', async () => {
    const text = reportWithWrongTotal();
    const uri = docUri('result-id.nianbao');
    await client.open(uri, text);
    const first = await pull(client, uri);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(again.kind, 'unchanged');
    await client.change(uri, 2, [{ text: text.replace('\t9\t', '\t7\t') }]);
    const edited = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(edited.kind, 'full');
    assert.ok(!(edited as FullDocumentDiagnosticReport).items.some((d) => d.code === 'balance/cell'), 'fixed by the edit');
  });

  test('incremental changes are applied to the text the server analyses', async () => {
    const text = buildReport();
    const uri = docUri('incremental.nianbao');
    await client.open(uri, text);
    assert.equal((await pull(client, uri)).items.filter((d) => d.severity === 1).length, 0);
    const doc = TextDocument.create(uri, 'nianbao', 1, text);
    // （七）总计's last number 7 -> 70, typed as one inserted character.
    const line = text.split('\n').findIndex((l) => l.startsWith('（七）总计'));
    const lineText = text.split('\n')[line] ?? '';
    const at = lineText.lastIndexOf('7') + 1;
    await client.change(uri, 2, [{ range: { start: { line, character: at }, end: { line, character: at } }, text: '0' }]);
    const after = await pull(client, uri);
    const edited = TextDocument.applyEdits(doc, [{ range: { start: { line, character: at }, end: { line, character: at } }, newText: '0' }]);
    assert.deepEqual(actual(after.items), expected(edited, analyze(edited).findings));
    assert.ok(after.items.some((d) => d.severity === 1));
  });

  test('plain text that is not a report gets nothing; one that is gets its findings', async () => {
    const note = docUri('note.txt');
    await client.open(note, '会议纪要\n一、议题\n政府信息公开工作的安排。\n数字 1 2 3\n', 'plaintext');
    assert.deepEqual((await pull(client, note)).items, []);
    const md = docUri('report.md');
    const text = reportWithWrongTotal();
    await client.open(md, text, 'markdown');
    assert.ok((await pull(client, md)).items.some((d) => d.code === 'balance/cell'));
  });
});

describe('diagnostics follow the settings', () => {
  test('severities and off per rule and per prefix', async () => {
    const client = await LspClient.start({ settings: { rules: { 'balance/cell': 'warning', 'table/': 'off' } } });
    try {
      const values = cleanValues('2021');
      values.B.total = [5, 1, 0, 0, 0, 1, 9];
      values.B.open = [3, 1, 0, 0, 0, 4];
      const text = buildReport({ values });
      const uri = docUri('severities.nianbao');
      await client.open(uri, text);
      const { items } = await pull(client, uri);
      assert.ok(items.some((d) => d.code === 'balance/cell' && d.severity === 2));
      assert.ok(!items.some((d) => String(d.code).startsWith('table/')));
      assert.ok(analyze(text).findings.some((f) => f.rule.startsWith('table/')), 'the fixture has table findings to turn off');
    } finally {
      await client.stop();
    }
  });

  test('content detection off: plain text gets nothing, the nianbao language still does', async () => {
    const client = await LspClient.start({ settings: { detectContent: false } });
    try {
      const text = reportWithWrongTotal();
      await client.open(docUri('a.txt'), text, 'plaintext');
      await client.open(docUri('a.nianbao'), text, 'nianbao');
      assert.deepEqual((await pull(client, docUri('a.txt'))).items, []);
      assert.ok((await pull(client, docUri('a.nianbao'))).items.length > 0);
    } finally {
      await client.stop();
    }
  });

  test('English from the client locale, Chinese when the setting says so', async () => {
    const text = reportWithWrongTotal();
    const findings = analyze(text).findings;
    for (const [locale, setting, lang] of [['en', 'auto', 'en'], ['en-us', 'zh-cn', 'zh'], ['zh-cn', 'en', 'en'], ['de', 'auto', 'zh']] as const) {
      const client = await LspClient.start({ locale, settings: { locale: setting } });
      try {
        await client.open(docUri('l.nianbao'), text);
        const { items } = await pull(client, docUri('l.nianbao'));
        assert.deepEqual(items.map((d) => d.message), findings.map((f) => f.message[lang]), `${locale} + ${setting}`);
      } finally {
        await client.stop();
      }
    }
  });
});

describe('diagnostics (push, for clients without pull)', () => {
  test('published after open and after a change, for the version they describe; cleared on close', async () => {
    const client = await LspClient.start({ pull: false });
    try {
      assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
      const text = reportWithWrongTotal();
      const uri = docUri('push.nianbao');
      await client.open(uri, text);
      const first = await client.waitFor(() => client.published.get(uri));
      assert.equal(first.version, 1);
      assert.deepEqual(actual(first.diagnostics), expected(text, analyze(text).findings));
      const fixed = text.replace('\t9\t', '\t7\t');
      await client.change(uri, 2, [{ text: fixed }]);
      const second = await client.waitFor(() => client.published.get(uri)?.version === 2 && client.published.get(uri));
      assert.deepEqual(actual(second.diagnostics), expected(fixed, analyze(fixed).findings));
      await client.closeDocument(uri);
      await client.waitFor(() => client.published.get(uri)?.diagnostics.length === 0);
    } finally {
      await client.stop();
    }
  });

  for (const name of seedNames()) {
    test(`seed ${name}: pushed diagnostics are the engine's findings`, async () => {
      const client = await LspClient.start({ pull: false });
      try {
        const text = readSeed(name);
        await client.open(docUri(name), text, 'plaintext');
        const published = await client.waitFor(() => client.published.get(docUri(name)));
        assert.deepEqual(actual(published.diagnostics), expected(text, analyze(text).findings));
      } finally {
        await client.stop();
      }
    });
  }
});
