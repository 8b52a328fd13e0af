// nianbao.maxDocumentSize: a document past it gets one information diagnostic saying it is too
// large, and nothing else (no analysis, so no frozen editor); under it, the usual findings. The
// limit is in megabytes of UTF-8, so Chinese text (3 bytes a character) reaches it sooner.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { tooLarge } from '../../server/src/lsp/sizeLimit.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { docUri, LspClient } from './client.ts';
import { reportWithWrongTotal } from './reports.ts';

const MiB = 1024 * 1024;

function messageOf(d: Diagnostic | undefined): string {
  return typeof d?.message === 'string' ? d.message : d?.message.value ?? '';
}

/** The report with prose added to section 一 until it is at least `bytes` of UTF-8. */
function reportOfSize(bytes: number, base = reportWithWrongTotal()): string {
  const line = '本机关持续推进政务公开工作，主动公开各类政府信息。\n';
  const missing = Math.max(0, bytes - Buffer.byteLength(base));
  const padding = line.repeat(Math.ceil(missing / Buffer.byteLength(line)));
  return base.replace('二、主动公开政府信息情况', `${padding}二、主动公开政府信息情况`);
}

describe('the size limit (nianbao.maxDocumentSize)', () => {
  test('counted in bytes of UTF-8, decided without counting when the text is clearly small', () => {
    assert.equal(tooLarge('a'.repeat(1000), 0.001), null, '1000 bytes ≤ 1048 bytes');
    assert.deepEqual(tooLarge('a'.repeat(1049), 0.001), { bytes: 1049, limit: 1048 });
    assert.deepEqual(tooLarge('政'.repeat(400), 0.001), { bytes: 1200, limit: 1048 }, '400 Chinese characters are 1200 bytes');
    assert.equal(tooLarge('政'.repeat(349), 0.001), null);
    assert.equal(tooLarge('', 5), null);
  });

  test('past the limit: one information diagnostic, no findings, no hovers or actions; back under it: the findings', async () => {
    const client = await LspClient.start({ settings: { maxDocumentSize: 0.05 } });
    try {
      const uri = docUri('big.nianbao');
      const big = reportOfSize(0.06 * MiB);
      await client.open(uri, big);
      const { items } = await client.pullDiagnostics(uri);
      assert.equal(items.length, 1, JSON.stringify(items));
      const [only] = items;
      assert.equal(only?.severity, 3, 'information');
      assert.match(messageOf(only), /文档过大.*nianbao\.maxDocumentSize/);
      assert.deepEqual(only?.range.start, { line: 0, character: 0 });
      assert.equal(only?.range.end.line, 0, 'on the first line');
      // Nothing analysed: no hover on the wrong total, no code actions, the status says not recognised.
      const line = big.split('\n').findIndex((l) => l.startsWith('（七）总计'));
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } }), null);
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 20 } }, context: { diagnostics: [] } }), []);
      const status = await client.waitFor(() => client.statuses.find((s) => s.uri === uri));
      assert.equal(status.recognised, false);

      // Cut back under the limit: analysed as usual.
      const small = reportWithWrongTotal();
      await client.change(uri, 2, [{ text: small }]);
      const after = await client.pullDiagnostics(uri);
      assert.ok(after.items.some((d) => d.code === 'balance/cell'), 'the usual findings');
      assert.ok(!after.items.some((d) => /文档过大/.test(messageOf(d))));
    } finally {
      await client.stop();
    }
  });

  test('the default, 5 MB: a 6 MB report is not analysed, only said to be too large; plain text that is no report gets nothing', async () => {
    const client = await LspClient.start({ locale: 'en' });
    try {
      const uri = docUri('huge.nianbao');
      const huge = reportOfSize(6 * MiB, buildReport());
      await client.open(uri, huge);
      // That it is answered without an analysis is told by the answer (the size message alone, no
      // finding of the report's); how soon is the bench's to measure, not a timed test's.
      const { items } = await client.pullDiagnostics(uri);
      assert.equal(items.length, 1);
      assert.match(messageOf(items[0]), /too large to check \(6\.0 MB; nianbao\.maxDocumentSize is 5\.0 MB\)/);

      const log = docUri('huge.log.txt');
      await client.open(log, 'INFO request served in 12 ms\n'.repeat(250_000), 'plaintext');
      assert.deepEqual((await client.pullDiagnostics(log)).items, []);
    } finally {
      await client.stop();
    }
  });

  test('an invalid setting falls back to 5 MB and is reported', async () => {
    const client = await LspClient.start({ settings: { maxDocumentSize: 'huge' } });
    try {
      const uri = docUri('setting.nianbao');
      await client.open(uri, reportWithWrongTotal());
      assert.ok((await client.pullDiagnostics(uri)).items.some((d) => d.code === 'balance/cell'));
      await client.waitFor(() => client.messages.some((m) => /nianbao\.maxDocumentSize/.test(m.message)));
    } finally {
      await client.stop();
    }
  });
});
