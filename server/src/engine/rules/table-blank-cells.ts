// table/blank-cells: cells left blank, which the arithmetic reads as 0 (a blank total beside
// non-zero parts excepted: that is balance/blank-total's, and not read as 0). Older reports leave zeros
// blank, so this is a hint, once per table, with a fix that writes the zeros (offered, not applied
// by fix-all: it is a matter of style, not of correctness). A cell written 空 ("empty") is blank too:
// it is how `nianbao next` marks a cell to fill where the layout cannot leave one empty, so a draft's
// unfilled tables are said rather than read as zeros in silence.
import { writeCellValue } from '../cellEdit.ts';
import type { Cell, Finding } from '../model.ts';
import { balanceOf } from '../balance.ts';
import { cellAt, tableNames, tablesRead } from '../tableLookup.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

export const tableBlankCells: Rule = {
  id: 'table/blank-cells',
  severity: 'hint',
  description: {
    zh: '表格中有空白单元格，按 0 计算；可一键填写 0。',
    en: 'Table cells are blank and read as 0; a fix fills in the zeros.',
  },
  check(report) {
    const out: Finding[] = [];
    const unfilled = new Set<Cell>();
    for (const r of balanceOf(report).relations) {
      const total = r.status === 'unfilled' && r.relation.left[0] ? cellAt(report, r.relation.left[0]) : null;
      if (total) unfilled.add(total);
    }
    for (const table of tablesRead(report.tables)) {
      // A blank total beside non-zero parts is balance/blank-total's (it is not read as 0).
      const blanks: Cell[] = [];
      for (const row of table.rows) {
        for (let i = 0; i < row.cells.length - row.lost; i++) {
          const cell = row.cells[i]!;
          if (isBlank(cell) && !unfilled.has(cell)) blanks.push(cell);
        }
      }
      const first = blanks[0];
      if (!first) continue;
      out.push(finding(this, {
        zh: `${tableNames[table.id].zh}有 ${blanks.length} 个空白单元格，按 0 计算`,
        en: `${tableNames[table.id].en} has ${blanks.length} blank cell${blanks.length === 1 ? '' : 's'}, read as 0`,
      }, first.span, {
        fixes: [{ title: { zh: '空白单元格填写 0', en: 'Fill blank cells with 0' }, edits: blanks.map((c) => writeCellValue(report.text, c, '0')), safe: false }],
      }));
    }
    return out;
  },
};

/** Left blank, or written 空 ("empty"). */
function isBlank(cell: Cell): boolean {
  return cell.value.kind === 'blank' || (cell.value.kind === 'text' && cell.value.text.trim() === '空');
}
