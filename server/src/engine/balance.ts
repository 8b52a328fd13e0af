// The arithmetic of tables B and C: every relation evaluated exactly, and the broken ones
// explained by as few cells as possible. One wrong cell usually breaks two or three relations;
// the cell that sits in all of them, agrees with each on what it should be, and takes part in no
// relation that holds, is the wrong one (triangulation). What no single cell explains is reported
// as the broken relation itself.
// Computed once per Report (cached) and read by the balance rules, hover, inlay hints and lenses.
import type { Cell, CellRef, RelationInstance, Report, TableId } from './model.ts';
import { arithmeticValue, isUnwritten } from './parse/values.ts';
import { cellFinder, cellOfRow, rowsByKey } from './tableLookup.ts';

/** The cell a reference points to in the report being balanced (tableLookup.cellFinder). */
type CellOf = (ref: CellRef) => Cell | null;

export type RelationStatus =
  /** Both sides known and equal. */
  | 'holds'
  /** Both sides known and different. */
  | 'broken'
  /** A total cell left blank (or 空) beside non-zero parts: not filled in rather than wrong. */
  | 'unfilled'
  /** A cell is missing, unreadable or words: nothing can be said. */
  | 'unknown';

export interface EvaluatedRelation {
  relation: RelationInstance;
  status: RelationStatus;
  left: number;
  right: number;
}

export interface WrongCell {
  ref: CellRef;
  cell: Cell;
  /** The value that makes every relation it takes part in hold. */
  expected: number;
  /** The broken relations it explains. */
  relations: EvaluatedRelation[];
}

export interface Balance {
  relations: EvaluatedRelation[];
  wrongCells: WrongCell[];
  /** Broken relations that no single cell explains. */
  unexplained: EvaluatedRelation[];
}

const cache = new WeakMap<Report, Balance>();

export function balanceOf(report: Report): Balance {
  let balance = cache.get(report);
  if (!balance) {
    balance = computeBalance(report);
    cache.set(report, balance);
  }
  return balance;
}

export function sameRef(a: CellRef, b: CellRef): boolean {
  return a.table === b.table && a.row === b.row && a.column === b.column;
}

/** A cell's reference as one string, to find it in a Map or Set. */
export function refKey(r: CellRef): string {
  return `${r.table}|${r.row}|${r.column}`;
}

/**
 * A shape's relations with their cells numbered: each cell they name once, grouped by row (`rows`),
 * and each relation's sides as those numbers. The ~370 relations of a report name its ~200 cells,
 * in ~30 rows, several times each; a report's values are looked up once a cell and its rows once a
 * row (valuesOf), not once a mention. Relations are shared by every report of the same shape
 * (parse/relations.ts), so this is made once per shape.
 */
interface NumberedCells {
  count: number;
  rows: { table: TableId; key: string; cells: { column: number; n: number }[] }[];
  left: number[][];
  right: number[][];
}

const numberedCellsOf = new WeakMap<readonly RelationInstance[], NumberedCells>();

function numberedCells(relations: readonly RelationInstance[]): NumberedCells {
  let numbered = numberedCellsOf.get(relations);
  if (!numbered) {
    const rows = new Map<string, NumberedCells['rows'][number]>();
    const numbers = new Map<string, number>();
    const numberOf = (ref: CellRef): number => {
      const key = refKey(ref);
      let n = numbers.get(key);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(key, n);
        const rowKey = `${ref.table}|${ref.row}`;
        let row = rows.get(rowKey);
        if (!row) rows.set(rowKey, (row = { table: ref.table, key: ref.row, cells: [] }));
        row.cells.push({ column: ref.column, n });
      }
      return n;
    };
    const left = relations.map((r) => r.left.map(numberOf));
    const right = relations.map((r) => r.right.map(numberOf));
    numbered = { count: numbers.size, rows: [...rows.values()], left, right };
    numberedCellsOf.set(relations, numbered);
  }
  return numbered;
}

/**
 * The value of each cell numbered (numberedCells) as a whole number; NaN when it is missing, words,
 * or not a whole number, or its row is absent or did not read completely (tableLookup.cellAt).
 */
function valuesOf(report: Report, numbered: NumberedCells): Float64Array {
  const values = new Float64Array(numbered.count).fill(NaN);
  // Each table's index of rows looked up once, not once a row (tableLookup.cellFinder does the same).
  const { A, B, C } = report.tables;
  const indexes = { A: A && rowsByKey(A), B: B && rowsByKey(B), C: C && rowsByKey(C) };
  for (const { table, key, cells } of numbered.rows) {
    const row = indexes[table]?.get(key);
    for (const { column, n } of cells) {
      const cell = cellOfRow(row, column);
      const v = cell ? arithmeticValue(cell.value) : null;
      if (v !== null && Number.isInteger(v)) values[n] = v;
    }
  }
  return values;
}

/** The sum of the cells numbered `cells`, in their order, null when one has no whole number. */
function sum(values: Float64Array, cells: readonly number[]): number | null {
  let total = 0;
  for (const n of cells) {
    const v = values[n]!;
    if (Number.isNaN(v)) return null;
    total += v;
  }
  return total;
}

function evaluate(cellOf: CellOf, relation: RelationInstance, left: number | null, right: number | null): EvaluatedRelation {
  if (left === null || right === null) return { relation, status: 'unknown', left: left ?? 0, right: right ?? 0 };
  if (left === right) return { relation, status: 'holds', left, right };
  const totalCell = relation.kind !== 'balance' && relation.left.length === 1 && relation.left[0] ? cellOf(relation.left[0]) : null;
  if (totalCell && isUnwritten(totalCell.value) && right > 0) return { relation, status: 'unfilled', left, right };
  return { relation, status: 'broken', left, right };
}

/**
 * For each cell, the indexes of the relations it is in. Relations are shared by every report of
 * the same shape (parse/relations.ts), so this index is made once per shape too.
 */
const byCellOf = new WeakMap<readonly RelationInstance[], Map<string, number[]>>();

function relationsByCell(relations: readonly RelationInstance[]): Map<string, number[]> {
  let byCell = byCellOf.get(relations);
  if (!byCell) {
    byCell = new Map();
    relations.forEach((r, i) => {
      for (const ref of [...r.left, ...r.right]) {
        const key = refKey(ref);
        const list = byCell!.get(key);
        if (list) list.push(i);
        else byCell!.set(key, [i]);
      }
    });
    byCellOf.set(relations, byCell);
  }
  return byCell;
}

function computeBalance(report: Report): Balance {
  const cellOf = cellFinder(report);
  const cells = numberedCells(report.relations);
  const values = valuesOf(report, cells);
  const evaluated = report.relations.map((r, i) => evaluate(cellOf, r, sum(values, cells.left[i]!), sum(values, cells.right[i]!)));
  const byCell = relationsByCell(report.relations);
  // A total left blank is not 0: the relation it totals is 'unfilled', and any other relation
  // it stands in (（七）总计 in the 勾稽关系) cannot be judged either.
  const blankTotals = new Set<string>();
  for (const r of evaluated) if (r.status === 'unfilled' && r.relation.left[0]) blankTotals.add(refKey(r.relation.left[0]));
  // Unless the blank is a 0 left blank: another relation it stands in holds with it as 0 (and no
  // other total left blank), so writing the sum of its parts there would break that relation. The
  // table is wrong either way, and the relations may say where (FORMAT.md: a （七） that agrees
  // with 一 + 二 − 四 is right, a part is wrong). Taken only when they do: when every relation
  // the blank then breaks is explained by one wrong part; otherwise two slips may have met (a
  // total left blank and a wrong number that happens to balance it), and the blank stays unfilled.
  // A relation with nothing written in it but blanks "holds" as 0 = 0 and says nothing either (a
  // draft of next year with only 二 carried over: its blank total is not filled in, not a 0).
  let zeros = [...blankTotals].filter((key) => (byCell.get(key) ?? []).some((i) => {
    const r = evaluated[i]!;
    return r.status === 'holds' && !standsIn(r.relation, (k) => k !== key && blankTotals.has(k)) && hasWritten(cellOf, r.relation, key);
  }));
  for (;;) {
    const balance = balanceWith(cellOf, byCell, evaluated, blankTotals, new Set(zeros));
    // Most reports: no total left blank, nothing to take back.
    if (zeros.length === 0) return balance;
    const kept = zeros.filter((key) => !balance.unexplained.some((r) => standsIn(r.relation, (k) => k === key)));
    if (kept.length === zeros.length) return balance;
    zeros = kept;
  }
}

/** Whether a cell of the relation other than the one keyed `except` is filled in (parse/values.ts isUnwritten). */
function hasWritten(cellOf: CellOf, relation: RelationInstance, except: string): boolean {
  for (const side of [relation.left, relation.right]) {
    for (const ref of side) {
      const cell = refKey(ref) === except ? null : cellOf(ref);
      if (cell && !isUnwritten(cell.value)) return true;
    }
  }
  return false;
}

/** Whether a cell of the relation, by its key, is one `test` picks. */
function standsIn(relation: RelationInstance, test: (key: string) => boolean): boolean {
  for (const x of relation.left) if (test(refKey(x))) return true;
  for (const x of relation.right) if (test(refKey(x))) return true;
  return false;
}

/** The balance with the blank totals `zeros` read as 0 and the other blank totals as not filled in. */
function balanceWith(cellOf: CellOf, byCell: Map<string, number[]>, evaluated: EvaluatedRelation[], blankTotals: Set<string>, zeros: Set<string>): Balance {
  // Most reports leave no total blank: the relations stand as evaluated.
  const relations = blankTotals.size === 0 ? evaluated : evaluated.map((r): EvaluatedRelation => {
    if (r.status === 'unfilled') return zeros.has(refKey(r.relation.left[0]!)) ? { ...r, status: 'broken' } : r;
    return standsIn(r.relation, (k) => blankTotals.has(k) && !zeros.has(k)) ? { ...r, status: 'unknown' } : r;
  });
  const broken = relations.filter((r) => r.status === 'broken');
  if (broken.length === 0) return { relations, wrongCells: [], unexplained: [] };

  // Every relation each cell takes part in (byCell), evaluated or not.
  const candidates: WrongCell[] = [];
  const seen = new Set<string>();
  for (const r of broken) {
    for (const ref of [...r.relation.left, ...r.relation.right]) {
      const key = refKey(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      const involved = (byCell.get(key) ?? []).map((i) => relations[i]!);
      const candidate = explain(cellOf, ref, involved);
      if (candidate) candidates.push(candidate);
    }
  }

  // A candidate is taken only when no other candidate explains any of the same relations:
  // two equally good explanations are a guess, and a guess is not reported as the answer.
  const wrongCells = candidates.filter((c) => !candidates.some((o) => o !== c && o.relations.some((r) => c.relations.includes(r))));
  const explained = new Set(wrongCells.flatMap((c) => c.relations));
  return { relations, wrongCells, unexplained: broken.filter((r) => !explained.has(r)) };
}

/**
 * The value a cell must have for every relation it is in to hold, if there is one such value,
 * the cell breaks at least two relations (one broken relation alone does not say which of its
 * cells is wrong), and it is in no relation that holds now.
 */
function explain(cellOf: CellOf, ref: CellRef, involved: EvaluatedRelation[]): WrongCell | null {
  const cell = cellOf(ref);
  const current = cell ? arithmeticValue(cell.value) : null;
  if (!cell || current === null) return null;
  const evaluated = involved.filter((r) => r.status === 'holds' || r.status === 'broken');
  if (evaluated.some((r) => r.status === 'holds')) return null;
  const brokenHere = evaluated.filter((r) => r.status === 'broken');
  if (brokenHere.length < 2) return null;
  let expected: number | null = null;
  for (const r of brokenHere) {
    const onLeft = r.relation.left.some((x) => sameRef(x, ref));
    const wanted = onLeft ? r.right - (r.left - current) : r.left - (r.right - current);
    if (expected === null) expected = wanted;
    else if (expected !== wanted) return null;
  }
  if (expected === null || expected < 0 || expected === current) return null;
  return { ref, cell, expected, relations: brokenHere };
}
