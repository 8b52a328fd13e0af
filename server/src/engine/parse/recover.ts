// Rows whose cell boundaries were lost when a web page or PDF became text:
// "21710000218" is 217 1 0 0 0 0 218, and "2 0" may be 20. Such a row's digits are split again
// using the relations the row takes part in — its parts add up to its total, and the columns
// satisfy the table's relations with the other rows. A split is taken only when exactly one fits;
// its cells are marked as recovered. When none or several fit, the row is marked so that a rule
// can say so once and no balance finding is built on it.
import type { Cell, CellRef, ReadTable, RelationInstance, Span, TableRow } from '../model.ts';
import { arithmeticValue } from './values.ts';

/** Counts in these tables stay below a million: a part of more digits is not a count. */
const MAX_DIGITS_PER_NUMBER = 6;
/** The search visits at most this many partial splits per row, so a long run costs a bounded time. */
const SEARCH_LIMIT = 200_000;

interface Digit {
  char: string;
  offset: number;
}

/**
 * The digits of a row's cells in order, when every cell holds only digits and spaces and they are
 * no more than `most` (more could not be split into the row's columns: a line of half a million
 * cells is not gathered digit by digit).
 */
function rowDigits(row: TableRow, text: string, most: number): Digit[] | null {
  const digits: Digit[] = [];
  for (const cells of [row.cells, row.extra]) {
    for (const cell of cells) {
      if (digits.length > most) return null;
      if (cell.value.kind === 'blank') continue;
      if (cell.value.kind !== 'number' || cell.value.note || !/^[0-9０-９ \u00a0\u3000]+$/.test(cell.raw)) return null;
      for (let i = cell.span.start; i < cell.span.end; i++) {
        const c = text[i] ?? '';
        if (/[0-9]/.test(c)) digits.push({ char: c, offset: i });
        else if (/[０-９]/.test(c)) digits.push({ char: String.fromCharCode(c.charCodeAt(0) - 0xfee0), offset: i });
      }
    }
  }
  return digits;
}

/** As many numbers as columns, none lost. */
function isWhole(row: TableRow): boolean {
  return valuesRead(row) === row.expected && row.lost === 0;
}

/** A row that is not whole needs splitting again when its digits could fill the columns. */
function needsSplit(row: TableRow, digits: Digit[]): boolean {
  return digits.length >= row.expected && digits.length <= row.expected * MAX_DIGITS_PER_NUMBER;
}

/** The relations a row takes part in, as checks on a candidate vector of its values. */
function checksFor(rowKey: string, relations: readonly RelationInstance[], valueOf: (ref: CellRef) => number | null) {
  return checksOf(relationsThrough(rowKey, relations, valueOf));
}

/** Checks from the relations through a row: those whose other cells are all known (only they can judge a candidate). */
function checksOf(through: readonly SidesOf[]): ((values: number[]) => boolean)[] {
  return judging(through).map((sides) => (values: number[]) => holds(sides, values));
}

/** The relations through a row whose other cells are all known: only they can judge a candidate. */
function judging(through: readonly SidesOf[]): SidesOf[] {
  return through.filter(({ left, right }) => ![...left, ...right].some((t) => t.column < 0 && t.value === null));
}

/** Whether a relation through the row holds for a candidate vector of its values. */
function holds({ left, right }: SidesOf, values: number[]): boolean {
  return sumOf(left, values) === sumOf(right, values);
}

/** The relations a row takes part in, each as the terms of its two sides. */
function relationsThrough(rowKey: string, relations: readonly RelationInstance[], valueOf: (ref: CellRef) => number | null): SidesOf[] {
  // By a loop: the table's relations are all looked at for each row asked about, most of them not through it.
  const out: SidesOf[] = [];
  for (const r of relations) {
    if (namesRow(r.left, rowKey) || namesRow(r.right, rowKey)) out.push({ left: termsOf(r.left, rowKey, valueOf), right: termsOf(r.right, rowKey, valueOf) });
  }
  return out;
}

function namesRow(refs: readonly CellRef[], rowKey: string): boolean {
  for (const x of refs) if (x.row === rowKey) return true;
  return false;
}

/**
 * A term of a relation's side: a column of the row being read, or (`column` -1) another row's
 * cell, whose `value` (null when unknown) is the same for every candidate. Looked up once per
 * relation rather than for every candidate the relation judges: a split search judges thousands,
 * and a row one cell short is judged at each place the cell may have stood (seed 001's one such
 * row made table/cell-count cost 60 µs there, about 1 µs on the other seeds).
 */
interface Term {
  column: number;
  value: number | null;
}

interface SidesOf {
  left: Term[];
  right: Term[];
}

function termsOf(refs: readonly CellRef[], rowKey: string, valueOf: (ref: CellRef) => number | null): Term[] {
  return refs.map((x) => (x.row === rowKey ? { column: x.column, value: null } : { column: -1, value: valueOf(x) }));
}

/** A side's sum for a candidate vector of the row's values (NaN for a column it lacks), added in the side's order. */
function sumOf(terms: readonly Term[], values: number[]): number {
  let sum = 0;
  for (const t of terms) sum += t.column >= 0 ? (values[t.column] ?? NaN) : (t.value ?? NaN);
  return sum;
}

/** Every split of the digits into `parts` numbers (no leading zeros) that passes the checks, up to `limit` of them. */
function splits(digits: string, parts: number, fits: (values: number[]) => boolean, limit = 2): { found: number[][]; exhausted: boolean } {
  const found: number[][] = [];
  let visits = 0;
  const current: number[] = [];
  const walk = (at: number): boolean => {
    if (++visits > SEARCH_LIMIT) return false;
    const left = parts - current.length;
    if (left === 0) {
      if (at === digits.length && fits(current)) found.push(current.slice());
      return true;
    }
    const remaining = digits.length - at;
    if (remaining < left || remaining > left * MAX_DIGITS_PER_NUMBER) return true;
    const maxLength = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS_PER_NUMBER, remaining - (left - 1));
    for (let length = 1; length <= maxLength; length++) {
      current.push(Number(digits.slice(at, at + length)));
      const ok = walk(at + length);
      current.pop();
      if (!ok || found.length >= limit) return ok;
    }
    return true;
  };
  const exhausted = walk(0);
  return { found, exhausted };
}

function recoveredCells(values: number[], digits: Digit[], text: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const value of values) {
    const length = String(value).length;
    const first = digits[at];
    const last = digits[at + length - 1];
    at += length;
    if (!first || !last) break;
    const span: Span = { start: first.offset, end: last.offset + 1 };
    const raw = text.slice(span.start, span.end);
    cells.push({ span, raw, value: { kind: 'number', value, digits: String(value) }, recovered: true });
  }
  return cells;
}

/** Reads the other rows' cells for the relations: only rows read completely count. */
function knownValues(table: ReadTable) {
  const rows = new Map(table.rows.map((r) => [r.key, r]));
  return (ref: CellRef): number | null => {
    const row = rows.get(ref.row);
    if (!row || row.cells.length !== row.expected || (row.digitsRunTogether && row.digitsRunTogether.splits !== 1)) return null;
    const cell = row.cells[ref.column];
    const v = cell ? arithmeticValue(cell.value) : null;
    return v !== null && Number.isInteger(v) ? v : null;
  };
}

/**
 * Splits again every row of the table whose digits ran together, where exactly one split fits.
 * `minDigits` keeps short runs as they are where no relation can judge a split (table A: "154"
 * may well be one number with two blank cells; "123154" is not a count).
 */
export function recoverRows(table: ReadTable, relations: readonly RelationInstance[], text: string, options: { minDigits?: number } = {}): void {
  const valueOf = knownValues(table);
  const glued: Glued[] = [];
  for (const row of table.rows) {
    // A whole row needs no split: its digits are not gathered (most rows are whole).
    if (isWhole(row)) continue;
    const digits = rowDigits(row, text, row.expected * MAX_DIGITS_PER_NUMBER);
    // As many digits as columns split one way only ("000" is 0 0 0), relations or not.
    if (!digits || !needsSplit(row, digits) || (digits.length < (options.minDigits ?? 0) && digits.length !== row.expected)) continue;
    glued.push({ row, digits, tried: null });
  }
  // A row split again is known to the relations of the next: in crawler text every row is glued,
  // and "220000325" is 22 0 0 0 0 3 25 only once the column totals of the rows around it are read.
  // A row whose search ran past its bound is not searched again: more known cells do not shrink it.
  let left = glued;
  for (let progress = true; progress && left.length > 0;) {
    progress = false;
    left = left.filter((g) => {
      if (g.tried && !g.tried.exhausted) return true;
      g.tried = splitsOf(g, relations, valueOf, 2);
      const only = g.tried.found[0];
      if (!g.tried.exhausted || g.tried.found.length !== 1 || !only) return true;
      take(g, only, text);
      progress = true;
      return false;
    });
  }
  if (left.length > 1) left = splitTogether(left, relations, valueOf, text);
  const byDigits = left.filter((g) => takeDespiteRelations(g, relations, valueOf, text));
  left = left.filter((g) => !byDigits.includes(g));
  // One row read by its digits alone holds a wrong number: the rows whose split needed its cells
  // are split again around it, allowing the relations through one of its cells to fail.
  if (byDigits.length === 1 && left.length > 0) left = splitAroundWrongCell(left, byDigits[0]!.row, table, relations, text);
  for (const { row, tried } of left) {
    if (!looksGlued(row)) continue;
    // Its numbers are not known: the run is not any one cell's value, so no cell is kept (the
    // table/glued-digits finding names the row; the text is untouched). Where they stood is kept:
    // next year's draft blanks them there.
    const numbersAt: Span[] = [];
    for (const cell of [...row.cells, ...row.extra]) if (cell.value.kind !== 'blank') numbersAt.push(cell.span);
    row.digitsRunTogether = { splits: tried?.exhausted ? tried.found.length : -1, numbersRead: numbersRead(row), numbersAt };
    row.cells = [];
    row.extra = [];
    row.lost = 0;
  }
}

/** A row whose digits ran together, and what the last search for its splits found. */
interface Glued {
  row: TableRow;
  digits: Digit[];
  tried: { found: number[][]; exhausted: boolean } | null;
}

/** The splits of a glued row that pass the relations it is in (up to `limit`). */
function splitsOf({ row, digits }: Glued, relations: readonly RelationInstance[], valueOf: (ref: CellRef) => number | null, limit: number) {
  const checks = checksFor(row.key, relations, valueOf);
  return splits(digits.map((d) => d.char).join(''), row.expected, (values) => checks.every((c) => c(values)), limit);
}

/**
 * A row whose digits ran together into far fewer numbers than its columns (or that holds as many
 * numbers as columns and blank cells besides), when no split fits the relations: a number of it
 * was written wrong, or the split would have been found. It is read anyway when its digits
 * decide — they can be cut into the columns one way only ("1000002" is 1 0 0 0 0 0 2: a zero
 * starts no number) — or when exactly one of its cuts makes every relation it is in hold once one
 * of its numbers is corrected ("640020471" is 64 0 0 2 0 4 71, its total one too many); the
 * relations, checked afterwards, then name the wrong number (balance/…) instead of the row going
 * unchecked. Numbers that stood apart stay apart ("500000 5" is cut only inside "500000"). Taken
 * last, so that a wrong number never chose another row's split. True when the row was taken.
 */
function takeDespiteRelations(g: Glued, relations: readonly RelationInstance[], valueOf: (ref: CellRef) => number | null, text: string): boolean {
  if (!g.tried?.exhausted || g.tried.found.length !== 0) return false;
  // Far fewer numbers than columns (a run of digits), or exactly as many with blank cells too many
  // (a Markdown row from a PDF with an empty cell extra): a row one number short more likely lost a cell.
  if (valuesRead(g.row) > g.row.expected / 2 && numbersRead(g.row) !== g.row.expected) return false;
  // Where each number as read starts, in the row's digits: a cut must fall on each of them.
  const starts = new Set<number>();
  let at = 0;
  for (const cells of [g.row.cells, g.row.extra]) {
    for (const cell of cells) {
      if (cell.value.kind === 'blank') continue;
      starts.add(at);
      at += g.digits.filter((d) => d.offset >= cell.span.start && d.offset < cell.span.end).length;
    }
  }
  const keepsApart = (values: number[]) => {
    const cuts = new Set<number>();
    let end = 0;
    for (const v of values) {
      cuts.add(end);
      end += String(v).length;
    }
    for (const s of starts) if (!cuts.has(s)) return false;
    return true;
  };
  const cuts = splits(g.digits.map((d) => d.char).join(''), g.row.expected, keepsApart, MAX_CANDIDATES + 1);
  if (!cuts.exhausted || cuts.found.length === 0 || cuts.found.length > MAX_CANDIDATES) return false;
  if (cuts.found.length === 1) {
    take(g, cuts.found[0]!, text);
    g.row.digitsRunTogether!.byDigitsAlone = true;
    return true;
  }
  const righted = cuts.found.filter((values) => rightedByOneCell(g.row.key, values, relations, valueOf));
  if (righted.length !== 1) return false;
  take(g, righted[0]!, text);
  g.row.digitsRunTogether!.oneNumberWrong = true;
  return true;
}

/**
 * The relations of a row, read as `values`, all hold once one of its numbers is corrected: those
 * that fail all pass through one cell of the row (in a group of table C, any of the group's), and
 * correcting it to the value they ask makes every relation of the row hold.
 */
function rightedByOneCell(rowKey: string, values: number[], relations: readonly RelationInstance[], valueOf: (ref: CellRef) => number | null): boolean {
  const mine = relations.filter((r) => [...r.left, ...r.right].some((x) => x.row === rowKey) && [...r.left, ...r.right].every((x) => x.row === rowKey || valueOf(x) !== null));
  const holds = (row: number[]) => (r: RelationInstance) => {
    const side = (refs: CellRef[]) => refs.reduce((total, x) => total + (x.row === rowKey ? (row[x.column] ?? NaN) : (valueOf(x) ?? NaN)), 0);
    return side(r.left) === side(r.right);
  };
  const failing = mine.filter((r) => !holds(values)(r));
  if (failing.length === 0) return false;
  return columnsAllPassThrough(failing, rowKey).some((column) => {
    // The value the first failing relation asks of the cell (it stands once, on one side).
    const r = failing[0]!;
    const side = (refs: CellRef[]) => refs.reduce((total, x) => total + (x.row === rowKey ? (values[x.column] ?? NaN) : (valueOf(x) ?? NaN)), 0);
    const onLeft = r.left.some((x) => x.row === rowKey && x.column === column);
    const corrected = (values[column] ?? NaN) + (onLeft ? side(r.right) - side(r.left) : side(r.left) - side(r.right));
    if (!Number.isInteger(corrected) || corrected < 0) return false;
    return mine.every(holds(values.map((v, i) => (i === column ? corrected : v))));
  });
}

/** The columns of a row that every one of the relations passes through (none when they share none). */
function columnsAllPassThrough(relations: readonly RelationInstance[], rowKey: string): number[] {
  let through: number[] | null = null;
  for (const r of relations) {
    const columns = [...r.left, ...r.right].filter((x) => x.row === rowKey).map((x) => x.column);
    through = through === null ? columns : through.filter((c) => columns.includes(c));
    if (through.length === 0) return [];
  }
  return [...new Set(through ?? [])];
}

/** The row read as the split found. */
function take({ row, digits }: Glued, values: number[], text: string): void {
  const before = numbersRead(row);
  row.cells = recoveredCells(values, digits, text);
  row.extra = [];
  row.lost = 0;
  row.digitsRunTogether = { splits: 1, numbersRead: before };
}

/** Rows whose splits are tried together, and how many candidate readings they may have in all. */
const MAX_TOGETHER = 4;
const MAX_CANDIDATES = 32;
const MAX_COMBINATIONS = 20_000;

/**
 * Rows that each fit several splits may fit only one together: in crawler text "270020130"
 * (（一）予以公开) and "220000325" (1.本机关不掌握) each fit two splits by their row totals, and the
 * column totals, which hold both, choose one pair. Every combination of the rows' candidates is
 * tried against the relations among them and the rows already read; exactly one must fit.
 */
function splitTogether(left: Glued[], relations: readonly RelationInstance[], valueOf: (ref: CellRef) => number | null, text: string): Glued[] {
  return chooseTogether(left, relations, text, { candidatesBy: valueOf, judgedBy: valueOf, alsoJudging: null, accepts: (failing) => failing.length === 0 });
}

/**
 * The rows left unsplit when one row, read by its digits alone, holds a wrong number: in crawler
 * text "1000002" (5.属于三类, its 自然人 written 2 for 1) leaves （一）予以公开's "270020130" and
 * 1.本机关不掌握's "220000325" with two splits each, which the column totals through that row
 * chose between. Each row's candidates are the splits that fit the relations the wrong row is not
 * in; a combination of them is taken when the relations that fail all pass through one cell of
 * the wrong row — the number written wrong — and exactly one combination does so.
 */
function splitAroundWrongCell(left: Glued[], wrong: TableRow, table: ReadTable, relations: readonly RelationInstance[], text: string): Glued[] {
  const known = knownValues(table);
  return chooseTogether(left, relations, text, {
    candidatesBy: (ref) => (ref.row === wrong.key ? null : known(ref)),
    judgedBy: known,
    alsoJudging: wrong.key,
    // Every failing relation passes through one cell of the wrong row: its wrong number.
    accepts: (failing) => failing.length > 0 && columnsAllPassThrough(failing, wrong.key).length === 1,
  });
}

interface Together {
  /** The cells a row's candidate splits are found by. */
  candidatesBy: (ref: CellRef) => number | null;
  /** The cells the combinations are judged by, besides the rows' own. */
  judgedBy: (ref: CellRef) => number | null;
  /** A row whose relations are judged too, though it is not among the rows split. */
  alsoJudging: string | null;
  /** Whether a combination whose relations among the rows fail so is the reading. */
  accepts: (failing: RelationInstance[]) => boolean;
}

/**
 * Every combination of the rows' candidate splits judged by the relations among them and the
 * cells known: the rows are taken when exactly one combination is accepted. (Bounded: at most
 * MAX_TOGETHER rows, MAX_CANDIDATES splits each, MAX_COMBINATIONS in all.)
 */
function chooseTogether(left: Glued[], relations: readonly RelationInstance[], text: string, how: Together): Glued[] {
  if (left.length > MAX_TOGETHER || left.some((g) => !g.tried?.exhausted)) return left;
  const candidates: number[][][] = [];
  let combinations = 1;
  for (const g of left) {
    const { found, exhausted } = splitsOf(g, relations, how.candidatesBy, MAX_CANDIDATES + 1);
    if (!exhausted || found.length === 0 || found.length > MAX_CANDIDATES) return left;
    candidates.push(found);
    combinations *= found.length;
    if (combinations > MAX_COMBINATIONS) return left;
  }
  const index = new Map(left.map((g, i) => [g.row.key, i]));
  const involved = (r: RelationInstance) => [...r.left, ...r.right];
  const joint = relations.filter((r) => involved(r).some((x) => index.has(x.row) || x.row === how.alsoJudging) && involved(r).every((x) => index.has(x.row) || how.judgedBy(x) !== null));
  const chosen: number[][] = [];
  let fits: number[][] | null = null;
  let count = 0;
  const value = (ref: CellRef) => {
    const i = index.get(ref.row);
    return i !== undefined ? (chosen[i]?.[ref.column] ?? NaN) : (how.judgedBy(ref) ?? NaN);
  };
  const sum = (refs: CellRef[]) => refs.reduce((total, x) => total + value(x), 0);
  const walk = (i: number) => {
    if (count > 1) return;
    if (i === left.length) {
      if (how.accepts(joint.filter((r) => sum(r.left) !== sum(r.right)))) {
        count++;
        fits = chosen.slice();
      }
      return;
    }
    for (const candidate of candidates[i] ?? []) {
      chosen[i] = candidate;
      walk(i + 1);
    }
  };
  walk(0);
  const only: number[][] | null = fits;
  if (count !== 1 || !only) return left;
  left.forEach((g, i) => take(g, only[i] ?? [], text));
  return [];
}

/**
 * Without a unique split, a row is said to have its digits run together only when that is
 * plainly what happened: far fewer numbers than columns (one run of digits), or more numbers than
 * columns (digits broken by spaces). A row one or two numbers short more likely lost a cell.
 */
function looksGlued(row: TableRow): boolean {
  const count = valuesRead(row);
  return count <= row.expected / 2 || count > row.expected;
}

/** How many separate values the row holds as read, blanks too (its cells lost are none). */
function valuesRead(row: TableRow): number {
  return row.cells.length - row.lost + row.extra.length;
}

/** How many of them are written (not blank): the numbers a split or a join is made of. */
function numbersRead(row: TableRow): number {
  let n = 0;
  for (const c of row.cells) if (c.value.kind !== 'blank' && c.span.end > c.span.start) n++;
  for (const c of row.extra) if (c.value.kind !== 'blank') n++;
  return n;
}

/**
 * What a row that lost one cell must have said, if the relations allow one reading only: the lost
 * cell may have stood anywhere; each place gives a value (from the row's total) and only readings
 * that every relation accepts count. Seed 001's "2 0 0 0 0 2" reads 2 0 0 0 0 0 2 whichever of the
 * middle cells was lost. Null when no reading or several fit.
 */
export function readingOfShortRow(table: ReadTable, relations: readonly RelationInstance[], row: TableRow): number[] | null {
  if (row.cells.length !== row.expected - 1) return null;
  const present = row.cells.map((c) => arithmeticValue(c.value));
  if (present.some((v) => v === null || !Number.isInteger(v))) return null;
  const known = present as number[];
  const through = relationsThrough(row.key, relations, knownValues(table));
  const checks = judging(through);
  if (checks.length < 2) return null;
  const readings = new Map<string, number[]>();
  // The row's values with the lost cell at `at`, filled with each guess in turn.
  const values: number[] = new Array<number>(known.length + 1);
  for (let at = 0; at <= known.length; at++) {
    for (let i = 0; i < known.length; i++) values[i < at ? i : i + 1] = known[i]!;
    values[at] = NaN;
    // A relation that does not pass through the lost cell judges every guess at `at` alike: when
    // one fails, no guess there is a reading, and none is made (testing each guess against every
    // relation was most of the cost). The readings are those of testing them all.
    const byCell: SidesOf[] = [];
    let others = true;
    for (const sides of checks) {
      if (passesThrough(sides, at)) byCell.push(sides);
      else if (!holds(sides, values)) others = false;
    }
    if (!others) continue;
    for (const guess of candidatesAt(known, at, through)) {
      values[at] = guess;
      if (byCell.every((sides) => holds(sides, values))) readings.set(values.join(','), values.slice());
    }
  }
  return readings.size === 1 ? [...readings.values()][0] ?? null : null;
}

/** Whether a relation has a term in the row's column `column`. */
function passesThrough({ left, right }: SidesOf, column: number): boolean {
  return left.some((t) => t.column === column) || right.some((t) => t.column === column);
}

/** The values a lost cell may have had: what each relation through its row requires. */
function candidatesAt(known: number[], at: number, through: readonly SidesOf[]): number[] {
  const out = new Set<number>();
  for (const r of through) {
    // Solve the relation for the lost cell, taking the row's other cells as shifted around it.
    // Only a relation with the lost cell on one side gives it a value: the sides are summed for those alone.
    const onLeft = r.left.some((t) => t.column === at);
    const onRight = r.right.some((t) => t.column === at);
    if (onLeft === onRight) continue;
    const left = sideWithout(r.left, known, at);
    const right = sideWithout(r.right, known, at);
    if (left === null || right === null) continue;
    const guess = onLeft ? right - left : left - right;
    if (guess >= 0) out.add(guess);
  }
  return [...out];
}

/** A side's sum without the lost cell (column `at`), the row's other values shifted around it; null when a value is unknown. */
function sideWithout(terms: readonly Term[], known: number[], at: number): number | null {
  let sum = 0;
  for (const t of terms) {
    if (t.column === at) continue;
    const v = t.column < 0 ? t.value : (known[t.column < at ? t.column : t.column - 1] ?? null);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}
