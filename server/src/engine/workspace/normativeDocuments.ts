// workspace/valid-documents: for 规章 and 行政规范性文件 (2021 format, table A 第二十条第（一）项),
// last year's 现行有效件数 + this year's 本年制发件数 − 本年废止件数 must give this year's 现行有效件数.
import type { Finding, Report } from '../model.ts';
import { finding } from '../rules/finding.ts';
import { cellAt, rowName } from '../tableLookup.ts';
import type { PairRule } from './types.ts';

const rows = ['a1.rules', 'a1.normative'];
const ISSUED = 0;
const REPEALED = 1;
const VALID = 2;

export const workspaceValidDocuments: PairRule = {
  id: 'workspace/valid-documents',
  severity: 'warning',
  description: {
    zh: '上年现行有效件数 + 本年制发 − 本年废止 ≠ 本年现行有效件数。',
    en: "Last year's documents in force + issued − repealed ≠ this year's in force.",
  },
  check({ current, previous }) {
    if (current.report.format.version !== '2021' || previous.report.format.version !== '2021') return [];
    const out: Finding[] = [];
    for (const row of rows) {
      const valid = numberAt(current.report, row, VALID);
      const issued = numberAt(current.report, row, ISSUED);
      const repealed = numberAt(current.report, row, REPEALED);
      const before = numberAt(previous.report, row, VALID);
      if (!valid || !issued || !repealed || !before) continue;
      const expected = before.value + issued.value - repealed.value;
      if (expected === valid.value) continue;
      const name = rowName(current.report, 'A', row);
      out.push(finding(this, {
        zh: `「${name}」现行有效件数为 ${valid.value}，但上年报告（${previous.name}）的 ${before.value} + 本年制发 ${issued.value} − 本年废止 ${repealed.value} = ${expected}`,
        en: `"${name}": ${valid.value} in force, but last year's report (${previous.name}) gives ${before.value} + ${issued.value} issued − ${repealed.value} repealed = ${expected}`,
      }, valid.span));
    }
    return out;
  },
};

function numberAt(report: Report, row: string, column: number): { value: number; span: Finding['span'] } | null {
  const cell = cellAt(report, { table: 'A', row, column });
  return cell?.value.kind === 'number' ? { value: cell.value.value, span: cell.span } : null;
}
