// A table's span ends at its last row read; its region reaches over the lines the table reader
// took after it (a row whose label was not recognised, a blank line). Those lines are still the
// table's: not headings, and where a row label may be typed. (Found by review when the two were
// made one: the unbound rows became sub-headings of section 三.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { Reported } from '../../server/src/lsp/analysisCache.ts';
import { completionsAt } from '../../server/src/lsp/completion.ts';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';

describe('lines a table region took after its last bound row', () => {
  for (const layout of allLayouts) {
    it(`${layout}: table B rows whose labels are not recognised are not sub-headings of section 三`, () => {
      // The last two rows reworded: neither binds, and both stay in table B's region.
      const text = buildReport({ layout, year: 2023 })
        .replace('（七）总计', '（七）合计')
        .replace('四、结转下年度继续办理', '四、转下年度办理');
      const { findings, report } = analyze(text);
      assert.deepEqual(findings.filter((f) => f.rule === 'structure/subheading-numbering').map((f) => f.message.zh), []);
      assert.equal(report.headings.some((h) => /\d\s*\d/.test(h.title)), false, 'a heading holding a row of numbers');
      // Either the rows stay unread and the region reaches past them, or their numbers were
      // placed by the format's order (as in the spaces layout, where each stands on its own line).
      const b = report.tables.B!;
      const placed = b.rows.filter((r) => r.placedByOrder).map((r) => r.key);
      assert.ok(b.region.end > b.span.end || placed.join() === 'total,pending', 'the region reaches past the last row read');
    });
  }

  it('a blank line just after table B\'s last row still offers its row labels', () => {
    const built = buildReport({ layout: 'tab', year: 2023 });
    const at = built.indexOf('四、政府信息公开行政复议');
    const text = `${built.slice(0, at)}\n${built.slice(at)}`;
    const checked = { analysis: analyze(text), lang: 'zh' } as unknown as Reported;
    const labels = completionsAt(checked, at).map((c) => c.label);
    assert.ok(labels.includes('四、结转下年度继续办理'), `completions at the blank line: ${JSON.stringify(labels.slice(0, 3))}`);
  });

  for (const layout of allLayouts) {
    it(`${layout}: a sub-heading in parentheses right after table C (its section heading lost, as in a PDF's text) ends the table and is a sub-heading`, () => {
      const text = buildReport({ layout, year: 2023 }).replace('五、存在的主要问题及改进情况\n', '');
      const { report, findings } = analyze(text);
      const c = report.tables.C!;
      const sub = text.indexOf('（一）存在的主要问题');
      assert.ok(c.region.end <= sub, `table C's region ends before the sub-heading (${c.region.end} > ${sub})`);
      assert.ok(report.headings.some((h) => h.span.start === sub && h.numberText === '（一）'), 'read as a sub-heading');
      // Its numbering is whole: nothing says the sub-headings start at （二）.
      assert.deepEqual(findings.filter((f) => f.rule === 'structure/subheading-numbering').map((f) => f.message.zh), []);
      // Table C still reads whole.
      assert.equal(c.rows[0]?.cells.length, 15);
    });
  }

  it('a clean report: span and region end together when nothing follows the last row', () => {
    const { report } = analyze(buildReport({ layout: 'tab', year: 2023 }));
    for (const t of [report.tables.A, report.tables.B, report.tables.C]) {
      assert.ok(t && t.region.start === t.span.start && t.region.end >= t.span.end);
    }
  });
});
