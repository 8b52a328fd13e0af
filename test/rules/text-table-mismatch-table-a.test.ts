import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'text/table-mismatch';

// The builder's clean table A (2021 format): 规章 0 / 0 / 0; 行政规范性文件 本年制发 5, 本年废止 1,
// 现行有效 54. The report year is 2023.
// `sentence`: the sentence the finding is on, when the prose holds more than it.
const disagree: { prose: string; says: RegExp; cell: string; sentence?: string }[] = [
  { prose: '2023年，制发行政规范性文件4件，废止1件，现行有效54件。', says: /本年制发行政规范性文件4件，而表一「行政规范性文件」行「本年制发件数」列为5/, cell: '5' },
  { prose: '本年度共制发规范性文件6件。', says: /正文称本年制发规范性文件6件，而表一「行政规范性文件」行/, cell: '5' },
  { prose: '行政规范性文件制发3件。', says: /本年制发行政规范性文件3件/, cell: '5' },
  { prose: '印发规范性文件六件。', says: /本年制发规范性文件6件/, cell: '5' },
  { prose: '本局出台行政规范性文件3个。', says: /本年制发行政规范性文件3件/, cell: '5' },
  { prose: '本年度制发规章1件。', says: /本年制发规章1件，而表一「规章」行「本年制发件数」列为0/, cell: '0' },
  { prose: '现行有效的行政规范性文件53件。', says: /现行有效行政规范性文件53件，而表一「行政规范性文件」行「现行有效件数」列为54/, cell: '54' },
  { prose: '规范性文件现行有效50件。', says: /现行有效规范性文件50件/, cell: '54' },
  { prose: '废止行政规范性文件3件。', says: /本年废止行政规范性文件3件，而表一「行政规范性文件」行「本年废止件数」列为1/, cell: '1' },
  // "废止N件" and "现行有效N件" alone, right after a clause that names the kind.
  { prose: '2023年制发行政规范性文件5件，废止2件。', says: /本年废止行政规范性文件2件/, cell: '1' },
  { prose: '2023年制发行政规范性文件5个，现行有效50件。', says: /现行有效行政规范性文件50件/, cell: '54' },
  // "经梳理" (having gone through them) introduces the year's counts, as a published report writes them.
  { prose: '经梳理，2023年制发行政规范性文件5个，现行有效50件。', says: /现行有效行政规范性文件50件/, cell: '54' },
  // A sentence wrapped over a line break, as text made from a PDF breaks it.
  { prose: '2023年，本局共制发行政规范性\n文件4件，废止1件，现行有效54件。', says: /本年制发行政规范性文件4件/, cell: '5' },
  // Said as a negation: none issued (or repealed), while the table counts some.
  { prose: '本年度未制发行政规范性文件。', says: /正文称本年未制发行政规范性文件，而表一「行政规范性文件」行「本年制发件数」列为5/, cell: '5' },
  { prose: '2023年，本局没有制发规范性文件。', says: /本年未制发规范性文件，而表一/, cell: '5' },
  { prose: '本年度未制发规章和行政规范性文件。', says: /本年未制发行政规范性文件，而表一「行政规范性文件」行「本年制发件数」列为5/, cell: '5' },
  { prose: '本年度无废止规范性文件。', says: /本年未废止规范性文件，而表一「行政规范性文件」行「本年废止件数」列为1/, cell: '1' },
  // "规章制定权" is no making of documents: the negation beside it is read.
  { prose: '本单位无规章制定权，本年度未制发规范性文件。', says: /本年未制发规范性文件，而表一「行政规范性文件」行「本年制发件数」列为5/, cell: '5' },
  // A count of another measure beside it, or one further away, leaves it read.
  { prose: '废止1个行政处罚，拟废止1个政府办文件。经梳理，2023年制发行政规范性文件5个，现行有效50件。', says: /现行有效行政规范性文件50件/, cell: '54', sentence: '经梳理，2023年制发行政规范性文件5个，现行有效50件。' },
  { prose: '区政府办制发2件。2023年制发行政规范性文件5件，废止3件。', says: /本年废止行政规范性文件3件/, cell: '1', sentence: '2023年制发行政规范性文件5件，废止3件。' },
  { prose: '制发行政规范性文件4件。各项工作有序推进。区政府办制发2件。', says: /本年制发行政规范性文件4件/, cell: '5', sentence: '制发行政规范性文件4件。' },
];

// Wording whose meaning is unclear, or about another count, says nothing.
const silent: { prose: string; why: string }[] = [
  { prose: '2023年，制发行政规范性文件5件，废止1件，现行有效54件。', why: 'agrees' },
  { prose: '经梳理，2023年制发行政规范性文件5个，现行有效54件。', why: 'agrees' },
  { prose: '本年度制发规章0件。', why: 'agrees' },
  { prose: '本年度未制发规章。', why: 'agrees: none issued, and table A says 0' },
  { prose: '本年度未制发新的规章制度。', why: 'internal rules, not 规章' },
  { prose: '本年度未制发规范性文件以外的文件。', why: 'of other documents' },
  { prose: '乡镇未制发规范性文件。', why: 'a part' },
  { prose: '未制发规范性文件的单位有3个。', why: 'a count of units' },
  { prose: '2023年，制发行政规范性文件2件，以区政府办公室名义制发3件。', why: 'a part by the name it was issued in (以…名义)' },
  // Other counts said of documents.
  { prose: '审核规范性文件9件。', why: '审核 is not 制发' },
  { prose: '清理规范性文件9件。', why: '清理 is not 现行有效' },
  { prose: '开展规范性文件清理，现行有效规范性文件50件。', why: 'a count of a clean-up' },
  { prose: '公开规范性文件9件。', why: '公开: maybe documents of others' },
  { prose: '发布规范性文件9件。', why: '发布: maybe documents of others' },
  { prose: '备案规范性文件9件。', why: '备案 is another count' },
  { prose: '解读规范性文件9件。', why: '解读 is another count' },
  { prose: '制发规范性文件解读9件。', why: 'a count of explanations' },
  { prose: '就规范性文件征求意见9件。', why: '征求意见 is another count' },
  // Other scopes and parts.
  { prose: '全区制发规范性文件9件。', why: 'the area' },
  { prose: '各部门制发规范性文件9件。', why: 'the departments' },
  { prose: '各乡镇制发规范性文件9件。', why: 'the towns' },
  { prose: '下属单位制发规范性文件9件。', why: 'the units below' },
  { prose: '局本级制发规范性文件9件。', why: 'a part of the office' },
  { prose: '区政府办公室代区政府制发规范性文件9件。', why: 'a subject other than the office itself' },
  { prose: '制发规范性文件9件，其中以区政府名义制发3件。', why: 'a part' },
  { prose: '其中制发规范性文件3件。', why: 'a part' },
  // Another clause of the sentence counts other documents: the counts read may be parts.
  { prose: '2023年，本机关制发行政规范性文件3件，区政府办制发2件。', why: 'a part, the rest by another issuer' },
  { prose: '本年度印发规范性文件3件，另以区政府办文件印发2件。', why: 'a part, the rest in another name' },
  { prose: '本年度印发规范性文件3件，部门规范性文件2件。', why: 'a breakdown by kind' },
  { prose: '全年制发规范性文件3件，此外还转发上级规范性文件2件。', why: 'the table may count the forwarded ones' },
  { prose: '制发规范性文件3件，与区财政局会签2件。', why: 'the table may count the co-signed ones' },
  { prose: '本年度废止规范性文件3件，宣布失效2件。', why: 'the table may count the ones declared void' },
  { prose: '全年废止规范性文件3件，另有2件自然失效。', why: 'the table may count the ones expired' },
  // …or in a sentence beside it, in the same paragraph.
  { prose: '2023年制发行政规范性文件3件。另外，区政府办制发2件。', why: 'a part in the next sentence' },
  { prose: '区政府办制发2件。2023年制发行政规范性文件3件。', why: 'a part in the sentence before' },
  { prose: '制发规范性文件3件。另以区政府名义印发规范性文件2件。', why: 'a part in another name, in the next sentence' },
  { prose: '本年度未制发规范性文件。区政府办制发2件。', why: 'a negation, with a part beside it' },
  { prose: '除上述文件外，未制发规范性文件。', why: 'a negation of the documents other than those named (除…外)' },
  { prose: '除此之外，本年度未制发规范性文件。', why: 'a negation of other documents (除此之外)' },
  { prose: '本机关未制发规范性文件，相关文件由区政府制发。', why: 'a negation, with the documents issued by another in the same sentence' },
  { prose: '本年度未废止规范性文件，相关文件已由区政府宣布失效。', why: 'a negation, with the documents declared void by another in the same sentence' },
  { prose: '2023年制发行政规范性文件3件。\n区政府办制发2件。', why: 'a part on the next line' },
  { prose: '区政府办制发2件。\n2023年制发行政规范性文件3件。', why: 'a part on the line before' },
  // The party's documents.
  { prose: '本年度制发规范性文件3件，均为党内规范性文件。', why: 'the party\'s documents' },
  { prose: '本年度制发规范性文件3件，以局党组文件印发。', why: 'the party\'s documents' },
  // Comparisons, percentages, other years, plans.
  { prose: '制发规范性文件9件，同比增加2件。', why: 'a comparison' },
  { prose: '制发规范性文件较上年增加9件。', why: 'a comparison' },
  { prose: '制发规范性文件9件，占发文总数的30%。', why: 'a percentage' },
  { prose: '2022年制发规范性文件9件。', why: 'another year' },
  { prose: '上年度制发规范性文件9件。', why: 'another year, in words' },
  { prose: '截至目前，现行有效规范性文件50件。', why: 'at the time of writing, not at the year\'s end' },
  { prose: '截止发稿时，现行有效规范性文件50件。', why: 'at the time of writing' },
  { prose: '到报告编制时，现行有效规范性文件50件。', why: 'at the time of writing' },
  { prose: '下一步将制发规范性文件9件。', why: 'a plan' },
  { prose: '拟制发规范性文件9件。', why: 'a plan' },
  // Other kinds, sums, and counts not right after the words.
  { prose: '制发规章和规范性文件9件。', why: 'a sum of two kinds' },
  { prose: '制发规章、规范性文件共9件。', why: 'a sum of two kinds' },
  { prose: '制定规章制度9项。', why: 'internal rules, not 规章' },
  { prose: '制发党内规范性文件9件。', why: 'another kind' },
  { prose: '制发其他规范性文件9件。', why: 'another kind' },
  { prose: '制发规范性文件9件次。', why: 'another unit' },
  { prose: '制发规范性文件9件（详见附件）。', why: 'words after the count' },
  { prose: '制发的9件规范性文件均已报备。', why: 'a count written first' },
  { prose: '制发规章1件，制发规章2件。', why: 'one count said twice: its parts' },
  // "废止N件" alone: only right after a clause that names the kind.
  { prose: '废止9件。', why: 'no kind named' },
  { prose: '废止1个行政处罚，废止9件。', why: 'of another thing' },
  { prose: '制发行政规范性文件5件，印发通知2件，废止9件。', why: 'not right after the clause of the kind' },
];

describe(`${rule}: table A (规章, 行政规范性文件)`, () => {
  for (const c of disagree) {
    it(`warns on "${c.prose}"`, () => {
      const text = buildReport({ prose: c.prose });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.zh)));
      const f = found[0]!;
      assert.equal(f.severity, 'warning');
      // On the sentence that states it, naming table A's cell and its value.
      assert.equal(spanText(text, f), c.sentence ?? c.prose);
      assert.match(f.message.zh, c.says);
      assert.equal(f.related.length, 1);
      assert.equal(text.slice(f.related[0]!.span.start, f.related[0]!.span.end), c.cell, 'related information points at the cell');
      assert.ok(f.related[0]!.span.start > text.indexOf('二、主动公开政府信息情况'), 'the cell is in table A');
      assert.ok(f.related[0]!.span.start < text.indexOf('三、收到和处理政府信息公开申请情况'), 'the cell is in table A');
      assert.deepEqual(f.fixes, [], 'which side is wrong is unknown: no fix');
    });
  }

  it('reads a count after a negation of one kind as that kind\'s ("未新制发行政规范性文件，现行有效50件")', () => {
    const found = findingsOf(buildReport({ prose: '本年度未新制发行政规范性文件，现行有效50件。' }), rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /本年未制发行政规范性文件，而表一「行政规范性文件」行「本年制发件数」列为5；正文称现行有效行政规范性文件50件，而表一「行政规范性文件」行「现行有效件数」列为54/);
    // Of two kinds, the count is of neither.
    assert.doesNotMatch(findingsOf(buildReport({ prose: '本年度未制发规章和行政规范性文件，现行有效50件。' }), rule)[0]?.message.zh ?? '', /现行有效/);
  });

  for (const c of silent) {
    it(`is silent on "${c.prose}" (${c.why})`, () => {
      assert.deepEqual(findingsOf(buildReport({ prose: c.prose }), rule), []);
      assert.deepEqual(findingsOf(buildReport({ prose: c.prose, agency: '某某市某某区人民政府' }), rule), [], 'in a government\'s report too');
    });
  }

  it('finds the cell in every layout', () => {
    for (const layout of allLayouts) {
      const text = buildReport({ layout, prose: '2023年制发行政规范性文件5件，现行有效50件。' });
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.equal(text.slice(found[0]!.related[0]!.span.start, found[0]!.related[0]!.span.end), '54', layout);
    }
  });

  it('says the whole sentence\'s disagreements in one finding, in English too', () => {
    const found = findingsOf(buildReport({ prose: '2023年，制发行政规范性文件4件，废止2件，现行有效54件。' }), rule);
    assert.equal(found.length, 1);
    assert.equal(
      found[0]!.message.en,
      'The text disagrees with the tables: the text says normative documents (行政规范性文件) issued this year: 4, while table A row "行政规范性文件", column "本年制发件数" has 5; the text says normative documents (行政规范性文件) repealed this year: 2, while table A row "行政规范性文件", column "本年废止件数" has 1.',
    );
    assert.equal(found[0]!.message.zh, '正文与表格不一致：正文称本年制发行政规范性文件4件，而表一「行政规范性文件」行「本年制发件数」列为5；正文称本年废止行政规范性文件2件，而表一「行政规范性文件」行「本年废止件数」列为1。');
    assert.equal(found[0]!.related.length, 2);
  });

  it('says a negation in the prose\'s words, in English too', () => {
    const found = findingsOf(buildReport({ prose: '本年度未废止行政规范性文件。' }), rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message.zh, '正文与表格不一致：正文称本年未废止行政规范性文件，而表一「行政规范性文件」行「本年废止件数」列为1。');
    assert.equal(found[0]!.message.en, 'The text disagrees with the tables: the text says no normative documents (行政规范性文件) were repealed this year, while table A row "行政规范性文件", column "本年废止件数" has 1.');
  });

  it('compares only numbers: a blank, "/", words or a note in the cell say nothing', () => {
    const values = cleanValues();
    values.A['a1.normative'] = [null, 1, 54];
    assert.deepEqual(findingsOf(buildReport({ values, prose: '制发行政规范性文件9件。' }), rule), []);
    const pipe = buildReport({ layout: 'pipe', prose: '制发行政规范性文件9件。' });
    assert.ok(pipe.includes('行政规范性文件 | 5 | 1 | 54 |'));
    assert.equal(findingsOf(pipe, rule).length, 1);
    assert.deepEqual(findingsOf(pipe.replace('行政规范性文件 | 5 | 1 | 54 |', '行政规范性文件 | / | 1 | 54 |'), rule), []);
    assert.deepEqual(findingsOf(pipe.replace('行政规范性文件 | 5 | 1 | 54 |', '行政规范性文件 | 无 | 1 | 54 |'), rule), []);
    assert.deepEqual(findingsOf(pipe.replace('行政规范性文件 | 5 | 1 | 54 |', '行政规范性文件 | 5（其中修订4件） | 1 | 54 |'), rule), [], 'a note beside the number');
  });

  it('reads the 2019 format\'s 本年新制作数量 as 制发, and has no column for 废止 or 现行有效', () => {
    // The 2019 clean table A: 规范性文件 本年新制作 5, 本年新公开 5, 对外公开总数量 54.
    const text = buildReport({ year: 2020, prose: '2020年新制作规范性文件4件。' });
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message.zh, '正文与表格不一致：正文称本年制发规范性文件4件，而表一「规范性文件」行「本年新制作数量」列为5。');
    assert.equal(text.slice(found[0]!.related[0]!.span.start, found[0]!.related[0]!.span.end), '5');
    assert.deepEqual(findingsOf(buildReport({ year: 2020, prose: '2020年制发规范性文件5件。' }), rule), [], 'agrees');
    assert.deepEqual(findingsOf(buildReport({ year: 2020, prose: '2020年制发规范性文件5件，废止9件，现行有效9件。' }), rule), [], 'no such columns');
    // Table A read on the 2019 format in a 2021 report: its own columns.
    assert.equal(findingsOf(buildReport({ tableAVersion: '2019', prose: '2023年制发规范性文件4件。' }), rule).length, 1);
    assert.deepEqual(findingsOf(buildReport({ tableAVersion: '2019', prose: '2023年制发规范性文件5件，现行有效9件。' }), rule), []);
  });

  it('says nothing without table A, and survives any text', () => {
    assert.deepEqual(findingsOf('制发行政规范性文件9件。', rule), []);
    assert.deepEqual(findingsOf(buildReport({ prose: '制发规范性文件1件，'.repeat(5000) }), rule), []);
    assert.equal(findingsOf(buildReport({ prose: '制发规范性文件9件，' + '现行有效54件，'.repeat(5000) }), rule).length, 1);
    assert.deepEqual(findingsOf(buildReport({ prose: ' '.repeat(50000) + '规章' }), rule), []);
  });
});
