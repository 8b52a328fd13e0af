import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'date/publication-late';
const root = resolve(__dirname, '..', '..');

/** A 2022 report of the given agency, signed with the given date. */
function signed(date: string, agency = '某某市某某局'): string {
  return `${buildReport({ year: 2022, agency }).trimEnd()}\n${agency}\n${date}\n`;
}

describe(rule, () => {
  const cases: { what: string; text: string; late: boolean; kind?: 'department' | 'government' }[] = [
    { what: 'a department by 1月31日', text: signed('2023年1月31日'), late: false },
    { what: 'a department after 1月31日', text: signed('2023年2月15日'), late: true },
    { what: 'a department, month only, in January', text: signed('2023年1月'), late: false },
    { what: 'a department, month only, in February', text: signed('2023年2月'), late: true },
    { what: 'a department, numeric date', text: signed('发布时间：2023-02-15 09:30'), late: true },
    { what: 'a department, date in words with a clock time', text: signed('发布时间：2023年2月15日 09:30'), late: true },
    { what: 'a department, date in words with a clock time, on time', text: signed('发布时间：2023年1月15日 09:30:05'), late: false },
    { what: "a government office (a department)", text: signed('2023年2月15日', '某某市人民政府办公室'), late: true },
    { what: 'a government by 3月31日', text: signed('2023年2月15日', '某某市人民政府'), late: false },
    { what: 'a district government by 3月31日', text: signed('2023年3月31日', '某某区政府'), late: false },
    { what: 'a government after 3月31日', text: signed('2023年4月2日', '某某市人民政府'), late: true },
    { what: 'a department set as a government', text: signed('2023年2月15日'), late: false, kind: 'government' },
    { what: 'a government set as a department', text: signed('2023年2月15日', '某某县人民政府'), late: true, kind: 'department' },
    { what: 'years later', text: signed('2025年1月5日'), late: true },
  ];
  for (const c of cases) {
    it(`${c.late ? 'warns on' : 'is silent on'} ${c.what}`, () => {
      const found = findingsOf(c.text, rule, c.kind ? { reportKind: c.kind } : {});
      assert.equal(found.length, c.late ? 1 : 0);
      if (c.late) {
        assert.equal(found[0]!.severity, 'warning');
        assert.match(spanText(c.text, found[0]!), /^2/);
      }
    });
  }

  it('says from which agency it took the report for a department\'s, and nothing of it when the kind was given', () => {
    const text = signed('2023年2月15日');
    const [guessed] = findingsOf(text, rule);
    assert.equal(guessed!.message.zh, '发布日期2023年2月15日晚于2023年1月31日：部门的年度报告应于次年1月31日前发布（按单位“某某市某某局”判断为部门的报告，如不对可指定报告类型：命令行用 --report-kind，编辑器用设置 nianbao.reportKind）');
    assert.match(guessed!.message.en, /a department's report is due by 31 January of the next year \(taken for a department's report from the agency "某某市某某局"; if that is wrong, give the report kind: --report-kind on the command line, the nianbao\.reportKind setting in the editor\)$/);
    const [given] = findingsOf(text, rule, { reportKind: 'department' });
    assert.equal(given!.message.zh, '发布日期2023年2月15日晚于2023年1月31日：部门的年度报告应于次年1月31日前发布');
    const [government] = findingsOf(signed('2023年4月2日', '某某市人民政府'), rule);
    assert.match(government!.message.zh, /（按单位“某某市人民政府”判断为本级政府的报告，如不对可指定报告类型：命令行用 --report-kind，编辑器用设置 nianbao\.reportKind）$/);
  });

  it('names the real ways to give the report kind: the CLI option and the editor setting', () => {
    const [guessed] = findingsOf(signed('2023年2月15日'), rule);
    const setting = /nianbao\.\w+/.exec(guessed!.message.zh)?.[0] ?? '';
    const option = /--[a-z-]+/.exec(guessed!.message.zh)?.[0] ?? '';
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
    assert.ok(setting in manifest.contributes.configuration.properties, `the setting ${setting} is in package.json`);
    assert.ok(readFileSync(join(root, 'server', 'src', 'cli', 'args.ts'), 'utf8').includes(`'${option.slice(2)}': {`), `the option ${option} is parsed by the CLI`);
    for (const named of [setting, option]) assert.ok(guessed!.message.en.includes(named), `${named} in English too`);
  });

  it('reads the agency on its own line above the title', () => {
    const text = `某某市人民政府\n${signed('2023年2月15日', '').replace(/^\n*/, '')}`;
    assert.deepEqual(findingsOf(text, rule), []);
    const dept = `某某市人民政府办公室\n${signed('2023年2月15日', '').replace(/^\n*/, '')}`;
    assert.equal(findingsOf(dept, rule).length, 1);
  });

  it('reads the agency written after the year', () => {
    const gov = signed('2023年2月15日').replace('某某市某某局2022年', '2022年某某市人民政府');
    assert.deepEqual(findingsOf(gov, rule), []);
    const dept = signed('2023年2月15日').replace('某某市某某局2022年', '2022年某某市某某局');
    assert.equal(findingsOf(dept, rule).length, 1);
  });

  it('takes an area named alone or as its government for a government (due by 3月31日), a department word after it for a department', () => {
    for (const area of ['平潭综合实验区', '某某县', '宁河镇', '某某市某某区', '淮安市洪泽区人民政府', '某某新区']) {
      assert.deepEqual(findingsOf(signed('2023年3月8日', area), rule), [], area);
    }
    for (const department of ['沭阳县发展和改革局', '上海市科学技术委员会', '新华区政府办', '某某市人民政府办公室', '某某区政务服务中心']) {
      assert.equal(findingsOf(signed('2023年3月8日', department), rule).length, 1, department);
    }
  });

  it('reads the agency from a crawler\'s 发布机构 line and the signature when the title names none', () => {
    const body = buildReport({ year: 2022, agency: '' });
    const crawled = `标题: 2022年政府信息公开工作年度报告\n发布时间: 2023-03-08 10:12\n发布机构: 某某综合实验区\n${body}`;
    assert.deepEqual(findingsOf(crawled, rule), []);
    const department = crawled.replace('发布机构: 某某综合实验区', '发布机构: 某某县民政局');
    assert.equal(findingsOf(department, rule).length, 1);
    const signedOnly = `${body.trimEnd()}\n某某市某某区\n2023年3月8日\n`;
    assert.deepEqual(findingsOf(signedOnly, rule), []);
  });

  it('says nothing about dates in the prose, nor about early dates (publication-early says those)', () => {
    assert.deepEqual(findingsOf(buildReport({ year: 2022, prose: '2023年5月1日起施行。' }), rule), []);
    assert.deepEqual(findingsOf(signed('2022年5月1日'), rule), []);
  });
});
