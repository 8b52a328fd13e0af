// The real-world noise FORMAT.md lists, each read as a careful reader would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { readBack } from '../fixtures/readBack.ts';

const clean = cleanValues();
const tab = buildReport({ layout: 'tab' });
const problems = (text: string) => analyze(text).findings.filter((f) => (f.rule.startsWith('table/') || f.rule.startsWith('balance/')) && f.severity !== 'hint');

describe('real-world noise', () => {
  const same: { what: string; text: string }[] = [
    { what: 'a label that lost characters', text: tab.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开') },
    { what: 'a label variant', text: tab.replace('2.其他法律行政法规禁止公开', '2.其他法律法规禁止公开') },
    { what: 'a label wrapped onto the next line', text: tab.replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）') },
    { what: 'a label cut short', text: tab.replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开') },
    { what: 'half-width brackets and spaces in labels', text: tab.replace('（一）予以公开', '(一) 予以公开').replace('（七）总计', '( 七 ) 总 计') },
    { what: 'numbers separated by single spaces after a label (PDF text)', text: buildReport({ layout: 'spaces' }).replace(/ {4}(?=\d)/g, ' ') },
    { what: 'group and row labels separated by one space (PDF text)', text: buildReport({ layout: 'spaces' }).replace(/ {4}/g, ' ') },
    { what: 'full-width digits', text: tab.replace('一、本年新收政府信息公开申请数量\t\t5\t1', '一、本年新收政府信息公开申请数量\t\t５\t１') },
    { what: 'CRLF line ends', text: tab.replace(/\n/g, '\r\n') },
    { what: 'CR line ends', text: tab.replace(/\n/g, '\r') },
  ];
  for (const c of same) {
    it(`reads ${c.what}`, () => {
      assert.notEqual(c.text, tab);
      const read = readBack(analyze(c.text).report);
      assert.deepEqual(read.B, clean.B);
      assert.deepEqual(problems(c.text), []);
    });
  }

  it('keeps a note written beside a number and reads the number', () => {
    const text = tab.replace('行政规范性文件\t\t5', '行政规范性文件\t\t5（其中修订2件）');
    const row = analyze(text).report.tables.A?.rows.find((r) => r.key === 'a1.normative');
    assert.deepEqual(row?.cells[0]?.value, { kind: 'number', value: 5, digits: '5', note: '（其中修订2件）' });
  });

  it('reads "/", "—" and "无" as text, counted as none, without an alarm', () => {
    const text = tab.replace(/(2\.重复申请\t\t)0\t0\t0/, '$1/\t—\t无');
    const row = analyze(text).report.tables.B?.rows.find((r) => r.key === 'rejected.repeat');
    assert.deepEqual(row?.cells.slice(0, 3).map((c) => c.value), [{ kind: 'text', text: '/' }, { kind: 'text', text: '—' }, { kind: 'text', text: '无' }]);
    assert.deepEqual(problems(text), []);
  });

  it('reports table C with 总计 printed 0 beside non-zero parts', () => {
    const v = cleanValues();
    v.C[9] = 0;
    const found = problems(buildReport({ values: v, layout: 'cell-per-line-pipe' }));
    assert.deepEqual(found.map((f) => f.rule), ['balance/relation']);
  });

  it('does not read prose before or after the tables as rows', () => {
    const text = tab.replace('一、总体情况\n', '一、总体情况\n本年新收政府信息公开申请数量为5件，予以公开4件。\n');
    assert.deepEqual(readBack(analyze(text).report).B, clean.B);
  });
});
