// nianbao/nextYear through the real server: the draft of the open report and the name to write it
// under; a document that is no file on disk, or has no year, gets why instead.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NextYearResult } from '../../shared/src/protocol.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { LspClient } from './client.ts';

describe('nianbao/nextYear', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  test('a report on disk: the draft and its file name', async () => {
    const uri = 'file:///reports/%E6%9F%90%E5%B1%802023%E5%B9%B4%E6%8A%A5.txt';
    await client.open(uri, buildReport({ year: 2023 }));
    const result = await client.request<NextYearResult>('nianbao/nextYear', { textDocument: { uri } });
    assert.ok(result.ok);
    assert.equal(result.fileName, '某局2024年报.txt');
    assert.equal(analyze(result.text).report.year, 2024);
    assert.ok(result.notes.some((n) => /报告年度 2023 → 2024/.test(n)));
  });

  test('a published file\'s converted text gives a .txt draft beside the file', async () => {
    const uri = 'nianbao-converted:/reports/report2022.pdf.nianbao';
    await client.open(uri, buildReport({ year: 2022 }));
    const result = await client.request<NextYearResult>('nianbao/nextYear', { textDocument: { uri } });
    assert.ok(result.ok);
    assert.equal(result.fileName, 'report2023.txt');
  });

  test('an unsaved document, or one without a year: why', async () => {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, buildReport({ year: 2023 }));
    const unsaved = await client.request<NextYearResult>('nianbao/nextYear', { textDocument: { uri: untitled } });
    assert.ok(!unsaved.ok && /请先将报告保存/.test(unsaved.message));
    const yearless = 'file:///reports/notes.nianbao';
    await client.open(yearless, '一、总体情况\n本机关认真贯彻落实条例。\n');
    const none = await client.request<NextYearResult>('nianbao/nextYear', { textDocument: { uri: yearless } });
    assert.ok(!none.ok && /未读出报告年度/.test(none.message));
  });
});
