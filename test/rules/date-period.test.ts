import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, lineOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/period';
const PERIOD = '自2021年1月1日起至2021年12月31日止';

function withPeriod(period: string): string {
  return buildReport({ year: 2021 }).replace(PERIOD, period);
}

describe(rule, () => {
  const fine = [
    PERIOD,
    '为2021年1月1日至12月31日',
    '为2021年1月1日—2021年12月31日',
    '为2021年1月至12月',
    '为2021年度',
    '为二〇二一年一月一日至二〇二一年十二月三十一日',
  ];
  for (const period of fine) {
    it(`is silent on ${period}`, () => assert.deepEqual(findingsOf(withPeriod(period), rule), []));
  }

  const wrong: [string, string][] = [
    ['自2021年1月1日起至2021年11月30日止', '2021年1月1日至2021年11月30日'],
    ['为2021年2月1日至2021年12月31日', '2021年2月1日至2021年12月31日'],
    ['为2020年1月1日至2021年12月31日', '2020年1月1日至2021年12月31日'],
    ['为2020年7月1日至2021年6月30日', '2020年7月1日至2021年6月30日'],
    ['为2021年1月1日至12月30日', '2021年1月1日至2021年12月30日'],
    ['为2021年12月31日至2021年1月1日', '2021年12月31日至2021年1月1日'],
  ];
  for (const [period, said] of wrong) {
    it(`flags ${period}`, () => {
      const text = withPeriod(period);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.severity, 'error');
      assert.equal(lineOf(text, f.span.start), 2);
      assert.equal(f.message.zh, `统计期限应为2021年1月1日至2021年12月31日，这里写的是${said}`);
      assert.ok(spanText(text, f).startsWith('20') || spanText(text, f).startsWith('二'));
      // One defect, one finding: the year and range rules leave the period to this one.
      assert.deepEqual(findingsOf(text, 'date/year-mismatch'), []);
      assert.deepEqual(findingsOf(text, 'date/impossible'), []);
    });
  }

  it('reads a period sentence wrapped over two lines (markdown from a PDF)', () => {
    // Like corpus 007: "…统计周期\n为 2024 年 1 月 1 日至 12 月 31 日。"
    assert.deepEqual(findingsOf(withPeriod('\n为 2021 年 1 月 1 日至 12 月 31 日'), rule), []);
    const text = withPeriod('\n为2021年2月1日至2021年12月31日');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message.zh, '统计期限应为2021年1月1日至2021年12月31日，这里写的是2021年2月1日至2021年12月31日');
    // A blank line between is no wrapped line, and a year alone after a break opens another sentence.
    assert.deepEqual(findingsOf(withPeriod('\n\n为2021年2月1日至2021年12月31日'), rule), []);
    const yearAlone = analyze(buildReport({ year: 2021 }).replace(PERIOD, '如下\n2020年，本机关'));
    assert.ok(!yearAlone.report.yearEvidence.some((e) => e.source === 'period'));
  });

  it('says nothing about ranges outside the period sentence', () => {
    const text = buildReport({ year: 2021, prose: '2021年3月1日至2021年5月31日，开展专项检查。' });
    assert.deepEqual(findingsOf(text, rule), []);
  });
});
