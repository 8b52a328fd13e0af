// The tables' CSS. Colours come from VS Code's theme variables when shown in a webview (light,
// dark and high contrast follow), with plain fallbacks for the batch report opened in a browser.
export const tableCss = `
.report-table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
.report-table caption { text-align: left; font-weight: bold; padding: 4px 0; }
.report-table th, .report-table td { border: 1px solid var(--vscode-panel-border, #bbb); padding: 2px 6px; }
.report-table td { text-align: right; min-width: 2.5em; font-variant-numeric: tabular-nums; }
.report-table th { text-align: left; font-weight: normal; }
.report-table th.block, .report-table tr.group th { font-weight: bold; background: var(--vscode-editorWidget-background, #f3f3f3); }
.report-table td.blank { background: repeating-linear-gradient(45deg, transparent 0 4px, var(--vscode-editorWidget-background, #eee) 4px 8px); }
.report-table td.text { font-style: italic; }
.report-table td.recovered { text-decoration: underline dotted; }
.report-table td.wrong { background: var(--vscode-inputValidation-errorBackground, #fdd); color: var(--vscode-errorForeground, #a00); font-weight: bold; }
.report-table td.outlined { outline: 2px dashed var(--vscode-editorWarning-foreground, #c80); outline-offset: -2px; }
.report-table td.lost, .report-table td.extra { color: var(--vscode-descriptionForeground, #888); }
.report-table td .expected { display: block; font-size: 11px; }
.report-table td.cursor { outline: 2px solid var(--vscode-focusBorder, #06c); outline-offset: -2px; }
.missing { color: var(--vscode-errorForeground, #a00); }
.unread .partial { color: var(--vscode-editorWarning-foreground, #a60); font-weight: bold; }
`;
