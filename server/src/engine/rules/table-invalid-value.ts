// table/invalid-value: a count that is negative, has decimals, or is written as words. Placeholders
// for "none" ("/", "—", "无") are accepted and read as 0; 万元 amounts may have decimals.
import type { Cell, Finding, Message } from '../model.ts';
import { formatOf, tablesRead } from '../tableLookup.ts';
import { finding } from './finding.ts';
import { isPlaceholder, LOST_MARK } from '../parse/values.ts';
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
    const withLostMarks: Cell[] = [];
    for (const table of tablesRead(report.tables)) {
      for (const row of table.rows) {
        const amounts = table.id === 'A' ? (amountColumns.get(row.key.split('.')[0] ?? '') ?? []) : [];
        row.cells.forEach((cell, i) => {
          if ((cell.value.kind === 'number' || cell.value.kind === 'blank') && cell.value.lostMarks) withLostMarks.push(cell);
          const p = problem(cell, amounts[i] === true);
          if (p) out.push(finding(this, p.message, cell.span, { severity: p.severity }));
        });
      }
    }
    if (withLostMarks.length > 0) out.push(lostMarksFinding(this, withLostMarks));
    return out;
  },
};

/** At most this many cells are listed as related information. */
const MAX_RELATED = 30;

/**
 * Cells whose digits have "?" or "�" beside them, or that hold only those (parse/values.ts): one warning for the report, as
 * they come from one cause (the file saved or decoded in the wrong encoding) and may be hundreds.
 * They are read as their numbers and checked; the fix deletes the marks.
 */
function lostMarksFinding(rule: Rule, cells: Cell[]): Finding {
  const edits = cells.flatMap((cell) => [...cell.raw.matchAll(LOST_MARK)].map((m) => ({ span: { start: cell.span.start + m.index, end: cell.span.start + m.index + m[0].length }, newText: '' })));
  const n = cells.length;
  return finding(rule, {
    zh: `表格中有 ${n} 个单元格有“?”或“�”（如「${cells[0]!.raw.trim()}」）：多半是文件另存为 GBK（ANSI）等编码时无法保存的字符（如不间断空格）丢失了；已按数字或空白读取、核对。请核对原文件，或删除这些符号`,
    en: `${n} cell${n === 1 ? '' : 's'} of the tables hold${n === 1 ? 's' : ''} "?" or "�" (e.g. "${cells[0]!.raw.trim()}"): most likely characters lost when the file was saved in an encoding such as GBK (ANSI) that could not hold them (a no-break space); read as the numbers or blanks and checked. Check the original file, or delete the marks`,
  }, cells[0]!.span, {
    severity: 'warning',
    related: cells.slice(1, MAX_RELATED).map((cell) => ({ message: { zh: `有“?”的单元格：${cell.raw.trim()}`, en: `a cell with "?": ${cell.raw.trim()}` }, span: cell.span })),
    fixes: [{ title: { zh: `删除单元格中的 ${edits.length} 个“?”/“�”`, en: `Delete the ${edits.length} "?"/"�" in the cells` }, edits, safe: true }],
  });
}
