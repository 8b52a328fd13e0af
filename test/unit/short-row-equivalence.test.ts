// parse/recover.ts's reading of a row that lost a cell (issue 16): a relation that does not pass
// through the lost cell is tested once for each place the cell may have stood, not once for each
// guess there, and a place where one fails makes no guess. It must find the readings that testing
// every guess against every relation found, on any table: checked against that form here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Cell, CellRef, ReadTable, RelationInstance, TableRow } from '../../server/src/engine/model.ts';
import { readingOfShortRow } from '../../server/src/engine/parse/recover.ts';

/** The reading as it was made before: every guess at every place tested against every relation. */
function readingTestingAll(table: ReadTable, relations: readonly RelationInstance[], row: TableRow): number[] | null {
  if (row.cells.length !== row.expected - 1) return null;
  const known = row.cells.map((c) => (c.value.kind === 'number' ? c.value.value : NaN));
  const rows = new Map(table.rows.map((r) => [r.key, r]));
  const valueOf = (ref: CellRef): number | null => {
    const other = rows.get(ref.row);
    if (!other || other.cells.length !== other.expected) return null;
    const cell = other.cells[ref.column];
    return cell && cell.value.kind === 'number' ? cell.value.value : null;
  };
  const terms = (refs: CellRef[]) => refs.map((x) => (x.row === row.key ? { column: x.column, value: null } : { column: -1, value: valueOf(x) }));
  const through = relations
    .filter((r) => r.left.some((x) => x.row === row.key) || r.right.some((x) => x.row === row.key))
    .map((r) => ({ left: terms(r.left), right: terms(r.right) }));
  type Term = { column: number; value: number | null };
  const sum = (side: Term[], values: number[]) => side.reduce((s, t) => s + (t.column >= 0 ? (values[t.column] ?? NaN) : (t.value ?? NaN)), 0);
  const checks = through.filter(({ left, right }) => ![...left, ...right].some((t) => t.column < 0 && t.value === null));
  if (checks.length < 2) return null;
  const without = (side: Term[], at: number): number | null => {
    let s = 0;
    for (const t of side) {
      if (t.column === at) continue;
      const v = t.column < 0 ? t.value : (known[t.column < at ? t.column : t.column - 1] ?? null);
      if (v === null) return null;
      s += v;
    }
    return s;
  };
  const readings = new Map<string, number[]>();
  for (let at = 0; at <= known.length; at++) {
    const guesses = new Set<number>();
    for (const r of through) {
      const left = without(r.left, at);
      const right = without(r.right, at);
      if (left === null || right === null) continue;
      const onLeft = r.left.some((t) => t.column === at);
      const onRight = r.right.some((t) => t.column === at);
      if (onLeft === onRight) continue;
      const guess = onLeft ? right - left : left - right;
      if (guess >= 0) guesses.add(guess);
    }
    for (const guess of guesses) {
      const values = [...known.slice(0, at), guess, ...known.slice(at)];
      if (checks.every(({ left, right }) => sum(left, values) === sum(right, values))) readings.set(values.join(','), values);
    }
  }
  return readings.size === 1 ? ([...readings.values()][0] ?? null) : null;
}

const cell = (value: number): Cell => ({ span: { start: 0, end: 1 }, raw: String(value), value: { kind: 'number', value, digits: String(value) } });

function rowOf(key: string, values: number[], expected: number): TableRow {
  return { key, label: key, labelSpan: null, labelText: key, cells: values.map(cell), expected, extra: [], lost: 0 } as unknown as TableRow;
}

/**
 * A table of a few rows of small numbers (so that sums agree often), the first row a cell short,
 * and relations among random cells: some through the short row, some not, some with a cell of a
 * row that is not read.
 */
const tables = fc.integer({ min: 2, max: 5 }).chain((columns) =>
  fc
    .record({
      short: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: columns - 1, maxLength: columns - 1 }),
      others: fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 3 }),
      relations: fc.array(
        fc.record({
          left: fc.array(fc.record({ row: fc.integer({ min: 0, max: 4 }), column: fc.integer({ min: 0, max: columns }) }), { minLength: 1, maxLength: 3 }),
          right: fc.array(fc.record({ row: fc.integer({ min: 0, max: 4 }), column: fc.integer({ min: 0, max: columns }) }), { minLength: 1, maxLength: 4 }),
        }),
        { minLength: 2, maxLength: 7 },
      ),
    })
    .map(({ short, others, relations }) => {
      const keys = ['r0', 'r1', 'r2', 'r3', 'r4'];
      const rows = [rowOf('r0', short, columns), ...others.map((values, i) => rowOf(keys[i + 1]!, values, columns))];
      const ref = ({ row, column }: { row: number; column: number }): CellRef => ({ table: 'B', row: keys[row]!, column });
      const instances = relations.map(({ left, right }) => ({ kind: 'row-total', left: left.map(ref), right: right.map(ref), name: { zh: '', en: '' } }) as RelationInstance);
      return { table: { id: 'B', rows } as unknown as ReadTable, relations: instances, row: rows[0]! };
    }),
);

describe('recover: reading a row that lost a cell', () => {
  it('finds the readings that testing every guess against every relation finds', () => {
    let read = 0;
    fc.assert(
      fc.property(tables, ({ table, relations, row }) => {
        const reading = readingOfShortRow(table, relations, row);
        assert.deepEqual(reading, readingTestingAll(table, relations, row));
        if (reading) read++;
      }),
      { numRuns: 20_000 },
    );
    // The tables must give readings too, not only nulls, for the comparison to say anything.
    assert.ok(read > 20, `${read} readings found`);
  });
});
