// This year's report beside last year's, as HTML (the "compare with last year" preview): the three
// tables with each cell's value this year, last year's under it and the change (+12, −3), changed
// cells marked; then each section's text reused from last year (重复率) with the reused sentences.
// Cells and sentences carry their offsets in this year's text (data-offset, data-end), so a click
// moves the editor's cursor there, as in the tables preview (tablesHtml.ts).
import type { Cell, Report, TableId, TableRow } from '../engine/model.ts';
import { cellAt, formatOf, tableABlockOf, tableNames } from '../engine/tableLookup.ts';
import type { SectionReuse } from '../engine/workspace/sectionReuse.ts';
import { html, type Html } from './escape.ts';
import { tableTitle, type Language } from './tablesHtml.ts';

export interface YearsToCompare {
  current: Report;
  previous: Report;
  /** Last year's file, as named in messages. */
  previousName: string;
  reuse: SectionReuse[];
}

export function yearsHtml({ current, previous, previousName, reuse }: YearsToCompare, language: Language): Html {
  const zh = language === 'zh';
  const head = zh
    ? `${current.year ?? '?'}年报告与${previous.year ?? '?'}年报告（${previousName}）对比：每格为本年数，其下为上年数与增减。`
    : `The ${current.year ?? '?'} report beside the ${previous.year ?? '?'} report (${previousName}): each cell holds this year's number, last year's and the change below it.`;
  return html`<p class="years-head">${head}</p>${(['A', 'B', 'C'] as TableId[]).map((id) => tableHtml(current, previous, id, language))}${reuseHtml(reuse, language)}`;
}

function tableHtml(current: Report, previous: Report, id: TableId, language: Language): Html {
  const table = current.tables[id];
  if (!table) return html`<p class="missing">${language === 'zh' ? `未找到${tableNames[id].zh}` : `${tableTitle(id, language)} was not found`}</p>`;
  const format = formatOf(current, id);
  const header = (row: TableRow): Html => {
    const columns = id === 'A' ? tableABlockOf(format, row.key)?.columns.map((c) => c.label) ?? [] : id === 'B' ? format.tableB.columns.map((c) => c.label) : format.tableC.columns.map((c) => c.label.replace(/^.*·\s*/, ''));
    return html`<tr><th></th>${columns.map((c) => html`<th>${c}</th>`)}</tr>`;
  };
  let lastHeader = '';
  const rows = table.rows.map((row) => {
    // A header row wherever the columns change (table A's blocks).
    const columnsKey = id === 'A' ? tableABlockOf(format, row.key)?.caption ?? '' : id;
    const newHeader = columnsKey !== lastHeader;
    lastHeader = columnsKey;
    const label = id === 'C' ? (language === 'zh' ? '案件数' : 'Cases') : row.label;
    const cells = row.cells.map((cell, column) => cellHtml(cell, cellAt(previous, { table: id, row: row.key, column })));
    return html`${newHeader ? header(row) : ''}<tr><th data-offset="${row.labelSpan ? String(row.labelSpan.start) : ''}">${label}</th>${cells}</tr>`;
  });
  return html`<table class="report-table years" data-table="${id}"><caption>${tableTitle(id, language)}</caption><tbody>${rows}</tbody></table>`;
}

function cellHtml(cell: Cell, before: Cell | null): Html {
  const now = cell.value.kind === 'number' ? cell.value.value : null;
  const then = before?.value.kind === 'number' ? before.value.value : null;
  const shown = cell.value.kind === 'blank' ? '' : cell.raw.trim();
  const thenShown = before ? (before.value.kind === 'blank' ? '·' : before.raw.trim()) : '';
  const changed = before !== null && shown !== (before.value.kind === 'blank' ? '' : before.raw.trim());
  const delta = now !== null && then !== null && now !== then ? now - then : null;
  const deltaText = delta === null ? '' : delta > 0 ? `+${trim(delta)}` : `−${trim(-delta)}`;
  return html`<td class="${changed ? 'changed' : ''}" data-offset="${cell.span.start}" data-end="${cell.span.end}">${shown}<span class="then">${thenShown}${delta === null ? '' : html` <span class="${delta > 0 ? 'up' : 'down'}">${deltaText}</span>`}</span></td>`;
}

/** 万元 amounts have decimals: no float noise in a difference. */
function trim(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}

function reuseHtml(reuse: SectionReuse[], language: Language): Html {
  const zh = language === 'zh';
  const sections = reuse.filter((s) => s.length > 0).map((s) => {
    const percent = Math.round((s.reused / s.length) * 100);
    const title = `${'一二三四五六'[s.section - 1] ?? s.section}、${s.title}`;
    return html`<tr class="section"><th>${title}</th><td class="${percent > 50 ? 'high' : ''}">${zh ? `重复率 ${percent}%` : `${percent}% reused`}</td></tr>
${s.copied.map((c) => html`<tr><td class="sentence" colspan="2" data-offset="${c.span.start}" data-end="${c.span.end}">${c.text}</td></tr>`)}`;
  });
  return html`<table class="report-table reuse"><caption>${zh ? '与上年相同的文字（数字不同的句子计为相同）' : "Text the same as last year's (sentences differing only in numbers count as the same)"}</caption><tbody>${sections}</tbody></table>`;
}

export const yearsCss = `
.years-head { margin: 0.5em 0; }
.report-table.years td .then { display: block; font-size: 11px; color: var(--vscode-descriptionForeground, #777); }
.report-table.years td.changed { background: var(--vscode-diffEditor-insertedTextBackground, #e6f4e6); }
.report-table.years td .up { color: var(--vscode-charts-green, #080); }
.report-table.years td .down { color: var(--vscode-charts-red, #b00); }
.report-table.reuse td { text-align: left; }
.report-table.reuse td.high { color: var(--vscode-errorForeground, #a00); font-weight: bold; }
.report-table.reuse td.sentence { cursor: pointer; }
`;
