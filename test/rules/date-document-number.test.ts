import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/document-number';

/** A 2021 report citing a document, optionally signed with a date. */
function citing(number: string, signedOn?: string): string {
  const text = buildReport({ year: 2021, prose: `根据《某某通知》（某政办发${number}）要求，做好公开工作。` });
  return signedOn ? `${text.trimEnd()}\n某某市某某局\n${signedOn}\n` : text;
}

describe(rule, () => {
  const cases: { what: string; text: string; flagged: string | null }[] = [
    { what: 'a number of the report year', text: citing('〔2021〕5号'), flagged: null },
    { what: 'a number of the year after, without a publication date', text: citing('〔2022〕5号'), flagged: null },
    { what: 'a number two years on, without a publication date', text: citing('〔2023〕5号'), flagged: '〔2023〕5号' },
    { what: 'square brackets', text: citing('[2023]12号'), flagged: '[2023]12号' },
    { what: 'full-width brackets and 第', text: citing('［2023］第12号'), flagged: '［2023］第12号' },
    { what: 'a number of the publication year', text: citing('〔2022〕5号', '2022年1月20日'), flagged: null },
    { what: 'a number after the publication year', text: citing('〔2023〕5号', '2022年1月20日'), flagged: '〔2023〕5号' },
    { what: 'a late publication that makes the number possible', text: citing('〔2023〕5号', '2023年1月5日'), flagged: null },
    { what: 'a publication date before the period ends (ignored)', text: citing('〔2022〕5号', '2019年12月3日'), flagged: null },
    { what: 'a court case number', text: citing('（2023）津0102行初45号'), flagged: null },
    { what: 'an order number', text: citing('国务院令第711号'), flagged: null },
  ];
  for (const c of cases) {
    it(`${c.flagged ? 'warns on' : 'is silent on'} ${c.what}`, () => {
      const found = findingsOf(c.text, rule);
      assert.deepEqual(found.map((f) => spanText(c.text, f)), c.flagged ? [c.flagged] : []);
      if (c.flagged) assert.equal(found[0]!.severity, 'warning');
    });
  }
});
