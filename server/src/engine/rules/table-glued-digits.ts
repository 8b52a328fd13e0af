// table/glued-digits: a row whose digits ran together in conversion ("21710000218"). When the
// table's relations allow exactly one split, the row is read that way and this says so (a hint);
// when they allow none or several, it says so once (information) and nothing is built on the row.
import type { Finding, TableRow } from '../model.ts';
import { rowName, tableNames, tablesRead } from '../tableLookup.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** From this many rows split again in one table, one hint for the table instead of one a row. */
const MANY_ROWS = 3;

export const tableGluedDigits: Rule = {
  id: 'table/glued-digits',
  severity: 'information',
  description: {
    zh: '表格某行的数字粘连在一起（网页或 PDF 转文本时丢失了分隔），按勾稽关系拆分；无法唯一拆分时予以说明。',
    en: "A row's digits ran together when the table became text; they are split by the table's relations, or reported when no unique split exists.",
  },
  check(report) {
    const out: Finding[] = [];
    for (const table of tablesRead(report.tables)) {
      // A table whose every row ran together (crawler text) is one hint, its rows as related.
      const split = table.rows.filter((r) => r.digitsRunTogether?.splits === 1 && !readDespiteRelations(r));
      const together = table && split.length > MANY_ROWS;
      if (together) {
        out.push(finding(this, {
          zh: `${tableNames[table.id].zh}有 ${split.length} 行数字粘连，均已按勾稽关系唯一拆分`,
          en: `${tableNames[table.id].en}: the digits of ${split.length} rows ran together; each was split the one way the relations allow`,
        }, split[0]!.labelSpan ?? split[0]!.cells[0]?.span ?? table.span, {
          severity: 'hint',
          related: split.map((r) => ({
            message: { zh: `${rowName(report, table.id, r.key)}：${r.cells.map((c) => c.raw.replace(/\s/g, '')).join(' ')}`, en: `${rowName(report, table.id, r.key)}: ${r.cells.map((c) => c.raw.replace(/\s/g, '')).join(' ')}` },
            span: r.labelSpan ?? r.cells[0]?.span ?? table.span,
          })),
        }));
      }
      for (const row of table?.rows ?? []) {
        if (together && row.digitsRunTogether?.splits === 1 && !readDespiteRelations(row)) continue;
        const glued = row.digitsRunTogether;
        if (!glued || !table) continue;
        const name = table.id === 'C' ? tableNames.C.zh : `「${rowName(report, table.id, row.key)}」行`;
        const nameEn = table.id === 'C' ? tableNames.C.en : `row "${rowName(report, table.id, row.key)}"`;
        const span = row.labelSpan ?? row.cells[0]?.span ?? table.span;
        if (glued.byDigitsAlone || glued.oneNumberWrong) {
          const values = row.cells.map((c) => c.raw.replace(/\s/g, '')).join(' ');
          out.push(finding(this, glued.byDigitsAlone && glued.numbersRead === row.expected ? {
            zh: `${name}有多出的空白单元格，读为：${values}；勾稽关系不成立，此行有数字写错（见表格核对的结果）`,
            en: `${nameEn}: blank cells beyond the columns were set aside, read as ${values}; the relations do not hold for it, so a number of the row is wrong (see the table's balance findings)`,
          } : glued.byDigitsAlone ? {
            zh: `${name}的数字粘连，只能拆分为：${values}；拆分后勾稽关系不成立，此行有数字写错（见表格核对的结果）`,
            en: `${nameEn}: digits ran together and can be split one way only: ${values}; the relations do not hold for it, so a number of the row is wrong (see the table's balance findings)`,
          } : {
            zh: `${name}的数字粘连，没有一种拆分能使勾稽关系全部成立；读作：${values}，只有这种拆分在改正一个数后全部成立，此行有数字写错（见表格核对的结果）`,
            en: `${nameEn}: digits ran together and no split satisfies every relation; read as ${values}, the one split that does once a number is corrected, so a number of the row is wrong (see the table's balance findings)`,
          }, span, { severity: 'hint' }));
        } else if (glued.splits === 1) {
          const values = row.cells.map((c) => c.raw.replace(/\s/g, '')).join(' ');
          // More values read than columns: a number's digits stood apart ("4 1 3 0 0 1 2 4 7"),
          // the other way round from digits run together; the reading is found the same way.
          out.push(finding(this, glued.numbersRead > row.expected ? {
            zh: `${name}的数字被空格拆开（读出 ${glued.numbersRead} 个数，应有 ${row.expected} 个），已按勾稽关系唯一合并为：${values}`,
            en: `${nameEn}: digits stood apart (${glued.numbersRead} numbers read where ${row.expected} belong); the table's relations allow one reading only: ${values}`,
          } : glued.numbersRead === row.expected ? {
            // Every number stood apart and in place; only blank cells beyond the columns were in the
            // way (a Markdown row made from a PDF with an empty cell too many): nothing ran together.
            zh: `${name}有多出的空白单元格，已按勾稽关系读为：${values}`,
            en: `${nameEn}: blank cells beyond the columns were set aside; the table's relations allow one reading only: ${values}`,
          } : {
            zh: `${name}的数字粘连，已按勾稽关系唯一拆分为：${values}`,
            en: `${nameEn}: digits ran together; the table's relations allow one split only: ${values}`,
          }, span, { severity: 'hint' }));
        } else {
          const why = table.id === 'A'
            ? { zh: '表一没有可据以拆分的勾稽关系', en: 'table A has no relations to split it by' }
            : glued.splits === 0
            ? { zh: '没有一种拆分能使勾稽关系成立', en: 'no split satisfies the relations' }
            : glued.splits < 0
              ? { zh: '可能的拆分太多', en: 'there are too many possible splits' }
              : { zh: `有 ${glued.splits} 种以上拆分都能使勾稽关系成立`, en: `${glued.splits} or more splits satisfy the relations` };
          // More separate values than columns: not digits run together but numbers written apart
          // (a number's digits spaced out, or values added); no reading of them fits either way.
          const { numbersRead } = glued;
          const what = numbersRead > row.expected
            ? { zh: `有 ${numbersRead} 个数，多于应有的 ${row.expected} 个，无法唯一读成 ${row.expected} 个数`, en: `holds ${numbersRead} numbers where ${row.expected} belong, and cannot be read as ${row.expected} uniquely` }
            : { zh: '数字粘连，无法唯一拆分', en: 'digits ran together and cannot be split uniquely' };
          out.push(finding(this, {
            zh: `${name}${what.zh}（${why.zh}）；此行不参与核对`,
            en: `${nameEn}: ${what.en} (${why.en}); the row is not checked`,
          }, span));
        }
      }
    }
    return out;
  },
};

/** A row read although no split fits its relations (recover.ts): a number of it is wrong. */
function readDespiteRelations(row: TableRow): boolean {
  return row.digitsRunTogether?.byDigitsAlone === true || row.digitsRunTogether?.oneNumberWrong === true;
}
