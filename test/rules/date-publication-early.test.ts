import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, lineOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/publication-early';

/** The clean 2022 report with a line under its title. */
function underTitle(line: string, year = 2022): string {
  return buildReport({ year }).replace('\n', `\n${line}\n`);
}

/** The clean 2022 report signed at the end. */
function signed(line: string, year = 2022): string {
  return `${buildReport({ year }).trimEnd()}\n某某市某某局\n${line}\n`;
}

describe(rule, () => {
  const early: [string, string, string][] = [
    ['a date line under the title, years before', underTitle('2019年12月3日星期二'), '2019年12月3日'],
    ['a date under the signature, within the year', signed('2022年1月10日'), '2022年1月10日'],
    ['the last day of the year itself', signed('2022年12月31日'), '2022年12月31日'],
    ['a month-only date in the year', signed('2022年12月'), '2022年12月'],
    ['Chinese numerals', signed('二〇二二年六月一日'), '二〇二二年六月一日'],
    ['a numeric date with a label', signed('发布日期：2022-06-01'), '2022-06-01'],
  ];
  for (const [what, text, date] of early) {
    it(`flags ${what}`, () => {
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, 'error');
      assert.equal(spanText(text, found[0]!), date);
      assert.match(found[0]!.message.zh, /早于统计期限结束（2022年12月31日）/);
    });
  }

  it('names the distance in years and points at the period', () => {
    const text = underTitle('2019年12月3日星期二', 2025);
    const f = findingsOf(text, rule)[0]!;
    assert.equal(lineOf(text, f.span.start), 1);
    assert.match(f.message.zh, /早了约6年/);
    assert.ok(f.related.some((r) => lineOf(text, r.span.start) === 3), 'the period is related');
  });

  it('still flags it when the period, the only place the year is read, is off by a day', () => {
    // Like seed 004 with its period mistyped: the period's days are date/period's to report, but
    // the year they all stand in is still the report year.
    const noTitle = underTitle('2019年12月3日星期二', 2025).replace(/^.*\n/, '');
    for (const period of ['自2025年1月2日起至2025年12月31日止', '自2025年1月1日起至2025年12月30日止', '自2025年1月1日起至12月32日止']) {
      const text = noTitle.replace('自2025年1月1日起至2025年12月31日止', period);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, period);
      assert.equal(spanText(text, found[0]!), '2019年12月3日');
      assert.match(found[0]!.message.zh, /早于统计期限结束（2025年12月31日）/);
    }
    // A period across two years names none: no year, no finding.
    assert.deepEqual(findingsOf(noTitle.replace('自2025年1月1日起至2025年12月31日止', '自2024年1月1日起至2025年12月31日止'), rule), []);
  });

  const silent: [string, string][] = [
    ['a date after the year', signed('2023年1月20日')],
    ['the first day after the year', underTitle('2023年1月1日')],
    ['a date in the prose', buildReport({ year: 2022, prose: '2022年3月5日，本机关召开专题会议。' })],
    ['a date line in the middle of the report', buildReport({ year: 2022 }).replace('二、主动公开政府信息情况', '2022年3月5日\n二、主动公开政府信息情况')],
    ['a date that does not exist', signed('2022年2月30日')],
    ['a report without a year', '会议通知\n2022年1月10日'],
  ];
  for (const [what, text] of silent) {
    it(`is silent on ${what}`, () => assert.deepEqual(findingsOf(text, rule), []));
  }
});
