// Driving the real VS Code workbench (code-server in Debian's Chromium, through playwright-core) the
// way a user does: Quick Open, Go to Line, the Command Palette, the Problems panel, hovers, the
// lightbulb menu, Ctrl+S. Only what the workbench renders is read (aria labels, widget text), never
// the extension's internals.
import { chromium } from 'playwright-core';
import { end, track } from './processes.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches Chromium as a browser server (so that its process id is known and it can be ended by
 * it) and connects to it.
 */
export async function launchBrowser() {
  const server = await chromium.launchServer({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const pid = server.process().pid;
  track(pid, 'chromium');
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      await server.close().catch(() => {});
      await end(pid);
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `probe` (returning { ok, value }) until ok; on timeout throws, naming `what` and showing
 * the last value seen.
 */
export async function eventually(what, probe, ms = 20_000) {
  const until = Date.now() + ms;
  let last;
  for (;;) {
    last = await probe();
    if (last.ok) return last.value;
    if (Date.now() > until) {
      const seen = typeof last.value === 'string' ? last.value : JSON.stringify(last.value, null, 2);
      throw new Error(`${what}: not seen within ${ms / 1000} s; last seen:\n${seen}`);
    }
    await sleep(200);
  }
}

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  static async open(browser, url, expectFiles) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // Ready when the explorer lists the workspace's files.
    await page.waitForFunction((n) => document.querySelectorAll('.explorer-folders-view .monaco-list-row').length >= n, expectFiles, { timeout: 60_000 });
    return new Workbench(page);
  }

  key(combo) {
    return this.page.keyboard.press(combo);
  }

  async quickInput(opener, text) {
    await this.key(opener);
    await this.page.waitForSelector('.quick-input-widget input:focus', { timeout: 10_000 });
    await this.page.keyboard.type(text);
  }

  /**
   * Picks the quick-pick entry named `label` (its aria label is the label, then maybe ", " and more),
   * by clicking it: the entries change as the typed text is applied, and Enter could pick a recent
   * or a similar one ("View: Close All Editor Groups" for "View: Close Editor").
   */
  async pick(label, ms = 10_000) {
    const css = (text) => JSON.stringify(text); // a quoted CSS string
    const row = this.page.locator(`.quick-input-list .monaco-list-row:is([aria-label=${css(label)}], [aria-label^=${css(`${label},`)}])`).first();
    // The locator is resolved again at the click, whatever the list shows by then.
    await row.click({ timeout: ms });
    // Then out of the way (the title bar's blank right part), so that no tooltip shows.
    await this.page.mouse.move(1000, 14);
  }

  /** Runs a command from the Command Palette by its label, as a user types it. */
  async command(label) {
    await this.quickInput('F1', label);
    await this.pick(label);
  }

  /** Opens a workspace file with Quick Open, then goes to (0-based) line and character. */
  async openFile(name, line, character = 0) {
    await this.quickInput('Control+P', name);
    await this.pick(name, 20_000);
    await this.page.waitForSelector(`.tab.active[aria-label^="${name}"]`, { timeout: 10_000 });
    if (line === undefined) return;
    await this.quickInput('Control+G', `${line + 1}:${character + 1}`);
    await sleep(200);
    await this.key('Enter');
    // Read at once (a missing status item is not waited for 30 s within each try).
    await eventually(`cursor on line ${line + 1}`, async () => {
      const text = await this.page.evaluate(() => document.querySelector('[id="status.editor.selection"]')?.textContent ?? '');
      return { ok: text.startsWith(`Ln ${line + 1},`), value: text };
    }, 5_000);
  }

  /**
   * The text an editor renders for a (0-based) line, when it is on screen: the active editor, or
   * the one of the group whose active tab is `fileName`.
   */
  lineText(line, fileName) {
    const group = fileName ? `.editor-group-container:has(.tab.active[aria-label^=${JSON.stringify(fileName)}])` : '.editor-group-container.active';
    return this.page.evaluate(([n, selector]) => {
      const editor = document.querySelector(selector);
      const number = [...(editor?.querySelectorAll('.margin-view-overlays .line-numbers') ?? [])].find((e) => e.textContent === String(n));
      const top = number?.parentElement?.style.top;
      const view = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])].find((e) => e.style.top === top);
      return view ? view.textContent.replace(/\u00a0/g, ' ') : null;
    }, [line + 1, `${group} .monaco-editor`]);
  }

  /**
   * The Problems panel's entries for one file (the panel filtered to it by glob, as a user would):
   * [{ severity, line (0-based), character, message }]. VS Code lists errors, warnings and
   * information here; hints are shown only in the editor.
   */
  async problems(fileName) {
    await this.command('Problems: Focus on Problems View');
    const filter = this.page.locator('.viewpane-filter input');
    await filter.fill(`**/${fileName}`);
    await sleep(500);
    return this.page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.flatMap((row) => {
      const label = row.getAttribute('aria-label') ?? '';
      const m = /^(Error|Warning|Info): ([\s\S]*) at line (\d+) and character (\d+)\./.exec(label);
      if (!m) return [];
      const severity = { Error: 'error', Warning: 'warning', Info: 'information' }[m[1]];
      return [{ severity, line: Number(m[3]) - 1, character: Number(m[4]) - 1, message: m[2] }];
    }));
  }

  async clearProblemsFilter() {
    await this.page.locator('.viewpane-filter input').fill('');
  }

  /** Sets an enum setting in the Settings editor (user scope), as a user picks it, and closes it. */
  async setEnumSetting(id, value) {
    await this.command('Preferences: Open Settings (UI)');
    await this.page.waitForSelector('.settings-editor .suggest-input-container', { timeout: 10_000 });
    await sleep(500);
    await this.page.keyboard.type(`@id:${id}`);
    const select = this.page.locator('.settings-editor .setting-item-enum select');
    await eventually(`the setting ${id} in the Settings editor`, async () => ({ ok: (await select.count()) === 1, value: `${await select.count()} enum settings shown` }), 10_000);
    await select.selectOption({ value });
    await sleep(300);
    await this.command('View: Close Editor');
  }

  /** The nianbao status bar item: { text, label } (the label carries the tooltip's counts). */
  async statusItem() {
    const item = this.page.locator('.statusbar-item[id$="nianbao.status"]');
    if ((await item.count()) === 0) return null;
    return { text: (await item.textContent()).trim(), label: await item.getAttribute('aria-label') };
  }

  /**
   * Shows the hover at the cursor ("Show or Focus Hover", Ctrl+K Ctrl+I) and returns its text;
   * asked again if none shows (the first request can go before the server has the document),
   * waiting longer each time: on a busy machine the first answers come late, and a hover that never
   * comes still fails, after 4 + 8 + 16 s.
   */
  async hoverAtCursor() {
    let lastError;
    for (const wait of [4_000, 8_000, 16_000]) {
      await this.command('Show or Focus Hover');
      try {
        return await eventually('a hover', async () => {
          const text = await this.page.$$eval('.monaco-editor .monaco-hover:not(.hidden)', (els) => els.map((e) => e.textContent).join('\n'));
          return { ok: text.trim().length > 0, value: text };
        }, wait);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  /** Opens the quick-fix menu at the cursor (Ctrl+.) and returns its actions' labels. */
  async quickFixMenu() {
    await this.key('Control+.');
    return eventually('the quick fix menu', async () => {
      const labels = await this.page.$$eval('.action-widget .monaco-list-row.action', (els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
      return { ok: labels.length > 0, value: labels };
    }, 10_000);
  }

  /** Chooses a quick fix from the open menu with the keyboard (arrows, then Enter). */
  async chooseQuickFix(label) {
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    for (let i = 0; i < 20; i++) {
      const aria = (await focused.count()) > 0 ? await focused.first().getAttribute('aria-label') : null;
      if (aria === label) {
        await this.key('Enter');
        await this.page.waitForSelector('.action-widget .monaco-list-row.action', { state: 'detached', timeout: 5_000 });
        return;
      }
      await this.key('ArrowDown');
      await sleep(100);
    }
    throw new Error(`could not focus the quick fix "${label}"`);
  }

  /** The TextMate scopes under the cursor, from "Developer: Inspect Editor Tokens and Scopes". */
  async tokenScopes() {
    await this.command('Developer: Inspect Editor Tokens and Scopes');
    const text = await eventually('the token inspector', async () => {
      const t = await this.page.$$eval('.token-inspect-widget', (els) => els.map((e) => e.textContent).join('\n'));
      return { ok: t.includes('textmate scopes'), value: t };
    }, 10_000);
    await this.key('Escape');
    return text;
  }

  /** The outline's top-level entries (the view set to collapse everything below them). */
  async outline(expected) {
    await this.command('Explorer: Focus on Outline View');
    return eventually('the outline', async () => {
      const rows = await this.page.$$eval('.outline-pane .monaco-list-row[aria-level="1"]', (els) => els.map((e) => e.getAttribute('aria-label')));
      return { ok: rows.length === expected, value: rows };
    }, 15_000);
  }

  /**
   * The editor's cursor as the status bar shows it: { line, column } (1-based; the column is the
   * visible one, a tab counting to the next tab stop) and the tab size the status bar names; and
   * whose cursor that is: the active editor group's active tab (the status bar shows a line and
   * column only when that is a text editor) and whether the keyboard focus is in its text. Read
   * at once: an item the status bar does not show is null, not waited for.
   */
  async cursor() {
    const seen = await this.page.evaluate(() => {
      const text = (id) => document.querySelector(`[id="${id}"]`)?.textContent ?? null;
      const group = document.querySelector('.editor-group-container.active');
      return {
        selection: text('status.editor.selection'),
        indentation: text('status.editor.indentation'),
        editor: group?.querySelector('.tab.active')?.getAttribute('aria-label') ?? null,
        focused: [...(group?.querySelectorAll('.monaco-editor textarea') ?? [])].includes(document.activeElement),
      };
    });
    const at = /Ln (\d+), Col (\d+)/.exec(seen.selection ?? '');
    const tab = /(?:Tab Size|Spaces): (\d+)/.exec(seen.indentation ?? '');
    return {
      line: at ? Number(at[1]) : null,
      column: at ? Number(at[2]) : null,
      tabSize: tab ? Number(tab[1]) : null,
      editor: seen.editor,
      focused: seen.focused,
      shown: `${seen.selection ?? '(no line and column)'} · ${seen.indentation ?? '(no indentation)'}`,
    };
  }

  /** Clicks a button of the active editor group's title bar by its aria label ("Preview Tables"). */
  async editorAction(label) {
    await this.page.locator(`.editor-group-container.active .editor-actions .action-label[aria-label^=${JSON.stringify(label)}]`).first().click({ timeout: 10_000 });
  }

  /**
   * The page of the visible webview whose page holds `selector`, as a frame locator. A webview in
   * the workbench lives two iframes deep: an outer iframe.webview (VS Code's host page, which
   * relays messages) and in it #active-frame, the extension's own page.
   */
  async webview(selector, ms = 30_000) {
    return eventually(`a visible webview holding ${selector}`, async () => {
      const outer = this.page.locator('iframe.webview');
      const count = await outer.count();
      const seen = [];
      for (let i = 0; i < count; i++) {
        const visible = await outer.nth(i).isVisible().catch(() => false);
        const page = this.page.frameLocator('iframe.webview').nth(i).frameLocator('#active-frame');
        const found = visible ? await page.locator(selector).count().catch(() => 0) : 0;
        seen.push(`iframe ${i}: ${visible ? 'visible' : 'hidden'}, ${found} × ${selector}`);
        if (found > 0) return { ok: true, value: page };
      }
      return { ok: false, value: `${count} webview iframes\n${seen.join('\n')}` };
    }, ms);
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
  async save() {
    await this.key('Control+S');
    await this.page.waitForSelector('.tab.active.dirty', { state: 'detached', timeout: 10_000 });
  }

  /** A screenshot of the region around the given elements' boxes, padded, inside the page. */
  async screenshot(path, selectors, pad = 24) {
    const boxes = [];
    for (const selector of selectors) {
      const box = await this.page.locator(selector).first().boundingBox().catch(() => null);
      if (box) boxes.push(box);
    }
    const viewport = this.page.viewportSize();
    if (boxes.length === 0) return this.page.screenshot({ path });
    const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
    const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
    const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
    const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
    return this.page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y } });
  }
}
