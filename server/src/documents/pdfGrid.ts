// The ruled tables of a PDF page: the lines a table's borders are drawn with -> a grid of cells,
// merged where a border is missing (a label that spans rows or columns), so that each piece of
// text falls in the cell it was printed in, however it is aligned or wrapped inside it.
// Pure geometry: coordinates are PDF points, y growing downwards.

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

export interface Grid {
  /** Column borders, left to right, and row borders, top to bottom. */
  xs: number[];
  ys: number[];
  /** Every cell once, merged cells by their top-left corner, in reading order. */
  cells: GridCell[];
}

/**
 * Coordinates closer than this are the same border: double lines, rounding of line widths, and the
 * two borders of neighbouring cells drawn apart (a table with cell spacing, as a browser prints
 * `border-collapse: separate` or `cellspacing="2"`: each cell its own box, 2–3 points from the
 * next). No row or column of text is this narrow.
 */
const SNAP = 4;
/** A stroke shorter than this is a dot or a tick, not a border. */
const MIN_LINE = 2;
/**
 * Bounds on the work a page may cost: a report's tables have some hundreds of cells, a page of
 * more lines or cells than this is a drawing (a chart, a map) and holds no table to read.
 */
const MAX_CROSSINGS = 1_000_000;
const MAX_CELLS = 20_000;

interface Line {
  at: number;
  from: number;
  to: number;
}

/** Horizontal and vertical lines, overlapping pieces of one border merged. */
function linesOf(segments: readonly Segment[]): { h: Line[]; v: Line[] } {
  const h: Line[] = [];
  const v: Line[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x2 - s.x1);
    const dy = Math.abs(s.y2 - s.y1);
    if (dy <= 1 && dx >= MIN_LINE) h.push({ at: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    else if (dx <= 1 && dy >= MIN_LINE) v.push({ at: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
  }
  return { h: merge(h), v: merge(v) };
}

function merge(lines: Line[]): Line[] {
  // Lines at the same position (within SNAP of the first of them), then their overlapping pieces.
  const byPosition: Line[][] = [];
  for (const line of lines.slice().sort((a, b) => a.at - b.at)) {
    const group = byPosition[byPosition.length - 1];
    if (group && line.at - (group[0]?.at ?? 0) <= SNAP) group.push(line);
    else byPosition.push([line]);
  }
  // Each piece stands where its own lines stand (the first of them): a border of another table a
  // few points off, in the same group but not touching, keeps its place.
  const out: Line[] = [];
  for (const group of byPosition) {
    let open: Line | null = null;
    for (const line of group.sort((a, b) => a.from - b.from)) {
      if (open && line.from <= open.to + SNAP) {
        open.to = Math.max(open.to, line.to);
        open.at = Math.min(open.at, line.at);
      } else {
        open = { at: line.at, from: line.from, to: line.to };
        out.push(open);
      }
    }
  }
  return out;
}

/** Distinct positions, each the first of a run of positions closer than SNAP. */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of values.slice().sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > SNAP) out.push(v);
  }
  return out;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    while (this.parent[i] !== root) {
      const next = this.parent[i] ?? root;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Whether one of the lines (all at one border position) covers the middle of [from, to]. */
function covered(lines: readonly Line[], from: number, to: number): boolean {
  const inset = Math.min(SNAP, (to - from) / 4);
  return lines.some((l) => l.from <= from + inset && l.to >= to - inset);
}

/** The lines at each of the positions (lines are grouped by the position they snap to). */
function byPosition(lines: Line[], positions: number[]): Line[][] {
  const out = positions.map((): Line[] => []);
  for (const line of lines) {
    let i = 0;
    while (i + 1 < positions.length && line.at > (positions[i + 1] ?? 0) - SNAP) i++;
    if (Math.abs(line.at - (positions[i] ?? Infinity)) <= SNAP) out[i]?.push(line);
  }
  return out;
}

/** The tables drawn on a page. Lines that do not cross other lines (underlines, rules) are no table. */
export function findGrids(segments: readonly Segment[]): Grid[] {
  const { h, v } = linesOf(segments);
  if (h.length < 2 || v.length < 2 || h.length * v.length > MAX_CROSSINGS) return [];
  // Lines that touch belong to one table.
  const groups = new UnionFind(h.length + v.length);
  h.forEach((hl, i) => v.forEach((vl, j) => {
    if (vl.at >= hl.from - SNAP && vl.at <= hl.to + SNAP && hl.at >= vl.from - SNAP && hl.at <= vl.to + SNAP) groups.union(i, h.length + j);
  }));
  const members = new Map<number, { h: Line[]; v: Line[] }>();
  h.forEach((l, i) => {
    const root = groups.find(i);
    const m = members.get(root) ?? { h: [], v: [] };
    m.h.push(l);
    members.set(root, m);
  });
  v.forEach((l, j) => {
    const m = members.get(groups.find(h.length + j));
    if (m) m.v.push(l);
  });
  const grids: Grid[] = [];
  for (const m of members.values()) {
    const grid = gridOf(m.h, m.v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => (a.ys[0] ?? 0) - (b.ys[0] ?? 0));
}

/**
 * Column borders that run on past the first or last row border by at least this (a line of text):
 * the table's edge is where they end. A table a browser prints over a page break is drawn without
 * its top border on the new page (and without its bottom one before the break); the row there
 * would otherwise be left out of the grid and read as loose lines.
 */
const OPEN_EDGE = 8;

/** Where two or more column borders end beyond the row borders: the edges of a table drawn open. */
function openEdges(ys: number[], v: Line[]): number[] {
  const first = ys[0] ?? 0;
  const last = ys[ys.length - 1] ?? 0;
  const tops = v.map((l) => l.from).filter((y) => y < first - OPEN_EDGE).sort((a, b) => a - b);
  const bottoms = v.map((l) => l.to).filter((y) => y > last + OPEN_EDGE).sort((a, b) => b - a);
  // The second furthest: one stray line (a border of another drawing) does not open an edge.
  const edges: number[] = [];
  if (tops.length >= 2) edges.push(tops[1]!);
  if (bottoms.length >= 2) edges.push(bottoms[1]!);
  return edges;
}

function gridOf(h: Line[], v: Line[]): Grid | null {
  const ruled = distinct(h.map((l) => l.at));
  const ys = distinct([...ruled, ...openEdges(ruled, v)]);
  const xs = distinct(v.map((l) => l.at));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // A single framed box is a frame, not a table.
  if (rows < 1 || cols < 1 || rows * cols < 2 || rows * cols > MAX_CELLS) return null;
  const vAt = byPosition(v, xs);
  const hAt = byPosition(h, ys);
  const index = (r: number, c: number) => r * cols + c;
  const cells = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const top = ys[r] ?? 0;
      const bottom = ys[r + 1] ?? 0;
      const left = xs[c] ?? 0;
      const right = xs[c + 1] ?? 0;
      if (c + 1 < cols && !covered(vAt[c + 1] ?? [], top, bottom)) cells.union(index(r, c), index(r, c + 1));
      if (r + 1 < rows && !covered(hAt[r + 1] ?? [], left, right)) cells.union(index(r, c), index(r + 1, c));
    }
  }
  const boxes = new Map<number, GridCell>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = cells.find(index(r, c));
      const box = boxes.get(root);
      if (!box) boxes.set(root, { row: r, col: c, rowspan: 1, colspan: 1 });
      else {
        box.rowspan = Math.max(box.rowspan, r - box.row + 1);
        box.colspan = Math.max(box.colspan, c - box.col + 1);
      }
    }
  }
  const list = [...boxes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells: list };
}

/** The cell of the grid a point falls in, or null when it is outside the grid. */
export function cellAt(grid: Grid, x: number, y: number, owner: (r: number, c: number) => GridCell | undefined): GridCell | null {
  const first = (values: number[], at: number) => {
    const lo = values[0] ?? 0;
    const hi = values[values.length - 1] ?? 0;
    if (at < lo - 1 || at > hi + 1) return -1;
    let i = 0;
    while (i + 2 < values.length && at >= (values[i + 1] ?? 0)) i++;
    return i;
  };
  const c = first(grid.xs, x);
  const r = first(grid.ys, y);
  if (c < 0 || r < 0) return null;
  return owner(r, c) ?? null;
}

/** Every grid position -> the (merged) cell covering it. */
export function ownerMap(grid: Grid): (r: number, c: number) => GridCell | undefined {
  const cols = grid.xs.length - 1;
  const map = new Map<number, GridCell>();
  for (const cell of grid.cells) {
    for (let r = cell.row; r < cell.row + cell.rowspan; r++) {
      for (let c = cell.col; c < cell.col + cell.colspan; c++) map.set(r * cols + c, cell);
    }
  }
  return (r, c) => map.get(r * cols + c);
}
