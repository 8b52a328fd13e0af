// workspace/valid-documents: for 规章 and 行政规范性文件 (2021 format, table A 第二十条第（一）项),
// last year's 现行有效件数 + this year's 本年制发件数 − 本年废止件数 must give this year's 现行有效件数.
import { formats } from '../formats/index.ts';
import type { Finding } from '../model.ts';
import { finding } from '../rules/finding.ts';
import type { PairRule } from './types.ts';

const labels = new Map(formats['2021'].tableA.blocks.flatMap((b) => b.rows.map((r) => [r.key, r.label] as const)));
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
    if (current.format !== '2021' || previous.format !== '2021') return [];
    const out: Finding[] = [];
    for (const [row, cells] of Object.entries(current.documents)) {
      const valid = cells[VALID];
      const issued = cells[ISSUED];
      const repealed = cells[REPEALED];
      const before = previous.documents[row]?.[VALID];
      if (!valid || !issued || !repealed || !before) continue;
      const expected = before.value + issued.value - repealed.value;
      if (expected === valid.value) continue;
      const name = labels.get(row) ?? row;
      out.push(finding(this, {
        zh: `「${name}」现行有效件数为 ${valid.value}，但上年报告（${previous.name}）的 ${before.value} + 本年制发 ${issued.value} − 本年废止 ${repealed.value} = ${expected}`,
        en: `"${name}": ${valid.value} in force, but last year's report (${previous.name}) gives ${before.value} + ${issued.value} issued − ${repealed.value} repealed = ${expected}`,
      }, valid.span, {
        related: [{ message: { zh: `${previous.year}年「${name}」现行有效件数：${before.value}`, en: `${previous.year}, "${name}" in force: ${before.value}` }, span: before.span, inPrevious: true }],
      }));
    }
    return out;
  },
};
