// The three tables read from their regions and bound to the format.
import type { FormatDef } from '../formats/types.ts';
import type { Cell, ReadTable, Span, TableLayout, TableRow } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { normalizeLabel, stripEnumerator } from '../text/normalize.ts';
import { bindRows, type BindOptions, type BoundRow, type BoundTable, type RowSpec } from './bindRows.ts';
import { asCellLeftBlank, blankLineCells, isValueCell, valueOf, type PhysicalRow, type RawCell } from './cells.ts';

export interface RegionRows {
  layout: TableLayout;
  rows: PhysicalRow[];
  lines: Line[];
}

export function toCell(raw: RawCell): Cell {
  return { span: raw.span, raw: raw.text, value: valueOf(raw).value };
}

function toTableRow(b: BoundRow, label: string): TableRow {
  // Loops, not slice and map: the row's cells are made in one pass, without copies of the list.
  const count = Math.min(b.spec.expected || b.values.length, b.values.length);
  const cells: Cell[] = [];
  for (let i = 0; i < count; i++) cells.push(toCell(b.values[i]!));
  const extra: Cell[] = [];
  if (b.spec.expected > 0) for (let i = b.spec.expected; i < b.values.length; i++) if (b.values[i]!.text !== '') extra.push(toCell(b.values[i]!));
  const lost = padLostZeros(cells, b.spec.expected);
  const row: TableRow = {
    key: b.spec.key,
    label,
    labelSpan: b.labelSpan,
    labelText: b.labelText,
    cells,
    expected: b.spec.expected || cells.length,
    extra,
    lost,
  };
  // Set, not spread in: V8's object spread is slow, and this runs for every row.
  if (b.placedByOrder) row.placedByOrder = true;
  return row;
}

/**
 * A row of zeros that lost a cell in copy-paste ("0 0 0 0 0 0" for seven columns) reads the same
 * wherever the cell was lost: fill it as blank and say how many were lost. A row with other
 * numbers is left short, since which cell is missing changes what it says.
 */
function padLostZeros(cells: Cell[], expected: number): number {
  const last = cells[cells.length - 1];
  if (!last || cells.length >= expected) return 0;
  const zero = cells.every((c) => c.value.kind === 'blank' || (c.value.kind === 'number' && c.value.value === 0));
  if (!zero) return 0;
  const missing = expected - cells.length;
  for (let i = 0; i < missing; i++) cells.push({ span: { start: last.span.end, end: last.span.end }, raw: '', value: { kind: 'blank' } });
  return missing;
}

/**
 * The table's span and its region's (model.ts ReadTable): from the region's first line (its caption
 * or header) to the last label or cell read into the rows, and to the region's last line.
 */
function tableSpans(region: RegionRows, rows: TableRow[]): { span: Span; region: Span } {
  // Loops, not Math.min(...spread): a row of 50 000 cells overflows the call stack as arguments.
  let start = region.lines[0]?.start ?? 0;
  let end = start;
  for (const r of rows) {
    start = Math.min(start, r.labelSpan?.start ?? r.cells[0]?.span.start ?? Infinity);
    if (r.labelSpan) end = Math.max(end, r.labelSpan.end);
    for (const c of r.cells) end = Math.max(end, c.span.end);
    for (const c of r.extra) end = Math.max(end, c.span.end);
  }
  const regionEnd = Math.max(end, region.lines[region.lines.length - 1]?.end ?? start);
  return { span: { start, end: end > start ? end : regionEnd }, region: { start, end: regionEnd } };
}

/** Full formal label of a table B row, with its numbering, e.g. "（三）5.属于三类内部事务信息". */
export function formatLabel(row: { label: string; numbering: string }): string {
  return `${row.numbering}${row.label}`;
}

/**
 * What reading the tables on a format takes from it, made once per format, not for every reading:
 * the rows to bind (their normalised labels are cached on them), table B's options of binding, and
 * the full formal label of each row of table B by key (formatLabel of the format's first row with
 * the key, as tableBRow finds it).
 */
interface Specs {
  A: RowSpec[];
  B: RowSpec[];
  optionsOfB: BindOptions;
  labelsOfB: Map<string, string>;
}

const specCache = new WeakMap<FormatDef, Specs>();

/** Table B's rows before which nothing binds (BindOptions.anchors): the header's "其他" and "总计" are no rows. */
const anchorsOfB = ['new', 'carried', 'results', 'open'];

function specsOf(format: FormatDef): Specs {
  let specs = specCache.get(format);
  if (!specs) {
    const columns = format.tableB.columns.length;
    const B = format.tableB.rows.map((r) => ({
      key: r.key,
      label: r.label,
      numbering: r.numbering,
      variants: r.variants,
      expected: r.group ? 0 : columns,
      aggregateColumns: r.mayAggregate ? columns : undefined,
    }));
    const labelsOfB = new Map<string, string>();
    for (const r of format.tableB.rows) if (!labelsOfB.has(r.key)) labelsOfB.set(r.key, formatLabel(r));
    specs = {
      A: format.tableA.blocks.flatMap((block) =>
        block.rows.map((r) => ({ key: r.key, label: r.label, numbering: r.numbering, variants: r.variants, expected: block.columns.length }))),
      B,
      optionsOfB: { anchors: anchorsOfB, headerWords: headerWordsOf(format, B) },
      labelsOfB,
    };
    specCache.set(format, specs);
  }
  return specs;
}

/** Table B's column names that name no row (all but 其他 and 总计), normalised. */
function headerWordsOf(format: FormatDef, specsOfB: RowSpec[]): ReadonlySet<string> {
  const rowLabels = new Set(specsOfB.map((spec) => normalizeLabel(stripEnumerator(spec.label).rest)));
  return new Set(format.tableB.columns.map((c) => normalizeLabel(c.label)).filter((label) => !rowLabels.has(label)));
}

export function readTableA(region: RegionRows, format: FormatDef): ReadTable | null {
  const bound = bindRows(region.rows, specsOf(format).A);
  if (bound.rows.length === 0) return null;
  const rows: TableRow[] = [];
  for (const b of bound.rows) rows.push(toTableRow(b, b.spec.label));
  const { span, region: regionSpan } = tableSpans(region, rows);
  return withUnplaced({ id: 'A', span, region: regionSpan, layout: region.layout, rows, columns: [] }, bound);
}

/**
 * The table, just made, given the numbers no row took (ReadTable.unplaced) when there are any: set
 * on it, not spread into a copy (V8's object spread is slow; the key still comes last).
 */
function withUnplaced(table: ReadTable, bound: BoundTable): ReadTable {
  if (bound.unplaced.length === 0) return table;
  table.unplaced = bound.unplaced.map(({ label, cells, repeats }) => ({
    span: { start: label?.start ?? cells[0]!.span.start, end: cells[cells.length - 1]!.span.end },
    label: label?.text ?? null,
    values: cells.map((c) => c.text),
    repeats,
  }));
  return table;
}

export function readTableB(region: RegionRows, format: FormatDef): ReadTable | null {
  const { B: specs, optionsOfB, labelsOfB } = specsOf(format);
  const bound = bindRows(region.rows, specs, optionsOfB);
  if (bound.rows.length === 0) return null;
  const rows: TableRow[] = [];
  for (const b of bound.rows) rows.push(toTableRow(b, labelsOfB.get(b.spec.key) ?? b.spec.label));
  const { span, region: regionSpan } = tableSpans(region, rows);
  return withUnplaced({ id: 'B', span, region: regionSpan, layout: region.layout, rows, columns: format.tableB.columns.map((c) => c.key) }, bound);
}

/**
 * Table C's values when some at either end were left blank in a tab or pipe layout
 * ("…\t1\t1\t\t\t\t\t\t", "… | 1 | 1 |  |  |  |  |  |", "\t0\t0…", "  | 0 | 0 …"): blank
 * pieces at the ends of a row are otherwise taken for separators that open or close the line (a
 * merged label column, ragged tabs), and the table would read short. When every line of the region
 * ends with a separator, the last piece is the one that closes the line; blank pieces before the
 * values beyond the table's columns are ragged separators. If exactly the table's columns are left,
 * with a blank at an end, they are the values, the blank ones cells left blank. A blank first cell
 * is taken only if the groups' totals then hold: a ragged separator before a row that lost a
 * number would otherwise shift every column, where "a number is missing" is the honest reading.
 * Null otherwise.
 */
function valuesByGrid(values: RawCell[], expected: number, region: RegionRows, format: FormatDef): RawCell[] | null {
  if (region.layout !== 'tab' && region.layout !== 'pipe') return null;
  const closed = region.rows.every((r) => r.cells.length < 2 || r.cells[r.cells.length - 1]!.empty);
  let end = values.length - (closed && values[values.length - 1]?.empty ? 1 : 0);
  let lead = 0;
  while (end - lead > expected && values[lead]!.empty) lead++;
  if (end - lead !== expected) return null;
  const cells = values.slice(lead, end);
  const blankFirst = cells[0]!.empty;
  if (!blankFirst && !cells[cells.length - 1]!.empty) return null;
  const read = cells.map(asCellLeftBlank);
  return blankFirst && !groupsHold(read, format) ? null : read;
}

/** Every group total of table C equals the sum of its parts, blank cells counted as 0 (numbers only). */
function groupsHold(cells: RawCell[], format: FormatDef): boolean {
  const index = new Map(format.tableC.columns.map((c, i) => [c.key, i]));
  const valueAt = (key: string): number | null => {
    const cell = cells[index.get(key) ?? -1];
    if (!cell) return null;
    const { value } = valueOf(cell);
    if (value.kind === 'blank') return 0;
    return value.kind === 'number' ? value.value : null;
  };
  return format.tableC.relations.every((relation) => {
    if (relation.kind !== 'group-total') return true;
    const total = valueAt(relation.total);
    const parts = relation.parts.map(valueAt);
    return total !== null && parts.every((p) => p !== null) && parts.reduce<number>((sum, p) => sum + p!, 0) === total;
  });
}

/**
 * Table C left wholly blank (an office with no case): its row a line of separators only, which
 * readRows passes over. Read when the first such line after the headers holds exactly the table's
 * cells; null otherwise (then the table is said to be missing, as it cannot be told from the text).
 */
function leftAllBlank(region: RegionRows, expected: number): RawCell[] | null {
  const lastHeader = region.rows[region.rows.length - 1]?.line ?? -1;
  for (const line of region.lines) {
    if (line.index <= lastHeader) continue;
    const cells = blankLineCells(line, region.layout);
    if (cells) return cells.length === expected ? cells : null;
  }
  return null;
}

/**
 * Table C has no row labels: its 15 numbers follow the header cells. Values are the value cells
 * after the last header text, up to the next text.
 */
export function readTableC(region: RegionRows, format: FormatDef): ReadTable | null {
  const expected = format.tableC.columns.length;
  let values: RawCell[] = [];
  let sawHeader = false;
  let done = false;
  for (const row of region.rows) {
    for (const cell of row.cells) {
      if (done) break;
      if (cell.text !== '' && !isValueCell(cell)) {
        if (values.some((v) => v.text !== '')) {
          done = true;
          break;
        }
        sawHeader = true;
        values = [];
        continue;
      }
      if (sawHeader) values.push(cell);
    }
  }
  const byGrid = valuesByGrid(values, expected, region, format);
  if (byGrid) values = byGrid;
  while (values.length > 0 && values[values.length - 1]?.empty) values.pop();
  while (values.length > 0 && values[0]?.empty) values.shift();
  while (values.length > expected && values[values.length - 1]?.text === '') values.pop();
  while (values.length > expected && values[0]?.text === '') values.shift();
  if (sawHeader && !values.some((v) => v.text !== '')) values = leftAllBlank(region, expected) ?? values;
  if (!sawHeader || values.length === 0) return null;
  const cells = values.slice(0, expected).map(toCell);
  const extra = values.slice(expected).filter((c) => c.text !== '').map(toCell);
  const row: TableRow = {
    key: 'C',
    label: '政府信息公开行政复议、行政诉讼情况',
    labelSpan: null,
    labelText: '',
    cells,
    expected,
    extra,
    lost: padLostZeros(cells, expected),
  };
  const { span, region: regionSpan } = tableSpans(region, [row]);
  return { id: 'C', span, region: regionSpan, layout: region.layout, rows: [row], columns: format.tableC.columns.map((c) => c.key) };
}
