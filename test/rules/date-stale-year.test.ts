import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { publishedText } from '../fixtures/publishedShapes.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { applyFix, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/stale-year';
/** The rule needs the sections; they come from the headings reader. */
const noSections = analyze(buildReport({ year: 2021 })).report.sections.length < 6 ? 'skipped: the headings reader finds no sections yet' : false;

/** A 2021 report with a paragraph added to section 一. */
function inSection1(prose: string): string {
  return buildReport({ year: 2021, prose: `\n${prose}` });
}

describe(rule, { skip: noSections }, () => {
  const stale: [string, string][] = [
    ['2020年，我局共公开信息18条。', '2020年'],
    ['（一）主动公开。2020年，我局共公开信息18条。', '2020年'],
    ['二〇二〇年，我局共公开信息18条。', '二〇二〇年'],
    ['2020年度，我局共公开信息18条。', '2020年度'],
  ];
  for (const [prose, year] of stale) {
    it(`warns on ${prose}`, () => {
      const text = inSection1(prose);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.severity, 'warning');
      assert.equal(spanText(text, f), year);
      assert.equal(f.fixes[0]?.safe, false, 'the fix is offered, never applied unasked');
      const fixed = applyFix(text, f);
      assert.deepEqual(findingsOf(fixed, rule), []);
      assert.equal(fixed, text.replace(year.slice(0, 4), year.startsWith('二') ? '二〇二一' : '2021'));
    });
  }

  it('warns inside the tables\' sections too (二 to 四)', () => {
    const text = buildReport({ year: 2021 }).replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况\n2020年，我局收到申请7件。');
    assert.equal(findingsOf(text, rule).length, 1);
  });

  const fine = [
    '较2020年，公开数量增长。',
    '与2020年相比，公开数量增长20%。',
    '2020年，我局公开信息15条，比上年增长。',
    '2020年，公开信息15条；2021年，公开信息18条。',
    '2020年，同比增长。',
    '2020年以来，我局持续推进公开。',
    '2020年至2021年，累计公开信息33条。',
    '2022年，我局将进一步加强公开。',
    '2020年3月，我局印发制度。',
    '我局于2020年，印发制度。',
    '2019年，我局共公开信息18条。',
  ];
  for (const prose of fine) {
    it(`is silent on ${prose}`, () => assert.deepEqual(findingsOf(inSection1(prose), rule), []));
  }

  it('warns on a year run into its section title in crawler text ("一、总体情况2022年，…")', () => {
    // Like corpus 011: the body on one line (or one line per section), the paragraph glued to its title.
    for (const shape of ['crawler', 'crawler-paragraphs'] as const) {
      const clean = publishedText(shape, { year: 2023 });
      assert.ok(clean.includes('一、总体情况2023年，本机关'), shape);
      assert.deepEqual(findingsOf(clean, rule), [], `${shape}: clean`);
      const text = clean.replace('一、总体情况2023年，本机关', '一、总体情况2022年，本机关');
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, shape);
      assert.equal(spanText(text, found[0]!), '2022年');
    }
  });

  it('is silent in sections 五 and 六 and before section 一', () => {
    const five = buildReport({ year: 2021 }).replace('政策解读形式还不够丰富。', '2020年，我局政策解读形式还不够丰富。');
    assert.deepEqual(findingsOf(five, rule), []);
    const top = buildReport({ year: 2021 }).replace('\n', '\n2020年，我局编制本报告。\n');
    assert.deepEqual(findingsOf(top, rule), []);
  });
});
