// Checks across years through the real server: a folder with two years of one agency's report.
// The 2023 report is opened; the server finds the 2022 file beside it (or in the workspace), reads
// it in the background, and the diagnostics, after a refresh, carry the findings across years with
// last year's place as related information; an edit of last year's file on disk, told by
// workspace/didChangeWatchedFiles, changes them; the hover on 二、上年结转 shows last year's row;
// nianbao/compare draws the two years side by side.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompareResult } from '../../shared/src/protocol.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { LspClient, root } from './client.ts';

const agency = '某某市某某局';
const base = join(root, 'test', '.tmp', `lastYear-${process.pid}`);

/** Last year's report: 2 applications carried forward (自然人), or as many as this year's carries over. */
function lastYearText(pending: number, who = agency): string {
  const values = cleanValues();
  values.B.pending = [pending, 0, 0, 0, 0, 0, pending];
  // 一 + 二 = （七）总计 + 四 stays true: the new ones count the difference.
  const more = pending - values.B.carried![0]!;
  values.B.new = values.B.new!.map((v, i) => (i === 0 || i === 6 ? v! + more : v));
  return buildReport({ year: 2022, agency: who, values, layout: 'pipe' });
}

const thisYear = buildReport({ year: 2023, agency });
const carriedThisYear = cleanValues().B.carried![0]!;

function folder(name: string): string {
  const dir = join(base, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function crossYear(client: LspClient, uri: string, refreshesBefore: number, rule = 'workspace/carry-over'): Promise<Diagnostic[]> {
  await client.waitFor(() => client.refreshes > refreshesBefore, 10_000);
  return (await client.pullDiagnostics(uri)).items.filter((d) => d.code === rule);
}

describe('checks across years in the editor', () => {
  after(() => rmSync(base, { recursive: true, force: true }));

  describe('pull diagnostics', () => {
    let client: LspClient;
    let dir: string;
    before(async () => {
      dir = folder('pull');
      client = await LspClient.start({ workspaceFolders: [pathToFileURL(base).href] });
    });
    after(() => client.stop());

    // Two reports of the agency for one year would make the comparison a guess: none is taken.
    test('finds last year\'s report beside this one, on open and after an edit of last year\'s file', async () => {
      const lastPath = join(dir, `${agency}2022.txt`);
      const lastText = lastYearText(carriedThisYear + 2);
      writeFileSync(lastPath, lastText);
      writeFileSync(join(dir, 'notes.md'), '# 备忘\n\n无关的文件。\n');
      const uri = pathToFileURL(join(dir, `${agency}2023.txt`)).href;
      writeFileSync(join(dir, `${agency}2023.txt`), thisYear);

      const refreshes = client.refreshes;
      await client.open(uri, thisYear);
      // Diagnostics come first, without waiting for last year's file.
      const first = await client.pullDiagnostics(uri);
      assert.ok(first.items.every((d) => !String(d.code).startsWith('workspace/')), 'nothing across years before the refresh');

      const [carry] = await crossYear(client, uri, refreshes);
      assert.ok(carry, 'workspace/carry-over after the refresh');
      assert.match(String(carry.message), new RegExp(`本年为 ${carriedThisYear}，上年为 ${carriedThisYear + 2}`));
      assert.match(String(carry.message), /某某市某某局2022\.txt|pull\/某某市某某局2022\.txt/);
      const elsewhere = carry.relatedInformation?.filter((r) => r.location.uri === pathToFileURL(lastPath).href) ?? [];
      assert.equal(elsewhere.length, 2, 'the 自然人 and 总计 cells of last year\'s 四、结转下年度');
      const lastDoc = TextDocument.create('x', 'nianbao', 1, lastText);
      for (const r of elsewhere) {
        assert.equal(lastDoc.getText(r.location.range), String(carriedThisYear + 2));
        assert.ok(lastDoc.getText({ start: { line: r.location.range.start.line, character: 0 }, end: r.location.range.start }).includes('结转下年度'));
      }
      const status = await client.waitFor(() => [...client.statuses].reverse().find((s) => s.uri === uri && s.lastYear?.includes('上一年度报告：')));
      assert.match(status.lastYear!, /某某市某某局2022\.txt/);
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'file watching registered');

      // Hover on 二、上年结转: last year's row beside this year's.
      const at = TextDocument.create(uri, 'nianbao', 1, thisYear).positionAt(thisYear.indexOf('二、上年结转') + 2);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
      const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      assert.match(value, /2022年报告的“四、结转下年度继续办理”/);
      assert.match(value, /某某市某某局2022\.txt/);
      assert.match(value, new RegExp(`\\| 2022年结转 \\| ${carriedThisYear + 2} \\|`));

      // The two years side by side (the compare command's panel).
      const compared = await client.request<CompareResult>('nianbao/compare', { textDocument: { uri } });
      assert.equal(compared.previous?.uri, pathToFileURL(lastPath).href);
      assert.match(compared.html, /class="changed"[^>]*>1<span class="then">3 <span class="down">−2<\/span>/, 'this year\'s 1 beside last year\'s 3');
      assert.match(compared.html, /重复率 100%/);
      const sentence = /class="sentence" colspan="2" data-offset="(\d+)" data-end="(\d+)">([^<]+)</.exec(compared.html);
      assert.ok(sentence, 'a reused sentence');
      assert.equal(thisYear.slice(Number(sentence[1]), Number(sentence[2])), sentence[3], 'its place in this year\'s text');

      // Last year's file corrected on disk: the finding goes.
      const again = client.refreshes;
      writeFileSync(lastPath, lastYearText(carriedThisYear));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lastPath).href, type: 2 }] });
      assert.deepEqual(await crossYear(client, uri, again), []);
      await client.closeDocument(uri);
    });

    test('looks in the workspace when the folder has none; says why none in the status', async () => {
      const who = '某某县教育局';
      const here = folder('this-year');
      const there = folder('archive/2022');
      writeFileSync(join(there, 'report.txt'), lastYearText(carriedThisYear + 1, who));
      const uri = pathToFileURL(join(here, 'report.txt')).href;
      const refreshes = client.refreshes;
      await client.open(uri, buildReport({ year: 2023, agency: who }));
      await client.pullDiagnostics(uri);
      const [carry] = await crossYear(client, uri, refreshes);
      assert.ok(carry);
      assert.match(String(carry.message), /archive\/2022\/report\.txt/, 'named by its path in the workspace');

      // Another agency: none found, and the status says so.
      const other = pathToFileURL(join(here, 'other.txt')).href;
      await client.open(other, buildReport({ year: 2023, agency: '另一个区民政局' }));
      await client.pullDiagnostics(other);
      const status = await client.waitFor(() => [...client.statuses].reverse().find((s) => s.uri === other && s.lastYear?.includes('未找到')), 10_000);
      assert.match(status.lastYear!, /另一个区民政局的2022年报告/);
      await client.closeDocument(uri);
      await client.closeDocument(other);
    });

    test('a generic agency name ("政府办") is looked for in its own folder only, and the status says why', async () => {
      const here = folder('generic/this-year');
      const there = folder('generic/elsewhere');
      writeFileSync(join(there, 'report.txt'), lastYearText(carriedThisYear + 1, '政府办'));
      const uri = pathToFileURL(join(here, 'report.txt')).href;
      await client.open(uri, buildReport({ year: 2023, agency: '政府办' }));
      await client.pullDiagnostics(uri);
      const status = await client.waitFor(() => [...client.statuses].reverse().find((s) => s.uri === uri && s.lastYear?.includes('未找到')), 10_000);
      assert.match(status.lastYear!, /在本文件夹的 \d+ 个文件中未找到政府办的2022年报告（「政府办」未写明所属地区/);
      assert.deepEqual((await client.pullDiagnostics(uri)).items.filter((d) => String(d.code).startsWith('workspace/')), []);
      await client.closeDocument(uri);
      // Beside it, the same name is its own agency's last year.
      const both = folder('generic/both');
      writeFileSync(join(both, 'last.txt'), lastYearText(carriedThisYear + 1, '政府办'));
      const beside = pathToFileURL(join(both, 'report.txt')).href;
      const refreshes = client.refreshes;
      await client.open(beside, buildReport({ year: 2023, agency: '政府办' }));
      await client.pullDiagnostics(beside);
      const [carry] = await crossYear(client, beside, refreshes);
      assert.ok(carry, 'found beside it');
      await client.closeDocument(beside);
    });
  });

  test('push diagnostics: re-published with the findings across years', async () => {
    const dir = folder('push');
    writeFileSync(join(dir, 'last.txt'), lastYearText(carriedThisYear + 3));
    const client = await LspClient.start({ pull: false });
    try {
      const uri = pathToFileURL(join(dir, 'now.txt')).href;
      await client.open(uri, thisYear);
      const published = await client.waitFor(() => client.published.get(uri)?.diagnostics.find((d) => d.code === 'workspace/carry-over'), 10_000);
      assert.match(String(published.message), new RegExp(`上年为 ${carriedThisYear + 3}`));
    } finally {
      await client.stop();
    }
  });

  test('nianbao.checkLastYear off: nothing across years, and the status says it is off', async () => {
    const dir = folder('off');
    writeFileSync(join(dir, 'last.txt'), lastYearText(carriedThisYear + 3));
    const client = await LspClient.start({ settings: { checkLastYear: false } });
    try {
      const uri = pathToFileURL(join(dir, 'now.txt')).href;
      await client.open(uri, thisYear);
      const items = (await client.pullDiagnostics(uri)).items;
      const status = await client.waitFor(() => [...client.statuses].reverse().find((s) => s.uri === uri));
      assert.match(status.lastYear!, /对照检查已关闭/);
      // Longer than a search takes: still nothing.
      await new Promise((r) => setTimeout(r, 800));
      assert.equal(client.refreshes, 0);
      assert.ok(items.every((d) => !String(d.code).startsWith('workspace/')));
    } finally {
      await client.stop();
    }
  });
});
