import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { findingsOf, lineOf } from '../fixtures/ruleHarness.ts';

const rule = 'structure/title-missing';
const withoutTitle = (text: string) => text.replace(/^.*年度报告\n/, '某某市某某局\n');

describe(rule, () => {
  it('is silent when the title names the year, in its variants', () => {
    assert.deepEqual(findingsOf(buildReport(), rule), []);
    for (const title of ['某某局2023年度政府信息公开工作年度报告', '某某局２０２３年政府信息公开工作年度报告', '2023年某某局政府信息公开工作年度报告']) {
      assert.deepEqual(findingsOf(buildReport().replace(/^.*\n/, title + '\n'), rule), [], title);
    }
  });
  it('reads a title wrapped onto a second line, as the text of a PDF keeps it, with its agency', () => {
    for (const [first, second] of [['2023 年某某市某某局政府信息公开工作', '年度报告'], ['某某市某某局2023年政府信息', '公开工作年度报告'], ['2023年某某市某某局政府信息公开工作', '  年度报告  ']]) {
      const text = buildReport().replace(/^.*\n/, `${first}\n${second}\n`);
      assert.deepEqual(findingsOf(text, rule), [], first);
      const report = analyze(text).report;
      assert.equal(report.year, 2023);
      assert.equal(report.agency?.name, '某某市某某局', first);
    }
    // A sentence that runs on past the words of a title is none: the line after it is prose.
    const prose = withoutTitle(buildReport()).replace(/^(.*\n)/, '$1本机关编制了2023年度政务公开工作\n报告，报告全文包括总体情况等六部分。\n');
    assert.equal(findingsOf(prose, rule).length, 1);
    // Nor is a title whose second line goes on with other words.
    const runOn = withoutTitle(buildReport()).replace(/^(.*\n)/, '$12023年某某市某某局政府信息公开工作\n年度报告如下，请审阅\n');
    assert.equal(findingsOf(runOn, rule).length, 1);
  });
  it('warns on the first line when there is no title, naming the year the period gives', () => {
    const text = withoutTitle(buildReport());
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.equal(lineOf(text, found[0]!.span.start), 0);
    assert.match(found[0]!.message.zh, /2023年政府信息公开工作年度报告.*统计期限/);
  });
  it('says nothing of texts that are not reports', () => {
    assert.deepEqual(findingsOf('会议纪要\n一、会议议题\n二、议定事项\n', rule), []);
    assert.deepEqual(findingsOf('', rule), []);
  });
});
