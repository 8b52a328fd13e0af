// balance/cell: one wrong number that breaks every relation it takes part in, found by
// triangulation (see balance.ts), reported once on that cell with what it should be.
import { balanceOf } from '../balance.ts';
import { writeCellValue } from '../cellEdit.ts';
import { cellName } from '../tableLookup.ts';
import { finding } from './finding.ts';
import { relationAnchor, relationMessage } from './relationText.ts';
import type { Rule } from './types.ts';

export const balanceCell: Rule = {
  id: 'balance/cell',
  severity: 'error',
  description: {
    zh: '表格中有一格数字错误：它所在的行合计、列合计或勾稽关系都因它不平衡，改为应有的值即全部平衡。',
    en: 'One table cell is wrong: every relation it takes part in breaks because of it, and its right value repairs them all.',
  },
  check(report) {
    return balanceOf(report).wrongCells.map((w) => {
      const name = cellName(report, w.ref);
      const current = w.cell.raw || '空白';
      return finding(
        this,
        {
          zh: `${name.zh}应为 ${w.expected}，表中为 ${current}：${w.relations.length} 项勾稽关系因此不平衡`,
          en: `${name.en} should be ${w.expected}, not ${w.cell.raw || 'blank'}: ${w.relations.length} relations break because of it`,
        },
        w.cell.span,
        {
          related: w.relations.map((r) => ({ message: relationMessage(r), span: relationAnchor(report, r) })),
          fixes: [{
            title: { zh: `改为 ${w.expected}`, en: `Change to ${w.expected}` },
            edits: [writeCellValue(report.text, w.cell, String(w.expected))],
            safe: true,
          }],
        },
      );
    });
  },
};
