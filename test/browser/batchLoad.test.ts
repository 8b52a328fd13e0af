// The batch page with 1 000 reports opened in real Chromium: only the summary is in the DOM at
// first (each report's tables and findings are drawn when it is opened), so the page opens fast.
// The load time is measured and printed (README: "Speed and robustness, measured"), never
// asserted: what is asserted is what makes it fast, the size of the DOM up front.
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureBuilt, runCli, tempDir } from '../cli/cliRunner.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { chromiumMissing, launch } from './chromium.ts';

const REPORTS = 1000;

/** 250 agencies over four years, in every layout, one report in five with a wrong cell. */
function folder(): string {
  const dir = tempDir();
  for (let i = 0; i < REPORTS; i++) {
    const values = cleanValues();
    if (i % 5 === 0) values.B.open![i % 7] = values.B.open![i % 7]! + 1;
    writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), buildReport({ agency: `某市第${Math.floor(i / 4)}局`, year: 2021 + (i % 4), layout: allLayouts[i % allLayouts.length]!, values }));
  }
  return dir;
}

describe(`the batch page with ${REPORTS} reports in Chromium`, { skip: chromiumMissing }, () => {
  let browser: Browser;
  let page: Page;
  let url: string;

  before(async () => {
    ensureBuilt();
    const output = join(tempDir(), 'batch.html');
    const run = runCli(['check', '--format', 'html', '--output', output, folder()]);
    assert.equal(run.status, 1, run.stderr);
    console.log(`batch page of ${REPORTS} reports: ${(statSync(output).size / 1e6).toFixed(1)} MB`);
    url = pathToFileURL(output).href;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  });
  after(() => browser?.close());

  test('opens with only the summary in the DOM; the load time is printed', async () => {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const wall = Date.now() - started;
    const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    console.log(`batch page of ${REPORTS} reports: load event after ${Math.round(load)} ms (page.goto ${wall} ms)`);
    assert.equal(await page.locator('#summary tbody tr').count(), REPORTS);
    assert.equal(await page.locator('section.report').count(), 0, 'no report drawn up front');
    assert.equal(await page.locator('script[type="application/gzip"]').count(), REPORTS);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    console.log(`batch page of ${REPORTS} reports: ${elements} elements in the DOM at first`);
    // One report's tables alone are some 400 elements: drawn up front, there would be 400 000.
    assert.ok(elements < 20 * REPORTS, `${elements} elements`);
  });

  test('a report opened from the list is drawn then', async () => {
    await page.click('a[href="#report-995"]');
    await page.locator('#report-995 table[data-table="B"]').waitFor();
    assert.equal(await page.locator('section.report table[data-table="B"]').count(), 1);
    assert.equal(await page.locator('#report-995 td.wrong').count(), 1);
  });
});
