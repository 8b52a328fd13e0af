// table/invalid-value: a count that is negative, has decimals, or is written as words. Placeholders
// for "none" ("/", "—", "无") are accepted and read as 0; 万元 amounts may have decimals.
import type { Cell, Finding, Message } from '../model.ts';
import { formatOf, tablesRead } from '../tableLookup.ts';
import { finding } from './finding.ts';
import { isPlaceholder } from '../parse/values.ts';
import type { Rule } from './types.ts';

function problem(cell: Cell, isAmount: boolean): { message: Message; severity: 'error' | 'warning' } | null {
  const v = cell.value;
  if (v.kind === 'number') {
    if (v.value < 0) return { severity: 'error', message: { zh: `数量不能为负数：${cell.raw}`, en: `A count cannot be negative: ${cell.raw}` } };
    if (!isAmount && !Number.isInteger(v.value)) return { severity: 'error', message: { zh: `件数应为整数：${cell.raw}`, en: `A count must be a whole number: ${cell.raw}` } };
    return null;
  }
  if (v.kind === 'text' && !isPlaceholder(v.text)) {
    return { severity: 'warning', message: { zh: `此格应为数字，而写作「${v.text}」`, en: `This cell should hold a number, not "${v.text}"` } };
  }
  return null;
}

export const tableInvalidValue: Rule = {
  id: 'table/invalid-value',
  severity: 'error',
  description: {
    zh: '表格中的数量为负数、带小数或不是数字。',
    en: 'A count in a table is negative, fractional or not a number.',
  },
  check(report) {
    const out: Finding[] = [];
    const amountColumns = new Map(formatOf(report, 'A').tableA.blocks.map((b) => [b.key, b.columns.map((c) => c.key === 'amount')]));
    for (const table of tablesRead(report.tables)) {
      for (const row of table.rows) {
        const amounts = table.id === 'A' ? (amountColumns.get(row.key.split('.')[0] ?? '') ?? []) : [];
        row.cells.forEach((cell, i) => {
          const p = problem(cell, amounts[i] === true);
          if (p) out.push(finding(this, p.message, cell.span, { severity: p.severity }));
        });
      }
    }
    return out;
  },
};
