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
  // 甲市教育局 has no review or suit pending in either year: those series are all zero in its chart.
  const nonepending = (v: ReturnType<typeof cleanValues>) => {
    v.C = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    return v;
  };
  writeFileSync(join(dir, 'clean-a-2022.txt'), buildReport({ agency: '甲市教育局', year: 2022, values: nonepending(cleanValues()) }));
  // The same agency a year on: last year's 54 documents in force + 5 − 1 (the batch compares them).
  const later = cleanValues();
  later.A['a1.normative'] = [5, 1, 58];
  later.B.new = [6, 1, 0, 0, 0, 1, 8];
  later.B.open = [4, 1, 0, 0, 0, 0, 5];
  later.B.total = [6, 1, 0, 0, 0, 1, 8];
  writeFileSync(join(dir, 'clean-a-2023.txt'), buildReport({ agency: '甲市教育局', year: 2023, layout: 'markdown', values: nonepending(later) }));
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
  /** What the run said on the terminal: its summary. */
  let said: string;
  const { dir, planted } = folder();

  before(async () => {
    ensureBuilt();
    const output = join(tempDir(), 'report.html');
    const run = runCli(['check', '--format', 'html', '--output', output, dir]);
    assert.equal(run.status, 1, run.stderr);
    said = run.stdout;
    url = pathToFileURL(output).href;
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
    page = await context.newPage();
    seen = await watch(context, page, { [url]: null });
    await page.goto(url);
  });
  after(() => browser?.close());

  /** Opens every report of the list, as a reader following each link would (the page draws a report when it is opened). */
  const openAll = () => page.evaluate(async () => {
    const open = (window as unknown as { nianbaoOpen: (index: number) => Promise<unknown> }).nianbaoOpen;
    for (const a of document.querySelectorAll('#summary a[href^="#report-"]')) await open(Number(a.getAttribute('href')!.slice('#report-'.length)));
  });
  /** Brings each agency's chart near the screen, where the page draws it. */
  const drawCharts = async (on: Page = page) => {
    for (const chart of await on.locator('.chart').all()) await chart.scrollIntoViewIfNeeded();
    await on.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.chart')].every((c) => c.dataset.drawn === '1'));
  };
  const column = (index: number) => page.$$eval('#summary tbody tr', (rows, i) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''), index);
  const files = async () => (await column(6)).map((p) => p.slice(dir.length + 1));

  test('the red cells are the planted ones, at their offsets, each with what it should be', async () => {
    await openAll();
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
    await openAll();
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

  test('details are drawn when a report is opened, by its summary or a link to it', async () => {
    await page.goto(url);
    assert.equal(await page.locator('section.report').count(), 0, 'no report is drawn up front');
    assert.equal(await page.locator('script[type="application/gzip"][id^="details-"]').count(), 6);
    const link = page.locator('a[href^="#report-"]', { hasText: 'wrong-b.txt' });
    const target = (await link.getAttribute('href'))!;
    await link.click();
    const opened = page.locator(`${target} td.wrong`);
    await opened.waitFor();
    assert.equal(await opened.count(), 1);
    assert.equal(await page.locator('section.report table[data-table="B"]').count(), 1, 'only that report is drawn');
    assert.ok(await page.locator(target).isVisible());
    await page.click('a[href^="#report-"] >> text=clean-c.txt');
    await page.waitForFunction(() => document.querySelectorAll('section.report table[data-table="B"]').length === 2);
    // In the order of the list, whatever order they were opened in.
    const order = await page.$$eval('section.report', (all) => all.map((s) => s.querySelector('p > code')?.textContent?.split('/').pop()));
    assert.deepEqual(order, ['clean-c.txt', 'wrong-b.txt']);
  });

  test('the header: totals, the date and the version', async () => {
    await page.goto(url);
    const totals = await page.$$eval('#totals > div', (boxes) => boxes.map((b) => [b.firstChild?.textContent?.trim(), Number(b.querySelector('b')?.textContent)]));
    const errors = (await column(3)).map(Number).reduce((a, b) => a + b, 0);
    const warnings = (await column(4)).map(Number).reduce((a, b) => a + b, 0);
    // Information and hints, shown when there are any, as the run's summary counts them.
    const found = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout) as { files: { diagnostics: { severity: string }[] }[] };
    const count = (severity: string) => found.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
    const information = count('information');
    const hints = count('hint');
    assert.ok(information > 0 && hints > 0, 'the folder has both');
    assert.deepEqual(totals, [['报告', 6], ['错误', errors], ['警告', warnings], ['信息', information], ['提示', hints], ['读取不全', 0], ['未能检查', 0], ['跳过', 0]]);
    assert.match(said, new RegExp(`^6 个文件，${errors} 个错误，${warnings} 个警告，${information} 条信息，${hints} 个提示$`, 'm'));
    assert.ok(errors >= 2);
    assert.match(await page.textContent('.meta') ?? '', /^生成于 \d{4}-\d\d-\d\d \d\d:\d\d · nianbao \d+\.\d+\.\d+$/);
  });

  test('the chart across years: axis ticks and years, distinct series, values on hover, all-zero series named apart', async () => {
    await page.goto(url);
    await drawCharts();
    const chart = page.locator('.chart', { hasText: '甲市教育局' });
    const ticks = (await chart.locator('svg > text').allTextContents()).map(Number);
    assert.equal(ticks[0], 0, String(ticks));
    assert.ok(ticks.length >= 3 && ticks.every((t, i) => i === 0 || t > ticks[i - 1]!), String(ticks));
    assert.ok(ticks.at(-1)! >= 8, 'the axis reaches the largest value (8 received in 2023)');
    assert.deepEqual(await chart.locator('svg > g.series').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-series'))), ['received', 'handled', 'pending']);
    const strokes = await chart.locator('polyline').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('stroke')} ${l.getAttribute('stroke-dasharray')}`));
    assert.equal(new Set(strokes).size, strokes.length, 'each series its own colour and dashes');
    const hovers = await chart.locator('g.point > title').allTextContents();
    assert.ok(hovers.includes('新收申请 · 2023: 8') && hovers.includes('新收申请 · 2022: 7'), hovers.join(' | '));
    assert.match(await chart.locator('.zero').textContent() ?? '', /各年均为 0：复议未结、诉讼未结/);
  });

  test('every header in the page\'s language', async () => {
    const output = join(tempDir(), 'en.html');
    runCli(['check', '--format', 'html', '--lang', 'en', '--output', output, dir]);
    // A context of its own: the shared one lets only the first page's file through.
    const own = await browser.newContext();
    const en = await own.newPage();
    await en.goto(pathToFileURL(output).href);
    await drawCharts(en);
    // The page's own headers; the row labels of the reports' tables compared across years (and of
    // a report's details) are the format's own Chinese labels, as in the report.
    const headers = await en.$$eval('th:not(.years th):not(.reuse th), body > h1, body > h2, #totals > div, .meta, .chart .legend, .chart .zero', (all) => all.map((e) => e.textContent ?? ''));
    for (const h of headers) assert.doesNotMatch(h, /[\u4e00-\u9fff]/, h);
    assert.ok(headers.includes('File'));
    await own.close();
  });

  test('screenshots for the README (NIANBAO_SCREENSHOTS=1)', { skip: !screenshotsDir() && 'set NIANBAO_SCREENSHOTS=1 to write docs/images/' }, async () => {
    const out = screenshotsDir()!;
    await page.goto(url);
    await page.screenshot({ path: join(out, 'batch-report.png'), clip: { x: 0, y: 0, width: 1100, height: 700 } });
    await openAll();
    const section = page.locator('section.report', { has: page.locator('td.wrong') }).first();
    await section.locator('table[data-table="B"]').screenshot({ path: join(out, 'batch-report-table.png') });
  });
});
