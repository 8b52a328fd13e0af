// Every rule the engine runs, one file each.
import { balanceBlankTotal } from './balance-blank-total.ts';
import { balanceCell } from './balance-cell.ts';
import { balanceRelation } from './balance-relation.ts';
import { tableBlankCells } from './table-blank-cells.ts';
import { tableCellCount } from './table-cell-count.ts';
import { tableGluedDigits } from './table-glued-digits.ts';
import { tableInvalidValue } from './table-invalid-value.ts';
import { tableLostCell } from './table-lost-cell.ts';
import { tableMissing } from './table-missing.ts';
import { tableMissingRow } from './table-missing-row.ts';
import type { Rule } from './types.ts';

export const allRules: Rule[] = [
  tableMissing,
  tableMissingRow,
  tableCellCount,
  tableLostCell,
  tableGluedDigits,
  tableInvalidValue,
  tableBlankCells,
  balanceCell,
  balanceRelation,
  balanceBlankTotal,
];
