// Next year's draft (engine/nextYear.ts), in every layout the report builder writes and on every
// seed: the year and the statistics period moved on, 四、结转下年度 carried into 二、上年结转, no other
// number of this year left in the tables, the publication date emptied, table C's 尚未审结 noted,
// and a draft the engine reads back with no table error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { Report, TableId } from '../../server/src/engine/model.ts';
import { EMPTY_DATE, nextYearDraft } from '../../server/src/engine/nextYear.ts';
import { rowOf } from '../../server/src/engine/tableLookup.ts';
import { applyEdits } from '../../server/src/engine/fixes.ts';
import { manyDigitValues, publishedText } from '../fixtures/publishedShapes.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { readSeed, seedNames, seedsMissing } from '../fixtures/seeds.ts';

const numbers = (report: Report, row: string) => rowOf(report, 'B', row)?.cells.map((c) => (c.value.kind === 'number' ? c.value.value : null)) ?? [];

/** What every draft must be, whatever the source. */
function checkDraft(source: string, label: string): Report {
  const before = analyze(source).report;
  const draft = nextYearDraft(source);
  assert.ok(draft.text !== null, `${label}: a draft`);
  const after = analyze(draft.text);
  const report = after.report;
  assert.equal(report.year, before.year! + 1, `${label}: the year moved on`);
  assert.equal(draft.year, before.year! + 1);
  // The engine reads every table back, with no table error.
  for (const id of ['A', 'B', 'C'] as TableId[]) if (before.tables[id]) assert.ok(report.tables[id], `${label}: table ${id} read back`);
  const tableErrors = after.findings.filter((f) => f.rule.startsWith('table/') && f.severity === 'error');
  assert.deepEqual(tableErrors.map((f) => f.message.zh), [], `${label}: no table error`);
  // 二、上年结转 is this year's 四、结转下年度.
  assert.deepEqual(numbers(report, 'carried'), numbers(before, 'pending'), `${label}: carried over`);
  // No other number of this year in any table.
  for (const id of ['A', 'B', 'C'] as TableId[]) {
    for (const row of report.tables[id]?.rows ?? []) {
      if (id === 'B' && row.key === 'carried') continue;
      const left = [...row.cells, ...row.extra].filter((c) => c.value.kind === 'number');
      assert.deepEqual(left.map((c) => c.raw), [], `${label}: table ${id} row ${row.key} blank`);
    }
  }
  // Sections and headings kept.
  assert.deepEqual(report.sections.map((s) => s.number), before.sections.map((s) => s.number), `${label}: the sections kept`);
  assert.ok(draft.notes.length > 0);
  return report;
}

describe('next year\'s draft', () => {
  for (const layout of allLayouts) {
    it(`${layout}: year, period, carried row, blank counts, table C's pending cases noted`, () => {
      const values = cleanValues();
      values.B.pending = [3, 1, 0, 0, 0, 0, 4];
      const source = `${buildReport({ layout, values, year: 2023 })}\n某某市某某局\n2024年1月20日（星期六）\n`;
      const report = checkDraft(source, layout);
      const draft = nextYearDraft(source).text!;
      assert.match(draft, /^某某市某某局2024年政府信息公开工作年度报告/);
      assert.match(draft, /统计期限自2024年1月1日起至2024年12月31日止/);
      assert.ok(draft.includes(`某某市某某局\n${EMPTY_DATE}\n`), 'the publication date and its weekday emptied');
      assert.equal(report.dates.filter((d) => d.role === 'publication').length, 0);
      assert.match(draft, /（注：2023年尚未审结：行政复议1件，未经复议直接起诉1件，复议后起诉0件；本年度审结的，计入表中相应结果。）/);
      // The prose is the writer's: kept as written, its year said to be rewritten.
      assert.match(draft, /2023年，本机关认真贯彻落实/);
      assert.ok(nextYearDraft(source).notes.some((n) => /正文仍写 2023 年的情况（1 处）/.test(n.zh)));
    });
  }

  it('empties a publication date\'s time of day with it (a web page\'s 发布时间), and leaves other times alone', () => {
    const source = `发布时间: 2024-01-20 16:34\n${buildReport({ year: 2023, prose: '培训会于每月第一个周五15:30召开。' })}\n某某市某某局\n2024年1月20日 9:05:30\n`;
    const draft = nextYearDraft(source).text!;
    assert.ok(draft.startsWith(`发布时间: ${EMPTY_DATE}\n`), draft.slice(0, 40));
    assert.ok(draft.endsWith(`某某市某某局\n${EMPTY_DATE}\n`), draft.slice(-40));
    assert.doesNotMatch(draft, /16:34|9:05/);
    assert.match(draft, /周五15:30召开/, 'a time in the prose is the writer\'s');
  });

  it('a year in Chinese numerals is written in Chinese numerals', () => {
    const source = buildReport({ year: 2023 }).replace('某某市某某局2023年', '某某市某某局二〇二三年');
    checkDraft(source, 'chinese');
    assert.match(nextYearDraft(source).text!, /^某某市某某局二〇二四年政府信息公开工作年度报告/);
  });

  it('a 2020 report (2019 format) gives a 2021 draft with the 2021 format\'s tables', () => {
    const values = cleanValues('2019');
    values.B.pending = [2, 0, 0, 0, 0, 0, 2];
    const report = checkDraft(buildReport({ year: 2020, values, layout: 'cell-per-line' }), '2020');
    assert.equal(report.format.version, '2021');
  });

  it('a table pasted from another year\'s template is replaced by next year\'s blank one, the others blanked', () => {
    const source = buildReport({ year: 2023, tableAVersion: '2019', layout: 'pipe' });
    const draft = nextYearDraft(source);
    assert.ok(draft.notes.some((n) => /主动公开政府信息情况表用的是其他年度的格式，已换为该格式的空表/.test(n.zh)), 'the note names table A');
    const report = checkDraft(source, 'table A of 2019');
    assert.equal(report.format.tableA, undefined, 'the draft\'s table A is on the 2021 format');
    assert.ok(report.tables.A?.rows.some((r) => r.key === 'a1.normative' && r.cells.length === 3));
    assert.deepEqual(analyze(draft.text!).findings.filter((f) => f.rule === 'format/template-mismatch'), []);
  });

  it('a row that lost a cell this year is whole in the draft', () => {
    const source = buildReport({ layout: 'tab' }).replace(/(（一）予以公开[^\n]*?)\t0(\t[^\n]*)$/m, '$1$2');
    assert.ok(analyze(source).findings.some((f) => f.rule === 'table/cell-count' || f.rule === 'table/lost-cell'), 'the source lost a cell');
    const report = checkDraft(source, 'lost cell');
    assert.equal(rowOf(report, 'B', 'open')?.cells.length, 7);
  });

  it('writes 二、上年结转 where this year\'s numbers of the row stand, in every layout (in a tab table the first went into the empty sub-item column)', () => {
    // This year's 上年结转 equal to its 结转下年度: the draft's row is the source's, character for
    // character. Besides the builder's layouts, tables B with an empty merged label column after
    // each label in pipe, Markdown and HTML (the tab layout's grid in their separators).
    const withSubItem: Record<string, (line: string) => string> = {
      'pipe, sub-item column': (l) => `${l.replace(/\t$/, '').split('\t').map((c) => c || ' ').join(' | ')} |`,
      'markdown, sub-item column': (l) => `| ${l.replace(/\t$/, '').split('\t').map((c) => c || ' ').join(' | ')} |`,
      'html, sub-item column': (l) => `<tr>${l.replace(/\t$/, '').split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`,
    };
    const sources: [string, string][] = allLayouts.map((layout) => [layout, buildReport({ layout })]);
    sources.push(['tab, no closing tab', buildReport({ layout: 'tab' }).replace(/\t\n/g, '\n')]);
    for (const [name, line] of Object.entries(withSubItem)) {
      const lines = buildReport({ layout: 'tab' }).split('\n').map((l) => (l.includes('\t') ? line(l) : l));
      const text = name.startsWith('html') ? lines.join('\n').replace(/(<tr>.*\n)+/g, (rows) => `<table>\n${rows}</table>\n`) : lines.join('\n');
      sources.push([name, text]);
    }
    const carriedRow = (text: string) => text.slice(text.indexOf('二、上年结转'), text.indexOf('三、本年度办理结果'));
    for (const [name, source] of sources) {
      assert.deepEqual(numbers(analyze(source).report, 'carried'), [1, 0, 0, 0, 0, 0, 1], `${name}: the source reads`);
      const draft = nextYearDraft(source).text!;
      assert.equal(carriedRow(draft), carriedRow(source), name);
      checkDraft(source, name);
    }
  });

  it('leaves blank cells the engine reads where this year\'s numbers stood: "fill with 0" writes the zeros there', () => {
    // A table whose every number was emptied shows no column: a blank piece beside a label may be a
    // merged label column, a cell or the line's closing separator. In the tab layout the draft's
    // table A was read one piece to the left (as Word pastes "行政许可\t0\t\t" and
    // "行政许可\t\t0\t" alike), and table/blank-cells wrote its zeros into the label column.
    for (const layout of allLayouts) {
      const source = buildReport({ layout });
      let filled = nextYearDraft(source).text!;
      for (const table of ['主动公开', '收到和处理', '行政复议']) {
        const found = analyze(filled).findings.find((f) => f.rule === 'table/blank-cells' && f.message.zh.includes(table));
        assert.ok(found, `${layout}: ${table}`);
        filled = applyEdits(filled, found.fixes[0]!.edits).text;
      }
      // The tables as written, every number 0: the source's lines, but for the note under table C
      // (and the spaces around a pipe table's cell: "1 |" emptied is " |", and filled " 0|").
      const tables = (text: string) => text.slice(text.indexOf('二、主动公开'), text.indexOf('五、存在的主要问题')).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('（注：')).map((l) => l.replace(/\d+/g, '0').replace(/ *\| */g, '|').replace(/^ +| +$/g, ''));
      assert.deepEqual(tables(filled), tables(source), layout);
    }
  });

  it('blanks a row whose digits ran together past splitting, with blank cells, in its own table', () => {
    // "行政规范性文件\t693665": table A has no relation to split it by, so the row has no cells,
    // and its numbers were kept in the draft while the notes said every other number was blank.
    for (const layout of ['tab', 'pipe', 'markdown', 'cell-per-line'] as const) {
      const built = buildReport({ layout });
      const source = layout === 'cell-per-line'
        ? built.replace(/(\t行政规范性文件\n)\t\u00a05\n\t\u00a01\n\t\u00a054\n/, '$1\t\u00a0693665\n')
        : built.replace(/(行政规范性文件\D*?)5(\D+)1(\D+)54/, '$1693665');
      assert.ok(source !== built && rowOf(analyze(source).report, 'A', 'a1.normative')?.digitsRunTogether?.splits !== 1, `${layout}: the row is not read`);
      const draft = nextYearDraft(source);
      assert.ok(!draft.text!.includes('693665'), `${layout}: last year's digits gone`);
      const row = rowOf(checkDraft(source, layout), 'A', 'a1.normative');
      assert.equal(row?.cells.length, 3, `${layout}: three blank cells`);
      assert.ok(draft.notes.some((n) => /^其余数字均已留空待填：表一/.test(n.zh)), `${layout}: table A kept, blanked`);
    }
  });

  it('replaces a table whose digits run together (crawler text) by the blank table, carries 上年结转, and says what failed', () => {
    // Every table of crawler text glued ("行政规范性文件693665"): no blank cell can be written there.
    // The draft kept last year's glued numbers, and its notes blamed this year's 四、结转下年度,
    // which was read: it was the draft's own 二、上年结转 that could not be.
    for (const shape of ['crawler', 'crawler-paragraphs'] as const) {
      const source = publishedText(shape, { values: manyDigitValues() }).replace(/行政规范性文件[\d ]+/, '行政规范性文件693665');
      assert.deepEqual(numbers(analyze(source).report, 'pending'), [2, 0, 0, 0, 0, 0, 2], shape);
      const draft = nextYearDraft(source);
      const report = checkDraft(source, shape);
      assert.ok(!/693665|41304\d|4130012/.test(draft.text!), `${shape}: no glued number of this year`);
      assert.deepEqual(numbers(report, 'carried'), [2, 0, 0, 0, 0, 0, 2], shape);
      const said = draft.notes.map((n) => n.zh);
      assert.ok(said.includes('表一、表二、表三的数字在原文中连写（无分隔），无法逐格留空，已换为国办公开办函〔2021〕30号的空表（空格写作“空”）'), said.join('\n'));
      assert.ok(said.includes('“二、上年结转”已按本年度“四、结转下年度继续办理”填写（7 格）'), said.join('\n'));
      assert.ok(!said.some((n) => /未读出|其余数字均已留空/.test(n)), said.join('\n'));
    }
  });

  it('names the row that failed when this year\'s 结转下年度 was read and could not be carried', () => {
    const source = buildReport({ layout: 'tab' }).replace(/^二、上年结转[^\n]*\n/m, '');
    assert.equal(rowOf(analyze(source).report, 'B', 'carried'), undefined);
    const notes = nextYearDraft(source).notes;
    assert.ok(notes.some((n) => n.zh === '本年度表中没有“二、上年结转”行，未填写：请按本年度“四、结转下年度继续办理”（1 0 0 0 0 0 1）填写'), notes.map((n) => n.zh).join('\n'));
    assert.ok(!notes.some((n) => /未读出本年度/.test(n.zh)));
  });

  it('says "1 place" and "1 cell" in English, not "1 places"', () => {
    const values = cleanValues();
    values.B.pending = [null, null, null, null, null, null, 1];
    const notes = nextYearDraft(buildReport({ layout: 'tab', values })).notes.map((n) => n.en);
    assert.ok(notes.includes('The prose still tells of 2023 (1 place): rewrite it for 2024'), notes.join('\n'));
    assert.ok(notes.includes('"二、上年结转" filled in from this year\'s "四、结转下年度继续办理" (1 cell)'), notes.join('\n'));
  });

  it('without a year, no draft, and why', () => {
    const draft = nextYearDraft('一、总体情况\n本机关认真贯彻落实条例。\n');
    assert.equal(draft.text, null);
    assert.match(draft.notes[0]!.zh, /未读出报告年度/);
  });

  describe('the seeds', { skip: seedsMissing }, () => {
    for (const name of seedNames()) it(name, () => void checkDraft(readSeed(name), name));
  });

  it('says a 四、结转下年度 left blank in every cell is blank, not unread (seed 000 was told 未读出)', () => {
    const values = cleanValues();
    values.B.pending = values.B.pending!.map(() => null);
    const draft = nextYearDraft(buildReport({ layout: 'cell-per-line', values }));
    assert.ok(draft.notes.some((n) => n.zh === '本年度“四、结转下年度继续办理”各格空白，“二、上年结转”留空'), draft.notes.map((n) => n.zh).join('\n'));
    assert.ok(!draft.notes.some((n) => /未读出/.test(n.zh)));
    const withCarry = nextYearDraft(buildReport({ layout: 'cell-per-line' }));
    assert.ok(withCarry.notes.some((n) => /“二、上年结转”已按本年度“四、结转下年度继续办理”填写/.test(n.zh)));
  });
});
