// The batch report: one self-contained HTML page (inline CSS, SVG and script, nothing fetched)
// that opens from disk in any browser. Written in pieces so the CLI can stream each report's
// details as it is checked and keep only the small BatchEntry list for the summary.
import type { Analysis, Finding } from '../engine/model.ts';
import { isGenericAgency } from '../engine/workspace/agency.ts';
import { folderOf } from '../engine/workspace/paths.ts';
import { buildLineIndex, positionAt, type LineIndex } from '../engine/text/lineIndex.ts';
import { readInPart, type BatchEntry } from './batchEntry.ts';
import { escapeHtml, Html, html } from './escape.ts';
import { tableCss } from './styles.ts';
import { packedMarkup } from './packedMarkup.ts';
import { tablesHtml, type Language } from './tablesHtml.ts';
import { version } from '../version.ts';

const words = {
  zh: { title: '政府信息公开工作年度报告校对结果', reports: '报告', agency: '单位', year: '年度', format: '格式', errors: '错误', warnings: '警告', information: '信息', hints: '提示', published: '发布日期', filter: '筛选单位或文件', rule: '规则', severity: '级别', all: '全部', early: '早于统计期结束', late: '超过发布期限', ok: '正常', trends: '各单位历年情况', across: '与上一年度报告核对', report: '报告', received: '新收申请', handled: '办理结果总计', pending: '结转下年', review: '复议未结', suits: '诉讼未结', broken: '结转衔接不上', findings: '问题', line: '行', none: '未发现问题', unknown: '未知', unwritten: '已检查、修复未写入的文件', skipped: '跳过的文件', file: '文件', why: '原因', partly: '读取不全', partlyReports: '读取不全的报告', tableUnread: '表格有未读出的行或数字（table/unread），未参与核对', note: '注意', uncheckedShort: '未能检查', skippedShort: '跳过', generated: '生成于', allZero: '各年均为 0' },
  en: { title: 'Annual report check results', reports: 'Reports', agency: 'Agency', year: 'Year', format: 'Format', errors: 'Errors', warnings: 'Warnings', information: 'Info', hints: 'Hints', published: 'Published', filter: 'Filter by agency or file', rule: 'Rule', severity: 'Severity', all: 'All', early: 'before the period ends', late: 'after the deadline', ok: 'ok', trends: 'Agencies across years', across: 'Checked against the previous year\'s report', report: 'Report', received: 'Received', handled: 'Handled', pending: 'Carried forward', review: 'Reviews pending', suits: 'Suits pending', broken: 'carry-over broken', findings: 'Findings', line: 'line', none: 'No findings', unknown: 'unknown', unwritten: 'Files checked, fixes not written', skipped: 'Files skipped', file: 'File', why: 'Why', partly: 'Not read whole', partlyReports: 'Reports not read whole', tableUnread: 'a table has rows or numbers not read (table/unread): not checked', note: 'note', uncheckedShort: 'Could not be checked', skippedShort: 'Skipped', generated: 'Written', allZero: '0 in every year' },
};

const pageCss = `
body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1.5em; color: #222; }
table.summary { border-collapse: collapse; }
table.summary th, table.summary td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; }
table.summary th { cursor: pointer; user-select: none; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.err { color: #a00; font-weight: bold; } .warn { color: #a60; }
.note { font-size: 13px; color: #555; } .note.warn { color: #a60; }
.early, .late { color: #a00; }
.controls { margin: 0.5em 0; display: flex; gap: 0.5em; flex-wrap: wrap; }
section.report { border-top: 2px solid #ccc; margin-top: 2em; }
ol.findings li.error { color: #a00; } ol.findings li.warning { color: #a60; } ol.findings li.information, ol.findings li.hint { color: #555; }
.chart { display: inline-block; margin: 0 1.5em 1.5em 0; vertical-align: top; }
.chart h3 { font-size: 14px; margin: 0.3em 0; }
.chart svg text { font-size: 10px; fill: #444; }
.chart .legend span { margin-right: 0.8em; font-size: 12px; white-space: nowrap; }
.chart .zero, .chart .several { color: #777; font-size: 12px; }
.totals { display: flex; gap: 1.5em; flex-wrap: wrap; margin: 0.5em 0; }
.totals div { border: 1px solid #ddd; border-radius: 4px; padding: 4px 12px; }
.totals b { display: block; font-size: 20px; }
.meta { color: #666; font-size: 13px; }
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

/** The run's totals, shown at the top of the page. */
export interface PageTotals {
  reports: number;
  errors: number;
  warnings: number;
  /** Findings of severity information, and hint: each shown only when there are any, as the run's summary says them. */
  information: number;
  hints: number;
  /** Reports read only in part: a table/unread finding, or part of the file's text not read (cli/textOutput.ts readInPart). */
  partly: number;
  unchecked: number;
  skipped: number;
}

/** The totals first (what an evaluator looks at), then when the page was written and by which version. */
export function headerSection(totals: PageTotals, written: Date, language: Language): string {
  const w = words[language];
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = `${written.getFullYear()}-${pad(written.getMonth() + 1)}-${pad(written.getDate())} ${pad(written.getHours())}:${pad(written.getMinutes())}`;
  const box = (label: string, n: number, cls = '', href = '') =>
    html`<div class="${cls}">${href && n > 0 ? html`<a href="${href}">${label}</a>` : label}<b class="${cls}">${n}</b></div>`;
  return html`<div class="totals" id="totals">${box(w.reports, totals.reports)}${box(w.errors, totals.errors, totals.errors ? 'err' : '')}${box(w.warnings, totals.warnings, totals.warnings ? 'warn' : '')}${totals.information ? box(w.information, totals.information) : ''}${totals.hints ? box(w.hints, totals.hints) : ''}${box(w.partly, totals.partly, totals.partly ? 'warn' : '', '#partly')}${box(w.uncheckedShort, totals.unchecked, totals.unchecked ? 'err' : '', '#unchecked')}${box(w.skippedShort, totals.skipped, '', '#skipped')}</div>
<p class="meta">${w.generated} ${when} · nianbao ${version}</p>
`.value;
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
<td><a href="#report-${e.index}">${e.path}</a>${unreadHtml(e, language)}${notesHtml(e, language)}</td></tr>`)}
</tbody></table>
`.value;
}

/** What a path not checked is: a file, a folder, or a path not found or not reached (of no known kind). */
export type UncheckedKind = 'file' | 'folder' | 'path';

const kindNames = {
  zh: { file: '文件', folder: '文件夹', path: '路径' },
  en: { file: 'file', folder: 'folder', path: 'path' },
} as const;

/**
 * Every file that could not be read or checked, and every folder or path named that gave none, with
 * why; `counts`: how many of each, in words ("1 个文件夹中没有报告文件"), as the run's summary says them;
 * `kinds`: which kinds are listed, which the heading and the column name (未能检查的文件, …的文件夹,
 * …的文件和文件夹): a heading naming folders over files only would send the user looking for one.
 */
export function uncheckedSection(unchecked: readonly FileWhy[], counts: readonly string[], kinds: readonly UncheckedKind[], language: Language): string {
  const names = (['file', 'folder', 'path'] as const).filter((k) => kinds.includes(k)).map((k) => kindNames[language][k]);
  if (language === 'zh') return filesSection('unchecked', `未能检查的${listed(names, '、', '和')}`, unchecked, language, { counts, column: listed(names, '、', '或') });
  const title = `${capital(listed(names.map((n) => `${n}s`), ', ', ' and '))} that could not be checked`;
  return filesSection('unchecked', title, unchecked, language, { counts, column: capital(listed(names, ', ', ' or ')) });
}

/** "a", "a and b", "a, b and c" (`last` the word before the last name). */
function listed(names: readonly string[], comma: string, last: string): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(comma)}${last}${names.at(-1)}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every file checked whose fixes could not be written back (--fix), with why. */
export function unwrittenSection(unwritten: readonly FileWhy[], language: Language): string {
  return filesSection('unwritten', words[language].unwritten, unwritten, language);
}

/**
 * Every report read only in part (readInPart), with what was not read (table/unread's own words,
 * naming the rows; the notes of its reading): the tile 读取不全 at the top leads here, so that among
 * hundreds of reports those are found without filtering by rule.
 */
export function partlySection(entries: readonly BatchEntry[], language: Language): string {
  const w = words[language];
  const partly = entries.filter((e) => readInPart(e.rules, e.notes)).map((e) => ({
    path: e.path,
    message: [...e.unread.map((m) => m[language]), ...e.notes.filter((n) => n.textNotRead).map((n) => n.message)].join(language === 'zh' ? '；' : '; '),
  }));
  return filesSection('partly', w.partlyReports, partly, language);
}

/** Every file read and found to be no report (a README, a note, a page nianbao wrote), with why. */
export function skippedSection(skipped: readonly FileWhy[], language: Language): string {
  return filesSection('skipped', words[language].skipped, skipped, language);
}

interface FileWhy {
  path: string;
  message: string;
}

function filesSection(id: string, title: string, files: readonly FileWhy[], language: Language, { counts = [], column = words[language].file }: { counts?: readonly string[]; column?: string } = {}): string {
  if (files.length === 0) return '';
  const w = words[language];
  return html`<h2 id="${id}">${title} (${files.length})</h2>
${counts.length > 0 ? html`<p>${counts.join(language === 'zh' ? '；' : '; ')}</p>
` : ''}<table class="summary ${id}"><thead><tr><th>${column}</th><th>${w.why}</th></tr></thead><tbody>
${files.map((p) => html`<tr><td><code>${p.path}</code></td><td>${p.message}</td></tr>`)}
</tbody></table>
`.value;
}

/**
 * Per agency with two or more years: small inline SVG charts of the main counts. An agency is told
 * apart as the year-to-year checks tell it (workspace/pairs.ts): a generic name ("政府办") within
 * its folder only. A year with several reports of the agency (a page and its PDF, or two offices
 * of one generic name) is not drawn, since which one's numbers stand for it is unknown: it is named
 * under the chart instead.
 */
export function trendsSection(entries: readonly BatchEntry[], language: Language): string {
  const w = words[language];
  const byAgency = new Map<string, { agency: string; byYear: Map<number, BatchEntry[]> }>();
  for (const e of entries) {
    if (!e.agency || e.year === null) continue;
    const key = `${isGenericAgency(e.agency) ? folderOf(e.path) : ''}\u0000${e.agency}`;
    const group = byAgency.get(key) ?? { agency: e.agency, byYear: new Map<number, BatchEntry[]>() };
    byAgency.set(key, group);
    group.byYear.set(e.year, [...(group.byYear.get(e.year) ?? []), e]);
  }
  const drawn = [...byAgency.values()].flatMap(({ agency, byYear }) => {
    const years = [...byYear].sort(([a], [b]) => a - b);
    const single = years.flatMap(([, list]) => (list.length === 1 ? list : []));
    const several = years.filter(([, list]) => list.length > 1).map(([year, list]) => ({ year, paths: list.map((e) => e.path) }));
    return single.length >= 2 ? [{ agency, single, several }] : [];
  });
  if (drawn.length === 0) return '';
  return html`<h2>${w.trends}</h2>${drawn.map(({ agency, single, several }, i) => chart(i, agency, single, several, language))}`.value;
}

/** The series drawn for an agency: distinct colours, and dashes and markers for those who cannot tell colours apart. */
const series: { key: keyof BatchEntry['numbers']; colour: string; dash: string; marker: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' }[] = [
  { key: 'received', colour: '#1f77b4', dash: '', marker: 'circle' },
  { key: 'handled', colour: '#2ca02c', dash: '6 3', marker: 'square' },
  { key: 'pending', colour: '#d62728', dash: '2 2', marker: 'diamond' },
  { key: 'reviewPending', colour: '#9467bd', dash: '8 3 2 3', marker: 'triangle' },
  { key: 'suitsPending', colour: '#8c564b', dash: '1 3', marker: 'cross' },
];

/** Round numbers for the y axis: 0 and up to four steps of 1, 2 or 5 × 10ⁿ reaching at least `max`. */
function ticksFor(max: number): number[] {
  const raw = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const top = Math.max(step, Math.ceil(Math.max(1, max) / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step));
}

function marker(kind: (typeof series)[number]['marker'], x: number, y: number, colour: string): string {
  const p = (n: number) => n.toFixed(1);
  switch (kind) {
    case 'circle': return `<circle cx="${p(x)}" cy="${p(y)}" r="3.5" fill="${colour}"/>`;
    case 'square': return `<rect x="${p(x - 3.5)}" y="${p(y - 3.5)}" width="7" height="7" fill="${colour}"/>`;
    case 'diamond': return `<path d="M${p(x)} ${p(y - 4.5)}L${p(x + 4.5)} ${p(y)}L${p(x)} ${p(y + 4.5)}L${p(x - 4.5)} ${p(y)}Z" fill="${colour}"/>`;
    case 'triangle': return `<path d="M${p(x)} ${p(y - 4.5)}L${p(x + 4.5)} ${p(y + 3.5)}L${p(x - 4.5)} ${p(y + 3.5)}Z" fill="${colour}"/>`;
    case 'cross': return `<path d="M${p(x - 4)} ${p(y - 4)}L${p(x + 4)} ${p(y + 4)}M${p(x + 4)} ${p(y - 4)}L${p(x - 4)} ${p(y + 4)}" stroke="${colour}" stroke-width="2"/>`;
  }
}

/**
 * One agency across years: an axis of round ticks, the years below, a line per series that is not
 * zero in every year (those are named apart, under the chart), a marker on each value with the
 * series, year and value on hover, and a broken 结转 link marked under its two years.
 */
function chart(id: number, agency: string, list: BatchEntry[], several: { year: number; paths: string[] }[], language: Language): Html {
  const w = words[language];
  const width = 420;
  const height = 190;
  const left = 40;
  const right = 16;
  const top = 12;
  const bottom = 30;
  const names: Record<string, string> = { received: w.received, handled: w.handled, pending: w.pending, reviewPending: w.review, suitsPending: w.suits };
  const drawn = series.filter((s) => list.some((e) => (e.numbers[s.key] ?? 0) !== 0));
  const zero = series.filter((s) => !drawn.includes(s) && list.some((e) => e.numbers[s.key] !== null));
  const ticks = ticksFor(Math.max(0, ...list.flatMap((e) => drawn.map((s) => e.numbers[s.key] ?? 0))));
  const max = ticks.at(-1)!;
  const x = (i: number) => left + (list.length === 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (list.length - 1));
  const y = (v: number) => height - bottom - (v * (height - top - bottom)) / max;
  const axis = ticks.map((t) => `<line x1="${left}" x2="${width - right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="${t === 0 ? '#999' : '#eee'}"/><text x="${left - 5}" y="${(y(t) + 3).toFixed(1)}" text-anchor="end">${t}</text>`).join('');
  const years = list.map((e, i) => html`<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${height - bottom}" y2="${height - bottom + 4}" stroke="#999"/><text x="${x(i).toFixed(1)}" y="${height - bottom + 15}" text-anchor="middle">${e.year}</text>`);
  const lines = drawn.map((s) => {
    const points = list.flatMap((e, i) => (e.numbers[s.key] === null ? [] : [`${x(i).toFixed(1)},${y(e.numbers[s.key] ?? 0).toFixed(1)}`]));
    const marks = list.flatMap((e, i) => {
      const v = e.numbers[s.key];
      return v === null ? [] : [html`<g class="point">${new Html(marker(s.marker, x(i), y(v), s.colour))}<title>${names[s.key]} · ${e.year}: ${v}</title></g>`];
    });
    return html`<g class="series" data-series="${s.key}"><polyline fill="none" stroke="${s.colour}" stroke-width="2" stroke-dasharray="${s.dash}" points="${points.join(' ')}"><title>${names[s.key]}</title></polyline>${marks}</g>`;
  });
  const broken = list.flatMap((e, i) => (e.rules.includes('workspace/carry-over') && i > 0 ? [html`<line class="broken" x1="${x(i - 1)}" x2="${x(i)}" y1="${height - 4}" y2="${height - 4}" stroke="#d00" stroke-width="3" stroke-dasharray="4 3"><title>${w.broken}</title></line>`] : []));
  const legend = drawn.map((s) => html`<span style="color:${s.colour}"><svg width="22" height="10" aria-hidden="true"><line x1="0" x2="22" y1="5" y2="5" stroke="${s.colour}" stroke-width="2" stroke-dasharray="${s.dash}"/></svg> ${names[s.key]}</span>`);
  const zeroNote = zero.length ? html`<div class="zero">${w.allZero}：${zero.map((s) => names[s.key]).join(language === 'zh' ? '、' : ', ')}</div>` : '';
  const severalNote = several.map(({ year, paths }) => html`<div class="several">${language === 'zh'
    ? `${year} 年有 ${paths.length} 份报告（${paths.join('、')}），未画出`
    : `${year}: ${paths.length} reports (${paths.join(', ')}), not drawn`}</div>`);
  const svg = html`<svg width="${width}" height="${height}" role="img" aria-label="${agency}">${new Html(axis)}${years}${lines}${broken}</svg>`;
  // The drawing and its legend wait in an inert script element (escaped markup: no "</script>") until the chart is near the screen.
  return html`<div class="chart" data-chart="chart-${id}"><h3>${agency}</h3><div class="plot" style="width:${width}px;min-height:${height + 40}px"></div><script type="text/x-nianbao-svg" id="chart-${id}">${svg}<div class="legend">${legend}</div>${zeroNote}${severalNote}</script></div>`;
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
/**
 * `compared`: how many pairs of one agency's consecutive years were checked, or null when the run
 * made no year-to-year checks (--no-workspace). A page passed on to a colleague says so, rather than
 * look like a run whose comparisons found nothing.
 */
export function acrossSection(across: readonly AcrossReports[], language: Language, compared: number | null = 0): string {
  const w = words[language];
  const zh = language === 'zh';
  if (compared === null) return html`<h2>${w.across}</h2><p>${zh ? '本次未做跨年度核对（使用了 --no-workspace）' : 'No year-to-year checks in this run (--no-workspace)'}</p>
`.value;
  if (across.length === 0) {
    return compared === 0 ? '' : html`<h2>${w.across}</h2><p>${zh ? `已核对 ${compared} 对相邻年度的报告，未发现问题` : `${compared} ${compared === 1 ? 'pair' : 'pairs'} of consecutive years checked: no findings`}</p>
`.value;
  }
  const items = across.flatMap(({ entry, diagnostics }) => diagnostics.map((d) =>
    html`<li class="${d.severity}"><a href="#report-${entry.index}">${entry.agency ?? entry.path} ${entry.year ?? ''}</a> · ${w.line} ${d.range.start.line + 1} · <code>${d.rule}</code> ${d.message}</li>`));
  return html`<h2>${w.across}</h2><ol class="findings">${items}</ol>
`.value;
}

/**
 * One report's details: its heading, its tables as read, its findings with line numbers (`index`:
 * the text's line index, when the caller has it). They are not in the page's DOM: the markup,
 * escaped as always, is gzipped and stands as base64 in an inert script element, and the page
 * draws it when the report is opened (from the list, or a link to it). A page of thousands of
 * reports would otherwise parse and lay out every table before showing anything.
 */
export function reportSection(entry: BatchEntry, analysis: Analysis, findings: readonly Finding[], language: Language, index: LineIndex = buildLineIndex(analysis.report.text)): string {
  const w = words[language];
  const details = html`<h2>${entry.agency ?? entry.path} ${entry.year ?? ''}</h2><p><code>${entry.path}</code></p>${notesHtml(entry, language)}
${tablesHtml(analysis.report, language)}
<h3>${w.findings}</h3>${findings.length ? html`<ol class="findings">${findingItems(findings, language, index)}</ol>` : html`<p>${w.none}</p>`}`.value;
  return `<script type="application/gzip" id="details-${entry.index}">${packedMarkup(details)}</script>\n`;
}

/**
 * One <li> a finding, written as pieces joined once. An Html made by the template for each finding
 * is a chain of its pieces, all kept until the page's text is made: 38 000 findings (a text of
 * many headings) were 13 MB of chains past the young generation, and the time of this list grew
 * faster than their number (1 MB of headings: 160 ms against 9 ms for 100 KB; 90–125 ms so).
 */
function findingItems(findings: readonly Finding[], language: Language, index: LineIndex): Html {
  const w = words[language];
  const parts: string[] = [];
  for (const f of findings) {
    parts.push('<li class="', escapeHtml(f.severity), '">', escapeHtml(w.line), ' ', String(positionAt(index, f.span.start).line + 1), ' · <code>', escapeHtml(f.rule), '</code> ', escapeHtml(f.message[language]), '</li>');
  }
  return new Html(parts.join(''));
}

/** Under a report whose tables were not read whole (table/unread), in the list: said there, as a note of its reading is. */
function unreadHtml(entry: BatchEntry, language: Language): Html | '' {
  const w = words[language];
  return entry.rules.includes('table/unread') ? html`<div class="note warn">${w.partly}${language === 'zh' ? '：' : ': '}${w.tableUnread}</div>` : '';
}

/**
 * What the reading of the file noted, each on a line under its name: in the colour of a warning when
 * part of its text was not read (the page counts the report as read in part).
 */
function notesHtml(entry: BatchEntry, language: Language): Html {
  const w = words[language];
  return html`${entry.notes.map((n) => html`<div class="note${n.textNotRead ? ' warn' : ''}">${language === 'zh' ? `${w.note}：` : `${w.note}: `}${n.message}</div>`)}`;
}

/** Where opened reports are drawn, in the order of the list; each report's data follows. */
export function reportsStart(): string {
  return '<div id="reports"></div>\n';
}

/** Sorting and filtering, inline: the page must work opened from disk with no network. */
export function pageEnd(): string {
  return `<script>
(() => {
  // A report's details are drawn when it is opened (a link to #report-N): their markup, escaped
  // when the page was written, is gzipped in a script element until then.
  const inflate = (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  };
  const reports = document.getElementById('reports');
  const open = async (index) => {
    let section = document.getElementById('report-' + index);
    if (!section) {
      const data = document.getElementById('details-' + index);
      if (!data) return null;
      section = document.createElement('section');
      section.className = 'report';
      section.id = 'report-' + index;
      section.dataset.index = index;
      // In the order of the list, whatever order they are opened in.
      const after = [...reports.children].find((s) => Number(s.dataset.index) > index);
      reports.insertBefore(section, after || null);
      section.innerHTML = await inflate(data.textContent);
      section.dataset.drawn = '1';
    }
    return section;
  };
  const openTarget = async () => {
    const match = /^#report-(\\d+)$/.exec(location.hash);
    const section = match && await open(Number(match[1]));
    if (section) section.scrollIntoView();
  };
  // A second click on the same link changes no hash: it still brings the report into view.
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#report-"]');
    if (link && link.getAttribute('href') === location.hash) openTarget();
  });
  window.nianbaoOpen = open;
  // Charts are drawn as they come near the screen: a page of hundreds of agencies lays out only those seen.
  const drawChart = async (box) => {
    const data = document.getElementById(box.dataset.chart);
    if (data && !box.dataset.drawing) {
      box.dataset.drawing = '1';
      // Each agency's two years are gzipped as a report's details are; a chart is plain markup.
      box.querySelector('.plot').innerHTML = box.dataset.gzip ? await inflate(data.textContent) : data.textContent;
      box.dataset.drawn = '1';
    }
  };
  const charts = document.querySelectorAll('.chart[data-chart]');
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => entries.forEach((e) => {
      if (e.isIntersecting) {
        drawChart(e.target);
        seen.unobserve(e.target);
      }
    }), { rootMargin: '400px' });
    charts.forEach((c) => seen.observe(c));
  } else charts.forEach(drawChart);
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
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
