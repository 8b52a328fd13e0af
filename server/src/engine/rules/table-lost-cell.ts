// table/lost-cell: a row of zeros that lost a cell in copy-paste reads the same wherever the cell
// was: it is read as 0 and said as a hint, not as an error.
import type { Finding } from '../model.ts';
import { rowName, tablesRead } from '../tableLookup.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

export const tableLostCell: Rule = {
  id: 'table/lost-cell',
  severity: 'hint',
  description: {
    zh: '全为 0 的一行少了一格；无论丢失的是哪一格，读数都相同，按 0 读取。',
    en: 'A row of zeros lost a cell; it reads the same wherever the cell was, so it is read as 0.',
  },
  check(report) {
    const out: Finding[] = [];
    for (const table of tablesRead(report.tables)) {
      for (const row of table.rows) {
        if (row.lost === 0) continue;
        const name = rowName(report, table?.id ?? 'B', row.key);
        out.push(finding(this, {
          zh: `「${name}」行只有 ${row.expected - row.lost} 个数（应有 ${row.expected} 个），其余均为 0，缺的一格按 0 读取`,
          en: `Row "${name}" has ${row.expected - row.lost} numbers (${row.expected} needed), all 0: the missing one is read as 0`,
        }, row.labelSpan ?? row.cells[0]?.span ?? { start: 0, end: 0 }));
      }
    }
    return out;
  },
};
