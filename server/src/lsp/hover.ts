// Hover: on a table number (what the cell is, its value, every relation it is in, ✓ or ✗ with both
// sides), on a row label (what the row counts, the 条例 article, the row's numbers and their sum,
// its relations), on a section heading (what the format asks of that section) and on a date (the
// date read, its weekday, how it stands to the report year and the deadline). On 二、上年结转, last
// year's 四、结转下年度 beside it, from last year's report (lastYear.ts).
import { MarkupContent, MarkupKind, type Hover } from 'vscode-languageserver/node';
import { balanceOf, sameRef, type EvaluatedRelation } from '../engine/balance.ts';
import type { Cell, CellRef, DateMention, Report, Section, TableId, TableRow } from '../engine/model.ts';
import { arithmeticValue } from '../engine/parse/values.ts';
import { relationSides } from '../engine/rules/relationText.ts';
import { cellName, columnLabels, formatOf, tableABlockOf, tableNames } from '../engine/tableLookup.ts';
import type { Settings } from '../../../shared/src/settings.ts';
import type { Reported } from './analysisCache.ts';
import type { Feature } from './context.ts';
import { placeOf } from './convertedSources.ts';
import { msg, say, type Lang } from './locale.ts';
import { contains, toRange } from './ranges.ts';
import type { DigestedFile } from './reportFiles.ts';
import { sectionGuide, sectionTitle } from './sectionGuide.ts';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),

  register({ connection, analyses, lastYear }) {
    connection.onHover(async (params, token) => {
      const checked = await analyses.report(params.textDocument.uri, token);
      if (!checked) return null;
      const offset = checked.document.offsetAt(params.position);
      let hover = hoverAt(checked, offset);
      const carried = carriedFromLastYear(checked, offset, lastYear.found(checked.uri)?.previous ?? null);
      if (hover && carried && MarkupContent.is(hover.contents)) hover = { ...hover, contents: { kind: hover.contents.kind, value: `${hover.contents.value}\n\n---\n\n${carried}` } };
      const place = checked.readOnly ? placeOf(checked.source, offset, checked.lang) : null;
      if (!hover || !place || !MarkupContent.is(hover.contents)) return hover;
      // In a converted document, where in the published file this is.
      const from = say(msg(`原文件${place}`, `In the file: ${place}`), checked.lang);
      return { ...hover, contents: { kind: hover.contents.kind, value: `${hover.contents.value}\n\n---\n\n${md(from)}` } };
    });
  },
};

export function hoverAt(checked: Reported, offset: number): Hover | null {
  const report = checked.analysis.report;
  const { lang } = checked;
  const markdown = (value: string, span: { start: number; end: number }): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: toRange(checked.document, span),
  });
  for (const id of ['A', 'B', 'C'] as TableId[]) {
    const table = report.tables[id];
    if (!table || !contains(table.span, offset)) continue;
    for (const row of table.rows) {
      const column = row.cells.findIndex((c) => c.span.end > c.span.start && contains(c.span, offset));
      const cell = row.cells[column];
      if (cell) return markdown(cellHover(report, { table: id, row: row.key, column }, cell, row, lang), cell.span);
      if (row.labelSpan && contains(row.labelSpan, offset)) return markdown(rowHover(report, id, row, lang), row.labelSpan);
    }
  }
  const section = report.sections.find((s) => contains(s.heading.span, offset));
  if (section) return markdown(sectionHover(section, lang), section.heading.span);
  const date = report.dates.find((d) => contains(d.span, offset));
  if (date) return markdown(dateHover(report, date, checked.settings, lang), date.span);
  return null;
}

/**
 * On table B's 二、上年结转 (its label or a cell): last year's 四、结转下年度继续办理, column by
 * column, with the file it came from; null elsewhere or when last year's report is not known.
 */
function carriedFromLastYear(checked: Reported, offset: number, previous: DigestedFile | null): string | null {
  const row = checked.analysis.report.tables.B?.rows.find((r) => r.key === 'carried');
  if (!row || !previous) return null;
  const onRow = (row.labelSpan && contains(row.labelSpan, offset)) || row.cells.some((c) => c.span.end > c.span.start && contains(c.span, offset));
  if (!onRow) return null;
  const { lang } = checked;
  const { year, name, pending } = previous.digest;
  const columns = columnLabels(checked.analysis.report, 'B', row.key);
  const title = say(msg(`${year}年报告的“四、结转下年度继续办理”`, `"四、结转下年度继续办理" in the ${year} report`), lang);
  const lines = [`**${md(title)}** · ${md(name)}`];
  if (pending.every((c) => c === null)) {
    lines.push('', say(msg('上年报告中此行未读出数字。', 'No numbers were read in that row of last year\'s report.'), lang));
    return lines.join('\n');
  }
  const header = pending.map((_, i) => md(columns[i] ?? String(i + 1)));
  const now = (i: number): string => {
    const cell = row.cells[i];
    return cell ? md(shown(cell, lang)) : '';
  };
  lines.push('', `| | ${header.join(' | ')} |`, `|---|${header.map(() => ' ---: |').join('')}`);
  lines.push(`| ${say(msg(`${year}年结转`, `${year} carried forward`), lang)} | ${pending.map((c) => (c ? String(c.value) : '')).join(' | ')} |`);
  lines.push(`| ${say(msg('本年上年结转', 'carried over this year'), lang)} | ${pending.map((_, i) => now(i)).join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Tables

interface RowInfo {
  label: string;
  columns: string[];
  article: string | null;
  meaning: string | null;
  /** Table B: the row's total column and the parts that add up to it. */
  total?: { column: number; parts: number[] };
}

function rowInfo(report: Report, table: TableId, row: TableRow, lang: Lang): RowInfo {
  const format = formatOf(report, table);
  const columns = columnLabels(report, table, row.key);
  if (table === 'C') return { label: tableNames.C[lang], columns, article: null, meaning: null };
  if (table === 'B') {
    const def = format.tableB.rows.find((r) => r.key === row.key);
    return {
      label: row.label,
      columns,
      article: def?.explain?.article ?? null,
      meaning: def?.explain ? say(def.explain.text, lang) : null,
      total: { column: columns.length - 1, parts: columns.slice(0, -1).map((_, i) => i) },
    };
  }
  const block = tableABlockOf(format, row.key);
  const def = block?.rows.find((r) => r.key === row.key);
  return {
    label: row.label,
    columns,
    article: def?.explain?.article ?? block?.caption ?? null,
    meaning: def?.explain ? say(def.explain.text, lang) : null,
  };
}

function rowHover(report: Report, table: TableId, row: TableRow, lang: Lang): string {
  const info = rowInfo(report, table, row, lang);
  const lines = [`**${md(info.label)}**${info.article ? ` · 条例${md(info.article)}` : ''}`];
  if (lang === 'en' && info.article) lines[0] = `**${md(info.label)}** · ${md(info.article)} of the 条例`;
  if (info.meaning) lines.push('', md(info.meaning));
  if (row.cells.length > 0) {
    const header = row.cells.map((_, i) => md(info.columns[i] ?? String(i + 1)));
    lines.push('', `| ${header.join(' | ')} |`, `|${header.map(() => ' ---: |').join('')}`, `| ${row.cells.map((c) => md(shown(c, lang))).join(' | ')} |`);
  }
  if (row.cells.length !== row.expected) {
    lines.push('', say(msg(`本行读到 ${row.cells.length} 个数，格式要求 ${row.expected} 个。`, `${row.cells.length} numbers read; the format has ${row.expected}.`), lang));
  }
  if (info.total && row.cells.length === row.expected) {
    const parts = info.total.parts.map((i) => row.cells[i]).map((c) => (c ? arithmeticValue(c.value) : null));
    const total = row.cells[info.total.column];
    if (parts.every((p) => p !== null) && total) {
      const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
      lines.push('', say(msg(`各类申请人之和：${sum}；总计列：${shown(total, lang)}`, `Applicant types add up to ${sum}; total column: ${shown(total, 'en')}`), lang));
    }
  }
  lines.push(...relationLines(report, (r) => r.table === table && r.row === row.key, row.cells.map((c) => arithmeticValue(c.value) ?? 0), lang));
  return lines.join('\n');
}

function cellHover(report: Report, ref: CellRef, cell: Cell, row: TableRow, lang: Lang): string {
  const info = rowInfo(report, ref.table, row, lang);
  // Table A's columns differ per block, which cellName does not know.
  const column = info.columns[ref.column] ?? String(ref.column + 1);
  const name = ref.table === 'A' ? say(msg(`「${row.label}」行「${column}」列`, `row "${row.label}", column "${column}"`), lang) : cellName(report, ref)[lang];
  const lines = [`**${md(name)}**${colon(lang)}${md(shown(cell, lang))}`];
  if (cell.value.kind === 'number' && cell.value.note) lines.push('', md(say(msg(`附注：${cell.value.note}`, `Note: ${cell.value.note}`), lang)));
  if (cell.recovered) lines.push('', say(msg('此格的边界在文本中丢失，按勾稽关系恢复。', 'This cell\'s boundary was lost in the text and recovered from the relations.'), lang));
  const wrong = balanceOf(report).wrongCells.find((w) => sameRef(w.ref, ref));
  if (wrong) lines.push('', `**${say(msg(`应为 ${wrong.expected}`, `Should be ${wrong.expected}`), lang)}**`);
  if (info.meaning) lines.push('', `${info.article ? `${md(say(msg(`条例${info.article}`, `条例 ${info.article}`), lang))}${colon(lang)}` : ''}${md(info.meaning)}`);
  lines.push(...relationLines(report, (r) => sameRef(r, ref), null, lang));
  return lines.join('\n');
}

/**
 * The relations a row or a cell takes part in. For a row, relations that hold and only pass
 * through its zeros are counted rather than listed, so the list stays about this row.
 */
function relationLines(report: Report, mine: (ref: CellRef) => boolean, rowValues: number[] | null, lang: Lang): string[] {
  const involved = balanceOf(report).relations.filter((r) => [...r.relation.left, ...r.relation.right].some(mine));
  if (involved.length === 0) return [];
  const listed: EvaluatedRelation[] = [];
  let quiet = 0;
  for (const r of involved) {
    const touchesNonZero = rowValues === null || [...r.relation.left, ...r.relation.right].some((ref) => mine(ref) && (rowValues[ref.column] ?? 0) !== 0);
    if (r.status === 'holds' && !touchesNonZero) quiet++;
    else listed.push(r);
  }
  const lines = ['', `**${say(msg('勾稽关系', 'Relations'), lang)}**`, ''];
  for (const r of listed) lines.push(`- ${relationLine(r, lang)}`);
  if (quiet > 0) lines.push(`- ${say(msg(`另有 ${quiet} 项关系成立（本行在其中为 0）`, `${quiet} more relations hold (this row is 0 in them)`), lang)}`);
  return lines;
}

function relationLine(r: EvaluatedRelation, lang: Lang): string {
  const name = md(say(r.relation.name, lang));
  if (r.status === 'unknown') return `？ ${name}${colon(lang)}${say(msg('无法计算（有格子缺失或不是数字）', 'cannot be computed (a cell is missing or not a number)'), lang)}`;
  const mark = r.status === 'holds' ? '✓' : '✗';
  const sides = md(say(relationSides(r), lang));
  const unfilled = r.status === 'unfilled' ? say(msg('（总计未填）', ' (total left blank)'), lang) : '';
  return `${mark} ${name}${colon(lang)}${sides}${unfilled}`;
}

function shown(cell: Cell, lang: Lang): string {
  if (cell.value.kind === 'number') return cell.value.digits;
  if (cell.value.kind === 'blank') return say(msg('（空白）', '(blank)'), lang);
  return cell.value.text;
}

// ---------------------------------------------------------------------------------------------
// Sections and dates

function sectionHover(section: Section, lang: Lang): string {
  const guide = sectionGuide[section.number];
  if (!guide) return `**${md(section.heading.title)}**`;
  return [`**${md(say(sectionTitle(section.number), lang))}**`, '', md(say(guide.requires, lang))].join('\n');
}

const weekdays = {
  zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const DAY = 86_400_000;

function dateHover(report: Report, date: DateMention, settings: Settings, lang: Lang): string {
  const { year, month, day } = date;
  const written = month === null ? `${year}年` : day === null ? `${year}年${month}月` : `${year}年${month}月${day}日`;
  const lines = [`**${written}**`];
  if (month !== null && day !== null) {
    const time = Date.UTC(year, month - 1, day);
    const real = new Date(time);
    if (real.getUTCMonth() !== month - 1) {
      lines.push('', say(msg('日历上没有这一天。', 'No such day in the calendar.'), lang));
      return lines.join('\n');
    }
    const weekday = real.getUTCDay();
    lines[0] = `**${written}** · ${weekdays[lang][weekday]}`;
    if (date.weekday && date.weekday.value !== weekday) {
      lines.push('', say(msg(`文中写作${weekdays.zh[date.weekday.value]}，实为${weekdays.zh[weekday]}。`, `Written as ${weekdays.en[date.weekday.value]}; it is a ${weekdays.en[weekday]}.`), lang));
    }
    // One paragraph each: Markdown would run consecutive lines together.
    if (report.year !== null) for (const line of standing(report.year, time, date.role, settings, lang)) lines.push('', line);
  } else if (report.year !== null) {
    const same = msg('即报告年度。', 'The report year.');
    lines.push('', say(year === report.year ? same : msg(`报告年度为 ${report.year} 年。`, `The report year is ${report.year}.`), lang));
  }
  return lines.join('\n');
}

/** How a full date stands to the statistics period of year Y and, for a publication date, the deadline. */
function standing(reportYear: number, time: number, role: DateMention['role'], settings: Settings, lang: Lang): string[] {
  const periodStart = Date.UTC(reportYear, 0, 1);
  const periodEnd = Date.UTC(reportYear, 11, 31);
  const out: string[] = [];
  if (time < periodStart) out.push(say(msg(`早于统计期限（${reportYear}年1月1日起）${days(periodStart - time)} 天。`, `${days(periodStart - time)} days before the statistics period (from ${reportYear}-01-01).`), lang));
  else if (time <= periodEnd) out.push(say(msg(`在统计期限（${reportYear}年）之内。`, `Within the statistics period (${reportYear}).`), lang));
  else out.push(say(msg(`在统计期限结束（${reportYear}年12月31日）后 ${days(time - periodEnd)} 天。`, `${days(time - periodEnd)} days after the statistics period ended (${reportYear}-12-31).`), lang));
  if (role !== 'publication') return out;
  const deadlines = [
    { kind: 'department', date: Date.UTC(reportYear + 1, 0, 31), label: msg(`部门报告截止 ${reportYear + 1}年1月31日`, `departments: by ${reportYear + 1}-01-31`) },
    { kind: 'government', date: Date.UTC(reportYear + 1, 2, 31), label: msg(`本级政府报告截止 ${reportYear + 1}年3月31日`, `governments: by ${reportYear + 1}-03-31`) },
  ].filter((d) => settings.reportKind === 'auto' || d.kind === settings.reportKind);
  for (const d of deadlines) {
    // Not "in time" before the year is over: date/publication-early says such a date is wrong.
    const verdict = time <= periodEnd
      ? msg('过早，统计期限尚未结束', 'too early (the statistics period has not ended)')
      : time <= d.date ? msg('按期', 'in time') : msg(`逾期 ${days(time - d.date)} 天`, `${days(time - d.date)} days late`);
    out.push(`${say(d.label, lang)}${colon(lang)}${say(verdict, lang)}`);
  }
  return out;
}

/** The colon between a name and what is said of it: full-width in Chinese text, ": " in English. */
function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

function days(ms: number): number {
  return Math.round(ms / DAY);
}

/** Escapes text from the document so that Markdown shows it as written. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}
