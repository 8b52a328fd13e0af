// Issue 16: an analysis given a time budget stops running rules once it is spent, and says which
// it did not run (an information finding), rather than being waited for. A budget of zero is spent
// as soon as the text is read, whatever the machine: no timing is asserted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allRules } from '../../server/src/engine/rules/index.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';

describe('analysis time limit', () => {
  // A report with something to find: its publication date is the first of January of the year itself.
  const text = buildReport({ layout: 'tab' }).replace(/\n*$/, '\n2021年1月1日\n');

  it('with its budget spent, runs no rule and names every rule it did not run, in both languages', () => {
    const cut = analyze(text, { timeLimitMs: 0 });
    assert.deepEqual(cut.findings.map((f) => [f.rule, f.severity]), [['internal/time-limit', 'information']]);
    const [finding] = cut.findings;
    for (const rule of allRules) {
      assert.ok(finding!.message.zh.includes(rule.id), rule.id);
      assert.ok(finding!.message.en.includes(rule.id), rule.id);
    }
    assert.match(finding!.message.zh, /^分析超过 0 秒的时限，以下 \d+ 项检查未运行/);
    // The text was read all the same: the tables are there for the features that show them.
    assert.ok(cut.report.tables.B);
  });

  it('rules switched off are not named as not run', () => {
    const cut = analyze(text, { timeLimitMs: 0, rules: { 'date/': 'off' } });
    assert.doesNotMatch(cut.findings[0]!.message.en, /date\//);
  });

  it('with a budget it does not reach, finds what it finds without one', () => {
    const whole = analyze(text);
    const budgeted = analyze(text, { timeLimitMs: 3_600_000 });
    assert.deepEqual(budgeted.findings, whole.findings);
    assert.ok(whole.findings.length > 0);
  });
});
