// The preview's webview page (client/src/preview/page.ts + webview.ts) in real Chromium, standing
// alone: VS Code's acquireVsCodeApi is a stub that records what the page posts, and the panel's
// messages are posted to the window as VS Code does. The tables come from the real server
// (nianbao/preview). Clicking a cell posts its offset, a cursor message highlights the right cell,
// "recompute" posts the red cell's offset, and injected text runs nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FromWebview, ToWebview } from '../../client/src/preview/messages.ts';
import { previewPage } from '../../client/src/preview/page.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { cellAt } from '../../server/src/engine/tableLookup.ts';
import type { PreviewResult } from '../../shared/src/protocol.ts';
import { injectedReport, injections } from '../fixtures/injectedReport.ts';
import { docUri, LspClient } from '../lsp/client.ts';
import { reportWithWrongTotal } from '../lsp/reports.ts';
import { chromiumMissing, launch, root, screenshotsDir, watch, type Watch } from './chromium.ts';

const origin = 'https://webview.nianbao.test';
const labels = { recompute: '重算', notReport: '此文档未被识别为政府信息公开工作年度报告。' };

/** What the panel would post for a server answer. */
function update(result: PreviewResult): ToWebview {
  return { type: 'update', recognised: result.recognised, html: result.html, css: result.css, fixes: result.fixes.map((f) => ({ offset: f.offset, title: f.title })), labels };
}

// VS Code's Light+ and Dark+ values of the variables the page uses (VS Code sets them on the
// webview's <html>, and a vscode-light / vscode-dark class on <body>).
const themes: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif', foreground: '#616161', 'editor-background': '#ffffff', 'panel-border': 'rgba(128, 128, 128, 0.35)',
    'editorWidget-background': '#f3f3f3', 'inputValidation-errorBackground': '#f2dede', errorForeground: '#a1260d', 'editorWarning-foreground': '#bf8803',
    descriptionForeground: '#717171', focusBorder: '#0090f1', 'button-background': '#007acc', 'button-foreground': '#ffffff', 'button-hoverBackground': '#0062a3',
    'editor-selectionHighlightBackground': 'rgba(173, 214, 255, 0.3)',
  },
  dark: {
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif', foreground: '#cccccc', 'editor-background': '#1e1e1e', 'panel-border': 'rgba(128, 128, 128, 0.35)',
    'editorWidget-background': '#252526', 'inputValidation-errorBackground': '#5a1d1d', errorForeground: '#f48771', 'editorWarning-foreground': '#cca700',
    descriptionForeground: 'rgba(204, 204, 204, 0.7)', focusBorder: '#007fd4', 'button-background': '#0e639c', 'button-foreground': '#ffffff', 'button-hoverBackground': '#1177bb',
    'editor-selectionHighlightBackground': 'rgba(173, 214, 255, 0.15)',
  },
};

describe('the preview webview in Chromium', { skip: chromiumMissing }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let seen: Watch;
  let server: LspClient;
  const wrongText = reportWithWrongTotal();
  let wrong: PreviewResult;
  let injected: PreviewResult;
  /** The preview page and its script, as the tests serve them. */
  const served = {} as { html: { body: string; contentType: string }; script: { body: string; contentType: string } };

  before(async () => {
    // The script as it is in the sources, bundled as esbuild.mjs bundles dist/preview.js.
    const bundled = await build({ entryPoints: [join(root, 'client', 'src', 'preview', 'webview.ts')], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'error' });
    const script = bundled.outputFiles[0]?.text ?? '';
    const html = previewPage({ cspSource: origin, nonce: 'dGVzdC1ub25jZQ==', scriptUri: `${origin}/dist/preview.js`, language: 'zh-cn' });

    server = await LspClient.start();
    const ask = async (name: string, text: string) => {
      await server.open(docUri(name), text);
      return server.request<PreviewResult>('nianbao/preview', { textDocument: { uri: docUri(name) } });
    };
    wrong = await ask('webview-wrong.nianbao', wrongText);
    injected = await ask('webview-injected.nianbao', injectedReport());

    served.html = { body: html, contentType: 'text/html; charset=utf-8' };
    served.script = { body: script, contentType: 'text/javascript' };
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    page = await context.newPage();
    seen = await watch(context, page, { [`${origin}/index.html`]: served.html, [`${origin}/dist/preview.js`]: served.script });
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    await page.addInitScript(`window.posted = [];
      window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => undefined, setState: () => undefined });`);
    await page.goto(`${origin}/index.html`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const posted = () => page.evaluate(() => (window as unknown as { posted: FromWebview[] }).posted.splice(0));
  const send = async (message: ToWebview) => {
    await page.evaluate((m) => window.postMessage(m, '*'), message);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  };
  const cellOf = (offset: number) => page.locator(`td[data-offset="${offset}"]`);
  const highlighted = () => page.$$eval('.cursor', (e) => e.map((x) => (x as HTMLElement).dataset.offset));

  test('says it is ready, then draws what it is sent, the red cell with its recompute button', async () => {
    assert.deepEqual(await posted(), [{ type: 'ready' }]);
    await send(update(wrong));
    assert.equal(await page.locator('table.report-table').count(), 3);
    const red = page.locator('td.wrong');
    assert.equal(await red.count(), 1);
    assert.equal(await red.getAttribute('data-offset'), String(wrong.fixes[0]?.offset));
    assert.equal(await red.locator('.expected').textContent(), '→ 7');
    const button = red.locator('button.recompute');
    assert.equal(await button.textContent(), '重算');
    assert.equal(await button.getAttribute('title'), '改为 7');
    // Styled by the server's stylesheet, which the CSP let in (no theme variables yet: the fallbacks).
    assert.equal(await red.evaluate((td) => getComputedStyle(td).backgroundColor), 'rgb(255, 221, 221)');
    assert.deepEqual(seen.blocked, []);
  });

  test('clicking a cell posts its offset in the text', async () => {
    const report = analyze(wrongText).report;
    for (const ref of [{ table: 'B', row: 'new', column: 0 }, { table: 'C', row: report.tables.C?.rows[0]?.key ?? '', column: 3 }] as const) {
      const cell = cellAt(report, ref);
      assert.ok(cell);
      await cellOf(cell.span.start).click();
      assert.deepEqual(await posted(), [{ type: 'reveal', offset: cell.span.start }]);
    }
    // A row label moves the cursor to the label.
    const label = report.tables.B?.rows.find((r) => r.key === 'carried')?.labelSpan;
    await page.locator(`th[data-offset="${label?.start}"]`).click();
    assert.deepEqual(await posted(), [{ type: 'reveal', offset: label?.start }]);
  });

  test('"recompute" posts the red cell\'s offset, and nothing else', async () => {
    await page.locator('td.wrong button.recompute').click();
    assert.deepEqual(await posted(), [{ type: 'fix', offset: wrong.fixes[0]?.offset }]);
  });

  test('a cursor message highlights the cell under the cursor, and only it', async () => {
    const report = analyze(wrongText).report;
    const cell = cellAt(report, { table: 'B', row: 'partial', column: 0 });
    assert.ok(cell);
    for (const offset of [cell.span.start, cell.span.end]) {
      await send({ type: 'cursor', offset });
      assert.deepEqual(await highlighted(), [String(cell.span.start)], `offset ${offset}`);
    }
    // Outside every cell (the title line), and off the document: nothing.
    await send({ type: 'cursor', offset: 0 });
    assert.deepEqual(await highlighted(), []);
    const red = wrong.fixes[0]!.offset;
    await send({ type: 'cursor', offset: red });
    assert.deepEqual(await highlighted(), [String(red)]);
    // A redraw (the text changed) keeps the cursor's cell.
    await send(update(wrong));
    assert.deepEqual(await highlighted(), [String(red)]);
    await send({ type: 'cursor', offset: null });
    assert.deepEqual(await highlighted(), []);
  });

  test('screenshots for the README in light and dark (NIANBAO_SCREENSHOTS=1)', { skip: !screenshotsDir() && 'set NIANBAO_SCREENSHOTS=1 to write docs/images/' }, async () => {
    const report = analyze(wrongText).report;
    const cursor = cellAt(report, { table: 'B', row: 'open', column: 1 });
    await send({ type: 'cursor', offset: cursor?.span.start ?? null });
    for (const [name, variables] of Object.entries(themes)) {
      await page.evaluate(([theme, vars]) => {
        document.body.className = `vscode-${theme}`;
        for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(`--vscode-${k}`, v);
      }, [name, variables] as const);
      await page.locator('table[data-table="B"]').screenshot({ path: join(screenshotsDir()!, `preview-${name}.png`) });
    }
  });

  test('a report carrying script injection is drawn as text and runs nothing', async () => {
    await send(update(injected));
    const texts = await page.$$eval('td.text', (tds) => tds.map((td) => td.textContent));
    for (const s of [injections.script, injections.onerror, injections.javascriptUrl]) assert.ok(texts.includes(s), s);
    assert.equal(await page.$$eval('#tables script, #tables img, #tables a', (e) => e.length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned), undefined);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.requests, [`${origin}/index.html`, `${origin}/dist/preview.js`], 'not even an attempt');
    assert.deepEqual(seen.blocked, [], 'nothing for the CSP to block');
  });

  test('and the Content-Security-Policy stops what a renderer bug would let in', async () => {
    // HTML the server never sends: unescaped markup, as if escaping had been forgotten.
    const raw = `<p id="raw">${injections.onerror}${injections.script}<a id="link" href="${injections.javascriptUrl}">x</a></p>`;
    await send({ type: 'update', recognised: true, html: raw, css: wrong.css, fixes: [], labels });
    await page.click('#link');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned), undefined);
    assert.deepEqual(seen.dialogs, []);
    const blocked = seen.blocked.join('\n');
    assert.match(blocked, /inline event handler/, 'onerror= blocked');
    assert.match(blocked, /Loading the image/, 'the image never loads');
    assert.match(blocked, /javascript:/i, 'the javascript: link blocked');
  });

  test('asked, it says whether it holds the keyboard focus (framed in a page, as VS Code frames it)', async () => {
    // A context of its own, so that the host page is not among the main page's requests.
    const framed = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    try {
      const host = await framed.newPage();
      const hostSeen = await watch(framed, host, {
        [`${origin}/host.html`]: { body: '<!doctype html><input id="outside"><iframe id="preview" src="index.html" width="900" height="600"></iframe>', contentType: 'text/html; charset=utf-8' },
        [`${origin}/index.html`]: served.html,
        [`${origin}/dist/preview.js`]: served.script,
      });
      await framed.addInitScript(`window.posted = [];
        window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => undefined, setState: () => undefined });`);
      await host.goto(`${origin}/host.html`);
      const inFrame = host.frames().find((f) => f.url() === `${origin}/index.html`);
      assert.ok(inFrame, 'the preview frame loaded');
      const ask = async () => {
        await inFrame.evaluate(() => {
          (window as unknown as { posted: FromWebview[] }).posted.splice(0);
          window.postMessage({ type: 'askFocus' }, '*');
        });
        await inFrame.evaluate(() => new Promise((r) => setTimeout(r, 0)));
        return inFrame.evaluate(() => (window as unknown as { posted: FromWebview[] }).posted.splice(0));
      };
      await host.locator('#preview').click();
      assert.deepEqual(await ask(), [{ type: 'focus', focused: true }], 'clicked into');
      await host.focus('#outside');
      assert.deepEqual(await ask(), [{ type: 'focus', focused: false }], 'the focus in the page around it');
      assert.deepEqual(hostSeen.errors, []);
    } finally {
      await framed.close();
    }
  });

  test('a document that is not a report says so', async () => {
    await send({ type: 'update', recognised: false, html: '', css: wrong.css, fixes: [], labels });
    assert.equal(await page.textContent('#tables'), labels.notReport);
  });

  test('nothing reaches the network but the page and its script; no error', () => {
    assert.deepEqual(seen.network, [`${origin}/index.html`, `${origin}/dist/preview.js`]);
    assert.deepEqual(seen.errors, []);
  });
});
