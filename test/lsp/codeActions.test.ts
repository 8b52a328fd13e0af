// Code actions through the real server: the quick fix of a finding (safe first and preferred),
// source.fixAll.nianbao, and "recompute every total" only where it balances the table.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { readSeed, seedsMissing } from '../fixtures/seeds.ts';
import { docUri, LspClient } from './client.ts';
import { reportWithWrongTotal } from './reports.ts';

/** The text after a workspace edit of one document (documentChanges or changes). */
function applied(text: string, uri: string, edit: WorkspaceEdit | undefined, version?: number): string {
  assert.ok(edit, 'the action carries an edit');
  let edits;
  if (edit.documentChanges) {
    const change = edit.documentChanges[0] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, uri);
    if (version !== undefined) assert.equal(change.textDocument.version, version, 'the edit is tied to the version it was made for');
    edits = change.edits;
  } else {
    edits = edit.changes?.[uri] ?? [];
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'nianbao', 1, text), edits as never);
}

async function diagnosticsOf(client: LspClient, uri: string): Promise<Diagnostic[]> {
  return (await client.pullDiagnostics(uri)).items;
}

function actionsAt(client: LspClient, uri: string, diagnostic: Diagnostic | null, range: Diagnostic['range'], only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics: diagnostic ? [diagnostic] : [], ...(only ? { only } : {}) },
  });
}

describe('code actions', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  test('seed 002: the quick fix on the wrong （七）总计 writes 30, and is preferred', { skip: seedsMissing }, async () => {
    const name = '002_7b4b25fcf59f7d61.txt';
    const text = readSeed(name);
    const uri = docUri(name);
    await client.open(uri, text, 'plaintext');
    const diagnostic = (await diagnosticsOf(client, uri)).find((d) => String(d.code).startsWith('balance/'));
    assert.ok(diagnostic, 'a balance finding');
    assert.equal(diagnostic.range.start.line, 340);
    const actions = await actionsAt(client, uri, diagnostic, diagnostic.range);
    const fix = actions[0];
    assert.ok(fix);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [diagnostic]);
    const fixed = applied(text, uri, fix.edit, 1);
    assert.equal(fixed.split('\n')[340]?.trim(), '30');
    // Nothing else changed, and the table balances now.
    const before = text.split('\n');
    const afterLines = fixed.split('\n');
    assert.equal(afterLines.length, before.length);
    assert.deepEqual(afterLines.filter((_, i) => i !== 340), before.filter((_, i) => i !== 340));
    assert.ok(!analyze(fixed).findings.some((f) => f.rule.startsWith('balance/')));
  });

  test('a wrong total in a synthetic report: fix, recompute-all, and fixAll agree', async () => {
    const text = reportWithWrongTotal();
    const clean = buildReport();
    const uri = docUri('fix.nianbao');
    await client.open(uri, text);
    const diagnostic = (await diagnosticsOf(client, uri)).find((d) => d.code === 'balance/cell');
    assert.ok(diagnostic);
    const actions = await actionsAt(client, uri, diagnostic, diagnostic.range);
    // Without `only`, fixAll comes along last (clients such as Neovim ask without it); before it,
    // turning the rule off (its own test below).
    assert.deepEqual(actions.map((a) => a.kind), ['quickfix', 'quickfix', 'quickfix', 'source.fixAll.nianbao']);
    assert.equal(actions[2]?.command?.command, 'nianbao.turnOffRule');
    assert.equal(applied(text, uri, actions[0]?.edit), clean, 'the finding\'s fix');
    assert.match(actions[1]?.title ?? '', /重算.*合计/);
    assert.equal(applied(text, uri, actions[1]?.edit), clean, 'recompute every total');
    const [all] = await actionsAt(client, uri, null, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    assert.equal(all?.kind, 'source.fixAll.nianbao');
    assert.equal(applied(text, uri, all?.edit), clean, 'fixAll');
  });

  test('"turn off rule X": once per rule under the cursor, after the fixes, the client\'s command with the rule and the document', async () => {
    const text = reportWithWrongTotal();
    const uri = docUri('turn-off.nianbao');
    await client.open(uri, text);
    const diagnostics = await diagnosticsOf(client, uri);
    const diagnostic = diagnostics.find((d) => d.code === 'balance/cell');
    assert.ok(diagnostic);
    const actions = await actionsAt(client, uri, diagnostic, diagnostic.range, ['quickfix']);
    const turnOff = actions.filter((a) => a.command?.command === 'nianbao.turnOffRule');
    assert.deepEqual(turnOff.map((a) => a.command?.arguments), [['balance/cell', uri]]);
    assert.equal(turnOff[0]?.title, '在设置中关闭规则 balance/cell');
    assert.equal(turnOff[0]?.edit, undefined, 'it edits no text');
    assert.deepEqual(turnOff[0]?.diagnostics, [diagnostic]);
    assert.ok(!turnOff[0]?.isPreferred);
    assert.equal(actions.at(-1), turnOff[0], 'after the fixes');
    // Over the whole table: one action per rule, however many findings it has there.
    const whole = { start: { line: 0, character: 0 }, end: TextDocument.create(uri, 'nianbao', 1, text).positionAt(text.length) };
    const all = (await actionsAt(client, uri, null, whole, ['quickfix'])).filter((a) => a.command?.command === 'nianbao.turnOffRule');
    const rules = [...new Set(diagnostics.map((d) => String(d.code)))].sort();
    assert.deepEqual(all.map((a) => a.command?.arguments?.[0]).sort(), rules);
    // None where there is no finding.
    const clean = docUri('turn-off-clean.nianbao');
    await client.open(clean, buildReport());
    assert.deepEqual(await diagnosticsOf(client, clean), []);
    assert.deepEqual(await actionsAt(client, clean, null, whole, ['quickfix']), []);
  });

  test('"turn off rule X" in English', async () => {
    const en = await LspClient.start({ settings: { locale: 'en' } });
    try {
      const text = reportWithWrongTotal();
      const uri = docUri('turn-off-en.nianbao');
      await en.open(uri, text);
      const diagnostic = (await diagnosticsOf(en, uri)).find((d) => d.code === 'balance/cell');
      assert.ok(diagnostic);
      const [turnOff] = (await actionsAt(en, uri, diagnostic, diagnostic.range, ['quickfix'])).filter((a) => a.command);
      assert.equal(turnOff?.title, 'Turn off rule balance/cell in the settings');
    } finally {
      await en.stop();
    }
  });

  test('no recompute-all when a part is what is wrong: the totals would take on its error', async () => {
    const values = cleanValues('2021');
    // 自然人 of （一）予以公开 is 4 instead of 3: the row total and the column total break.
    values.B.open = [4, 1, 0, 0, 0, 0, 4];
    const text = buildReport({ values });
    const uri = docUri('part.nianbao');
    await client.open(uri, text);
    const doc = TextDocument.create(uri, 'nianbao', 1, text);
    const tableB = analyze(text).report.tables.B;
    assert.ok(tableB);
    const range = { start: doc.positionAt(tableB.span.start), end: doc.positionAt(tableB.span.end) };
    const actions = await actionsAt(client, uri, null, range);
    assert.ok(actions.some((a) => a.title === '改为 3'), 'the part is fixed');
    assert.ok(!actions.some((a) => /重算/.test(a.title)), actions.map((a) => a.title).join(', '));
  });

  test('only what is asked for: quickfix or source.fixAll; nothing outside findings', async () => {
    const text = reportWithWrongTotal();
    const uri = docUri('only.nianbao');
    await client.open(uri, text);
    const diagnostic = (await diagnosticsOf(client, uri)).find((d) => d.code === 'balance/cell');
    assert.ok(diagnostic);
    const fixAllOnly = await actionsAt(client, uri, diagnostic, diagnostic.range, ['source.fixAll.nianbao']);
    assert.deepEqual(fixAllOnly.map((a) => a.kind), ['source.fixAll.nianbao']);
    const quickOnly = await actionsAt(client, uri, diagnostic, diagnostic.range, ['quickfix']);
    assert.ok(quickOnly.length > 0 && quickOnly.every((a) => a.kind === 'quickfix'));
    const title = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
    assert.deepEqual(await actionsAt(client, uri, null, title, ['quickfix']), [], 'nothing on the title line');
  });

  test('a client without documentChanges gets plain changes', async () => {
    const plain = await LspClient.start({ documentChanges: false });
    try {
      const text = reportWithWrongTotal();
      const uri = docUri('changes.nianbao');
      await plain.open(uri, text);
      const diagnostic = (await diagnosticsOf(plain, uri)).find((d) => d.code === 'balance/cell');
      assert.ok(diagnostic);
      const [fix] = await actionsAt(plain, uri, diagnostic, diagnostic.range);
      assert.ok(fix?.edit?.changes && !fix.edit.documentChanges);
      assert.equal(applied(text, uri, fix.edit), buildReport());
    } finally {
      await plain.stop();
    }
  });
});
