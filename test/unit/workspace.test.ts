import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { agencyOf, isGenericAgency } from '../../server/src/engine/workspace/agency.ts';
import { crossReportFindings, digestOf } from '../../server/src/engine/workspace/index.ts';
import { pairsOf } from '../../server/src/engine/workspace/pairs.ts';
import { sectionReuse } from '../../server/src/engine/workspace/sectionReuse.ts';
import { buildReport, cleanValues, type TableValues } from '../fixtures/reportBuilder.ts';

const agency = '某某市某某局';

/** Two consecutive reports of one agency whose numbers agree and whose prose was rewritten. */
function consistentPair(): { last: TableValues; now: TableValues } {
  const last = cleanValues();
  const now = cleanValues();
  now.A['a1.normative'] = [5, 1, 58];
  return { last, now };
}

const freshProse = '本年度重点围绕优化营商环境、乡村振兴等领域加强信息发布。新建政策解读专栏，组织线上访谈三场。依申请公开答复全部按期办结，未发生超期情形。';

function findings(reports: { name: string; text: string }[], rule: string) {
  const found = crossReportFindings(reports.map((r) => digestOf(analyze(r.text).report, r.name)));
  return found.map((list) => list.filter((f) => f.rule === rule));
}

describe('workspace: reports of one agency across years', () => {
  it('recognises the agency from the title, the line above it, or the file name', () => {
    const titled = analyze(buildReport({ agency: '宁河镇' })).report;
    assert.equal(agencyOf(titled, 'x.txt'), '宁河镇');
    const above = analyze(buildReport({ agency: '' }).replace(/^/, '宁河区人民政府合作交流办公室\n')).report;
    assert.equal(agencyOf(above, 'x.txt'), '宁河区人民政府合作交流办公室');
    const untitled = analyze(buildReport().replace(/^.*\n/, '\n')).report;
    assert.equal(agencyOf(untitled, '新华区政府办2021年报.txt'), '新华区政府办');
    // A file name of hash letters names no agency: the report is not paired rather than paired wrong.
    assert.equal(agencyOf(untitled, 'fddff3a9.txt'), null);
    // A crawler's metadata names it when the title does not.
    const crawled = analyze(`标题: 2021年政府信息公开工作年度报告\n发布机构: 某某县民政局\n${buildReport().replace(/^.*\n/, '\n')}`).report;
    assert.equal(agencyOf(crawled, 'fddff.txt'), '某某县民政局');
    // A crawler's path line that only looks like a title names no agency ("本地目录zwgk80613…").
    const pathLine = analyze(`本地目录: zwgk/zfxxgk/202202/80613_某某县2021年度政府信息公开工作年度报告\n${buildReport().replace(/^.*\n/, '\n')}`).report;
    assert.equal(pathLine.agency, null);
    // With no title, a page's head: the agency over the date (seed 004); not a line over no date.
    const head = analyze(`天津市河北区人民政府\n2019年12月3日星期二\n${buildReport().replace(/^.*\n/, '\n')}`).report;
    assert.deepEqual([head.agency?.name, head.agency?.source], ['天津市河北区人民政府', 'header']);
    const noDate = analyze(`天津市河北区人民政府\n${buildReport().replace(/^.*\n/, '\n')}`).report;
    assert.notEqual(noDate.agency?.source, 'header');
    const sentence = analyze(`根据区政府要求，现将本局年度报告公布如下\n2019年12月3日\n${buildReport().replace(/^.*\n/, '\n')}`).report;
    assert.equal(sentence.agency, null);
  });

  it('pairs a report with the same agency the year before, and only then', () => {
    const r = (year: number, who = agency) => digestOf(analyze(buildReport({ year, agency: who })).report, `${who}${year}.txt`);
    const reports = [r(2022), r(2023), r(2023, '另一个区民政局'), r(2021, '另一个区民政局')];
    const pairs = pairsOf(reports);
    assert.deepEqual(pairs.map((p) => [p.current.name, p.previous.name]), [['某某市某某局2023.txt', '某某市某某局2022.txt']]);
    const draft = digestOf(analyze(buildReport({ year: 2023, agency }).replace('本年度', '本年')).report, `${agency}2023草稿.txt`);
    assert.deepEqual(pairsOf([r(2022), r(2023), draft]).length, 0, 'two reports for one year that read differently: no guess');
    // The same report twice (a text and its page, a file downloaded twice): either stands for the year.
    assert.deepEqual(pairsOf([r(2022), r(2023), r(2023)]).map((p) => p.previous.name), ['某某市某某局2022.txt', '某某市某某局2022.txt']);
    assert.deepEqual(pairsOf([r(2022), r(2022), r(2023)]).map((p) => [p.current.name, p.previous.name]), [['某某市某某局2023.txt', '某某市某某局2022.txt']]);
  });

  it('says why a report was not compared with the year before when one of the two years has several reports (workspace/same-year)', () => {
    // A draft and the final text of 2023: they read differently (a sentence changed).
    const r = (name: string, year: number) => ({ name, text: name === '2023.html' ? buildReport({ year, agency }).replace('本年度', '本年') : buildReport({ year, agency }) });
    const rule = 'workspace/same-year';
    // 2023 twice, differently, 2022 once, 2024 once: neither 2023 report is compared with 2022, nor
    // is 2024 with 2023; 2022 has no year before it here.
    const found = findings([r('2022.txt', 2022), r('2023.txt', 2023), r('2023.html', 2023), r('2024.txt', 2024)], rule);
    assert.deepEqual(found.map((list) => list.map((f) => f.message.zh)), [
      [],
      ['同一单位2023年度还有 1 份报告（2023.html），无法确定以哪一份与2022年报告比对，未做跨年度核对'],
      ['同一单位2023年度还有 1 份报告（2023.txt），无法确定以哪一份与2022年报告比对，未做跨年度核对'],
      ['同一单位2023年度有 2 份报告（2023.txt、2023.html），无法确定与哪一份比对，未做跨年度核对'],
    ]);
    assert.equal(found[3]![0]!.message.en, 'The agency has 2 reports of 2023 (2023.txt, 2023.html): which one to compare with is unknown, so no year-to-year check was made');
    assert.equal(found[3]![0]!.severity, 'information');
    // The other cross-year checks made no pair of these.
    assert.deepEqual(findings([r('2022.txt', 2022), r('2023.txt', 2023), r('2023.html', 2023), r('2024.txt', 2024)], 'workspace/similar-text').flat(), []);
    // Two reports of a year with no year beside them: nothing was left uncompared, nothing is said.
    assert.deepEqual(findings([r('2023.txt', 2023), r('2023.html', 2023)], rule).flat(), []);
    // The same report twice (a text and its page): compared with 2022 as one, nothing said.
    const same = (name: string, year: number) => ({ name, text: buildReport({ year, agency }) });
    assert.deepEqual(findings([same('2022.txt', 2022), same('2023.txt', 2023), same('2023.html', 2023)], rule).flat(), []);
    // One report a year: paired, nothing said.
    assert.deepEqual(findings([r('2022.txt', 2022), r('2023.txt', 2023)], rule).flat(), []);
    // Turned off like any rule.
    const off = crossReportFindings([r('2022.txt', 2022), r('2023.txt', 2023), r('2023.html', 2023)].map((x) => digestOf(analyze(x.text).report, x.name)), { rules: { [rule]: 'off' } });
    assert.deepEqual(off.flat().filter((f) => f.rule === rule), []);
  });

  it('tells a generic agency name ("政府办", "区财政局") from one that names its place', () => {
    for (const name of ['政府办', '区财政局', '市场监督管理局', '县政府办公室', '区人民政府办公室', '街道办事处']) assert.ok(isGenericAgency(name), name);
    for (const name of ['新华区政府办', '洪泽区人民政府', '宁河镇', '平潭综合实验区', '某某市某某局', '某某县民政局', '某某街道办事处', '国家统计局']) assert.ok(!isGenericAgency(name), name);
  });

  it('qualifies a generic title by a file name that names the same office with its place', () => {
    const report = analyze(buildReport({ agency: '政府办' })).report;
    assert.equal(agencyOf(report, '新华区政府办2021年报.txt'), '新华区政府办');
    assert.equal(agencyOf(report, '政府办2021.txt'), '政府办', 'the file name adds nothing');
    assert.equal(agencyOf(report, '东丽区教育局2021.txt'), '政府办', 'another office: the title is kept');
  });

  it('pairs generic agency names only within one folder: in a folder of many areas, two 政府办 are two agencies', () => {
    const r = (year: number, path: string) => digestOf(analyze(buildReport({ year, agency: '政府办' })).report, path);
    assert.equal(pairsOf([r(2021, 'reports/a/年报2021.txt'), r(2022, 'reports/a/年报2022.txt')]).length, 1, 'one folder: one agency\'s reports');
    assert.equal(pairsOf([r(2021, 'reports/a/年报2021.txt'), r(2022, 'reports/b/年报2022.txt')]).length, 0, 'two folders');
    assert.equal(pairsOf([r(2021, 'all/新华区政府办2021年报.txt'), r(2022, 'all/东丽区政府办2022年报.txt')]).length, 0, 'two districts named by their files');
    assert.equal(pairsOf([r(2021, 'all/新华区政府办2021年报.txt'), r(2022, 'other/新华区政府办2022年报.txt')]).length, 1, 'one district named by its files');
  });

  it('carry-over: this year\'s 二、上年结转 against last year\'s 四、结转下年度继续办理', () => {
    const { last, now } = consistentPair();
    const ok = findings([{ name: 'a2022.txt', text: buildReport({ year: 2022, agency, values: last }) }, { name: 'a2023.txt', text: buildReport({ year: 2023, agency, values: now }) }], 'workspace/carry-over');
    assert.deepEqual(ok, [[], []]);
    last.B.pending = [2, 0, 0, 0, 0, 0, 2];
    const text = buildReport({ year: 2023, agency, values: now });
    const bad = findings([{ name: 'a2022.txt', text: buildReport({ year: 2022, agency, values: last }) }, { name: 'a2023.txt', text }], 'workspace/carry-over');
    assert.equal(bad[0]!.length, 0, 'the older report is not judged by the newer');
    assert.equal(bad[1]!.length, 1);
    assert.equal(bad[1]![0]!.severity, 'warning');
    assert.match(bad[1]![0]!.message.zh, /「自然人」本年为 1，上年为 2；「总计」本年为 1，上年为 2/);
    const related = bad[1]![0]!.related;
    assert.equal(related.filter((r) => !r.inPrevious).length, 1);
    // Last year's cells, in last year's text: what the editor links to.
    const lastText = buildReport({ year: 2022, agency, values: last });
    assert.deepEqual(related.filter((r) => r.inPrevious).map((r) => lastText.slice(r.span.start, r.span.end)), ['2', '2']);
  });

  it('valid documents: last year\'s 现行有效 + 制发 − 废止 = this year\'s 现行有效', () => {
    const { last, now } = consistentPair();
    const pair = (v: TableValues) => [{ name: 'a2022.txt', text: buildReport({ year: 2022, agency, values: last }) }, { name: 'a2023.txt', text: buildReport({ year: 2023, agency, values: v }) }];
    assert.deepEqual(findings(pair(now), 'workspace/valid-documents'), [[], []]);
    now.A['a1.normative'] = [5, 1, 54];
    const bad = findings(pair(now), 'workspace/valid-documents')[1]!;
    assert.equal(bad.length, 1);
    assert.match(bad[0]!.message.zh, /「行政规范性文件」现行有效件数为 54，但上年报告（a2022\.txt）的 54 \+ 本年制发 5 − 本年废止 1 = 58/);
  });

  it('similar text: information with the share when more than half is reused', () => {
    const { last, now } = consistentPair();
    const reused = findings([{ name: 'a2022.txt', text: buildReport({ year: 2022, agency, values: last }) }, { name: 'a2023.txt', text: buildReport({ year: 2023, agency, values: now }) }], 'workspace/similar-text');
    assert.equal(reused[1]!.length, 1);
    assert.equal(reused[1]![0]!.severity, 'information');
    assert.match(reused[1]![0]!.message.zh, /约 \d+% 与2022年报告（a2022\.txt）相同/);
    const rewritten = buildReport({ year: 2023, agency, values: now, prose: freshProse })
      .replace('政策解读形式还不够丰富。', '基层公开标准目录更新不及时，部分栏目内容更新较慢。')
      .replace('进一步丰富解读形式，提升公开质量。', '下一步将建立栏目巡检制度，按月通报更新情况。')
      .replace('本年度未收取信息处理费。', '本机关全年未向申请人收取任何信息处理费用。');
    const fresh = findings([{ name: 'a2022.txt', text: buildReport({ year: 2022, agency, values: last }) }, { name: 'a2023.txt', text: rewritten }], 'workspace/similar-text');
    assert.deepEqual(fresh, [[], []]);
  });

  it('similar text: a sentence kept in look-alike radicals or full-width digits is the sentence written plainly', () => {
    const { last, now } = consistentPair();
    const plain = buildReport({ year: 2022, agency, values: last });
    // Every 一 and 行 as Kangxi radicals (⼀ U+2F00, ⾏ U+2F8F), every ASCII digit full-width.
    const lookAlike = plain.replace(/一/g, '\u2f00').replace(/行/g, '\u2f8f').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    assert.notEqual(lookAlike, plain);
    assert.deepEqual(digestOf(analyze(lookAlike).report, 'b.txt').sentences, digestOf(analyze(plain).report, 'a.txt').sentences);
    const reused = findings([{ name: 'a2022.txt', text: lookAlike }, { name: 'a2023.txt', text: buildReport({ year: 2023, agency, values: now }) }], 'workspace/similar-text');
    assert.equal(reused[1]!.length, 1);
  });

  it('stays silent for reports of different agencies', () => {
    const found = crossReportFindings([
      digestOf(analyze(buildReport({ year: 2022, agency: '甲县教育局' })).report, 'a.txt'),
      digestOf(analyze(buildReport({ year: 2023, agency: '乙县卫健委' })).report, 'b.txt'),
    ]);
    assert.deepEqual(found, [[], []]);
  });

  it('section reuse: each section\'s share of last year\'s sentences, with their places (numbers masked)', () => {
    const last = buildReport({ year: 2022, agency, prose: '全年主动公开信息120条，较上年有所增加。' });
    const text = buildReport({ year: 2023, agency, prose: '全年主动公开信息135条，较上年有所增加。' + freshProse });
    const current = analyze(text).report;
    const reuse = sectionReuse(current, digestOf(analyze(last).report, 'a2022.txt'));
    const first = reuse.find((r) => r.section === 1)!;
    assert.deepEqual(first.copied.map((c) => text.slice(c.span.start, c.span.end)), [
      '2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开工作。',
      '全年主动公开信息135条，较上年有所增加。',
    ]);
    assert.ok(first.reused > 0 && first.reused < first.length, 'the fresh prose is not reused');
    assert.equal(reuse.find((r) => r.section === 2)?.copied.length, 0, 'tables are not prose');
  });
});
