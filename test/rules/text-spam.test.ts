import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'text/spam';

const spam: { what: string; agency?: string; prose?: string; span: string }[] = [
  { what: 'a betting site in place of the agency', agency: '888bet网上娱乐_888BETAPP官网_888体育平台网址人民政府办公室', span: '888bet网上娱乐_888BETAPP官网_888体育平台网址' },
  { what: 'bet365', prose: '欢迎访问bet365官网。', span: 'bet365官网' },
  { what: 'a casino', prose: '澳门新葡京娱乐场', span: '澳门新葡京娱乐' },
  { what: '百家乐', prose: '真人百家乐在线', span: '百家乐' },
  { what: '娱乐城 with a site word', prose: '某某娱乐城官网注册送彩金', span: '娱乐城官网注册' },
  { what: 'porn', prose: '国产精品视频在线观看', span: '国产精品视频' },
  { what: 'full-width letters', prose: '３６５ｂｅｔ体育', span: '３６５ｂｅｔ体育' },
];

const silent: { what: string; prose: string }[] = [
  { what: 'a crackdown', prose: '严厉打击网络博彩、百家乐等违法犯罪活动。' },
  { what: 'entertainment venues', prose: '加强文化娱乐场所、娱乐城安全管理。' },
  { what: 'Macau', prose: '与澳门特别行政区开展交流合作。' },
  { what: 'the welfare lottery', prose: '福利彩票公益金使用情况已按规定公开。' },
  { what: 'an idiom with 久久', prose: '久久为功，持续推进。' },
  { what: '国产精品 as quality products', prose: '打造国产精品，培育知名品牌。' },
  { what: 'English words with "bet"', prose: 'between better alphabet 2021' },
  { what: 'a page title from a real government site', prose: '中国政府网_中央人民政府门户网站' },
];

describe(rule, () => {
  it('is silent on clean reports in every layout', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });

  for (const c of spam) {
    it(`warns on ${c.what}`, () => {
      const text = buildReport({ agency: c.agency, prose: c.prose });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, 'warning');
      assert.equal(spanText(text, found[0]!), c.span);
    });
  }

  for (const c of silent) {
    it(`is silent on ${c.what}`, () => {
      assert.deepEqual(findingsOf(buildReport({ prose: c.prose }), rule), []);
    });
  }

  it('gives one finding per report, the other occurrences as related information', () => {
    const name = '365bet网上娱乐_365BETAPP官网_365体育平台网址';
    const text = buildReport({ agency: `${name}人民政府办公室`, prose: `结合${name}有关要求，百家乐。` });
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.equal(spanText(text, f), name);
    assert.equal(f.span.start, 0, 'the first occurrence, in the title');
    assert.deepEqual(f.related.map((r) => text.slice(r.span.start, r.span.end)), [name, '百家乐']);
    assert.match(f.message.zh, /另有2处/);
  });

  it('survives any text', () => {
    assert.deepEqual(findingsOf('', rule), []);
    assert.equal(findingsOf('365bet_'.repeat(20_000), rule).length, 1);
    assert.equal(findingsOf(`365bet${'_官网'.repeat(20_000)}`, rule).length, 1);
  });
});
