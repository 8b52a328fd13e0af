import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publishedText } from '../fixtures/publishedShapes.ts';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, lineOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/year-mismatch';
const PERIOD = (y: number) => `自${y}年1月1日起至${y}年12月31日止`;

/** The clean report with its period sentence written for another year. */
function withPeriod(year: number, periodYear: number, prose = ''): string {
  return buildReport({ year, prose }).replace(PERIOD(year), PERIOD(periodYear));
}

describe(rule, () => {
  it('is silent when the title and the period agree, in every layout and year', () => {
    for (const layout of allLayouts) for (const year of [2019, 2021, 2024]) assert.deepEqual(findingsOf(buildReport({ year, layout }), rule), [], `${layout} ${year}`);
  });

  it('flags the period when it disagrees with the title and the text says nothing', () => {
    const text = withPeriod(2021, 2020);
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.equal(f.severity, 'error');
    assert.equal(lineOf(text, f.span.start), 2);
    assert.equal(spanText(text, f), '2020');
    assert.match(f.message.zh, /统计期限写的是2020年，而标题写的是2021年/);
    assert.equal(f.related.length, 1);
    assert.equal(lineOf(text, f.related[0]!.span.start), 0);
  });

  it('reads the text\'s side from paragraphs run into their section titles (crawler text)', () => {
    // Like corpus 011 with its title's year mistyped: "一、总体情况2023年，…" and "六、其他需要报告的事项2023年，…"
    // open sentences, so the text sides with the period and the title is the odd one.
    for (const shape of ['crawler', 'crawler-paragraphs'] as const) {
      const text = publishedText(shape, { year: 2023 })
        .replace('六、其他需要报告的事项本年度', '六、其他需要报告的事项2023年，本机关')
        .replace(/2023年政府信息公开工作年度报告/g, '2022年政府信息公开工作年度报告');
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, shape);
      assert.match(found[0]!.message.en, /^The title says 2022 while the statistics period and the text say 2023/, shape);
      assert.equal(spanText(text, found[0]!), '2022');
    }
  });

  it('flags the title when the text sides with the period', () => {
    const text = withPeriod(2020, 2021).replace(/^(.*?)2020年/, '$12020年').replace('2020年，本机关', '2021年，本机关')
      + '\n2021年，本机关公开信息18条。\n';
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(lineOf(text, found[0]!.span.start), 0);
    assert.match(found[0]!.message.en, /The title says 2020 while the statistics period and the text say 2021/);
  });

  const titles: [string, string, number][] = [
    ['Chinese numerals', '二〇二一年', 2021],
    ['full-width digits', '２０２１年', 2021],
    ['年度', '2021年度', 2021],
  ];
  for (const [what, written, year] of titles) {
    it(`reads a title year in ${what}`, () => {
      const text = buildReport({ year }).replace(`${year}年政府信息公开`, `${written}政府信息公开`);
      assert.deepEqual(findingsOf(text, rule), []);
      const odd = text.replace(PERIOD(year), PERIOD(year - 1));
      assert.equal(findingsOf(odd, rule).length, 1, 'and still sees a period of another year');
    });
  }

  it('says nothing about years in the text, nor about a period that is not one whole year', () => {
    assert.deepEqual(findingsOf(buildReport({ year: 2021, prose: '2020年，公开信息。2020年，办理申请。' }), rule), []);
    const half = buildReport({ year: 2021 }).replace(PERIOD(2021), '自2020年7月1日起至2021年6月30日止');
    assert.deepEqual(findingsOf(half, rule), []);
  });

  it('says nothing without a title or a period', () => {
    const noPeriod = buildReport({ year: 2021 }).replace(PERIOD(2021), '');
    assert.deepEqual(findingsOf(noPeriod, rule), []);
    assert.deepEqual(findingsOf('2021年，本机关。', rule), []);
  });
});
