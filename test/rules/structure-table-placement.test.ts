import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildPublished, publishedShapes } from '../fixtures/publishedShapes.ts';
import { allLayouts, buildReport, type Layout } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'structure/table-placement';

const ONE = '一、总体情况';
const TWO = '二、主动公开政府信息情况';
const THREE = '三、收到和处理政府信息公开申请情况';
const FOUR = '四、政府信息公开行政复议、行政诉讼情况';
const FIVE = '五、存在的主要问题及改进情况';

/** What stands between a heading's title and the next heading (a section's table and the line ends around it). */
function between(text: string, from: string, to: string): { start: number; end: number } {
  const start = text.indexOf(from);
  assert.ok(start >= 0, from);
  return { start: start + from.length, end: text.indexOf(to, start) };
}

/** The report with the bodies of two consecutive sections exchanged (tables B and C under each other's heading). */
function swapped(text: string, first: string, second: string, next: string): string {
  const a = between(text, first, second);
  const b = between(text, second, next);
  return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
}

/** Table A moved from section 二 to the end of section 一. */
function tableAUnderOne(text: string): string {
  const a = between(text, TWO, THREE);
  const two = text.indexOf(TWO);
  return text.slice(0, two) + text.slice(a.start + 1, a.end) + text.slice(two, a.start + 1) + text.slice(a.end);
}

function swappedBC(layout: Layout = 'tab', year = 2023): string {
  return swapped(buildReport({ layout, year }), THREE, FOUR, FIVE);
}

describe(rule, () => {
  it('is silent when each table stands in its section, in every layout and both formats', () => {
    for (const layout of allLayouts) {
      for (const year of [2020, 2023]) assert.deepEqual(findingsOf(buildReport({ layout, year }), rule), [], `${layout} ${year}`);
    }
  });
  it('is silent on every published shape', () => {
    for (const shape of publishedShapes) {
      if (shape === 'script-page') continue;
      for (const year of [2020, 2023]) assert.deepEqual(findingsOf(buildPublished(shape, { year }), rule), [], `${shape} ${year}`);
    }
  });
  it('warns on tables B and C swapped between sections 三 and 四, in every layout and both formats', () => {
    for (const layout of allLayouts) {
      for (const year of [2020, 2023]) {
        const text = swappedBC(layout, year);
        const found = findingsOf(text, rule);
        assert.equal(found.length, 2, `${layout} ${year}: ${found.map((f) => f.message.en).join(' | ')}`);
        assert.ok(found.every((f) => f.severity === 'warning' && f.fixes.length === 0));
        const [b, c] = [found.find((f) => f.message.en.startsWith('Table B')), found.find((f) => f.message.en.startsWith('Table C'))];
        assert.ok(b && c, `${layout} ${year}: one finding per table`);
        assert.match(b.message.zh, /放在了第四部分“四、政府信息公开行政复议、行政诉讼情况”之下，应放在第三部分“三、收到和处理政府信息公开申请情况”之下/);
        assert.match(c.message.zh, /放在了第三部分“三、收到和处理政府信息公开申请情况”之下，应放在第四部分/);
        assert.equal(text.slice(b.related[0]!.span.start, b.related[0]!.span.end), FOUR);
        assert.equal(text.slice(b.related[1]!.span.start, b.related[1]!.span.end), THREE);
        // The finding stands on the table's first line, below the heading it is under.
        assert.ok(b.span.start > text.indexOf(FOUR) && !spanText(text, b).includes('\n'), `${layout} ${year}`);
      }
    }
  });
  it('warns on tables B and C swapped in the published shapes', () => {
    for (const shape of publishedShapes) {
      if (shape === 'script-page') continue;
      const text = swapped(buildPublished(shape), THREE, FOUR, FIVE);
      const found = findingsOf(text, rule);
      assert.deepEqual(found.map((f) => f.message.en.slice(0, 7)).sort(), ['Table B', 'Table C'], shape);
    }
  });
  it('warns on table A pasted under 一、总体情况', () => {
    for (const layout of allLayouts) {
      const text = tableAUnderOne(buildReport({ layout }));
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.match(found[0]!.message.en, /^Table A .* under section 1 "一、总体情况"; it belongs under section 2 "二、主动公开政府信息情况"/);
      assert.ok(found[0]!.span.start > text.indexOf(ONE) && found[0]!.span.end < text.indexOf(TWO));
    }
  });
  it('knows a section by its title, not its number', () => {
    // Numbered wrongly ("3、" "4、", which structure/section-numbering reports), titled rightly: still said.
    const text = swappedBC().replace(THREE, '3、收到和处理政府信息公开申请情况').replace(FOUR, '4、政府信息公开行政复议、行政诉讼情况');
    assert.equal(findingsOf(text, rule).length, 2);
    // Numbered rightly, titled with no words of the format: nothing is said.
    const untitled = swappedBC().replace(THREE, '三、第三部分').replace(FOUR, '四、第四部分');
    assert.deepEqual(findingsOf(untitled, rule), []);
  });
  it('accepts the variant titles FORMAT.md names', () => {
    const text = swappedBC().replace(FOUR, '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况');
    assert.equal(findingsOf(text, rule).length, 2);
  });
  it('is silent when a section is only roughly recognised (a reworded title)', () => {
    // sectionRecognisers take these for 三 and 四, but neither is the format's wording.
    const text = swappedBC().replace(THREE, '三、依申请公开情况').replace(FOUR, '四、复议诉讼等行政诉讼情况');
    assert.deepEqual(findingsOf(text, rule), []);
  });
  it('is silent without section headings (crawler text that lost them)', () => {
    const headings = new Set([ONE, TWO, THREE, FOUR, FIVE, '六、其他需要报告的事项']);
    for (const layout of allLayouts) {
      const text = swappedBC(layout).split('\n').filter((l) => !headings.has(l)).join('\n');
      assert.ok(analyze(text).report.tables.B && analyze(text).report.tables.C, `${layout}: tables read`);
      assert.deepEqual(findingsOf(text, rule), [], layout);
    }
  });
  it('is silent when the section a table belongs in is missing', () => {
    // Table C under 三 after table B, and no 四 at all: the sections were merged; not sure where C was meant to be.
    const base = buildReport();
    const merged = base.replace(`${FOUR}\n`, '');
    assert.deepEqual(findingsOf(merged, rule), []);
    // A merged title holding both tables.
    const mergedTitle = merged.replace(THREE, '三、收到和处理政府信息公开申请情况及行政复议、行政诉讼情况');
    assert.deepEqual(findingsOf(mergedTitle, rule), []);
  });
  it('is silent when a table region runs over a heading it does not know', () => {
    // "四、…行政诉讼" without 情况 ends no table and names no section: table C's region runs on over
    // it to table B, so both stand under 三 and section 四 is missing — where C belongs is not sure.
    const text = swappedBC().replace(FOUR, '四、政府信息公开行政复议、行政诉讼');
    const report = analyze(text).report;
    assert.ok(report.tables.C && report.tables.C.region.end > text.indexOf('四、政府信息公开行政复议、行政诉讼'), 'the region runs over the heading');
    assert.deepEqual(findingsOf(text, rule), []);
  });
  it('warns on a section holding two tables when the other section is there', () => {
    // Table C pasted right after table B, section 四 left with prose only.
    const base = buildReport();
    const c = between(base, FOUR, FIVE);
    const text = base.slice(0, base.indexOf(FOUR)) + base.slice(c.start, c.end) + `${FOUR}\n本年度未发生政府信息公开行政复议、行政诉讼案件。\n` + base.slice(c.end);
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.en, /^Table C .* under section 3 .* belongs under section 4/);
  });
  it('is silent when a section title appears twice (a contents list, a heading pasted twice)', () => {
    const contents = swappedBC().replace(ONE, `目录\n${ONE}\n${TWO}\n${THREE}\n${FOUR}\n${FIVE}\n${ONE}`);
    assert.deepEqual(findingsOf(contents, rule), []);
    // Only 四 twice: neither the table under it (B) nor the table that belongs in it (C) is placed.
    const twice = swappedBC().replace(FOUR, `${FOUR}\n${FOUR}`);
    assert.deepEqual(findingsOf(twice, rule), []);
  });
  it('is silent when an unrecognised part heading stands between the section and the table', () => {
    const text = swappedBC();
    const three = text.indexOf(THREE) + THREE.length + 1;
    const withPart = text.slice(0, three) + '二、办理情况说明\n' + text.slice(three);
    const found = findingsOf(withPart, rule);
    // Table C (now after the unknown part) is not placed; table B under 四 still is.
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.en, /^Table B/);
  });
  it('is silent on a table it did not read with confidence', () => {
    // Table C's row with numbers lost (10 of 15): where it stands is not said.
    const text = swappedBC('pipe');
    const row = text.split('\n').find((l) => /^\s*\|?\s*1 \| 0 \| 0 \| 1 \| 2/.test(l));
    assert.ok(row, 'table C row');
    const cut = text.replace(row, row.split('|').slice(0, 11).join('|'));
    const found = findingsOf(cut, rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.en, /^Table B/);
  });
  it('is silent on a few rows of table A quoted under another section', () => {
    // Table A's first block (2 of its 6 rows) under 一, the rest of it gone: not a table pasted there.
    const base = buildReport();
    const a = between(base, TWO, THREE);
    const firstBlock = base.slice(a.start, base.indexOf('第二十条第（五）项', a.start));
    const text = base.slice(0, base.indexOf(TWO)) + firstBlock.slice(1) + base.slice(base.indexOf(TWO), a.start) + '\n' + base.slice(a.end);
    assert.equal(findingsOf(text, rule).length, 0);
    // The same with a third row (half the table read by its labels) is said.
    const withThird = text.replace('\n二、', '\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t0\n二、');
    assert.equal(findingsOf(withThird, rule).length, 1);
  });
  it('says nothing about texts that are not reports', () => {
    assert.deepEqual(findingsOf('会议通知\n请各单位于本周五前报送材料。', rule), []);
    assert.deepEqual(findingsOf('', rule), []);
  });
});
