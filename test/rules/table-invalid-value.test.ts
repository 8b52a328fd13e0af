import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

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
});
