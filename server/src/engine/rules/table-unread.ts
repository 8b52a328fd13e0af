// table/unread: table B or C is there but was not read whole. A checker that passes a table it
// could not read is worse than none: one warning on the table says how many rows were read, where
// reading stopped and which rows are missing, so the report is never counted as checked in full.
// (Each row's own trouble is said by table/missing-row, table/cell-count and table/glued-digits.)
import { formatOf, numberRowsOfB, rowName, rowOf, tableNames } from '../tableLookup.ts';
import type { Finding, ReadTable, Related, TableRow } from '../model.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/**
 * A row that was read: its numbers are there, split. A row one or two cells short is read too:
 * table/cell-count says it loudly (an error), and the relations without the lost cell are checked.
 */
function readWhole(row: TableRow): boolean {
  if (row.digitsRunTogether && row.digitsRunTogether.splits !== 1) return false;
  return row.cells.length > 0;
}

function rowPlace(row: TableRow | undefined, table: ReadTable) {
  return row?.labelSpan ?? row?.cells[0]?.span ?? { start: table.span.start, end: table.span.start };
}

export const tableUnread: Rule = {
  id: 'table/unread',
  severity: 'warning',
  description: {
    zh: '表二或表三未能完整读出：说明读出了多少行、读到哪里为止，这份报告的表格未全部核对。',
    en: 'Table B or C was not read whole: how many rows were read and where reading stopped; the report was not checked in full.',
  },
  check(report) {
    const out: Finding[] = [];
    const b = report.tables.B;
    if (b) {
      const wanted = numberRowsOfB(formatOf(report, 'B'), new Set(b.rows.map((r) => r.key))).map((r) => r.key);
      const unread = wanted.filter((key) => {
        const row = rowOf(report, 'B', key);
        return !row || !readWhole(row);
      });
      if (unread.length > 0) {
        const read = wanted.length - unread.length;
        const lastRead = [...b.rows].reverse().find((r) => readWhole(r));
        const stopped = lastRead ? rowName(report, 'B', lastRead.key) : null;
        const names = unread.map((key) => `「${rowName(report, 'B', key)}」`);
        const related: Related[] = unread.slice(0, 30).map((key) => ({
          message: { zh: `未读出：${rowName(report, 'B', key)}`, en: `not read: ${rowName(report, 'B', key)}` },
          span: rowPlace(rowOf(report, 'B', key) ?? lastRead, b),
        }));
        out.push(finding(this, {
          zh: `${tableNames.B.zh}未能完整读出：${wanted.length} 行中读出 ${read} 行${stopped ? `（读出的最后一行是「${stopped}」）` : ''}；未读出 ${names.slice(0, 6).join('')}${names.length > 6 ? ` 等 ${names.length} 行` : ''}。这些行未参与核对`,
          en: `${tableNames.B.en} was not read whole: ${read} of ${wanted.length} rows read${stopped ? ` (the last read is "${stopped}")` : ''}; ${unread.length} not read, and not checked`,
        }, b.span, { related }));
      }
    }
    const c = report.tables.C;
    const row = c?.rows[0];
    if (c && (!row || !readWhole(row))) {
      const count = row && !(row.digitsRunTogether && row.digitsRunTogether.splits !== 1) ? row.cells.length : 0;
      out.push(finding(this, {
        zh: `${tableNames.C.zh}未能完整读出：应有 ${row?.expected ?? 15} 个数，读出 ${count} 个；这张表未核对`,
        en: `${tableNames.C.en} was not read whole: ${count} of ${row?.expected ?? 15} numbers read; the table was not checked`,
      }, c.span));
    }
    return out;
  },
};
