// The batch report (`nianbao check --format html --output FILE DIR`) opened from disk in real
// Chromium: the red cells are exactly the planted wrong ones, the list sorts and filters, the page
// asks nothing of the network, and a report carrying script injection runs none of it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { analyze } from '../../server/src/engine/analyze.ts';
import { cellAt } from '../../server/src/engine/tableLookup.ts';
import { ensureBuilt, runCli, tempDir } from '../cli/cliRunner.ts';
import { injectedReport, injections } from '../fixtures/injectedReport.ts';
import { buildReport, cleanValues, type Layout } from '../fixtures/reportBuilder.ts';
import { chromiumMissing, launch, screenshotsDir, watch, type Watch } from './chromium.ts';

interface Planted {
  offset: number;
  shown: number;
  expected: number;
}

/** Clean reports, two with one wrong cell each (table B's （一）予以公开), and an injected one. */
function folder(): { dir: string; planted: Map<string, Planted> } {
  const dir = tempDir();
  const planted = new Map<string, Planted>();
  writeFileSync(join(dir, 'clean-a-2022.txt'), buildReport({ agency: '甲市教育局', year: 2022 }));
  // The same agency a year on: last year's 54 documents in force + 5 − 1 (the batch compares them).
  const later = cleanValues();
  later.A['a1.normative'] = [5, 1, 58];
  later.B.new = [6, 1, 0, 0, 0, 1, 8];
  later.B.open = [4, 1, 0, 0, 0, 0, 5];
  later.B.total = [6, 1, 0, 0, 0, 1, 8];
  writeFileSync(join(dir, 'clean-a-2023.txt'), buildReport({ agency: '甲市教育局', year: 2023, layout: 'markdown', values: later }));
  writeFileSync(join(dir, 'clean-c.txt'), buildReport({ agency: '丙县民政局', layout: 'cell-per-line' }));
  const plant = (name: string, agency: string, layout: Layout, column: number) => {
    const values = cleanValues();
    const expected = values.B.open![column]!;
    values.B.open![column] = expected + 1;
    const text = buildReport({ agency, layout, values });
    writeFileSync(join(dir, name), text);
    const cell = cellAt(analyze(text).report, { table: 'B', row: 'open', column });
    assert.ok(cell, name);
    planted.set(name, { offset: cell.span.start, shown: expected + 1, expected });
  };
  plant('wrong-b.txt', '乙市财政局', 'pipe', 0);
  plant('wrong-d.txt', '丁区卫生健康委员会', 'cell-per-line-fullwidth', 6);
  writeFileSync(join(dir, 'injected.txt'), injectedReport());
  return { dir, planted };
}

describe('the batch HTML report in Chromium', { skip: chromiumMissing }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let seen: Watch;
  let url: string;
  const { dir, planted } = folder();

  before(async () => {
    ensureBuilt();
    const output = join(tempDir(), 'report.html');
    const run = runCli(['check', '--format', 'html', '--output', output, dir]);
    assert.equal(run.status, 1, run.stderr);
    url = pathToFileURL(output).href;
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
    page = await context.newPage();
    seen = await watch(context, page, { [url]: null });
    await page.goto(url);
  });
  after(() => browser?.close());

  const column = (index: number) => page.$$eval('#summary tbody tr', (rows, i) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''), index);
  const files = async () => (await column(6)).map((p) => p.slice(dir.length + 1));

  test('the red cells are the planted ones, at their offsets, each with what it should be', async () => {
    const red = await page.$$eval('section.report', (sections) =>
      sections.flatMap((s) => [...s.querySelectorAll<HTMLElement>('td.wrong')].map((td) => ({
        path: s.querySelector('p > code')?.textContent ?? '',
        offset: Number(td.dataset.offset),
        text: td.textContent ?? '',
      }))));
    const expected = [...planted].map(([name, p]) => ({ path: join(dir, name), offset: p.offset, text: `${p.shown}→ ${p.expected}` }));
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    assert.deepEqual(red.sort(byPath), expected.sort(byPath));
    // Red as drawn, not only as classed.
    const colour = await page.$eval('td.wrong', (td) => getComputedStyle(td).backgroundColor);
    assert.equal(colour, 'rgb(255, 221, 221)');
  });

  test('sorting: a header click sorts by that column, a second click the other way', async () => {
    const errors = page.locator('#summary thead th').nth(3);
    await errors.click();
    const up = (await column(3)).map(Number);
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    await errors.click();
    const down = (await column(3)).map(Number);
    assert.deepEqual(down, [...down].sort((a, b) => b - a));
    assert.ok(down[0]! > 0 && down.at(-1) === 0);
    await page.locator('#summary thead th').nth(0).click();
    const agencies = await column(0);
    assert.deepEqual(agencies, [...agencies].sort((a, b) => a.localeCompare(b, 'zh')));
  });

  test('filtering by agency, year, rule and severity', async () => {
    await page.fill('#f-text', '乙市');
    assert.deepEqual(await files(), ['wrong-b.txt']);
    await page.fill('#f-text', '');
    assert.equal((await files()).length, 6);
    await page.selectOption('#f-year', '2022');
    assert.deepEqual(await files(), ['clean-a-2022.txt']);
    await page.selectOption('#f-year', '');
    await page.selectOption('#f-rule', 'balance/cell');
    assert.deepEqual((await files()).sort(), ['wrong-b.txt', 'wrong-d.txt']);
    await page.selectOption('#f-rule', '');
    await page.selectOption('#f-severity', 'warning');
    assert.deepEqual(await files(), ['injected.txt']);
    await page.selectOption('#f-severity', '');
    assert.equal((await files()).length, 6);
  });

  test('the injected report shows its scripts as text and runs none of them', async () => {
    const cells = await page.$$eval('section.report td.text', (tds) => tds.map((td) => td.textContent));
    for (const injected of [injections.script, injections.onerror, injections.javascriptUrl]) assert.ok(cells.includes(injected), injected);
    assert.ok((await page.textContent('body'))?.includes('<script>'), 'the findings quote the tags as text');
    // Follow the injected report's link too: an anchor in the page, nothing more.
    await page.click('a[href^="#report-"] >> text=injected.txt');
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned), undefined);
    assert.equal(await page.$$eval('section.report img, section.report script, section.report a', (e) => e.length), 0);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
  });

  test('nothing but the file itself is requested', () => {
    assert.deepEqual(seen.requests, [url]);
    assert.deepEqual(seen.network, [url]);
  });

  test('screenshots for the README (NIANBAO_SCREENSHOTS=1)', { skip: !screenshotsDir() && 'set NIANBAO_SCREENSHOTS=1 to write docs/images/' }, async () => {
    const out = screenshotsDir()!;
    await page.goto(url);
    await page.screenshot({ path: join(out, 'batch-report.png'), clip: { x: 0, y: 0, width: 1100, height: 700 } });
    const section = page.locator('section.report', { has: page.locator('td.wrong') }).first();
    await section.locator('table[data-table="B"]').screenshot({ path: join(out, 'batch-report-table.png') });
  });
});
