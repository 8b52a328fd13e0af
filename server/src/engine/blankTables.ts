// The three blank tables of a format, as tab-separated text (one row per line, the layout Word
// gives when a table is copied as text), generated from the format's data: the same rows, labels
// and columns the engine reads back. Every cell holds 0 rather than nothing: a run of empty
// tab-separated cells cannot be told apart, while a table of zeros reads back exactly and balances.
// Used by the completion snippet and the insert-tables command, and, with blank cells marked 空, by
// next year's draft when the format changes (nextYear.ts).
import { formatForYear, formats } from './formats/index.ts';
import type { FormatDef } from './formats/types.ts';
import type { Report, TableId } from './model.ts';

/**
 * The format a report's tables must follow: the one its tables show, else the one of its year (a
 * draft without tables yet), else the current one.
 */
export function tablesFormat(report: Report | null): FormatDef {
  if (report?.format.version) return formats[report.format.version];
  return formats[report?.year ? formatForYear(report.year) : '2021'];
}

export function blankTablesText(format: FormatDef): string {
  return [...tableA(format, '0'), '', ...tableB(format, '0'), '', ...tableC(format, '0'), ''].join('\n');
}

/** One table of the format, each cell holding `cell`. */
export function blankTableText(format: FormatDef, id: TableId, cell: string): string {
  return (id === 'A' ? tableA : id === 'B' ? tableB : tableC)(format, cell).join('\n');
}

/** A data row: its label cells, an empty merged cell, then `cell` per column. */
function row(labels: string[], columns: number, cell: string): string {
  return [...labels, '', ...filled(columns, cell), ''].join('\t');
}

function filled(n: number, cell: string): string[] {
  return Array.from({ length: n }, () => cell);
}

function tableA(format: FormatDef, cell: string): string[] {
  return format.tableA.blocks.flatMap((block) => [
    block.caption,
    ['信息内容', ...block.columns.map((c) => c.label)].join('\t'),
    ...block.rows.map((r) => row([r.label], block.columns.length, cell)),
  ]);
}

function tableB(format: FormatDef, cell: string): string[] {
  const columns = format.tableB.columns;
  const lines = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'].join('\t'),
    ['', '自然人', '法人或其他组织', '总计'].join('\t'),
    ['', '', ...columns.slice(1, -1).map((c) => c.label)].join('\t'),
  ];
  // A group heading (三、本年度办理结果, （三）不予公开) stands in the row of its first sub-row, as
  // in the format's own table; a group that may carry numbers itself only when it has no sub-rows.
  let groups: string[] = [];
  for (const r of format.tableB.rows) {
    const hasChildren = format.tableB.rows.some((x) => x.parent === r.key);
    if (r.group && hasChildren) {
      groups.push(`${r.numbering}${r.label}`);
      continue;
    }
    lines.push(row([...groups, `${r.numbering}${r.label}`], columns.length, cell));
    groups = [];
  }
  return lines;
}

function tableC(format: FormatDef, cell: string): string[] {
  const outcomes = format.tableC.columns.slice(0, 5).map((c) => c.label.split('·').pop() ?? c.label);
  return [
    ['行政复议', '行政诉讼'].join('\t'),
    [...outcomes, '未经复议直接起诉', '复议后起诉'].join('\t'),
    [...outcomes, ...outcomes].join('\t'),
    ['', ...filled(format.tableC.columns.length, cell), ''].join('\t'),
  ];
}
