import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'table/invalid-value';
const pipe = buildReport({ layout: 'pipe' });

describe(rule, () => {
  const cases: { what: string; from: string; to: string; severity: string | null; at?: string }[] = [
    { what: 'a negative count', from: '2.重复申请 | 0 |', to: '2.重复申请 | -1 |', severity: 'error', at: '-1' },
    { what: 'a fractional count', from: '2.重复申请 | 0 |', to: '2.重复申请 | 1.5 |', severity: 'error', at: '1.5' },
    { what: 'words for a number', from: '2.重复申请 | 0 |', to: '2.重复申请 | 若干 |', severity: 'warning', at: '若干' },
    { what: 'a placeholder for none', from: '2.重复申请 | 0 |', to: '2.重复申请 | / |', severity: null },
    { what: 'a dash for none', from: '2.重复申请 | 0 |', to: '2.重复申请 | — |', severity: null },
    { what: 'a 万元 amount with decimals', from: '行政事业性收费 | 0 |', to: '行政事业性收费 | 0.3500 |', severity: null },
    { what: 'a note beside a number', from: '行政规范性文件 | 5 |', to: '行政规范性文件 | 5（其中修订2件） |', severity: null },
  ];
  for (const c of cases) {
    it(c.severity ? `reports ${c.what}` : `accepts ${c.what}`, () => {
      const text = pipe.replace(c.from, c.to);
      assert.notEqual(text, pipe);
      const found = findingsOf(text, rule);
      assert.deepEqual(found.map((f) => f.severity), c.severity ? [c.severity] : []);
      if (c.at) assert.equal(spanText(text, found[0]!), c.at);
    });
  }

  // A file saved as GBK (ANSI) loses the characters GBK cannot hold, a no-break space among them,
  // each written "?"; text decoded from bytes that were no UTF-8 has "�".
  it('reads "?0", "30?" and "?" (a blank) as what they were, in one warning with a clean fix, in the tab and pipe layouts', () => {
    for (const layout of ['tab', 'pipe'] as const) {
      const values = cleanValues();
      values.B.total![6] = 0; // （七）总计 written 0: a balance error the marks must not hide
      const right = buildReport({ layout, values });
      const lost = right.replace(/([\t|] ?)0([\t |])/g, '$1?0$2').replace('\t1\t', '\t1?\t').replace(/\| 1 \|/, '| \uFFFD1 |');
      assert.notEqual(lost, right);
      const found = findingsOf(lost, rule);
      assert.equal(found.length, 1, `${layout}: ${found.map((f) => f.message.zh).join(' / ')}`);
      assert.equal(found[0]!.severity, 'warning');
      assert.match(found[0]!.message.zh, /^表格中有 \d+ 个单元格有“\?”或“�”（如「.*」）：多半是文件另存为 GBK（ANSI）等编码时无法保存的字符/, layout);
      assert.match(found[0]!.message.en, /cells of the tables hold "\?" or "�"/, layout);
      // Read as the numbers: the same balance findings as the text without the marks.
      const balance = (text: string) => analyze(text).findings.filter((f) => f.rule.startsWith('balance/')).map((f) => `${f.rule} ${f.message.zh.replace(/\?/g, '')}`);
      assert.deepEqual(balance(lost), balance(right), layout);
      assert.ok(balance(right).length > 0, layout);
      // The fix deletes the marks and nothing else.
      const fixed = assertFixIsClean(lost, found[0]!);
      assert.ok(!/[?\uFFFD]/.test(fixed), layout);
    }
  });

  it('leaves a mark between digits, a full-width "？" and words with "?" as text', () => {
    for (const to of ['3?0', '？', '0？', '不详?']) {
      const text = pipe.replace('2.重复申请 | 0 |', `2.重复申请 | ${to} |`);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, to);
      assert.match(found[0]!.message.zh, /^此格应为数字/, to);
    }
  });
});
