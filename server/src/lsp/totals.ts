// "Recompute every total of this table": each total cell (a row's 总计, the （七）总计 row, table
// C's 总计 columns) written as the sum of its parts. Offered only when that leaves every relation
// of the table holding; when a part is what is wrong, rewriting the totals would carry the error
// into them, and the finding on that part is the fix to take instead.
import { balanceOf } from '../engine/balance.ts';
import { writeCellValue } from '../engine/cellEdit.ts';
import type { CellRef, RelationInstance, Report, TableId, TextEdit } from '../engine/model.ts';
import { arithmeticValue } from '../engine/parse/values.ts';
import { cellAt } from '../engine/tableLookup.ts';

const key = (r: CellRef): string => `${r.table}|${r.row}|${r.column}`;

function definesTotal(r: RelationInstance): boolean {
  return r.kind !== 'balance' && r.left.length === 1;
}

/** Relations of the table that do not hold now (broken, or a total left blank beside its parts). */
export function unbalancedCount(report: Report, table: TableId): number {
  return balanceOf(report).relations.filter((r) => r.relation.left[0]?.table === table && (r.status === 'broken' || r.status === 'unfilled')).length;
}

/** The edits that recompute the table's totals, or null when that would not balance the table. */
export function recomputeTotals(report: Report, table: TableId): TextEdit[] | null {
  const relations = report.relations.filter((r) => r.left[0]?.table === table);
  const values = new Map<string, number | null>();
  const valueOf = (ref: CellRef): number | null => {
    const k = key(ref);
    if (!values.has(k)) {
      const cell = cellAt(report, ref);
      const v = cell ? arithmeticValue(cell.value) : null;
      values.set(k, v !== null && Number.isInteger(v) ? v : null);
    }
    return values.get(k) ?? null;
  };
  const sum = (refs: CellRef[]): number | null => {
    let total = 0;
    for (const ref of refs) {
      const v = valueOf(ref);
      if (v === null) return null;
      total += v;
    }
    return total;
  };

  // Totals can be parts of other totals (（七）'s 总计 is both a row and a column total): repeat
  // until nothing changes; every pass fixes at least one more level.
  const totals = relations.filter(definesTotal);
  for (let pass = 0; pass <= totals.length; pass++) {
    let changed = false;
    for (const r of totals) {
      const target = r.left[0];
      const parts = sum(r.right);
      if (!target || parts === null || valueOf(target) === null || valueOf(target) === parts) continue;
      values.set(key(target), parts);
      changed = true;
    }
    if (!changed) break;
  }
  if (relations.some((r) => {
    const left = sum(r.left);
    const right = sum(r.right);
    return left !== null && right !== null && left !== right;
  })) return null;

  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const r of totals) {
    const target = r.left[0];
    if (!target || seen.has(key(target))) continue;
    seen.add(key(target));
    const cell = cellAt(report, target);
    const now = values.get(key(target));
    if (!cell || now === null || now === undefined || now === arithmeticValue(cell.value)) continue;
    edits.push(writeCellValue(report.text, cell, String(now)));
  }
  return edits.length > 0 ? edits : null;
}
