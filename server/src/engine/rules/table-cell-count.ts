// table/cell-count: a row with fewer or more numbers than the format's columns. In tables B and C
// a short row cannot be read (which cell was lost changes what it says): an error, and no balance
// finding is built on it. In table A an extra value is usually a column left from the old format.
import type { Finding, ReadTable, TableRow } from '../model.ts';
import { readingOfShortRow } from '../parse/recover.ts';
import { rowName, tableNames, tablesRead } from '../tableLookup.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

export const tableCellCount: Rule = {
  id: 'table/cell-count',
  severity: 'error',
  description: {
    zh: '表格某行的数字个数与格式的列数不符（丢失了一格，或多出一格）。',
    en: 'A table row has fewer or more numbers than the format has columns.',
  },
  check(report) {
    const out: Finding[] = [];
    for (const table of tablesRead(report.tables)) {
      const short: { row: TableRow; finding: Finding }[] = [];
      for (const row of table.rows) {
        // A row of zeros that lost a cell is table/lost-cell's; digits run together, table/glued-digits'.
        if (row.lost > 0 || row.digitsRunTogether) continue;
        const count = row.cells.length;
        // Most rows are whole: the row is named only for a finding.
        if (count >= row.expected && row.extra.length === 0) continue;
        const span = row.labelSpan ?? row.cells[0]?.span ?? table.span;
        const name = table.id === 'C' ? tableNames.C.zh : `「${rowName(report, table.id, row.key)}」行`;
        const nameEn = table.id === 'C' ? tableNames.C.en : `row "${rowName(report, table.id, row.key)}"`;
        if (count < row.expected) {
          const reading = table.id === 'A' ? null : readingOfShortRow(table, report.relations, row);
          const suggestion = reading
            ? { zh: `；按勾稽关系推算，此行应为 ${reading.join(' ')}`, en: `; the relations say the row reads ${reading.join(' ')}` }
            : { zh: '', en: '' };
          const lost = row.expected - count;
          short.push({ row, finding: finding(this, {
            zh: `${name}只有 ${count} 个数，应有 ${row.expected} 个：${lost === 1 ? '有一格' : `有 ${lost} 格`}丢失，无法确定各数对应的列${suggestion.zh}`,
            en: `${nameEn} has ${count} numbers where ${row.expected} are needed: ${lost === 1 ? 'a cell was' : `${lost} cells were`} lost, so which number belongs to which column is unknown${suggestion.en}`,
          }, span, { severity: table.id === 'A' ? 'warning' : 'error' }) });
        } else if (row.extra.length > 0) {
          out.push(finding(this, {
            zh: `${name}有 ${row.expected + row.extra.length} 个数，格式只有 ${row.expected} 列${table.id === 'A' ? '（可能沿用了旧格式的列）' : ''}`,
            en: `${nameEn} has ${row.expected + row.extra.length} values where the format has ${row.expected} column${row.expected === 1 ? '' : 's'}${table.id === 'A' ? ' (perhaps a column of the old format)' : ''}`,
          }, extraSpan(row, span), { severity: severityForExtra(table, row) }));
        }
      }
      out.push(...(short.length >= MANY_SHORT_ROWS ? [manyShortRows(this, table, short)] : short.map((s) => s.finding)));
    }
    return out;
  },
};

/**
 * From this many short rows on, the table lost its cells wholesale (blank cells dropped in
 * conversion): one finding for the table, the rows as related information, rather than a wall.
 */
const MANY_SHORT_ROWS = 4;

function manyShortRows(rule: Rule, table: ReadTable, short: { row: TableRow; finding: Finding }[]): Finding {
  const first = short[0]!;
  return finding(rule, {
    zh: `${tableNames[table.id].zh}有 ${short.length} 行数字不全：单元格（多半是空白格）在转换中丢失，无法确定各数对应的列`,
    en: `${tableNames[table.id].en}: ${short.length} rows have too few numbers: cells (most likely blank ones) were lost in conversion, so which number belongs to which column is unknown`,
  }, first.finding.span, {
    severity: first.finding.severity,
    related: short.map((s) => ({ message: s.finding.message, span: s.finding.span })),
  });
}

function extraSpan(row: TableRow, fallback: { start: number; end: number }) {
  return row.labelSpan ?? row.extra[0]?.span ?? fallback;
}

/** Extra values in table A carry no arithmetic: a hint. In B and C they shift what is read. */
function severityForExtra(table: ReadTable, row: TableRow) {
  if (table.id !== 'A') return 'error' as const;
  return row.extra.every((c) => c.value.kind !== 'number' || c.value.value === 0) ? 'hint' as const : 'warning' as const;
}
