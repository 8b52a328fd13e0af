import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';
import { lineOf } from '../fixtures/ruleHarness.ts';
import { readSeed, seedNames, seedsMissing } from '../fixtures/seeds.ts';

describe('headings and sections', () => {
  it('reads the six sections of a report in every layout, and no table row as a heading', () => {
    for (const layout of allLayouts) {
      const { report } = analyze(buildReport({ layout }));
      assert.deepEqual(report.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6], layout);
      assert.deepEqual(report.headings.filter((h) => h.level === 2).map((h) => h.title), ['存在的主要问题', '改进措施'], layout);
    }
  });
  it('knows a section by its title whatever its number, and a sentence from a heading', () => {
    const text = buildReport().replace('五、存在', '5、 存在').replace('一、总体情况\n', '一、总体情况\n一、本机关全年共办理申请7件，均按时答复。\n（一）主动公开情况。全年主动公开信息120条。\n');
    const { report } = analyze(text);
    assert.deepEqual(report.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
    const five = report.sections.find((s) => s.number === 5)!;
    assert.equal(five.heading.numberText, '5、');
    assert.equal(text.slice(five.heading.numberSpan!.start, five.heading.numberSpan!.end), '5、');
    assert.ok(report.headings.some((h) => h.level === 2 && h.title === '主动公开情况' && h.number === 1), 'a run-in heading');
    assert.ok(!report.headings.some((h) => h.title.startsWith('本机关全年')), 'a sentence is not a heading');
  });
  it('reads a draft written in Markdown ("# 标题", "## 一、…", "**二、…**") as the same outline, in every layout', () => {
    const heading = /^(?:[一二三四五六]、|（[一二三四五]）)/;
    const marked = (text: string, mark: (line: string) => string) =>
      text.split('\n').map((l, i) => (i === 0 || heading.test(l)) && !/[|\t]/.test(l) ? mark(l) : l).join('\n');
    for (const layout of allLayouts) {
      const plain = analyze(buildReport({ layout }));
      for (const [name, mark] of [
        ['atx', (l: string) => `${/^（/.test(l) ? '###' : '##'} ${l}`],
        ['atx closed', (l: string) => `## ${l} ##`],
        ['bold', (l: string) => `**${l}**`],
        ['atx bold', (l: string) => `## __${l}__`],
      ] as const) {
        const text = marked(buildReport({ layout }), mark);
        const { report, findings } = analyze(text);
        const where = `${layout}, ${name}`;
        assert.deepEqual(report.headings.map((h) => [h.level, h.title]), plain.report.headings.map((h) => [h.level, h.title]), where);
        assert.deepEqual(report.headings.map((h) => text.slice(h.span.start, h.span.end)), plain.report.headings.map((h) => `${h.numberText ?? ''}${h.title}`), `${where}: spans without the marks`);
        assert.equal(report.year, plain.report.year, where);
        assert.deepEqual(findings.map((f) => f.rule), plain.findings.map((f) => f.rule), where);
      }
    }
    // A misnumbered Markdown heading is renumbered inside its marks; a bold lead-in is no heading's marks.
    const text = buildReport().replace('五、存在', '## 5、存在').replace('一、总体情况\n', '一、总体情况\n**注：**本报告数据截至年底。\n');
    const fixed = analyze(text).findings.find((f) => f.rule === 'structure/section-numbering');
    assert.ok(fixed, 'the 5、 heading is found misnumbered');
    assert.equal(text.slice(fixed.fixes[0]!.edits[0]!.span.start, fixed.fixes[0]!.edits[0]!.span.end), '5、');
    assert.ok(!analyze(text).report.headings.some((h) => h.title.includes('注')));
  });
  it('finds the outline of every seed', { skip: seedsMissing }, () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      const { report } = analyze(text);
      assert.deepEqual(report.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6], name);
    }
    const text = readSeed('000_0c70a8d3a77e52d2.txt');
    const subs = analyze(text).report.headings.filter((h) => h.level === 2);
    assert.deepEqual(subs.map((h) => [lineOf(text, h.span.start), h.number, h.title]), [
      [8, 1, '制度建设'], [11, null, '主动公开'], [14, null, '依申请公开'], [17, 4, '平台建设'], [20, null, '监督保障'],
      [402, 1, '存在的主要问题'], [409, null, '改进措施'],
    ]);
  });
});
