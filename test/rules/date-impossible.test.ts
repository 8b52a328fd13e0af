import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/impossible';

function withProse(prose: string): string {
  return buildReport({ year: 2021, prose });
}

describe(rule, () => {
  const impossible: [string, string][] = [
    ['2021年2月30日，召开会议。', '2021年2月30日'],
    ['2021年2月29日，召开会议。', '2021年2月29日'],
    ['2021年4月31日，召开会议。', '2021年4月31日'],
    ['2021年13月，召开会议。', '2021年13月'],
    ['2021年0月5日，召开会议。', '2021年0月5日'],
    ['二〇二一年二月三十日，召开会议。', '二〇二一年二月三十日'],
    ['于2月30日召开会议。', '2月30日'],
    ['于13月5日召开会议。', '13月5日'],
    ['2021年2月1日至2月29日，开展检查。', '2月29日'],
  ];
  for (const [prose, date] of impossible) {
    it(`flags ${date}`, () => {
      const text = withProse(prose);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, 'error');
      assert.equal(spanText(text, found[0]!), date);
    });
  }

  const backwards: [string, string][] = [
    ['2021年5月1日至2021年3月1日，开展检查。', '2021年5月1日至2021年3月1日'],
    ['2021年至2019年，累计公开。', '2021年至2019年'],
    ['2021年5月至2021年3月，开展检查。', '2021年5月至2021年3月'],
  ];
  for (const [prose, range] of backwards) {
    it(`flags the range ${range}`, () => {
      const text = withProse(prose);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      assert.equal(spanText(text, found[0]!), range);
      assert.match(found[0]!.message.zh, /早于开始/);
    });
  }

  const fine = [
    '2020年2月29日，召开会议。',
    '于2月29日召开会议。',
    '2021年12月1日至1月31日，开展检查。',
    '2021年3月1日至2021年3月1日，开展检查。',
    '2019年至2021年，累计公开。',
    '历时13个月。',
    '2021年1月1日至12月31日，主动公开。',
  ];
  for (const prose of fine) {
    it(`is silent on ${prose}`, () => assert.deepEqual(findingsOf(withProse(prose), rule), []));
  }

  it('leaves a backwards statistics period to date/period', () => {
    const text = buildReport({ year: 2021 }).replace('自2021年1月1日起至2021年12月31日止', '自2021年12月31日起至2021年1月1日止');
    assert.deepEqual(findingsOf(text, rule), []);
    assert.equal(findingsOf(text, 'date/period').length, 1);
  });
});
