// Every rule the engine runs, one file each.
import { balanceBlankTotal } from './balance-blank-total.ts';
import { balanceCell } from './balance-cell.ts';
import { balanceRelation } from './balance-relation.ts';
import { dateDocumentNumber } from './date-document-number.ts';
import { dateImpossible } from './date-impossible.ts';
import { datePeriod } from './date-period.ts';
import { datePublicationEarly } from './date-publication-early.ts';
import { datePublicationLate } from './date-publication-late.ts';
import { dateStaleYear } from './date-stale-year.ts';
import { dateWeekday } from './date-weekday.ts';
import { dateYearMismatch } from './date-year-mismatch.ts';
import { formatTemplateMismatch } from './format-template-mismatch.ts';
import { structureSectionMissing } from './structure-section-missing.ts';
import { structureSectionNumbering } from './structure-section-numbering.ts';
import { structureSectionOrder } from './structure-section-order.ts';
import { structureSubheadingNumbering } from './structure-subheading-numbering.ts';
import { structureTablePlacement } from './structure-table-placement.ts';
import { structureTitleMissing } from './structure-title-missing.ts';
import { tableBlankCells } from './table-blank-cells.ts';
import { tableCellCount } from './table-cell-count.ts';
import { tableGluedDigits } from './table-glued-digits.ts';
import { tableInvalidValue } from './table-invalid-value.ts';
import { tableLostCell } from './table-lost-cell.ts';
import { tableMissing } from './table-missing.ts';
import { tableMissingRow } from './table-missing-row.ts';
import { tableUnread } from './table-unread.ts';
import { textLeftover } from './text-leftover.ts';
import { textPartsExceedWhole } from './text-parts-exceed-whole.ts';
import { textRadicals } from './text-radicals.ts';
import { textRepeatedWord } from './text-repeated-word.ts';
import { textSpam } from './text-spam.ts';
import { textTableMismatch } from './text-table-mismatch.ts';
import type { Rule } from './types.ts';

export const allRules: Rule[] = [
  structureTitleMissing,
  structureSectionMissing,
  structureSectionOrder,
  structureSectionNumbering,
  structureSubheadingNumbering,
  structureTablePlacement,
  formatTemplateMismatch,
  tableMissing,
  tableMissingRow,
  tableUnread,
  tableCellCount,
  tableLostCell,
  tableGluedDigits,
  tableInvalidValue,
  tableBlankCells,
  balanceCell,
  balanceRelation,
  balanceBlankTotal,
  dateYearMismatch,
  datePeriod,
  datePublicationEarly,
  datePublicationLate,
  dateWeekday,
  dateImpossible,
  dateDocumentNumber,
  dateStaleYear,
  textTableMismatch,
  textPartsExceedWhole,
  textRepeatedWord,
  textLeftover,
  textSpam,
  textRadicals,
];
