// Rows whose digits ran together are split again by the table's relations: never guessed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { formats } from '../../server/src/engine/formats/index.ts';
import { buildReport, cleanValues, type TableValues } from '../fixtures/reportBuilder.ts';
import { manyDigitValues, publishedText } from '../fixtures/publishedShapes.ts';
import { readBack } from '../fixtures/readBack.ts';

/** A balanced table B with numbers of several digits, as in a large agency's report. */
function bigValues(): TableValues {
  const v = cleanValues();
  v.B.new = [217, 1, 0, 0, 0, 0, 218];
  v.B.carried = [3, 0, 0, 0, 0, 0, 3];
  v.B.open = [150, 1, 0, 0, 0, 0, 151];
  v.B.partial = [20, 0, 0, 0, 0, 0, 20];
  v.B['withheld.internal'] = [10, 0, 0, 0, 0, 0, 10];
  v.B['unable.none'] = [30, 0, 0, 0, 0, 0, 30];
  v.B.total = [210, 1, 0, 0, 0, 0, 211];
  v.B.pending = [10, 0, 0, 0, 0, 0, 10];
  return v;
}

/** The report as PDF text, with one row's numbers run together (optionally broken by spaces). */
function glue(values: TableValues, key: string, breakAt?: number): string {
  const text = buildReport({ layout: 'spaces', values });
  const row = values.B[key]!;
  const spaced = row.join('    ');
  let glued = row.join('');
  if (breakAt !== undefined) glued = `${glued.slice(0, breakAt)} ${glued.slice(breakAt)}`;
  const at = text.indexOf(`    ${spaced}`, text.indexOf('三、收到和处理'));
  // Find the row by its label so that identical rows of zeros are not confused.
  const label = text.split('\n').find((l) => l.endsWith(spaced) && l.includes(labelOf(key)));
  assert.ok(label && at >= 0, key);
  return text.replace(label, label.replace(`    ${spaced}`, ` ${glued}`));
}

function labelOf(key: string): string {
  const row = formats['2021'].tableB.rows.find((r) => r.key === key);
  return row ? `${row.numbering}${row.label}` : key;
}

describe('digits run together', () => {
  it('recovers "21710000218" as 217 1 0 0 0 0 218 and marks the cells', () => {
    const v = bigValues();
    const analysis = analyze(glue(v, 'new'));
    const row = analysis.report.tables.B?.rows.find((r) => r.key === 'new');
    assert.deepEqual(row?.cells.map((c) => c.value.kind === 'number' ? c.value.value : null), [217, 1, 0, 0, 0, 0, 218]);
    assert.ok(row?.cells.every((c) => c.recovered));
    const hints = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
    assert.equal(hints.length, 1);
    assert.match(hints[0]!.message.zh, /217 1 0 0 0 0 218/);
    assert.deepEqual(analysis.findings.filter((f) => f.severity === 'error'), []);
  });

  it('splits every row of a clean table uniquely or says so, and never reads a wrong number', () => {
    const v = bigValues();
    let recovered = 0;
    for (const key of Object.keys(v.B)) {
      for (const breakAt of [undefined, 2]) {
        if ((v.B[key] ?? []).join('').length <= (breakAt ?? 0)) continue;
        const analysis = analyze(glue(v, key, breakAt));
        const row = analysis.report.tables.B?.rows.find((r) => r.key === key);
        assert.ok(row?.digitsRunTogether, key);
        if (row.digitsRunTogether.splits === 1) {
          recovered++;
          assert.deepEqual(readBack(analysis.report).B[key], v.B[key], `${key} recovered as it was`);
        } else {
          assert.equal(analysis.findings.filter((f) => f.rule === 'table/glued-digits' && f.severity === 'information').length, 1, key);
        }
        assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/')), [], `${key}: no balance finding built on a glued row`);
      }
    }
    assert.ok(recovered >= 40, `most rows are recovered (${recovered})`);
  });

  it('reports a run that fits no split, once, as information', () => {
    // Two numbers changed (317 for 217, 219 for 218): no cut is right even once one number is corrected.
    const v = bigValues();
    const text = glue(v, 'new').replace(' 21710000218', ' 31710000219');
    const analysis = analyze(text);
    const found = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.match(found[0]!.message.zh, /无法唯一拆分/);
    assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/') || f.rule === 'table/cell-count'), []);
  });

  it('reads a run that can be cut one way only by its digits, and names the wrong number in it', () => {
    // "1000002" can only be 1 0 0 0 0 0 2 (a zero starts no number), whatever the relations say:
    // the row is read so, and balance/cell names its total, written 2 for 1.
    const v = cleanValues();
    v.B.carried = [1, 0, 0, 0, 0, 0, 2];
    const analysis = analyze(glue(v, 'carried'));
    const row = analysis.report.tables.B?.rows.find((r) => r.key === 'carried');
    assert.deepEqual(row?.digitsRunTogether, { splits: 1, numbersRead: 1, byDigitsAlone: true });
    const glued = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
    assert.deepEqual(glued.map((f) => f.severity), ['hint']);
    assert.match(glued[0]!.message.zh, /只能拆分为：1 0 0 0 0 0 2；拆分后勾稽关系不成立/);
    const cells = analysis.findings.filter((f) => f.rule === 'balance/cell');
    assert.equal(cells.length, 1);
    assert.match(cells[0]!.message.zh, /「二、上年结转政府信息公开申请数量」行「总计」列应为 1，表中为 2/);
    assert.deepEqual(analysis.findings.filter((f) => f.rule === 'table/unread' || f.rule === 'balance/relation'), []);
  });

  it('never cuts between numbers that stood apart to make a row whole', () => {
    // "30 0 0 0 0 0": six numbers where seven belong, a cell lost; "3 0 0 0 0 0 0" would cut the 30.
    const text = buildReport({ layout: 'spaces' }).replace(/(一、本年新收政府信息公开申请数量) +5 +1 +0 +0 +0 +1 +7/, '$1 30 0 0 0 0 0');
    const analysis = analyze(text);
    const row = analysis.report.tables.B?.rows.find((r) => r.key === 'new');
    assert.equal(row?.digitsRunTogether, undefined);
    assert.deepEqual(analysis.findings.filter((f) => f.rule === 'table/cell-count').length, 1);
  });

  it('splits the rows around one read with a wrong number, by the relations not through it', () => {
    // Crawler text runs every row together (these are the numbers of a real report, corpus 011).
    // 5.属于三类's "1000002" (its total written 2 for 1) is read by its digits; （一）予以公开's
    // "270020130" and 1.本机关不掌握's "220000325" each fit two splits by their own totals, and only
    // the column totals through 5.属于三类 choose: they are used, allowing the ones through its
    // wrong cell to fail.
    const v = cleanValues();
    v.B.new = [64, 0, 0, 2, 0, 4, 70];
    v.B.carried = [0, 0, 0, 0, 0, 0, 0];
    v.B.open = [27, 0, 0, 2, 0, 1, 30];
    v.B.partial = [5, 0, 0, 0, 0, 0, 5];
    v.B['withheld.internal'] = [1, 0, 0, 0, 0, 0, 1];
    v.B['withheld.enforcement'] = [6, 0, 0, 0, 0, 0, 6];
    v.B['withheld.query'] = [1, 0, 0, 0, 0, 0, 1];
    v.B['unable.none'] = [22, 0, 0, 0, 0, 3, 25];
    v.B['other.other'] = [1, 0, 0, 0, 0, 0, 1];
    v.B.total = [63, 0, 0, 2, 0, 4, 69];
    v.B.pending = [1, 0, 0, 0, 0, 0, 1];
    const built = publishedText('crawler', { values: v });
    const balance = (text: string) => analyze(text).findings.filter((f) => f.rule.startsWith('balance/') || f.rule === 'table/unread');
    assert.deepEqual(balance(built), [], 'the table as published reads whole and balances');
    const text = built.replace('5.属于三类内部事务信息1000001', '5.属于三类内部事务信息1000002');
    assert.notEqual(text, built);
    const found = balance(text);
    assert.deepEqual(found.map((f) => f.rule), ['balance/cell']);
    assert.match(found[0]!.message.zh, /「5.属于三类内部事务信息」行「总计」列应为 1，表中为 2/);
  });

  it('names the one wrong number of crawler text, whichever it is: every number of table B changed in turn', () => {
    // Crawler text runs every row together; a number written wrong leaves its row without a split
    // that fits. Read the one way its digits allow, or the one way right but for one number, the
    // row lets balance/cell name the number and its right value. Before, every such row went unread.
    for (const version of ['2021', '2019'] as const) {
      const base = manyDigitValues(version);
      const missed: string[] = [];
      for (const [key, row] of Object.entries(base.B)) {
        row.forEach((was, column) => {
          if (was === null) return;
          const values: TableValues = structuredClone(base);
          values.B[key]![column] = was + 1;
          const findings = analyze(publishedText('crawler', { values, version, year: version === '2021' ? 2023 : 2020 })).findings;
          const named = findings.filter((f) => f.rule === 'balance/cell');
          const unread = findings.filter((f) => f.rule === 'table/unread');
          if (named.length !== 1 || !named[0]!.message.zh.includes(`应为 ${was}，表中为 ${was + 1}`) || unread.length > 0) missed.push(`${key}[${column}]: ${[...named, ...unread].map((f) => f.message.zh).join(' | ')}`);
        });
      }
      assert.deepEqual(missed, [], version);
    }
  });

  it('reads table C run together with a wrong number, and says which group does not add up', () => {
    // "20203120001200000": 行政复议's 维持 written 2 for 1. Only one cut is right once one number
    // of the group is corrected; which one the group cannot tell, so the relation is named.
    const values = manyDigitValues();
    values.C = [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0];
    const built = publishedText('crawler', { values });
    assert.deepEqual(analyze(built).findings.filter((f) => f.rule.startsWith('balance/') || f.rule === 'table/unread'), [], 'as published: read whole');
    values.C[0] = 2;
    const findings = analyze(publishedText('crawler', { values })).findings;
    assert.notEqual(publishedText('crawler', { values }), built);
    assert.deepEqual(findings.filter((f) => f.rule === 'table/unread'), []);
    const relations = findings.filter((f) => f.rule.startsWith('balance/'));
    assert.deepEqual(relations.map((f) => f.rule), ['balance/relation']);
    assert.match(relations[0]!.message.zh, /^行政复议：总计 = 维持 \+ 纠正 \+ 其他 \+ 尚未审结不成立/);
  });

  it('reads a row of as many numbers as columns and a blank cell too many, even when a number is wrong', () => {
    // PDF text made into Markdown: table C's row has an empty cell extra ("2 |   | 0"); with 维持
    // written 2 for 1 no reading fits the relations, but the fifteen numbers can only be themselves.
    const values = cleanValues();
    values.C[0] = 2;
    const findings = analyze(publishedText('pdf-text', { values })).findings;
    assert.deepEqual(findings.filter((f) => f.rule === 'table/unread'), []);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('balance/')).map((f) => f.rule), ['balance/relation']);
    const said = findings.filter((f) => f.rule === 'table/glued-digits' && f.message.zh.startsWith('行政复议'));
    assert.match(said[0]?.message.zh ?? '', /有多出的空白单元格，读为：2 0 0 1 2 0 0 0 1 1 0 0 0 0 0；勾稽关系不成立/);
  });

  it('reports a run that fits several splits and keeps the row out of the arithmetic', () => {
    // Without 二、上年结转 the 勾稽关系 cannot judge row 一, and "10100011" splits two ways that
    // both add up: 10 1 0 0 0 0 11 and 1 0 10 0 0 0 11. Neither is taken.
    const v = cleanValues();
    v.B.new = [10, 1, 0, 0, 0, 0, 11];
    delete v.B.carried;
    const analysis = analyze(glue(v, 'new'));
    const row = analysis.report.tables.B?.rows.find((r) => r.key === 'new');
    assert.equal(row?.digitsRunTogether?.splits, 2);
    assert.ok(!row.cells.some((c) => c.recovered));
    const found = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.match(found[0]!.message.zh, /无法唯一拆分/);
    assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/')), []);
  });

  it('recovers seven zeros with the next item number stuck on ("00000002.其他法律…")', () => {
    const lines = buildReport({ layout: 'spaces' }).split('\n');
    // PDF text: each label on a line, its zeros glued in front of the next row's label.
    const at = lines.findIndex((l) => l.startsWith('2.其他法律行政法规禁止公开'));
    const before = lines[at - 1]!;
    lines[at - 1] = before.replace(/( {4}0){7}$/, '');
    lines[at] = `0000000${lines[at]}`;
    const analysis = analyze(lines.join('\n'));
    assert.deepEqual(readBack(analysis.report).B, cleanValues().B);
    assert.deepEqual(analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').filter((f) => f.rule.startsWith('table') || f.rule.startsWith('balance')), []);
  });
});

// ---- Every row of the clean fixture tables glued, against an oracle ---------------------------
// The oracle knows nothing of recover.ts: it lists every way to cut the digits into the row's
// numbers (no leading zeros; counts stay below a million, FORMAT.md), keeps the cuts under which
// the row adds up (its parts to its totals), and asks the engine whether the whole report, written
// with that cut in clean cells, balances. One such cut: the engine must read exactly it. None or
// several: the engine must say so once and read no cell as recovered.

type Version = '2019' | '2021';
type Glued = { table: 'B' | 'C'; key: string };

/** Where the parts of a row add up to a total, by column: table B's applicants, table C's groups. */
const rowSums: Record<'B' | 'C', [number[], number][]> = {
  B: [[[0, 1, 2, 3, 4, 5], 6]],
  C: [[[0, 1, 2, 3], 4], [[5, 6, 7, 8], 9], [[10, 11, 12, 13], 14]],
};

function cuts(digits: string, parts: number): number[][] {
  const out: number[][] = [];
  const walk = (at: number, current: number[]) => {
    if (current.length === parts) {
      if (at === digits.length) out.push(current);
      return;
    }
    for (let length = 1; length <= 6 && at + length <= digits.length; length++) {
      if (length > 1 && digits[at] === '0') break;
      walk(at + length, [...current, Number(digits.slice(at, at + length))]);
    }
  };
  walk(0, []);
  return out;
}

function rowOf(values: TableValues, glued: Glued): number[] {
  return (glued.table === 'C' ? values.C : values.B[glued.key] ?? []).map((v) => v ?? 0);
}

function withRow(values: TableValues, glued: Glued, row: number[]): TableValues {
  const copy: TableValues = { A: values.A, B: { ...values.B }, C: values.C };
  if (glued.table === 'C') copy.C = row;
  else copy.B[glued.key] = row;
  return copy;
}

function reportOf(version: Version, values: TableValues): string {
  return buildReport({ layout: 'spaces', values, year: version === '2019' ? 2020 : 2023 });
}

/** The cuts of the row's digits under which the report balances. */
function oracle(version: Version, values: TableValues, glued: Glued): number[][] {
  const digits = rowOf(values, glued).join('');
  return cuts(digits, rowOf(values, glued).length)
    .filter((cut) => rowSums[glued.table].every(([parts, total]) => parts.reduce((s, p) => s + (cut[p] ?? 0), 0) === cut[total]))
    .filter((cut) => !analyze(reportOf(version, withRow(values, glued, cut))).findings.some((f) => f.rule.startsWith('balance/')));
}

/** The report as PDF text with the row's numbers run together, perhaps broken by a stray space. */
function gluedReport(version: Version, values: TableValues, glued: Glued, breakAt?: number): string {
  const lines = reportOf(version, values).split('\n');
  const row = rowOf(values, glued);
  const spaced = row.join('    ');
  const label = glued.table === 'B' ? formats[version].tableB.rows.find((r) => r.key === glued.key) : undefined;
  const at = lines.findIndex((l) => l.endsWith(spaced) && (glued.table === 'C' ? l === spaced : l.includes(`${label?.numbering}${label?.label}`)));
  assert.ok(at >= 0, `${glued.table} ${glued.key}`);
  let run = row.join('');
  if (breakAt !== undefined) run = `${run.slice(0, breakAt)} ${run.slice(breakAt)}`;
  const line = lines[at] ?? '';
  lines[at] = glued.table === 'C' ? run : `${line.slice(0, line.length - spaced.length).trimEnd()} ${run}`;
  return lines.join('\n');
}

/** Without 二、上年结转 the 勾稽关系 cannot judge row 一: "101000011" is 10 1 0 0 0 0 11 or 1 0 10 0 0 0 11. */
function withoutCarried(): TableValues {
  const v = cleanValues();
  v.B.new = [10, 1, 0, 0, 0, 0, 11];
  delete v.B.carried;
  return v;
}

function manyDigitsC(): number[] {
  return [12, 3, 0, 1, 16, 2, 0, 0, 10, 12, 0, 0, 0, 0, 0];
}

describe('digits run together, every row of the clean tables, against an oracle', () => {
  const sets: { name: string; version: Version; values: () => TableValues; ambiguous?: boolean }[] = [
    { name: 'clean 2021 tables', version: '2021', values: () => cleanValues('2021') },
    { name: 'clean 2019 tables', version: '2019', values: () => cleanValues('2019') },
    { name: 'a large agency (numbers of several digits)', version: '2021', values: () => ({ ...bigValues(), C: manyDigitsC() }) },
    { name: 'a table without 二、上年结转 (so a relation cannot judge)', version: '2021', values: withoutCarried, ambiguous: true },
  ];
  for (const set of sets) {
    it(`${set.name}: each unique cut recovered, each ambiguous one reported once and never guessed`, () => {
      const values = set.values();
      const rows: Glued[] = [...Object.keys(values.B).map((key) => ({ table: 'B' as const, key })), { table: 'C', key: 'C' }];
      let unique = 0;
      let ambiguous = 0;
      for (const glued of rows) {
        const fits = oracle(set.version, values, glued);
        for (const breakAt of [undefined, 1, 3]) {
          const where = `${glued.key}${breakAt === undefined ? '' : ` broken at ${breakAt}`}`;
          const analysis = analyze(gluedReport(set.version, values, glued, breakAt));
          const table = glued.table === 'C' ? analysis.report.tables.C : analysis.report.tables.B;
          const row = glued.table === 'C' ? table?.rows[0] : table?.rows.find((r) => r.key === glued.key);
          assert.ok(row, where);
          const said = analysis.findings.filter((f) => f.rule === 'table/glued-digits');
          assert.equal(said.length, 1, `${where}: said once`);
          assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/') || f.rule === 'table/cell-count'), [], `${where}: nothing built on the row`);
          if (fits.length === 1) {
            unique++;
            assert.deepEqual(row.cells.map((c) => (c.value.kind === 'number' ? c.value.value : null)), fits[0], `${where}: read as the one cut that fits`);
            assert.deepEqual(fits[0], rowOf(values, glued), `${where}: which is what was written`);
            assert.ok(row.cells.every((c) => c.recovered), `${where}: cells marked recovered`);
            assert.equal(said[0]?.severity, 'hint');
          } else {
            ambiguous++;
            assert.equal(row.digitsRunTogether?.splits === 1, false, `${where}: ${fits.length} cuts fit, none taken`);
            assert.ok(!row.cells.some((c) => c.recovered), `${where}: no cell marked recovered`);
            assert.equal(said[0]?.severity, 'information');
            assert.match(said[0]?.message.zh ?? '', /无法唯一拆分/);
          }
        }
      }
      // Both outcomes are met where they can be, so neither branch above passes by never running.
      assert.ok(unique > 0, 'some rows split uniquely');
      if (set.ambiguous) assert.ok(ambiguous > 0, 'some rows are ambiguous');
    });
  }

  it('the oracle finds what it should: the one cut, or both', () => {
    assert.deepEqual(oracle('2021', bigValues(), { table: 'B', key: 'new' }), [[217, 1, 0, 0, 0, 0, 218]]);
    assert.deepEqual(oracle('2021', withoutCarried(), { table: 'B', key: 'new' }), [[1, 0, 10, 0, 0, 0, 11], [10, 1, 0, 0, 0, 0, 11]]);
  });

  it('a glued row of table A (no relations to split it by) is not read as one number', () => {
    const v = cleanValues();
    v.A['a1.normative'] = [12, 3, 154];
    const analysis = analyze(buildReport({ layout: 'spaces', values: v }).replace('12    3    154', '123154'));
    assert.deepEqual(readBack(analysis.report).A['a1.normative']?.filter((x) => x !== null), []);
    assert.match(analysis.findings.find((f) => f.rule === 'table/glued-digits')?.message.zh ?? '', /无法唯一拆分/);
  });

  it('an ambiguous row is not given to extract as the run read as one number', () => {
    const v = cleanValues();
    v.B.new = [10, 1, 0, 0, 0, 0, 11];
    delete v.B.carried;
    const analysis = analyze(glue(v, 'new'));
    assert.ok(!readBack(analysis.report).B.new?.map(String).includes(v.B.new.join('')));
  });
});
