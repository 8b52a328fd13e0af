// Issue 9, "never throws, never hangs": properties checked with fast-check over generated reports.
//  - the tables, filled with generated numbers, read back exactly in every layout (extract);
//  - clean reports mutated at random (cells changed, lines cut, joined, duplicated, swapped,
//    dropped, characters of every Unicode plane, control characters, lone surrogates put in) are
//    analysed without throwing, every span the analysis returns lies inside the text, and every
//    message is said in both languages (the English one starting as a sentence);
//  - every fix removes its finding and touches nothing outside its edits;
//  - fixing everything safe, then again, gives the text the first time gave.
// Runs are few (the suite stays fast) and seeds random; for a longer hunt multiply the runs:
//   NIANBAO_FUZZ=50 node test/run.mjs properties
// A failure prints its seed and path: rerun it with fc.assert(..., { seed, path }) and keep the
// case in regressions.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine/analyze.ts';
import { applyEdits, safeEdits } from '../../server/src/engine/fixes.ts';
import type { Analysis, Finding, FormatVersion, Span, TextEdit } from '../../server/src/engine/model.ts';
import { tablesAsRead } from '../../server/src/engine/tablesAsRead.ts';
import { publishedShapes, publishedText as textOf } from '../fixtures/publishedShapes.ts';
import { allLayouts, buildReport, cleanValues, type Layout, type TableValues, type Value } from '../fixtures/reportBuilder.ts';
import { asExpected, readBack } from '../fixtures/readBack.ts';

const scale = Math.max(1, Number(process.env.NIANBAO_FUZZ) || 1);
const runs = (n: number) => ({ numRuns: n * scale });

/** Layouts that mark a blank cell (NBSP, full-width space, an empty " |" cell, an empty <td>), so a blank reads back as blank. */
const showsBlanks = new Set<Layout>(['cell-per-line', 'cell-per-line-fullwidth', 'cell-per-line-pipe', 'html']);

/** Tables of the format's shape filled with generated numbers (and blanks where the layout can show them). */
function tableValues(version: FormatVersion, blanks: boolean): fc.Arbitrary<TableValues> {
  const shape = cleanValues(version);
  const number = fc.integer({ min: 0, max: 99_999 });
  const cell: fc.Arbitrary<Value> = blanks ? fc.option(number, { freq: 5, nil: null }) : number;
  const cells = (n: number) => fc.array(cell, { minLength: n, maxLength: n });
  const rows = (table: Record<string, Value[]>) => fc.record(Object.fromEntries(Object.entries(table).map(([key, v]) => [key, cells(v.length)])));
  // fc.record gives objects without a prototype: spread into plain ones to compare with what is read.
  return fc.record({ A: rows(shape.A), B: rows(shape.B), C: cells(shape.C.length) }).map((v) => ({ A: { ...v.A }, B: { ...v.B }, C: v.C }));
}

/** A clean report of every layout and every published shape, in both formats, as lines. */
const cleanReports = [
  ...allLayouts.flatMap((layout) => [buildReport({ layout }), buildReport({ layout, year: 2020 })]),
  ...publishedShapes.flatMap((shape) => [textOf(shape, { year: 2023 }), textOf(shape, { year: 2020 })]),
];


/**
 * Table B filled with generated numbers that keep every relation (a balanced table, as a correct
 * report has): parts at random, totals summed, 二 and 四 chosen so that 一 + 二 = （七） + 四.
 */
function balancedValues(version: FormatVersion): fc.Arbitrary<TableValues> {
  const shape = cleanValues(version);
  const leaves = Object.keys(shape.B).filter((k) => !['new', 'carried', 'total', 'pending'].includes(k));
  const parts = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 150 })), { minLength: 6, maxLength: 6 });
  return fc.record({
    rows: fc.array(parts, { minLength: leaves.length, maxLength: leaves.length }),
    carried: parts,
    pending: parts,
  }).map(({ rows, carried, pending }) => {
    const values = cleanValues(version);
    const withTotal = (p: number[]) => [...p, p.reduce((a, b) => a + b, 0)];
    leaves.forEach((k, i) => { values.B[k] = withTotal(rows[i]!); });
    const total = [0, 1, 2, 3, 4, 5].map((c) => rows.reduce((sum, r) => sum + (r[c] ?? 0), 0));
    // 一 = （七） + 四 − 二, kept non-negative by taking 二 no larger than （七） + 四.
    const carry = carried.map((v, c) => Math.min(v, (total[c] ?? 0) + (pending[c] ?? 0)));
    values.B.total = withTotal(total);
    values.B.pending = withTotal(pending);
    values.B.carried = withTotal(carry);
    values.B.new = withTotal(total.map((t, c) => t + (pending[c] ?? 0) - (carry[c] ?? 0)));
    return values;
  });
}

/** What may be put into a line: any code point of any plane, control characters, lone surrogates, layout and outline marks. */
const insertion: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 3 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('|', ' | ', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '（', '）', '(', '一、', '（一）', '1.', '总计', '<td>', '</tr>', '&nbsp;', '2021年', '\r', '－', '/', '—', '无'),
  fc.integer({ min: 0, max: 99_999 }).map(String),
);

type Mutation = (lines: string[]) => string[];

/** One random change to the lines of a report; positions are taken modulo the current length. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // a cell (the first number of a line) changed
  fc.tuple(fc.nat(), insertion).map(([i, s]): Mutation => (lines) => edit(lines, i, (l) => l.replace(/\d+/, s))),
  // a line cut short
  fc.tuple(fc.nat(), fc.nat()).map(([i, at]): Mutation => (lines) => edit(lines, i, (l) => l.slice(0, at % (l.length + 1)))),
  // a line joined to the next
  fc.nat().map((i): Mutation => (lines) => {
    const k = i % lines.length;
    return [...lines.slice(0, k), (lines[k] ?? '') + (lines[k + 1] ?? ''), ...lines.slice(k + 2)];
  }),
  // a line duplicated
  fc.nat().map((i): Mutation => (lines) => {
    const k = i % lines.length;
    return [...lines.slice(0, k), lines[k] ?? '', ...lines.slice(k)];
  }),
  // two lines swapped
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (lines) => {
    const out = lines.slice();
    const a = i % out.length;
    const b = j % out.length;
    [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
    return out;
  }),
  // a line dropped
  fc.nat().map((i): Mutation => (lines) => lines.filter((_, k) => k !== i % lines.length)),
  // characters put into a line
  fc.tuple(fc.nat(), fc.nat(), insertion).map(([i, at, s]): Mutation => (lines) => edit(lines, i, (l) => l.slice(0, at % (l.length + 1)) + s + l.slice(at % (l.length + 1)))),
);

function edit(lines: string[], i: number, change: (line: string) => string): string[] {
  const out = lines.slice();
  const k = i % out.length;
  out[k] = change(out[k] ?? '');
  return out;
}

/** A clean report with a few random mutations, its lines ended by LF or CRLF. */
const mutatedReport: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...cleanReports), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([report, mutations, eol]) => mutations.reduce((lines, m) => m(lines), report.split('\n')).join(eol));

/** A report whose table numbers were changed at random: many balance findings, most with fixes. */
const reportWithWrongNumbers: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...cleanReports), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 999 })), { minLength: 1, maxLength: 4 }))
  .map(([report, changes]) => {
    const lines = report.split('\n');
    const numbered = lines.map((l, i) => (/\d/.test(l) ? i : -1)).filter((i) => i >= 0);
    for (const [at, value] of changes) {
      const k = numbered[at % numbered.length] ?? 0;
      lines[k] = (lines[k] ?? '').replace(/(?<![\d年月])\d+(?![\d年月日])/, String(value));
    }
    return lines.join('\n');
  });

function assertInside(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: span ${JSON.stringify(span)} outside 0…${length}`);
}

function assertSpansInside(analysis: Analysis): void {
  const n = analysis.report.text.length;
  for (const f of analysis.findings) {
    assertInside(f.span, n, f.rule);
    for (const r of f.related) assertInside(r.span, n, `${f.rule} related`);
    for (const fix of f.fixes) for (const e of fix.edits) assertInside(e.span, n, `${f.rule} fix`);
  }
}

/** Where an offset of the text stands after the edits: offsets inside an edit go to its start or end. */
function mapOffset(edits: readonly TextEdit[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (e.span.end < offset || (e.span.end === offset && (side === 'end' || e.span.start < offset))) shift += e.newText.length - (e.span.end - e.span.start);
    else if (e.span.start < offset) return e.span.start + shift + (side === 'end' ? e.newText.length : 0);
    else break;
  }
  return offset + shift;
}

/** The text between and around the edits is the same before and after. */
function assertOnlyEditsChanged(before: string, after: string, edits: readonly TextEdit[], what: string): void {
  let cursor = 0;
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    assert.equal(after.slice(cursor + shift, e.span.start + shift), before.slice(cursor, e.span.start), `${what}: text between edits unchanged`);
    shift += e.newText.length - (e.span.end - e.span.start);
    cursor = e.span.end;
  }
  assert.equal(after.slice(cursor + shift), before.slice(cursor), `${what}: text after the last edit unchanged`);
}

/** Safe fixes applied and the text analysed again until none is left (as --fix and fixAll do). */
function fixAll(text: string): string {
  let current = text;
  for (let pass = 0; pass < 8; pass++) {
    const edits = safeEdits(analyze(current).findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits).text;
    if (next === current) break;
    current = next;
  }
  return current;
}

const sameFinding = (f: Finding, g: Finding, span: Span) => g.rule === f.rule && g.message.en === f.message.en && g.span.start === span.start && g.span.end === span.end;

describe('properties (fast-check)', () => {
  for (const layout of allLayouts) {
    it(`reads back the generated numbers of all three tables, laid out as ${layout}`, () => {
      for (const version of ['2021', '2019'] as const) {
        fc.assert(
          fc.property(tableValues(version, showsBlanks.has(layout)), (values) => {
            const report = analyze(buildReport({ layout, values, year: version === '2021' ? 2023 : 2020 })).report;
            assert.deepEqual(readBack(report), asExpected(values));
            // What `nianbao extract` gives: the same numbers.
            const tables = tablesAsRead(report);
            for (const row of tables.B?.rows ?? []) assert.deepEqual(row.values, values.B[row.key], row.key);
            assert.deepEqual(tables.C?.values, values.C);
            assert.equal(tables.B?.rows.length, Object.keys(values.B).length);
          }),
          runs(8),
        );
      }
    });
  }

  for (const shape of publishedShapes) {
    it(`reads table B of generated balanced numbers in the published shape ${shape} exactly, or says it could not`, () => {
      for (const version of ['2021', '2019'] as const) {
        fc.assert(
          fc.property(balancedValues(version), (values) => {
            const analysis = analyze(textOf(shape, { values, year: version === '2021' ? 2023 : 2020 }));
            const back = readBack(analysis.report).B;
            // Glued digits that several splits fit are said (table/glued-digits, table/unread),
            // never read one way in silence: every row read is read right.
            for (const [key, cells] of Object.entries(back)) if (cells.length === 7) assert.deepEqual(cells, values.B[key], `${key} read wrong`);
            const said = analysis.findings.some((f) => f.rule === 'table/unread' || (f.rule.startsWith('table/') && f.severity !== 'hint'));
            assert.ok(said || Object.keys(values.B).every((k) => back[k]?.length === 7), 'rows left unread in silence');
            assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('balance/')).map((f) => f.message.zh), [], 'a balanced table read as unbalanced');
          }),
          runs(15),
        );
      }
    });
  }

  it('analyses mutated reports without throwing, every span inside the text', () => {
    fc.assert(
      fc.property(mutatedReport, (text) => {
        const analysis = analyze(text);
        assert.equal(analysis.report.text, text);
        assertSpansInside(analysis);
        // Every message is said in both languages, and the English one is a sentence.
        for (const f of analysis.findings) {
          assert.ok(f.message.zh !== '' && f.message.en !== '', f.rule);
          assert.doesNotMatch(f.message.en, /^[a-z]/, `${f.rule}: ${f.message.en}`);
        }
      }),
      runs(250),
    );
  });

  it('analyses any string without throwing: every plane, lone surrogates, control characters', () => {
    const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), anyUnits, fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        assertSpansInside(analyze(text));
      }),
      runs(150),
    );
  });

  it('every fix removes its finding and changes nothing outside its edits', () => {
    let fixes = 0;
    fc.assert(
      fc.property(fc.oneof(reportWithWrongNumbers, mutatedReport), (text) => {
        for (const f of analyze(text).findings) {
          for (const fix of f.fixes) {
            fixes++;
            const result = applyEdits(text, fix.edits);
            assert.deepEqual(result.dropped, [], `${f.rule}: the edits of one fix overlap`);
            assertOnlyEditsChanged(text, result.text, fix.edits, f.rule);
            const span = { start: mapOffset(fix.edits, f.span.start, 'start'), end: mapOffset(fix.edits, f.span.end, 'end') };
            const after = analyze(result.text).findings;
            assert.ok(!after.some((g) => sameFinding(f, g, span)), `${f.rule}: "${f.message.en}" is still there after "${fix.title.en}"`);
          }
        }
      }),
      runs(60),
    );
    // Not vacuous: 60 runs give 30 to 100 fixes depending on the seed; a broken generator gives none.
    assert.ok(fixes > 10, `the generated reports gave fixes to check (${fixes})`);
  });

  it('the safe fixes of different findings never overlap, and fixing twice gives the text once gave', () => {
    fc.assert(
      fc.property(fc.oneof(reportWithWrongNumbers, mutatedReport), (text) => {
        const once = applyEdits(text, safeEdits(analyze(text).findings));
        assert.deepEqual(once.dropped, [], 'safe edits of two findings overlap');
        const fixed = fixAll(text);
        assert.equal(fixAll(fixed), fixed);
      }),
      runs(60),
    );
  });
});
