import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/weekday';

function signed(line: string): string {
  return `${buildReport({ year: 2022 }).trimEnd()}\n某某市某某局\n${line}\n`;
}

describe(rule, () => {
  const wrong: [string, string, string][] = [
    ['2019年12月3日星期三', '星期三', '2019年12月3日星期二'],
    ['2023年1月20日（周四）', '周四', '2023年1月20日（周五）'],
    ['2023年1月22日礼拜一', '礼拜一', '2023年1月22日礼拜天'],
    ['2023年1月22日星期六', '星期六', '2023年1月22日星期日'],
    ['二〇二三年一月二十日星期四', '星期四', '二〇二三年一月二十日星期五'],
  ];
  for (const [line, weekday, fixedLine] of wrong) {
    it(`flags ${line} and writes the right weekday in the same style`, () => {
      const text = signed(line);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.severity, 'error');
      assert.equal(spanText(text, f), weekday);
      assert.equal(f.fixes[0]?.safe, true);
      const fixed = assertFixIsClean(text, f);
      assert.equal(fixed, signed(fixedLine));
    });
  }

  it('checks weekdays in the prose and on a range end that takes its year from the start', () => {
    const text = buildReport({ year: 2022, prose: '2022年3月1日（星期二）至3月4日（星期一），开展检查。' });
    const found = findingsOf(text, rule);
    assert.deepEqual(found.map((f) => spanText(text, f)), ['星期一']);
    assert.match(found[0]!.message.zh, /2022年3月4日是星期五/);
  });

  const right = ['2019年12月3日星期二', '2019年12月3日（周二）', '2023年1月22日星期天', '2023年1月22日礼拜日', '2019年12月3日，星期三', '2019年12月星期三', '2022年2月30日星期一'];
  for (const line of right) {
    it(`is silent on ${line}`, () => assert.deepEqual(findingsOf(signed(line), rule), []));
  }
});
