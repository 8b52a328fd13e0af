// A report's three tables drawn as HTML tables, the same for the VS Code preview and the batch
// report: wrong cells red with what they should be, cells of relations no single cell explains
// outlined, blank cells marked, recovered cells (digits that ran together) marked; after a table
// not read whole, what of it was not read and the numbers no row took, as `extract` lists them.
// Every cell carries its offset in the text (data-offset) so a click can move the editor's cursor to it.
import { balanceOf, refKey } from '../engine/balance.ts';
import type { Cell, CellRef, ReadTable, Report, TableId, TableRow } from '../engine/model.ts';
import { capitalise } from '../engine/rules/finding.ts';
import { formatOf, tableNames } from '../engine/tableLookup.ts';
import { notReadTitle, partialNote, readingAsRead, unplacedPlace, unplacedTitle } from '../engine/tablesAsRead.ts';
import { buildLineIndex, positionAt } from '../engine/text/lineIndex.ts';
import { html, type Html } from './escape.ts';

export type Language = 'zh' | 'en';

/** The cells to mark, by refKey (a table has a few hundred cells, each looked up). */
interface Marks {
  /** What a wrong cell should be. */
  wrong: Map<string, number>;
  outlined: Set<string>;
}

export function tablesHtml(report: Report, language: Language): Html {
  const balance = balanceOf(report);
  const marks: Marks = {
    wrong: new Map(balance.wrongCells.map((w) => [refKey(w.ref), w.expected])),
    outlined: new Set(balance.unexplained.flatMap((r) => [...r.relation.left, ...r.relation.right].map(refKey))),
  };
  return html`${tableA(report, language)}${tableB(report, language, marks)}${tableC(report, language, marks)}`;
}

/** A table's name standing alone: "Table A (…)" in English, as a heading is written. */
export function tableTitle(id: TableId, language: Language): string {
  return capitalise(tableNames[id][language]);
}

function caption(id: TableId, language: Language): Html {
  return html`<caption>${tableTitle(id, language)}</caption>`;
}

function missing(id: TableId, language: Language): Html {
  return html`<p class="missing">${language === 'zh' ? `未找到${tableNames[id].zh}` : `${tableTitle(id, language)} was not found`}</p>`;
}

function tableA(report: Report, language: Language): Html {
  const table = report.tables.A;
  if (!table) return missing('A', language);
  const format = formatOf(report, 'A');
  const blocks = format.tableA.blocks.map((block) => {
    const rows = table.rows.filter((r) => block.rows.some((d) => d.key === r.key));
    return html`<tbody><tr><th colspan="${block.columns.length + 1}" class="block">${block.caption}</th></tr>
<tr><th>${language === 'zh' ? '信息内容' : 'Item'}</th>${block.columns.map((c) => html`<th>${c.label}</th>`)}</tr>
${rows.map((row) => rowHtml(row, 'A', null, language))}</tbody>`;
  });
  return html`<table class="report-table" data-table="A">${caption('A', language)}${blocks}</table>${readingHtml(report, table, language)}`;
}

function tableB(report: Report, language: Language, marks: Marks): Html {
  const table = report.tables.B;
  if (!table) return missing('B', language);
  const format = formatOf(report, 'B');
  return html`<table class="report-table" data-table="B">${caption('B', language)}
<thead><tr><th></th>${format.tableB.columns.map((c) => html`<th>${c.label}</th>`)}</tr></thead>
<tbody>${format.tableB.rows.map((def) => {
    const row = table.rows.find((r) => r.key === def.key);
    const label = `${def.numbering}${def.label}`;
    if (def.group && !row?.cells.length) return html`<tr class="group"><th colspan="${format.tableB.columns.length + 1}">${label}</th></tr>`;
    if (!row) return html`<tr class="absent"><th>${label}</th><td colspan="${format.tableB.columns.length}">${language === 'zh' ? '（缺少此行）' : '(row missing)'}</td></tr>`;
    return rowHtml(row, 'B', marks, language, label);
  })}</tbody></table>${readingHtml(report, table, language)}`;
}

function tableC(report: Report, language: Language, marks: Marks): Html {
  const table = report.tables.C;
  if (!table) return missing('C', language);
  const format = formatOf(report, 'C');
  const row = table.rows[0];
  const groups = language === 'zh' ? ['行政复议', '行政诉讼 · 未经复议直接起诉', '行政诉讼 · 复议后起诉'] : ['Administrative review', 'Litigation · direct', 'Litigation · after review'];
  return html`<table class="report-table" data-table="C">${caption('C', language)}
<thead><tr>${groups.map((g) => html`<th colspan="5">${g}</th>`)}</tr>
<tr>${format.tableC.columns.map((c) => html`<th>${c.label.replace(/^.*·\s*/, '')}</th>`)}</tr></thead>
<tbody>${row ? html`<tr>${format.tableC.columns.map((_, i) => cellHtml(row.cells[i], { table: 'C', row: row.key, column: i }, marks))}</tr>` : ''}</tbody></table>${readingHtml(report, table, language)}`;
}

/**
 * After a table not read whole: what of it was not read, counted, the rows not read by name, and
 * the numbers no row took, each at its line (a click on it goes there); nothing after a table read whole.
 */
function readingHtml(report: Report, table: ReadTable, language: Language): Html {
  const reading = readingAsRead(report, table);
  if (reading.complete) return html``;
  const unplaced = table.unplaced ?? [];
  const index = unplaced.length > 0 ? buildLineIndex(report.text) : null;
  const notRead = reading.notRead.length > 0 ? html`<p>${notReadTitle(reading.notRead.length)[language]}${language === 'zh' ? '：' : ': '}${reading.notRead.map((r) => r.label).join(language === 'zh' ? '；' : '; ')}</p>` : '';
  const groups = index
    ? html`<table class="report-table unplaced"><caption>${unplacedTitle(unplaced.length)[language]}</caption><tbody>${unplaced.map((g) => html`<tr><th data-offset="${g.span.start}">${unplacedPlace(g, positionAt(index, g.span.start).line + 1)[language]}</th>${g.values.map((v) => html`<td>${v}</td>`)}</tr>`)}</tbody></table>`
    : '';
  return html`<div class="unread" data-table="${table.id}"><p class="partial">${partialNote(tableTitle(table.id, language), reading, unplaced.length)[language]}</p>${notRead}${groups}</div>`;
}

/**
 * Cells past a row's columns drawn at most: a line of half a million cells made 60 MB of HTML a
 * megabyte of text (and the garbage collector's work grew faster than it); the rest are counted.
 */
const MAX_EXTRA_DRAWN = 100;

function rowHtml(row: TableRow, table: TableId, marks: Marks | null, language: Language, label = row.label): Html {
  const cells = Array.from({ length: Math.max(row.expected, row.cells.length) }, (_, i) => cellHtml(row.cells[i], { table, row: row.key, column: i }, marks));
  const drawn = row.extra.length > MAX_EXTRA_DRAWN ? row.extra.slice(0, MAX_EXTRA_DRAWN) : row.extra;
  const extra = drawn.map((c) => html`<td class="extra" data-offset="${c.span.start}">${c.raw}</td>`);
  const more = row.extra.length - drawn.length;
  const rest = more > 0 ? html`<td class="extra">${language === 'zh' ? `……另有 ${more} 个单元格` : `… ${more} more cells`}</td>` : '';
  const labelOffset = row.labelSpan ? String(row.labelSpan.start) : '';
  return html`<tr data-row="${row.key}"><th data-offset="${labelOffset}">${label}</th>${cells}${extra}${rest}</tr>`;
}

function cellHtml(cell: Cell | undefined, ref: CellRef, marks: Marks | null): Html {
  if (!cell) return html`<td class="lost">·</td>`;
  const key = marks ? refKey(ref) : '';
  const expected = marks?.wrong.get(key);
  const classes = [
    cell.value.kind === 'blank' ? 'blank' : '',
    cell.value.kind === 'text' ? 'text' : '',
    cell.recovered ? 'recovered' : '',
    expected !== undefined ? 'wrong' : '',
    marks?.outlined.has(key) ? 'outlined' : '',
  ].filter(Boolean).join(' ');
  const shown = cell.value.kind === 'blank' ? '' : cell.raw.trim();
  return html`<td class="${classes}" data-offset="${cell.span.start}" data-end="${cell.span.end}">${shown}${expected !== undefined ? html`<span class="expected">→ ${expected}</span>` : ''}</td>`;
}
