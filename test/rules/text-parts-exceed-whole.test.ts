import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'text/parts-exceed-whole';

const exceed: { prose: string; span: string; sum: number; whole: number }[] = [
  { prose: '全年发布信息100条，其中工作动态60条、通知公告50条。', span: '100条，其中工作动态60条、通知公告50条', sum: 110, whole: 100 },
  { prose: '全年发布信息100条。其中，工作动态60条，通知公告41条。', span: '100条。其中，工作动态60条，通知公告41条', sum: 101, whole: 100 },
  { prose: '发布信息3,168条，其中A类8条、B类2,255条、C类906条。', span: '3,168条，其中A类8条、B类2,255条、C类906条', sum: 3169, whole: 3168 },
  { prose: '发布信息１００条，其中工作动态６０条；通知公告５０条。', span: '１００条，其中工作动态６０条；通知公告５０条', sum: 110, whole: 100 },
  { prose: '发布信息10条，其中20条为图片解读。', span: '10条，其中20条', sum: 20, whole: 10 },
  // A second breakdown is read on its own: 涉企 4 of 3 规范性文件.
  { prose: '制发文件5件，其中规范性文件3件，其中涉企文件4件。', span: '3件，其中涉企文件4件', sum: 4, whole: 3 },
];

const silent: { prose: string; why: string }[] = [
  { prose: '发布政府信息3168条。其中，概况类信息8条，政务动态信息2255条，政务公开目录905条。回应政策解读6条。', why: 'adds up (as in seed 001); the next sentence is not a part' },
  { prose: '发布信息100条，其中工作动态60条。', why: 'a partial breakdown' },
  { prose: '发布信息100条，其中A 60条（含B 50条）、C 30条。', why: 'a nested aside in brackets' },
  { prose: '发布信息100条，其中A 60条、C 50个。', why: 'another unit' },
  { prose: '发布信息100条，其中A 60条，较上年增加50条。', why: 'a comparison' },
  { prose: '发布信息100条，其中A 60条、B 30条。回应关切20条。', why: 'the list ends with the sentence' },
  { prose: '发布信息100条，其中一条为转载，另一条为原创。', why: 'Chinese numerals after 其中 are idioms ("其中一条")' },
  { prose: '公开信息18条，其中2021年发布20条。', why: 'a year' },
  { prose: '发布1.5万条，其中A 2万条。', why: 'decimal amounts' },
  { prose: '发布信息100条，其中A 60条、B 50条累计阅读。', why: 'not parts' },
];

describe(rule, () => {
  it('is silent on a clean report in every layout (table numbers are not prose)', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });

  for (const c of exceed) {
    it(`warns on "${c.prose}"`, () => {
      const text = buildReport({ prose: c.prose });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.severity, 'warning');
      assert.equal(spanText(text, f), c.span);
      assert.match(f.message.zh, new RegExp(`分项之和${c.sum}.*大于总数${c.whole}`));
      assert.equal(f.related.length, 1, 'the whole is related information');
      assert.deepEqual(f.fixes, []);
    });
  }

  for (const c of silent) {
    it(`is silent on "${c.prose}" (${c.why})`, () => {
      assert.deepEqual(findingsOf(buildReport({ prose: c.prose }), rule), []);
    });
  }

  it('survives any text', () => {
    assert.deepEqual(findingsOf('', rule), []);
    assert.deepEqual(findingsOf('1'.repeat(100_000) + '条其中', rule), []);
    assert.equal(findingsOf('3条，其中5条。'.repeat(2000), rule).length, 2000);
  });
});
