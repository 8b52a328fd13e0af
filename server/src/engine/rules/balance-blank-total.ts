// balance/blank-total: totals left blank beside non-zero parts. Not filled in rather than wrong:
// one finding per table, with a fix that writes every missing total.
import { balanceOf } from '../balance.ts';
import { writeCellValue } from '../cellEdit.ts';
import type { Cell, Finding, TableId } from '../model.ts';
import { isUnwritten } from '../parse/values.ts';
import { cellAt, tableNames } from '../tableLookup.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

export const balanceBlankTotal: Rule = {
  id: 'balance/blank-total',
  severity: 'warning',
  description: {
    zh: '总计格空白，但各分项有数：应填写合计数。',
    en: 'A total is blank while its parts are not: fill in the sum.',
  },
  check(report) {
    const unfilled = balanceOf(report).relations.filter((r) => r.status === 'unfilled');
    const out: Finding[] = [];
    for (const table of ['B', 'C'] as TableId[]) {
      // A loop, not flatMap: V8's flatMap costs a microsecond or two a call, asked twice every analysis.
      const cells: { cell: Cell; value: number }[] = [];
      for (const r of unfilled) {
        const ref = r.relation.left[0];
        const cell = ref?.table === table ? cellAt(report, ref) : null;
        if (cell) cells.push({ cell, value: r.right });
      }
      // A cell can be the total of two relations (（七）总计 · 总计): write it once.
      const unique = cells.filter((c, i) => cells.findIndex((o) => o.cell === c.cell) === i);
      const first = unique[0];
      if (!first) continue;
      const fixes = [{
        title: { zh: '填写空白的总计', en: 'Fill in the blank totals' },
        edits: unique.map((c) => writeCellValue(report.text, c.cell, String(c.value))),
        safe: true,
      }];
      // A 总计 column left blank (or 空, parse/values.ts isUnwritten) in every row is how the table was filled, not a slip: one hint.
      const totals = report.tables.B?.rows.map((r) => r.cells[r.cells.length - 1]) ?? [];
      if (table === 'B' && totals.length > 2 && totals.every((c) => c !== undefined && isUnwritten(c.value))) {
        out.push(finding(this, {
          zh: `${tableNames.B.zh}的“总计”列全部空白：空白不是 0，需要总计的行合计与勾稽关系未核对`,
          en: `${tableNames.B.en}: the 总计 column is blank in every row; blank is not 0, so the relations that need the totals were not checked`,
        }, first.cell.span, { severity: 'hint', fixes: fixes.map((f) => ({ ...f, safe: false })) }));
        continue;
      }
      out.push(finding(
        this,
        {
          zh: `${tableNames[table].zh}有 ${unique.length} 个总计格空白，而分项有数（${unique.length === 1 ? '' : '第一个'}应为 ${first.value}）`,
          en: `${tableNames[table].en}: ${unique.length === 1 ? `a total is blank while its parts are not (it should be ${first.value})` : `${unique.length} totals are blank while their parts are not (the first should be ${first.value})`}`,
        },
        first.cell.span,
        { fixes },
      ));
    }
    return out;
  },
};
