import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'text/table-mismatch';

// The builder's clean tables: table B 一 = 7, 二 = 1, （七）总计 = 7, 四 = 1; table C 行政复议 2,
// 行政诉讼 1 (未经复议直接起诉) + 0 (复议后起诉). The report year is 2023.
const disagree: { prose: string; says: RegExp; cell: string }[] = [
  { prose: '本年度共收到政府信息公开申请9件。', says: /本年新收申请9件/, cell: '7' },
  { prose: '共受理依申请公开事项3件。', says: /本年新收申请3件/, cell: '7' },
  { prose: '全年未收到政府信息公开申请。', says: /正文称本年未收到申请，而表二「一、本年新收政府信息公开申请数量」行「总计」列为7/, cell: '7' },
  { prose: '依申请公开方面，全年未收到申请。', says: /正文称本年未收到申请/, cell: '7' },
  // In its own verb: 受理 is not 收到, and the message quotes the prose.
  { prose: '全年未受理政府信息公开申请。', says: /正文称本年未受理申请，而表二/, cell: '7' },
  { prose: '本年度没有收到政府信息公开申请。', says: /正文称本年没有收到申请，而表二/, cell: '7' },
  // 有关 is no verb after 没有: not "没有有".
  { prose: '全年没有有关政府信息公开的申请。', says: /正文称本年没有申请，而表二/, cell: '7' },
  { prose: '收到3件依申请公开申请。', says: /本年新收申请3件/, cell: '7' },
  { prose: '受理依申请公开申请五件。', says: /本年新收申请5件/, cell: '7' },
  { prose: '全年共收到政府信息公开申请7件，办结5件。', says: /办结申请5件/, cell: '7' },
  { prose: '上年结转政府信息公开申请3件。', says: /上年结转申请3件/, cell: '1' },
  { prose: '依申请公开申请结转下年度继续办理2件。', says: /结转下年度申请2件/, cell: '1' },
  { prose: '本年度未发生因政府信息公开引起的行政复议。', says: /正文称没有行政复议，而表三/, cell: '2' },
  { prose: '因政府信息公开被提起行政诉讼3件。', says: /行政诉讼3件/, cell: '1' },
  { prose: '全年未发生政府信息公开行政诉讼。', says: /正文称没有行政诉讼/, cell: '1' },
  // Another year named in a separate clause does not hide this year's count.
  { prose: '本年度收到政府信息公开申请1件，上年度收到3件。', says: /本年新收申请1件/, cell: '7' },
  // The count before the words that say what it counts.
  { prose: '全年共收到政府信息公开申请7件，办结7件，2件结转下年度继续办理。', says: /结转下年度申请2件/, cell: '1' },
  { prose: '全年共收到政府信息公开申请7件，两件结转下年度继续办理。', says: /结转下年度申请2件/, cell: '1' },
  { prose: '依申请公开方面，另有2件申请结转下一年度继续办理。', says: /结转下年度申请2件/, cell: '1' },
  { prose: '共收到政府信息公开申请8件，其中6件为本年新收申请。', says: /本年新收申请6件/, cell: '7' },
  { prose: '共收到政府信息公开申请8件，其中7件为本年新收申请，3件为上年结转申请。', says: /上年结转申请3件/, cell: '1' },
  { prose: '全年共收到政府信息公开申请7件，5件已办结。', says: /办结申请5件/, cell: '7' },
  // After 其中, a row of table B named: a part the table counts.
  { prose: '共收到政府信息公开申请8件，其中本年新收申请6件，上年结转1件。', says: /本年新收申请6件/, cell: '7' },
  { prose: '共收到政府信息公开申请8件，其中办结5件，1件结转下年度继续办理。', says: /办结申请5件/, cell: '7' },
  // A sentence wrapped over line breaks, as text made from a PDF breaks it (inside a word, before a count).
  { prose: '本年度共收到政府信息公开申\n请9件，办结7件。', says: /本年新收申请9件/, cell: '7' },
  { prose: '全年共收到政府信息公开申请7件，上年结转政府信息公开\n申请 3 件。', says: /上年结转申请3件/, cell: '1' },
  { prose: '全年共收到政府信息公开申请7件，办结7件，结转下年度继续办理 2\n件。', says: /结转下年度申请2件/, cell: '1' },
  { prose: '本年度未发生因政府信息公开引起的行政复\n议。', says: /正文称没有行政复议/, cell: '2' },
  // Counts of table C written first.
  { prose: '本年度发生1起政府信息公开行政复议。', says: /行政复议1件/, cell: '2' },
  { prose: '全年本机关有3件涉及政府信息公开工作的行政复议。', says: /行政复议3件/, cell: '2' },
  { prose: '本机关被提起2件政府信息公开行政诉讼。', says: /行政诉讼2件/, cell: '1' },
  { prose: '因政府信息公开被申请行政复议1起，被提起2起因政府信息公开引起的行政诉讼。', says: /行政复议1件.*行政诉讼2件/, cell: '2' },
  { prose: '全年共发生1起政府信息公开行政\n复议。', says: /行政复议1件/, cell: '2' },
  // Outcomes (table B: （一）予以公开 4, （二）部分公开 1), the count right after the row's name.
  { prose: '全年共收到政府信息公开申请7件，其中予以公开3件。', says: /予以公开3件/, cell: '4' },
  { prose: '全年办结政府信息公开申请7件，予以公开4件，部分公开2件。', says: /部分公开2件/, cell: '1' },
  { prose: '依申请公开办理结果：予以公开（3件）。', says: /予以公开3件/, cell: '4' },
  { prose: '所有办结的信息公开申请中予以公开4件，部分公开答复 0 件。', says: /部分公开0件/, cell: '1' },
  { prose: '全年共收到政府信息公开申请7件，其中予以公开的六件。', says: /予以公开6件/, cell: '4' },
  { prose: '全年共收到政府信息公开申请7件，其中予以公开4件，部分公开\n3件。', says: /部分公开3件/, cell: '1' },
  { prose: '全年共收到政府信息公开申请7件，办理结果：（一）予以公开3件；（二）部分公开1件。', says: /予以公开3件/, cell: '4' },
  { prose: '全年共收到政府信息公开申请7件，其中一是予以公开4件，二是部分公开2件。', says: /部分公开2件/, cell: '1' },
  { prose: '全年共收到政府信息公开申请7件，其中同意公开答复3件，部分公开答复1件。', says: /予以公开3件/, cell: '4' },
];

// Wording whose meaning is unclear, or about something else, says nothing.
const silent: { prose: string; why: string }[] = [
  { prose: '本年度共收到政府信息公开申请7件，办结7件。', why: 'agrees' },
  { prose: '全年共收到政府信息公开申请8件，办结7件，上年结转1件，结转下年度继续办理1件。', why: '受理/收到 may include the carry-over' },
  { prose: '共受理申请9件（含上年结转3件）。', why: 'a bare 申请 in a sentence that does not say it is about disclosure' },
  { prose: '2022年共收到政府信息公开申请9件。', why: 'another year' },
  { prose: '共收到政府信息公开申请7件，较上年增加2件。', why: 'a comparison' },
  { prose: '全年共受理政府信息公开申请7件，同比增长40%。', why: 'a percentage' },
  { prose: '共收到政府信息公开申请7件，其中自然人申请5件，予以公开4件。', why: 'a breakdown' },
  { prose: '区长信箱收到群众来信12件，办理热线工单30件。', why: 'not disclosure applications' },
  { prose: '受理政府信息公开咨询30件。', why: '咨询 is not an application' },
  { prose: '主动公开政府信息120条。', why: '主动公开' },
  { prose: '如未收到政府信息公开申请的答复，可以依法申请行政复议。', why: 'a condition' },
  { prose: '确保未发生因政府信息公开引起的行政复议。', why: 'a goal' },
  { prose: '全年无法提供的申请2件。', why: '无法 is not a negation of applications' },
  { prose: '本年度未发生政府信息公开行政复议纠错情况。', why: 'zero corrected reviews, not zero reviews' },
  { prose: '全市共收到政府信息公开申请100件。', why: 'another scope' },
  { prose: '区政府办代表区政府受理政府信息公开申请17件，均已按期答复。', why: 'an office acting for another: its scope may not be the table\'s' },
  { prose: '依申请公开工作中，受理行政许可申请300件。', why: 'another kind of application' },
  { prose: '行政复议和行政诉讼共3件，均涉及政府信息公开。', why: 'a sum of two counts' },
  { prose: '全年办理行政复议案件45件。', why: '复议 outside disclosure (a 司法局 does reviews as its work)' },
  { prose: '申请人可在收到答复之日起20个工作日内申请政府信息公开行政复议。', why: 'a deadline' },
  { prose: '本年度收到政府信息公开申请后均在20个工作日内答复。', why: 'a deadline' },
  { prose: '下一步，将及时办结依申请公开申请3件。', why: 'a plan' },
  // The count before its words: the same counts agreeing, and what they may be a part of.
  { prose: '全年共收到政府信息公开申请7件，办结7件，1件结转下年度继续办理。', why: 'agrees' },
  { prose: '依申请公开方面，另有1件申请结转下一年度继续办理。', why: 'agrees' },
  { prose: '共收到政府信息公开申请8件，其中7件为本年新收申请，1件为上年结转申请。', why: 'agrees' },
  { prose: '全年共收到政府信息公开申请7件，7件已办结。', why: 'agrees' },
  { prose: '全区共收到政府信息公开申请70件，2件结转下年度继续办理。', why: 'another scope, said before the count' },
  { prose: '共收到政府信息公开申请7件，其中自然人申请7件，2件结转下年度继续办理。', why: 'after a breakdown' },
  { prose: '共收到政府信息公开申请7件，较上年增加2件，2件结转下年度继续办理。', why: 'after a comparison' },
  { prose: '全年共收到政府信息公开申请7件，上年度收到3件，2件结转下年度继续办理。', why: 'after another year' },
  { prose: '本年度新收政府信息公开申请中，5件已办结。', why: 'a part of the new ones, not all handled' },
  { prose: '上年结转政府信息公开申请1件，1件已办结。', why: 'the carried one handled, not all handled' },
  { prose: '全年共收到政府信息公开申请7件，5件已按时办结。', why: 'handled on time: a part' },
  { prose: '全年共收到政府信息公开申请7件，2件结转下年度继续办理中的申请已答复。', why: 'more words after the row\'s name' },
  { prose: '全年共收到政府信息公开申请7件，需征求第三方意见的2件结转下年度继续办理。', why: 'a part named before the count' },
  { prose: '全年共有2件结转下年度继续办理。', why: 'not said to be about disclosure applications' },
  { prose: '共收到政府信息公开申请8件，其中本年新收申请7件，上年结转1件。', why: 'agrees' },
  { prose: '共收到政府信息公开申请8件，其中接收网上申请6件，当面申请2件。', why: 'a part by channel, no row of the table' },
  { prose: '上半年未收到政府信息公开申请。', why: 'a part of the year' },
  { prose: '一季度未收到政府信息公开申请。', why: 'a part of the year' },
  { prose: '12月份未收到政府信息公开申请。', why: 'a part of the year' },
  { prose: '上半年收到政府信息公开申请3件。', why: 'a part of the year' },
  { prose: '本年度未收到纸质政府信息公开申请。', why: 'one channel' },
  { prose: '本年度未收到以信函方式提交的政府信息公开申请。', why: 'one channel' },
  { prose: '本年度通过信函收到政府信息公开申请3件。', why: 'one channel' },
  { prose: '本年度收到当面提交的政府信息公开申请3件。', why: 'one channel' },
  { prose: '自然人提出政府信息公开申请8件，其中本年新收申请6件。', why: 'a part of a breakdown' },
  { prose: '上年结转政府信息公开申请1件，其中办结1件。', why: 'the carried one handled, not all handled' },
  // Wrapped sentences that agree, and line breaks that end a sentence.
  { prose: '本年度共收到政府信息公开申\n请7件，办结7件。', why: 'agrees' },
  { prose: '全年共收到政府信息公开申请\n\n9件材料已归档。', why: 'a blank line ends the paragraph' },
  // Counts of table C written first: agreeing, or not the agency's cases of the year.
  { prose: '本年度发生2起政府信息公开行政复议。', why: 'agrees' },
  { prose: '全区发生1起政府信息公开行政复议。', why: 'another scope' },
  { prose: '2022年发生1起政府信息公开行政复议。', why: 'another year' },
  { prose: '发生政府信息公开行政复议较上年减少1起，发生3起政府信息公开行政诉讼。', why: 'after a comparison' },
  { prose: '本机关作为复议机关，办理1起政府信息公开行政复议。', why: 'the agency as the reviewer' },
  { prose: '本机关作为复议机关共有1起政府信息公开行政复议。', why: 'the agency as the reviewer' },
  { prose: '经法院审理有3起政府信息公开行政诉讼。', why: 'a court\'s cases' },
  { prose: '本年度被申请政府信息公开行政复议2起，尚有1起政府信息公开行政复议。', why: 'a part: those still pending' },
  { prose: '上年度有1起政府信息公开行政复议。', why: 'another year, in words' },
  { prose: '发生1起政府信息公开行政复议被纠错。', why: 'a part: corrected ones' },
  { prose: '本年度发生1起政府信息公开行政复议和行政诉讼。', why: 'a sum of two counts' },
  { prose: '本年度发生1起行政复议。', why: 'not said to be about disclosure' },
  { prose: '本年度有1件政府信息公开行政复议尚未审结。', why: 'a part: pending ones' },
  // Outcomes: agreeing, or not read.
  { prose: '全年共收到政府信息公开申请7件，其中予以公开4件，部分公开1件，不予公开1件，无法提供1件，不予处理0件，其他处理0件。', why: 'agrees' },
  { prose: '全年共收到政府信息公开申请7件，其中予以公开5件（含部分公开1件）。', why: '予以公开 may count those given in part too' },
  { prose: '主动公开政府信息120条，予以公开120件。', why: '主动公开' },
  { prose: '全年主动公开政府信息120条，其中通过政府网站予以公开100件。', why: '主动公开' },
  { prose: '依申请公开转主动公开的信息中，予以公开12件。', why: '主动公开' },
  { prose: '本年度予以公开规范性文件12件。', why: 'documents, not applications' },
  { prose: '全年共收到政府信息公开申请7件，予以公开政府信息120条。', why: 'documents, not applications' },
  { prose: '全年共收到政府信息公开申请7件，予以公开占57%。', why: 'a percentage' },
  { prose: '全年共收到政府信息公开申请7件，予以公开率为57%。', why: 'a percentage' },
  { prose: '全年共收到政府信息公开申请7件，其中予以公开的占比为43%，3件。', why: 'a percentage' },
  { prose: '全年共收到政府信息公开申请7件，予以公开同比增加3件。', why: 'a comparison' },
  { prose: '全年共收到政府信息公开申请7件，较上年予以公开增加3件。', why: 'a comparison' },
  { prose: '全年共收到政府信息公开申请7件，同比增长40%，予以公开3件。', why: 'after a comparison' },
  { prose: '全年共收到政府信息公开申请7件，予以公开3件次。', why: 'a count of another unit' },
  { prose: '共收到政府信息公开申请7件，其中自然人申请5件，予以公开3件。', why: 'a breakdown by applicant' },
  { prose: '共收到政府信息公开申请7件，征地类3件，其中予以公开1件。', why: 'a part of a part' },
  { prose: '共收到政府信息公开申请7件，其中征地类3件，予以公开3件。', why: 'after a part' },
  { prose: '征地拆迁类申请中予以公开3件。', why: 'among a part of the applications' },
  { prose: '上年结转政府信息公开申请1件，其中予以公开1件。', why: 'the carried one' },
  { prose: '全年共收到政府信息公开申请7件，上年结转1件。其中予以公开1件。', why: 'of the carried one, said in the sentence before' },
  { prose: '自然人提出政府信息公开申请5件。其中予以公开3件。', why: 'of a breakdown said in the sentence before' },
  { prose: '其中予以公开3件。', why: 'of nothing said before' },
  { prose: '2022年收到政府信息公开申请3件，其中予以公开1件。', why: 'another year' },
  { prose: '全年共收到政府信息公开申请7件，不予以公开3件。', why: 'a negation of the name' },
  { prose: '全年共收到政府信息公开申请7件，申请人要求予以公开3件。', why: 'a wish, not an outcome' },
  { prose: '全年共收到政府信息公开申请7件，予以公开和部分公开3件。', why: 'a sum of two outcomes' },
  { prose: '共有12件申请予以公开。', why: 'an outcome written before its count is not read' },
  { prose: '全区共收到政府信息公开申请70件，其中予以公开50件。', why: 'another scope, in a department\'s report' },
  { prose: '全年共收到政府信息公开申请7件，土地征收类3件，予以公开2件。', why: 'after a part that names no row, without 其中' },
  { prose: '全年共收到政府信息公开申请7件，规划类申请3件，予以公开2件。', why: 'after a part named as applications, without 其中' },
  { prose: '全年共收到政府信息公开申请7件，土地征收类3件中予以公开2件。', why: 'among a part, without 申请中' },
  { prose: '全年共收到政府信息公开申请7件，在规定期限内予以公开2件，延期答复后予以公开2件。', why: 'one outcome said twice: its parts' },
  { prose: '全年共收到政府信息公开申请7件，予以公开3件，另有1件予以公开。', why: 'one outcome said twice: its parts' },
  { prose: '全年共收到政府信息公开申请7件，上半年予以公开2件。', why: 'words of a part in the outcome\'s clause' },
  { prose: '全年共收到政府信息公开申请7件，经第三方同意公开2件。', why: 'words of a part in the outcome\'s clause' },
  { prose: '全年共收到政府信息公开申请7件，不同意公开1件。', why: 'a negation of the name' },
  { prose: '全年共收到政府信息公开申请7件，经复核后予以公开2件。', why: 'words of a part in the outcome\'s clause' },
  { prose: '全年共收到政府信息公开申请7件，乡镇收到申请3件，予以公开2件。', why: 'a part of the area as the subject of a count, and an outcome of that part' },
  { prose: '2023年，局本级收到政府信息公开申请3件，下属单位收到4件。', why: 'the office\'s own part (本级) as the subject of a count' },
  { prose: '全年共收到政府信息公开申请7件，其中街道收到申请2件。', why: 'a part of the area as the subject of a count' },
];

describe(rule, () => {
  it('is silent on a report whose prose says nothing about the tables, in every layout', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });

  for (const c of disagree) {
    it(`warns on "${c.prose}"`, () => {
      const text = buildReport({ prose: c.prose });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.zh)));
      const f = found[0]!;
      assert.equal(f.severity, 'warning');
      // On the sentence that disagrees, naming the table cell and its value.
      assert.ok(c.prose.includes(spanText(text, f)) && spanText(text, f).length >= c.prose.length - 12, spanText(text, f));
      assert.match(f.message.zh, c.says);
      assert.match(f.message.zh, new RegExp(`为${c.cell}`));
      assert.ok(f.related.length >= 1);
      assert.equal(text.slice(f.related[0]!.span.start, f.related[0]!.span.end), c.cell, 'related information points at the cell');
      assert.deepEqual(f.fixes, [], 'which side is wrong is unknown: no fix');
    });
  }

  for (const c of silent) {
    it(`is silent on "${c.prose}" (${c.why})`, () => {
      assert.deepEqual(findingsOf(buildReport({ prose: c.prose }), rule), []);
    });
  }

  it('in a department\'s report, leaves out what a sentence says after 全区 or 各部门 (the area\'s counts); in a government\'s, compares it', () => {
    const prose = '本年度全区共收到政府信息公开申请70件，办结69件，1件结转下年度继续办理。';
    // The builder's agency, 某某市某某局, is a department.
    assert.deepEqual(findingsOf(buildReport({ prose }), rule), []);
    assert.deepEqual(findingsOf(buildReport({ prose: '各部门共收到政府信息公开申请70件，办结69件。' }), rule), []);
    const government = findingsOf(buildReport({ prose, agency: '某某市某某区人民政府' }), rule);
    assert.equal(government.length, 1);
    assert.match(government[0]!.message.zh, /办结申请69件/);
    // The setting decides over the guess.
    assert.equal(findingsOf(buildReport({ prose }), rule, { reportKind: 'government' }).length, 1);
    // Before 全区, the department's own count is still compared.
    assert.match(findingsOf(buildReport({ prose: '本年度共收到政府信息公开申请9件，全区共收到申请70件。' }), rule)[0]?.message.zh ?? '', /本年新收申请9件/);
  });

  it('says both disagreements of one sentence in one finding ("受理并办结…4件")', () => {
    const text = buildReport({ prose: '全年共受理并办结政府信息依申请公开4件，全年无行政复议和行政诉讼。' });
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.match(f.message.zh, /本年新收申请4件.*办结申请4件.*正文称没有行政复议.*正文称没有行政诉讼/);
    // 新收 7, （七）总计 7, 行政复议总计 2, 行政诉讼 both totals (1 and 0).
    assert.deepEqual(f.related.map((r) => text.slice(r.span.start, r.span.end)), ['7', '7', '2', '1', '0']);
  });

  it('reads a sentence of section 四 after table C, in every layout', () => {
    for (const layout of allLayouts) {
      const text = buildReport({ layout }).replace('五、存在的主要问题及改进情况', '本年度无行政复议。\n五、存在的主要问题及改进情况');
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.equal(spanText(text, found[0]!), '本年度无行政复议。', layout);
    }
  });

  it('is silent when the table agrees, also with blank cells read as 0', () => {
    const values = cleanValues();
    values.C = values.C.map(() => null);
    assert.deepEqual(findingsOf(buildReport({ values, prose: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。' }), rule), []);
    assert.equal(findingsOf(buildReport({ prose: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。' }), rule).length, 1);
  });

  it('says a blank total is blank (read as 0), not that the table prints 0', () => {
    const values = cleanValues();
    values.B.new = [5, 1, 0, 0, 0, 1, null];
    const [found] = findingsOf(buildReport({ values, prose: '全年共收到政府信息公开申请9件。' }), rule);
    assert.match(found!.message.zh, /「总计」列为空白（按 0 计）。$/);
    assert.match(found!.message.en, /column "总计" is blank \(read as 0\)\.$/);
  });

  it('accepts the sum of a row\'s parts when the printed total is wrong (the table rules say so)', () => {
    const values = cleanValues();
    values.B.new = [5, 1, 0, 0, 0, 1, 0];
    assert.deepEqual(findingsOf(buildReport({ values, prose: '本年度共收到政府信息公开申请7件。' }), rule), []);
  });

  it('reads a bare 申请 under section 一\'s sub-topic 依申请公开 as a disclosure application', () => {
    // Like seed 000's "（二）依申请公开 … 接到申请1件": the sub-heading says what the sentence is about.
    for (const heading of ['（二）依申请公开', '依申请公开', '（二）依申请公开情况', '(二)依申请公开方面']) {
      const text = buildReport({ prose: `\n${heading}\n全年接到申请9件，均按时答复。` });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, heading);
      assert.match(found[0]!.message.zh, /本年新收申请9件/);
      assert.equal(spanText(text, found[0]!), '全年接到申请9件，均按时答复。');
      assert.deepEqual(findingsOf(buildReport({ prose: `\n${heading}\n全年接到申请7件，均按时答复。` }), rule), [], `${heading}: agrees`);
    }
    // Under another sub-topic, or once a later section begins, a bare 申请 says nothing.
    assert.deepEqual(findingsOf(buildReport({ prose: '\n（三）政府信息管理\n全年接到申请9件。' }), rule), []);
    const later = buildReport({ prose: '\n（二）依申请公开\n全年接到申请7件。' }).replace('五、存在的主要问题及改进情况', '全年接到申请9件。\n五、存在的主要问题及改进情况');
    assert.deepEqual(findingsOf(later, rule), [], 'a section heading ends the sub-topic');
  });

  it('reads a count written first after 上年结转 as a part of those carried, and says nothing', () => {
    // 结转下年度 1 in the builder's table: made 0 here so that "1件结转下年度" disagrees with it.
    const values = cleanValues();
    values.B.pending = [0, 0, 0, 0, 0, 0, 0];
    assert.equal(findingsOf(buildReport({ values, prose: '全年共收到政府信息公开申请7件，1件结转下年度继续办理。' }), rule).length, 1);
    assert.deepEqual(findingsOf(buildReport({ values, prose: '上年结转政府信息公开申请1件，1件结转下年度继续办理。' }), rule), []);
  });

  it('reads 2019-format reports the same way', () => {
    assert.deepEqual(findingsOf(buildReport({ year: 2020, prose: '全年共收到政府信息公开申请7件，办结7件。' }), rule), []);
    assert.equal(findingsOf(buildReport({ year: 2020, prose: '全年共收到政府信息公开申请2件。' }), rule).length, 1);
  });

  it('reads an outcome after 其中 that opens the sentence as said of the applications counted just before', () => {
    const prose = '全年共收到政府信息公开申请7件。其中，予以公开3件，部分公开1件。';
    const text = buildReport({ prose });
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(spanText(text, found[0]!), '其中，予以公开3件，部分公开1件。');
    assert.match(found[0]!.message.zh, /^正文与表格不一致：正文称予以公开3件，而表二「（一）予以公开」行「总计」列为4。$/);
    assert.deepEqual(findingsOf(buildReport({ prose: '全年共收到政府信息公开申请7件，办结7件。予以公开4件，部分公开1件。' }), rule), [], 'agrees');
    // Not just before: another sentence stands between.
    assert.deepEqual(findingsOf(buildReport({ prose: '全年共收到政府信息公开申请7件。工作有序开展。其中，予以公开3件。' }), rule), []);
  });

  it('compares a group\'s outcome (（三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理) with the sum of its items', () => {
    const text = buildReport({ prose: '全年共收到政府信息公开申请7件，其中予以公开4件，不予公开3件，无法提供1件。' });
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.equal(f.message.zh, '正文与表格不一致：正文称不予公开3件，而表二「（三）不予公开」各项「总计」列之和为1。');
    assert.equal(f.message.en, 'The text disagrees with the tables: the text says 3 applications refused (不予公开), while the sum of column "总计" over the items of "（三）不予公开" in table B is 1.');
    // The 总计 cell of each of the 8 items, 属于三类内部事务信息's 1 among them.
    assert.equal(f.related.length, 8);
    assert.deepEqual(f.related.map((r) => text.slice(r.span.start, r.span.end)).sort(), ['0', '0', '0', '0', '0', '0', '0', '1']);
    assert.match(f.related[4]!.message.zh, /属于三类内部事务信息.*：1$/);
    // 2021: （六）其他处理 has three items; 2019: one row.
    assert.match(findingsOf(buildReport({ prose: '全年共收到政府信息公开申请7件，其他处理2件。' }), rule)[0]?.message.zh ?? '', /其他处理2件，而表二「（六）其他处理」各项「总计」列之和为0/);
    assert.match(findingsOf(buildReport({ year: 2020, prose: '全年共收到政府信息公开申请7件，其他处理2件。' }), rule)[0]?.message.zh ?? '', /其他处理2件，而表二「（六）其他处理」行「总计」列为0/);
    assert.deepEqual(findingsOf(buildReport({ year: 2020, prose: '全年共收到政府信息公开申请7件，其中予以公开4件，不予公开1件，无法提供1件，不予处理0件。' }), rule), [], '2019: agrees');
    // An item whose printed total is wrong: its parts' sum is accepted too.
    const values = cleanValues();
    values.B['withheld.law'] = [1, 0, 0, 0, 0, 0, 0];
    assert.deepEqual(findingsOf(buildReport({ values, prose: '全年共收到政府信息公开申请7件，不予公开2件。' }), rule), []);
    assert.deepEqual(findingsOf(buildReport({ values, prose: '全年共收到政府信息公开申请7件，不予公开1件。' }), rule), []);
    assert.equal(findingsOf(buildReport({ values, prose: '全年共收到政府信息公开申请7件，不予公开3件。' }), rule).length, 1);
  });

  it('says outcomes in English too', () => {
    const f = findingsOf(buildReport({ prose: '全年共收到政府信息公开申请7件，其中予以公开3件，部分公开2件。' }), rule)[0];
    assert.equal(
      f?.message.en,
      'The text disagrees with the tables: the text says 3 applications granted in full (予以公开), while table B row "（一）予以公开", column "总计" has 4; the text says 2 applications granted in part (部分公开), while table B row "（二）部分公开", column "总计" has 1.',
    );
  });

  it('reads no outcome in section 二 (主动公开) without a word of applications', () => {
    const text = buildReport().replace('二、主动公开政府信息情况', '二、主动公开政府信息情况\n本年度予以公开3件。');
    assert.deepEqual(findingsOf(text, rule), []);
  });

  it('says nothing without tables, and survives any text', () => {
    assert.deepEqual(findingsOf('全年共收到政府信息公开申请9件。', rule), []);
    assert.deepEqual(findingsOf('', rule), []);
    assert.deepEqual(findingsOf(buildReport({ prose: '收到申请'.repeat(5000) + '1'.repeat(5000) + '件' }), rule), []);
    assert.equal(findingsOf(buildReport({ prose: '全年共收到政府信息公开申请7件，' + '2件结转下年度继续办理，'.repeat(5000) }), rule).length, 1);
    // Each of the 5000 is read (and none kept: an outcome named twice is said of parts).
    assert.deepEqual(findingsOf(buildReport({ prose: '全年共收到政府信息公开申请7件，其中' + '予以公开1件，'.repeat(5000) }), rule), []);
    assert.deepEqual(findingsOf(buildReport({ prose: '申请中'.repeat(5000) + '予以公开1件' + '其中'.repeat(5000) }), rule), []);
  });
});
