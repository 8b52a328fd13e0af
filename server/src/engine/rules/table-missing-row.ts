// table/missing-row: a row the format requires is not in a table that is there. In table B that
// stops the arithmetic of its columns (error); in table A it is a gap in what is published.
// A 2021 report that keeps （六）其他处理 as one row is read as the sum of its sub-rows (a hint).
import { tableBRow } from '../formats/index.ts';
import type { FormatDef, RowDef } from '../formats/types.ts';
import type { Finding, ReadTable, Report, Span } from '../model.ts';
import { formatOf, numberRowsOfReadB, rowName, tableNames } from '../tableLookup.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** The format's rows a table must have (table B's as numberRowsOfB says for the rows it has). */
function requiredRows(report: Report, format: FormatDef, table: ReadTable): RowDef[] {
  // Concatenated, not flatMap (a microsecond or two a call in V8): asked for every report.
  if (table.id === 'A') return ([] as RowDef[]).concat(...format.tableA.blocks.map((b) => b.rows));
  if (table.id !== 'B') return [];
  return numberRowsOfReadB(report, table);
}

/** A missing row as the finding names it (made for the missing rows only): table B's with its numbering, without the long parenthetical. */
function missingName(table: ReadTable, row: RowDef): string {
  return table.id === 'A' ? row.label : `${row.numbering}${row.label.replace(/（区分处理的.*$/, '')}`;
}

/** Where a missing row would stand: at the label of the next row present, else of the previous. */
function placeFor(format: FormatDef, table: ReadTable, key: string): Span {
  const order = table.id === 'A' ? format.tableA.blocks.flatMap((b) => b.rows.map((r) => r.key)) : format.tableB.rows.map((r) => r.key);
  const index = order.indexOf(key);
  const after = table.rows.find((r) => order.indexOf(r.key) > index && r.labelSpan);
  const before = [...table.rows].reverse().find((r) => order.indexOf(r.key) < index && r.labelSpan);
  return after?.labelSpan ?? before?.labelSpan ?? { start: table.span.start, end: table.span.start };
}

export const tableMissingRow: Rule = {
  id: 'table/missing-row',
  severity: 'error',
  description: {
    zh: '表格缺少格式要求的行。',
    en: 'A table lacks a row its format requires.',
  },
  check(report) {
    const out: Finding[] = [];
    for (const table of [report.tables.A, report.tables.B]) {
      if (!table) continue;
      const format = formatOf(report, table.id);
      const present = new Set(table.rows.map((r) => r.key));
      // Rows missing at the same place (a stretch of the table that could not be read) are one
      // finding that lists them, not one per row on top of each other.
      const byPlace = new Map<string, { span: Span; labels: string[] }>();
      for (const row of requiredRows(report, format, table)) {
        if (present.has(row.key)) continue;
        const span = placeFor(format, table, row.key);
        const key = `${span.start}:${span.end}`;
        const entry = byPlace.get(key);
        if (entry) entry.labels.push(missingName(table, row));
        else byPlace.set(key, { span, labels: [missingName(table, row)] });
      }
      for (const { span, labels } of byPlace.values()) {
        const list = labels.map((l) => `「${l}」`).join('');
        out.push(finding(this, {
          zh: `${tableNames[table.id].zh}缺少${list}${labels.length > 1 ? ` ${labels.length} 行` : '行'}`,
          en: `${tableNames[table.id].en} lacks ${labels.length > 1 ? `${labels.length} rows: ` : 'the row '}${labels.map((l) => `"${l}"`).join(', ')}`,
        }, span, { severity: table.id === 'B' ? 'error' : 'warning' }));
      }
      for (const row of table.rows) {
        if (row.placedByOrder && !row.labelSpan && row.cells[0]) {
          const name = rowName(report, table.id, row.key);
          out.push(finding(this, {
            zh: `「${name}」行的标签未能识别，这一行的数字按表格的行序读取`,
            en: `The label of row "${name}" was not recognised; its numbers were read by the table's order of rows`,
          }, row.cells[0].span, { severity: 'hint' }));
        }
        const def = table.id === 'B' ? tableBRow(format, row.key) : undefined;
        if (def?.mayAggregate && row.labelSpan) {
          out.push(finding(this, {
            zh: `「${def.numbering}${def.label}」写成了一行；${format.source} 格式将其分为 ${format.tableB.rows.filter((r) => r.parent === def.key).length} 项，已按合计核对`,
            en: `"${def.numbering}${def.label}" is one row; the ${format.version} format splits it into sub-rows; checked as their sum`,
          }, row.labelSpan, { severity: 'hint' }));
        }
      }
    }
    return out;
  },
};
