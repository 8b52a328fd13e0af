// The batch report: one self-contained HTML page (inline CSS, SVG and script, nothing fetched)
// that opens from disk in any browser. Written in pieces so the CLI can stream each report's
// details as it is checked and keep only the small BatchEntry list for the summary.
import type { Analysis, Finding } from '../engine/model.ts';
import { buildLineIndex, positionAt, type LineIndex } from '../engine/text/lineIndex.ts';
import type { BatchEntry } from './batchEntry.ts';
import { html, type Html } from './escape.ts';
import { tableCss } from './styles.ts';
import { tablesHtml, type Language } from './tablesHtml.ts';
import { version } from '../version.ts';

const words = {
  zh: { title: '政府信息公开工作年度报告校对结果', reports: '报告', agency: '单位', year: '年度', format: '格式', errors: '错误', warnings: '警告', published: '发布日期', filter: '筛选单位或文件', rule: '规则', severity: '级别', all: '全部', early: '早于统计期结束', late: '超过发布期限', ok: '正常', trends: '各单位历年情况', across: '与上一年度报告核对', report: '报告', received: '新收申请', handled: '办理结果总计', pending: '结转下年', review: '复议未结', suits: '诉讼未结', broken: '结转衔接不上', findings: '问题', line: '行', none: '未发现问题', unknown: '未知', unchecked: '未能检查的文件', skipped: '跳过的文件（不是年度报告）', file: '文件', why: '原因' },
  en: { title: 'Annual report check results', reports: 'Reports', agency: 'Agency', year: 'Year', format: 'Format', errors: 'Errors', warnings: 'Warnings', published: 'Published', filter: 'Filter by agency or file', rule: 'Rule', severity: 'Severity', all: 'All', early: 'before the period ends', late: 'after the deadline', ok: 'ok', trends: 'Agencies across years', across: 'Checked against the previous year\'s report', report: 'Report', received: 'Received', handled: 'Handled', pending: 'Carried forward', review: 'Reviews pending', suits: 'Suits pending', broken: 'carry-over broken', findings: 'Findings', line: 'line', none: 'No findings', unknown: 'unknown', unchecked: 'Files that could not be checked', skipped: 'Files skipped (not annual reports)', file: 'File', why: 'Why' },
};

const pageCss = `
body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1.5em; color: #222; }
table.summary { border-collapse: collapse; }
table.summary th, table.summary td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; }
table.summary th { cursor: pointer; user-select: none; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.err { color: #a00; font-weight: bold; } .warn { color: #a60; }
.early, .late { color: #a00; }
.controls { margin: 0.5em 0; display: flex; gap: 0.5em; flex-wrap: wrap; }
section.report { border-top: 2px solid #ccc; margin-top: 2em; }
ol.findings li.error { color: #a00; } ol.findings li.warning { color: #a60; } ol.findings li.information, ol.findings li.hint { color: #555; }
.chart { display: inline-block; margin: 0 1.5em 1.5em 0; vertical-align: top; }
.chart h3 { font-size: 14px; margin: 0.3em 0; }
`;

/** The page's generator tag: a folder walk knows the page by it and does not take it for a report. */
const generatorTag = `<meta name="generator" content="nianbao ${version}">`;

/** Whether an HTML file's first bytes are those of a page nianbao wrote. */
export function writtenByNianbao(head: Uint8Array): boolean {
  return /<meta name="generator" content="nianbao [^"]*">/.test(Buffer.from(head.subarray(0, 1024)).toString('latin1'));
}

export function pageStart(language: Language): string {
  const w = words[language];
  return `<!doctype html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">${generatorTag}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${w.title}</title><style>${tableCss}${pageCss}</style></head><body>
<h1>${w.title}</h1>
`;
}

/** The list of every report, sortable (click a header) and filterable by agency, year, rule and severity. */
export function summarySection(entries: readonly BatchEntry[], language: Language): string {
  const w = words[language];
  const years = [...new Set(entries.map((e) => e.year).filter((y): y is number => y !== null))].sort();
  const rules = [...new Set(entries.flatMap((e) => e.rules))].sort();
  return html`<h2>${w.reports} (${entries.length})</h2>
<div class="controls">
<input id="f-text" type="search" placeholder="${w.filter}">
<select id="f-year"><option value="">${w.year}: ${w.all}</option>${years.map((y) => html`<option>${y}</option>`)}</select>
<select id="f-rule"><option value="">${w.rule}: ${w.all}</option>${rules.map((r) => html`<option>${r}</option>`)}</select>
<select id="f-severity"><option value="">${w.severity}: ${w.all}</option><option value="error">${w.errors}</option><option value="warning">${w.warnings}</option></select>
</div>
<table class="summary" id="summary"><thead><tr><th>${w.agency}</th><th>${w.year}</th><th>${w.format}</th><th>${w.errors}</th><th>${w.warnings}</th><th>${w.published}</th><th>${w.file}</th></tr></thead><tbody>
${entries.map((e) => html`<tr data-year="${e.year ?? ''}" data-rules="${e.rules.join(' ')}" data-errors="${e.errors}" data-warnings="${e.warnings}">
<td>${e.agency ?? w.unknown}</td><td class="num">${e.year ?? ''}</td><td>${e.format ?? ''}</td>
<td class="num ${e.errors ? 'err' : ''}">${e.errors}</td><td class="num ${e.warnings ? 'warn' : ''}">${e.warnings}</td>
<td class="${e.published?.standing ?? ''}">${e.published ? `${e.published.date} ${e.published.standing === 'ok' ? '' : w[e.published.standing]}` : ''}</td>
<td><a href="#report-${e.index}">${e.path}</a></td></tr>`)}
</tbody></table>
`.value;
}

/** Every file that could not be read, checked or written back, with why. */
export function uncheckedSection(unchecked: readonly FileWhy[], language: Language): string {
  return filesSection('unchecked', words[language].unchecked, unchecked, language);
}

/** Every file read and found to be no report (a README, a note, a page nianbao wrote), with why. */
export function skippedSection(skipped: readonly FileWhy[], language: Language): string {
  return filesSection('skipped', words[language].skipped, skipped, language);
}

interface FileWhy {
  path: string;
  message: string;
}

function filesSection(id: string, title: string, files: readonly FileWhy[], language: Language): string {
  if (files.length === 0) return '';
  const w = words[language];
  return html`<h2 id="${id}">${title} (${files.length})</h2>
<table class="summary ${id}"><thead><tr><th>${w.file}</th><th>${w.why}</th></tr></thead><tbody>
${files.map((p) => html`<tr><td><code>${p.path}</code></td><td>${p.message}</td></tr>`)}
</tbody></table>
`.value;
}

/** Per agency with two or more years: small inline SVG charts of the main counts. */
export function trendsSection(entries: readonly BatchEntry[], language: Language): string {
  const w = words[language];
  const byAgency = new Map<string, BatchEntry[]>();
  for (const e of entries) if (e.agency && e.year !== null) byAgency.set(e.agency, [...(byAgency.get(e.agency) ?? []), e]);
  const charts = [...byAgency].filter(([, list]) => list.length >= 2).map(([agency, list]) => chart(agency, list.sort((a, b) => (a.year ?? 0) - (b.year ?? 0)), language));
  if (charts.length === 0) return '';
  return html`<h2>${w.trends}</h2>${charts}`.value;
}

const series: { key: keyof BatchEntry['numbers']; colour: string }[] = [
  { key: 'received', colour: '#1f77b4' },
  { key: 'handled', colour: '#2ca02c' },
  { key: 'pending', colour: '#ff7f0e' },
  { key: 'reviewPending', colour: '#9467bd' },
  { key: 'suitsPending', colour: '#8c564b' },
];

function chart(agency: string, list: BatchEntry[], language: Language): Html {
  const w = words[language];
  const width = 320;
  const height = 140;
  const pad = 28;
  const max = Math.max(1, ...list.flatMap((e) => series.map((s) => e.numbers[s.key] ?? 0)));
  const x = (i: number) => pad + (list.length === 1 ? 0 : (i * (width - 2 * pad)) / (list.length - 1));
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / max;
  const names: Record<string, string> = { received: w.received, handled: w.handled, pending: w.pending, reviewPending: w.review, suitsPending: w.suits };
  const lines = series.map((s) => {
    const points = list.flatMap((e, i) => (e.numbers[s.key] === null ? [] : [`${x(i).toFixed(1)},${y(e.numbers[s.key] ?? 0).toFixed(1)}`]));
    return html`<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${points.join(' ')}"><title>${names[s.key]}</title></polyline>`;
  });
  const broken = list.flatMap((e, i) => (e.rules.includes('workspace/carry-over') && i > 0 ? [html`<line class="broken" x1="${x(i - 1)}" x2="${x(i)}" y1="${height - pad + 6}" y2="${height - pad + 6}" stroke="#d00" stroke-width="3" stroke-dasharray="4 3"><title>${w.broken}</title></line>`] : []));
  const labels = list.map((e, i) => html`<text x="${x(i)}" y="${height - 6}" font-size="10" text-anchor="middle">${e.year}</text>`);
  const legend = series.map((s) => html`<span style="color:${s.colour}">■ ${names[s.key]}</span> `);
  return html`<div class="chart"><h3>${agency}</h3><svg width="${width}" height="${height}" role="img" aria-label="${agency}"><line x1="${pad}" x2="${width - pad}" y1="${height - pad}" y2="${height - pad}" stroke="#999"/>${lines}${broken}${labels}<text x="2" y="${pad}" font-size="10">${max}</text></svg><div>${legend}</div></div>`;
}

/** What the cross-report checks found in one report (cli/crossFindings.ts places them). */
export interface AcrossReports {
  entry: BatchEntry;
  diagnostics: readonly { rule: string; severity: string; message: string; range: { start: { line: number } } }[];
}

/**
 * The cross-report findings (结转 that does not carry over, 规范性文件 counts that do not add up,
 * text reused from last year), each with a link to its report's details: they are known only once
 * every report is checked, after the details were written.
 */
export function acrossSection(across: readonly AcrossReports[], language: Language): string {
  if (across.length === 0) return '';
  const w = words[language];
  const items = across.flatMap(({ entry, diagnostics }) => diagnostics.map((d) =>
    html`<li class="${d.severity}"><a href="#report-${entry.index}">${entry.agency ?? entry.path} ${entry.year ?? ''}</a> · ${w.line} ${d.range.start.line + 1} · <code>${d.rule}</code> ${d.message}</li>`));
  return html`<h2>${w.across}</h2><ol class="findings">${items}</ol>
`.value;
}

/** One report's details: its tables as read, its findings with line numbers (`index`: the text's line index, when the caller has it). */
export function reportSection(entry: BatchEntry, analysis: Analysis, findings: readonly Finding[], language: Language, index: LineIndex = buildLineIndex(analysis.report.text)): string {
  const w = words[language];
  const items = findings.map((f) => html`<li class="${f.severity}">${w.line} ${positionAt(index, f.span.start).line + 1} · <code>${f.rule}</code> ${f.message[language]}</li>`);
  return html`<section class="report" id="report-${entry.index}"><h2>${entry.agency ?? entry.path} ${entry.year ?? ''}</h2><p><code>${entry.path}</code></p>
${tablesHtml(analysis.report, language)}
<h3>${w.findings}</h3>${items.length ? html`<ol class="findings">${items}</ol>` : html`<p>${w.none}</p>`}</section>
`.value;
}

/** Sorting and filtering, inline: the page must work opened from disk with no network. */
export function pageEnd(): string {
  return `<script>
(() => {
  const table = document.getElementById('summary');
  if (!table) return;
  const body = table.tBodies[0];
  const get = (id) => document.getElementById(id);
  const apply = () => {
    const text = get('f-text').value.trim().toLowerCase();
    const year = get('f-year').value, rule = get('f-rule').value, severity = get('f-severity').value;
    for (const row of body.rows) {
      const ok = (!text || row.textContent.toLowerCase().includes(text))
        && (!year || row.dataset.year === year)
        && (!rule || row.dataset.rules.split(' ').includes(rule))
        && (!severity || Number(row.dataset[severity + 's']) > 0);
      row.hidden = !ok;
    }
  };
  for (const id of ['f-text', 'f-year', 'f-rule', 'f-severity']) get(id).addEventListener('input', apply);
  [...table.tHead.rows[0].cells].forEach((th, column) => {
    let ascending = true;
    th.addEventListener('click', () => {
      const rows = [...body.rows];
      const key = (r) => r.cells[column].textContent.trim();
      const numeric = rows.every((r) => key(r) === '' || !isNaN(Number(key(r))));
      rows.sort((a, b) => (numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'zh')) * (ascending ? 1 : -1));
      ascending = !ascending;
      body.append(...rows);
    });
  });
})();
</script></body></html>
`;
}
