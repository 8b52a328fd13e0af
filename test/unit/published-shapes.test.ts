// The shapes real published text takes (FORMAT.md), each read whole: crawler text with the body on
// one line and cells glued, Markdown made from a PDF with table B in fragments, PDF text with a
// table split over a page break, a web page whose report is a JavaScript string. Every value read
// back as it went in, every relation checked, no table finding but hints; a defect planted in each
// shape is found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHtml } from '../../server/src/documents/html.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { balanceOf } from '../../server/src/engine/balance.ts';
import type { FormatVersion } from '../../server/src/engine/model.ts';
import { buildPublished, manyDigitValues, publishedShapes, type PublishedShape } from '../fixtures/publishedShapes.ts';
import { cleanValues, type TableValues } from '../fixtures/reportBuilder.ts';
import { asExpected, readBack } from '../fixtures/readBack.ts';

/** The text the engine reads for a shape: a web page goes through the converter first. */
export function textOf(shape: PublishedShape, options: Parameters<typeof buildPublished>[1]): string {
  const built = buildPublished(shape, options);
  return shape === 'script-page' ? readHtml(built).text : built;
}

const tableRules = (rule: string) => rule.startsWith('table/') || rule.startsWith('balance/');

describe('published shapes', () => {
  for (const shape of publishedShapes) {
    for (const version of ['2021', '2019'] as FormatVersion[]) {
      for (const [name, values] of [['one-digit', cleanValues(version)], ['many-digit', manyDigitValues(version)]] as [string, TableValues][]) {
        it(`${shape}, ${version} format, ${name} values: read whole, every relation checked`, () => {
          const year = version === '2021' ? 2023 : 2020;
          const analysis = analyze(textOf(shape, { year, values }));
          const { report } = analysis;
          assert.equal(report.format.version, version);
          const back = readBack(report);
          // Table A has no relations: glued runs of it that are not one digit a cell are said, not split.
          assert.deepEqual(back.B, asExpected(values).B);
          assert.deepEqual(back.C, values.C);
          const problems = analysis.findings.filter((f) => tableRules(f.rule) && f.severity !== 'hint' && !(f.rule === 'table/glued-digits' && /表一|table A|主动公开/.test(f.message.zh + f.message.en)));
          assert.deepEqual(problems.map((f) => `${f.rule}: ${f.message.zh}`), []);
          const unknown = balanceOf(report).relations.filter((r) => r.status !== 'holds');
          assert.deepEqual(unknown.map((r) => r.relation.name.zh), [], 'every relation evaluated and holding');
        });
      }
    }
  }

  for (const shape of publishedShapes) {
    it(`${shape}: a wrong total is found`, () => {
      const values = cleanValues('2021');
      values.B.total = [5, 1, 0, 0, 0, 1, 8];
      const findings = analyze(textOf(shape, { year: 2023, values })).findings;
      // Glued digits are split by the relations, so a wrong cell there may leave its row unsplit:
      // then that is said (table/unread, table/glued-digits), never passed in silence.
      const said = findings.filter((f) => f.rule === 'balance/cell' || f.rule === 'balance/relation' || f.rule === 'table/unread' || (f.rule === 'table/glued-digits' && f.severity !== 'hint'));
      assert.ok(said.length > 0, findings.map((f) => f.rule).join(', '));
      if (shape !== 'crawler') assert.ok(findings.some((f) => f.rule === 'balance/cell' && /应为 7/.test(f.message.zh)), findings.map((f) => `${f.rule} ${f.message.zh}`).join('\n'));
    });
  }

  it('crawler text: the publication date is the crawler\'s 发布时间, and the agency its area', () => {
    const text = textOf('crawler', { year: 2023, agency: '某某综合实验区' });
    const { report, findings } = analyze(text);
    assert.deepEqual(report.dates.filter((d) => d.role === 'publication').map((d) => [d.year, d.month, d.day]), [[2024, 3, 8]]);
    assert.equal(report.agency?.name, '某某综合实验区');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('date/')).map((f) => f.rule), []);
    // Headings and sections are read from the body run onto one line.
    assert.deepEqual(report.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
  });

  it('a table whose rows cannot all be read gets table/unread, with how many were read', () => {
    // Two rows lost in conversion: the table is read in part, and says so once.
    const text = buildPublished('pdf-text', { year: 2023 }).replace(/2\.重复申请.*\n/, '').replace(/3\.要求提供公开出版物.*\n/, '');
    const unread = analyze(text).findings.filter((f) => f.rule === 'table/unread');
    assert.equal(unread.length, 1);
    assert.match(unread[0]!.message.zh, /25 行中读出 23 行.*2\.重复申请.*3\.要求提供公开出版物/);
    assert.equal(unread[0]!.related.length, 2);
  });
});
