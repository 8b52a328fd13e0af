import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { assertFixIsClean, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'text/leftover';

const leftovers: { what: string; prose: string; span: string; fixed: string }[] = [
  { what: 'a Word bookmark', prose: '[bookmark: _GoBack]本年度无其他需要报告的事项。', span: '[bookmark: _GoBack]', fixed: '本年度无其他需要报告的事项。' },
  { what: '&nbsp;', prose: '持续推进&nbsp;政务公开。', span: '&nbsp;', fixed: '持续推进政务公开。' },
  { what: '&nbsp without its semicolon', prose: '持续推进&nbsp政务公开。', span: '&nbsp', fixed: '持续推进政务公开。' },
  { what: '&amp; (written out, not deleted)', prose: '研究&amp;开发。', span: '&amp;', fixed: '研究&开发。' },
  { what: '&ldquo;', prose: '坚持&ldquo;公开为常态”。', span: '&ldquo;', fixed: '坚持“公开为常态”。' },
  { what: 'a numeric entity', prose: '坚持&#8220;公开为常态”。', span: '&#8220;', fixed: '坚持“公开为常态”。' },
  { what: 'a tag', prose: '<p style="text-indent:2em">持续推进政务公开。', span: '<p style="text-indent:2em">', fixed: '持续推进政务公开。' },
  { what: 'a closing tag', prose: '持续推进政务公开。</span>', span: '</span>', fixed: '持续推进政务公开。' },
  { what: 'U+FFFD', prose: '持续推进\uFFFD\uFFFD政务公开。', span: '\uFFFD\uFFFD', fixed: '持续推进政务公开。' },
  { what: 'a control character', prose: '持续推进\u0007政务公开。', span: '\u0007', fixed: '持续推进政务公开。' },
  { what: 'DEL', prose: '持续推进\u007F政务公开。', span: '\u007F', fixed: '持续推进政务公开。' },
  { what: 'a C1 control character', prose: '持续推进\u0090政务公开。', span: '\u0090', fixed: '持续推进政务公开。' },
];

const silent: { what: string; prose: string }[] = [
  { what: 'an ampersand in a name', prose: '与A&B公司合作。' },
  { what: 'an unknown entity-like word', prose: '见&abcdefg;说明。' },
  { what: 'comparisons, not tags', prose: '当a<b且b>c时。' },
  { what: 'book-title marks', prose: '《中华人民共和国政府信息公开条例》' },
  { what: 'brackets that are not a bookmark', prose: '[注：含上年结转]' },
  { what: 'tabs and line ends', prose: '第一段\t说明\r\n第二段' },
];

describe(rule, () => {
  it('is silent on clean reports in every layout, HTML tables included', () => {
    const values = cleanValues();
    values.B['withheld.secret'] = [null, null, null, null, null, null, null];
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout, values }), rule), [], layout);
  });

  for (const c of leftovers) {
    it(`finds ${c.what} and its safe fix removes it and nothing else`, () => {
      const text = buildReport({ prose: c.prose });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.severity, 'hint');
      assert.equal(spanText(text, f), c.span);
      assert.equal(f.fixes[0]?.safe, true);
      const fixed = assertFixIsClean(text, f);
      assert.equal(fixed, buildReport({ prose: c.fixed }));
      assert.deepEqual(findingsOf(fixed, rule), []);
    });
  }

  for (const c of silent) {
    it(`is silent on ${c.what}`, () => {
      assert.deepEqual(findingsOf(buildReport({ prose: c.prose }), rule), []);
    });
  }

  it('finds every kind of leftover wherever it stands, whichever comes first', () => {
    const orders = ['持续\u0007推进<b>政务</b>公开&nbsp;工作\uFFFD。', '工作\uFFFD公开&nbsp;推进<b>政务</b>持续\u0007。', '推进&amp;<b>政务</b>\u0007\uFFFD。'];
    for (const prose of orders) {
      const text = buildReport({ prose });
      const found = findingsOf(text, rule).map((f) => spanText(text, f));
      assert.equal(found.length, 5, found.join(' '));
    }
  });

  it('leaves the tags and entities of an HTML table alone, but not those in its prose', () => {
    const values = cleanValues();
    values.C = values.C.map(() => null);
    const text = buildReport({ layout: 'html', values, prose: '持续推进&nbsp;政务公开。' });
    assert.ok(text.includes('<td>&nbsp;</td>'));
    const found = findingsOf(text, rule);
    assert.deepEqual(found.map((f) => spanText(text, f)), ['&nbsp;']);
  });

  it('leaves alone a whole table written as markup, one row a line, as the converters write a page\'s metadata table', () => {
    const table = '<table>\n<tr><td>索引号</td><td>014314799/2024-00002</td></tr>\n<tr><td>发布机构</td><td>某某县某某局</td></tr>\n</table>\n';
    const text = `${table}${buildReport({ prose: '<span>未闭合的标签</span>' })}`;
    const found = findingsOf(text, rule).map((f) => spanText(text, f));
    assert.deepEqual(found, ['<span>', '</span>']);
  });

  it('survives any text and stops listing garbage', () => {
    assert.deepEqual(findingsOf('', rule), []);
    assert.equal(findingsOf('\u0001'.repeat(100_000), rule).length, 1);
    assert.ok(findingsOf('&amp;x'.repeat(10_000), rule).length <= 200);
  });
});
