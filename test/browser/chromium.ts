// Real Chromium for the browser tests: Debian's package (/usr/bin/chromium, or NIANBAO_CHROMIUM),
// driven by playwright-core (which downloads no browser of its own). Without it the tests are
// skipped with this reason. NIANBAO_SCREENSHOTS=1 also writes the README's screenshots.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const root = resolve(__dirname, '..', '..');
export const chromiumPath = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumMissing: string | false = existsSync(chromiumPath)
  ? false
  : `skipped: no Chromium at ${chromiumPath} (install Debian's: apt-get update && apt-get install -y chromium, as root)`;

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath });
}

/** Where screenshots go when NIANBAO_SCREENSHOTS is set; null otherwise. */
export function screenshotsDir(): string | null {
  if (!process.env.NIANBAO_SCREENSHOTS) return null;
  const dir = join(root, 'docs', 'images');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What a page did that it must not: requests, dialogs (alert), uncaught errors. */
export interface Watch {
  /** Every request the page started, including those its Content-Security-Policy then blocked. */
  requests: string[];
  /** The requests that got past the page (and its CSP) towards the network. */
  network: string[];
  /** What the Content-Security-Policy blocked, as Chromium reports it on the console. */
  blocked: string[];
  dialogs: string[];
  errors: string[];
}

/** A page the test serves (by URL), or a file it lets through as it is (null). */
export type Served = Record<string, { body: string; contentType: string } | null>;

/**
 * Records every request, dialog and page error. Requests for anything the test does not serve are
 * aborted: nothing reaches the network whatever the page tries.
 */
export async function watch(context: BrowserContext, page: Page, serve: Served): Promise<Watch> {
  const seen: Watch = { requests: [], network: [], blocked: [], dialogs: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) seen.blocked.push(m.text());
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    seen.network.push(url);
    const served = serve[url];
    if (served === null) return route.continue();
    return served ? route.fulfill({ status: 200, body: served.body, contentType: served.contentType }) : route.abort();
  });
  return seen;
}
