// The preview's HTML page: an empty frame, a strict Content-Security-Policy (nothing loads but the
// one script and the style elements carrying the nonce; no inline handler, no remote content) and
// the page's own CSS. The tables and their CSS arrive later by message from the server's renderer
// (webview.ts). Free of `vscode` so that the tests can open the very same page in Chromium.

export interface PageOptions {
  /** webview.cspSource */
  cspSource: string;
  /** A fresh random value for each page. */
  nonce: string;
  /** webview.asWebviewUri(dist/preview.js) */
  scriptUri: string;
  /** The display language, for the lang attribute. */
  language: string;
}

// The page's own CSS: the editor's font and colours (VS Code sets the --vscode-* variables and a
// vscode-light / vscode-dark / vscode-high-contrast class on body), clickable cells, the button.
const pageCss = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); padding: 0 1em; }
.report-table td[data-offset], .report-table th[data-offset]:not([data-offset=""]) { cursor: pointer; }
.report-table td.cursor, .report-table th.cursor { background-color: var(--vscode-editor-selectionHighlightBackground, rgba(0, 102, 204, 0.12)); }
.report-table td.wrong.cursor { background-color: var(--vscode-inputValidation-errorBackground, #fdd); }
button.recompute { display: block; margin: 2px 0 0 auto; font: inherit; font-size: 11px; padding: 0 4px; cursor: pointer;
  color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #06c); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; }
button.recompute:hover { background: var(--vscode-button-hoverBackground, #058); }
body.vscode-high-contrast .report-table td.wrong { outline: 2px solid var(--vscode-errorForeground, #f00); outline-offset: -2px; }
body.vscode-high-contrast .report-table td.cursor { outline: 2px solid var(--vscode-contrastActiveBorder, #f38518); }
p.notice { color: var(--vscode-descriptionForeground, #888); }
`;

/** For attribute values: the options come from VS Code, not from a report, but stay quoted. */
function attribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function previewPage(o: PageOptions): string {
  const nonce = attribute(o.nonce);
  const csp = `default-src 'none'; style-src ${o.cspSource} 'nonce-${o.nonce}'; script-src 'nonce-${o.nonce}'`;
  return `<!doctype html>
<html lang="${attribute(o.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${pageCss}</style>
<style nonce="${nonce}" id="tables-css"></style>
</head><body>
<main id="tables"></main>
<script nonce="${nonce}" src="${attribute(o.scriptUri)}"></script>
</body></html>
`;
}
