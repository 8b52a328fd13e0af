import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { applyFix, assertFixIsClean, findingsOf, lineOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'structure/subheading-numbering';

/** The report with section 一's sub-headings written as given (one per line, a sentence under each). */
function withSubheadings(...headings: string[]): string {
  return buildReport().replace('一、总体情况\n', `一、总体情况\n${headings.map((h) => `${h}\n本机关持续推进此项工作。\n`).join('')}`);
}

describe(rule, () => {
  it('is silent on sub-headings numbered in order, and on a section that numbers none', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
    assert.deepEqual(findingsOf(withSubheadings('（一）主动公开', '（二）依申请公开', '（三）政府信息管理'), rule), []);
    assert.deepEqual(findingsOf(withSubheadings('(一) 主动公开情况。', '(二) 依申请公开情况。'), rule), []);
    assert.deepEqual(findingsOf(withSubheadings('主动公开', '依申请公开', '监督保障'), rule), [], 'a consistent unnumbered style');
    assert.deepEqual(findingsOf(withSubheadings('（一）主动公开情况。本机关全年主动公开信息120条。', '（二）依申请公开'), rule), [], 'run-in headings');
  });

  it('finds standard sub-topics without their number among numbered ones, and numbers them', () => {
    const text = withSubheadings('（一）制度建设', '主动公开', '依申请公开', '（四）平台建设', '监督保障');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.equal(spanText(text, found[0]!), '主动公开');
    assert.match(found[0]!.message.zh, /“主动公开”“依申请公开”“监督保障”没有编号（按顺序应为（二）（三）（五））/);
    assert.equal(found[0]!.related.length, 2);
    assert.ok(found[0]!.fixes[0]!.safe);
    const fixed = assertFixIsClean(text, found[0]!);
    assert.equal(fixed, withSubheadings('（一）制度建设', '（二）主动公开', '（三）依申请公开', '（四）平台建设', '（五）监督保障'));
  });

  it('finds a number that jumps, and offers (not applies) a renumbering', () => {
    const text = withSubheadings('（一）主动公开', '（二）依申请公开', '（四）政府信息管理');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /“（二）依申请公开”之后是“（四）政府信息管理”/);
    assert.equal(found[0]!.fixes[0]!.safe, false);
    assert.equal(applyFix(text, found[0]!), withSubheadings('（一）主动公开', '（二）依申请公开', '（三）政府信息管理'));
  });

  it('keeps the half-width style of the report when numbering', () => {
    const text = withSubheadings('(一)主动公开', '依申请公开');
    assert.equal(applyFix(text, findingsOf(text, rule)[0]!), withSubheadings('(一)主动公开', '(二)依申请公开'));
  });

  it('checks each section apart: 改进措施 without its number after （一）存在的主要问题', () => {
    const text = buildReport().replace('（二）改进措施', '改进措施');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(lineOf(text, found[0]!.span.start), text.split('\n').indexOf('改进措施'));
  });

  it('does not take table rows for sub-headings', () => {
    for (const layout of ['cell-per-line', 'pipe', 'markdown', 'html'] as const) {
      assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
    }
  });
});
