import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
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
