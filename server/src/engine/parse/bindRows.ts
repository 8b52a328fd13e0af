// Physical rows of cells -> the format's rows, by label. Values are read by meaning, not by
// position on the page: a label opens a row, the value cells after it are its numbers, and
// whatever stands before the first label (headers, placeholders of merged cells) is passed over.
import type { Span } from '../model.ts';
import { asCellLeftBlank, isValueCell, type PhysicalRow, type RawCell } from './cells.ts';
import { labelSuffixLength, offsetOfLastCharacters, prepareLabelText, scoreLabel, type LabelCandidate } from './labels.ts';
import { normalizeLabel } from '../text/normalize.ts';

export interface RowSpec extends LabelCandidate {
  key: string;
  label: string;
  /** How many values the row takes; 0 for a group heading. */
  expected: number;
  /**
   * For a group heading that may carry the sum of its sub-rows instead of them: how many values it
   * then takes.
   */
  aggregateColumns?: number;
}

export interface BoundRow {
  spec: RowSpec;
  labelText: string;
  /** Null when the row's label was not found. */
  labelSpan: Span | null;
  values: RawCell[];
  /** The numbers were placed by the format's order, not found after the label (placeByOrder). */
  placedByOrder?: boolean;
}

export interface BindOptions {
  /** Rows before which nothing binds: header cells such as "其他" or "总计" are not rows. */
  anchors?: string[];
  /**
   * Column headers that name no row ("自然人", "商业企业"), normalised: a physical row with one of
   * them and no number is the table's header repeated (at a page break of the PDF the text was
   * made from), and binds nothing — its "其他" and "总计" are not the rows 3.其他 and （七）总计.
   */
  headerWords?: ReadonlySet<string>;
}

interface OpenRow {
  spec: RowSpec;
  labelText: string;
  labelSpan: Span;
  values: RawCell[];
  /** The physical row the label stands in. */
  physical: number;
  /** Numbers stood in the label's own physical row (not only in rows after it). */
  strong: boolean;
  /** Some of the values stood in a later physical row than the label. */
  laterRows: boolean;
}

/**
 * What the reading met, in text order: rows closed (strong when their numbers stood beside their
 * label) and groups of numbers that stood in a physical row of their own with no label open.
 */
type Met = { kind: 'row'; row: BoundRow; strong: boolean } | { kind: 'numbers'; cells: RawCell[]; label: RawCell | null };

/** A table's rows bound to the format, and the numbers that no row took. */
export interface BoundTable {
  rows: BoundRow[];
  /**
   * Numbers that no row took, in text order: those of a row written twice (its label read again
   * once the row was read), and those standing in a physical row of their own that placeByOrder did
   * not place either (a row the format does not have, a row's label lost). Each with the words that
   * stood before them in their physical row, if any. A lone number with no words is left out: a
   * number left from a cut label or a page number, not a row.
   */
  unplaced: UnplacedGroup[];
}

export interface UnplacedGroup {
  /** The words before the numbers, as written, and where they start; null when there were none. */
  label: { text: string; start: number } | null;
  /** The numbers (blank pieces left out). */
  cells: RawCell[];
  /** The key of the row those words name when that row was read already (the row written twice); null otherwise. */
  repeats: string | null;
}

export function bindRows(physical: PhysicalRow[], specs: RowSpec[], options: BindOptions = {}): BoundTable {
  const bound = new Map<string, BoundRow>();
  let cursor = 0;
  let started = !options.anchors;
  let open: OpenRow | null = null;

  const met: Met[] = [];
  /**
   * The pieces rows closed with, before they were settled, for rows read on their label's line that
   * the grid may settle: rows read short, and rows left blank with pieces to spare (readShortRowsByGrid).
   */
  const shortRows = new Map<string, RawCell[]>();
  /** Where the values of the rows read whole on their line stand among their pieces (readShortRowsByGrid). */
  const grid: Grid = { lead: -1, trail: -1, agreed: true };
  /**
   * What rows read on their line with their values, some left blank, allow of the grid, by how
   * many pieces they have beyond their values (gridOfShortRows); looked at until a row read whole
   * shows the grid.
   */
  const partlyBlank = new Map<number, { maxLead: number; maxTrail: number }>();
  /** Rows whose label was read again once they were read (see BoundTable.unplaced). */
  const repeated: UnplacedGroup[] = [];
  const close = () => {
    if (open && bound.has(open.spec.key)) {
      const written = open.values.filter((v) => v.text !== '');
      if (written.length > 0) repeated.push({ label: { text: open.labelText, start: open.labelSpan.start }, cells: written, repeats: open.spec.key });
    } else if (open) {
      const spec = open.spec;
      const aggregate = spec.expected === 0 && spec.aggregateColumns !== undefined && open.values.some((v) => v.text !== '');
      const expected = aggregate ? (spec.aggregateColumns ?? 0) : spec.expected;
      if (expected > 0) {
        const values = settleValues(open.values, expected);
        // Copied only for a group that carries its sum: V8's object spread is slow, and most rows take their spec's count.
        const row: BoundRow = { spec: expected === spec.expected ? spec : { ...spec, expected }, labelText: open.labelText, labelSpan: open.labelSpan, values };
        bound.set(spec.key, row);
        met.push({ kind: 'row', row, strong: open.strong });
        if (!open.laterRows && (values.length < expected || (open.values.length > expected && values.every((v) => v.text === '')))) shortRows.set(spec.key, open.values);
        else if (!open.laterRows && values.length === expected) {
          noteGrid(grid, open.values, values);
          if (grid.lead < 0) notePartlyBlank(partlyBlank, open.values, expected);
        }
      }
    }
    open = null;
  };

  for (let p = 0; p < physical.length; p++) {
    const cells = physical[p]?.cells ?? [];
    // Where the line's last number stands, found once per line (asked for every text cell). A row
    // without one may be the header repeated: most rows hold a number, and no word is normalised.
    let lastValue = -1;
    for (let k = cells.length - 1; k >= 0 && lastValue < 0; k--) {
      const cell = cells[k]!;
      if (cell.text !== '' && isValueCell(cell)) lastValue = k;
    }
    if (lastValue < 0 && options.headerWords && isRepeatedHeader(cells, options.headerWords)) {
      close();
      continue;
    }
    // Numbers in a physical row of their own, with no label open: placed by the format's order later.
    let loose: RawCell[] | null = null;
    // The words of this physical row that named no row, which such numbers followed.
    let unmatched: RawCell | null = null;
    let looseLabel: RawCell | null = null;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      if (cell.text === '' || isValueCell(cell)) {
        const current: OpenRow | null = open;
        if (current) {
          current.values.push(cell);
          if (current.physical === p && cell.text !== '') current.strong = true;
          if (current.physical !== p) current.laterRows = true;
        } else if (started) {
          if (!loose) looseLabel = unmatched;
          (loose ??= []).push(cell);
        }
        continue;
      }
      loose = null;
      // A text: a row label (perhaps wrapped over two cells), a header, or a note.
      let match = findRow(cell.text, specs, cursor, bound);
      let consumed = 0;
      const next = cells[i + 1];
      // A label read whole (score 3) is matched by no joined text better: the two are not joined.
      if (next && next.text !== '' && (match?.score ?? 0) < 3 && !isValueCell(next)) {
        const joined = findRow(cell.text + next.text, specs, cursor, bound);
        if (joined && (!match || joined.score > match.score)) {
          match = joined;
          consumed = 1;
        }
      }
      // Words run on before a label ("…现行有效件数规章" in crawler text): the label that ends them.
      let from = 0;
      if (!match && next && next.text !== '' && isValueCell(next)) {
        const suffix = labelAtEnd(cell.text, specs, cursor, bound);
        if (suffix) {
          match = suffix;
          from = offsetOfLastCharacters(cell.text, suffix.length);
        }
      }
      if (match && (started || options.anchors?.includes(specs[match.index]?.key ?? ''))) {
        close();
        started = true;
        const spec = specs[match.index];
        if (!spec) continue;
        const last = consumed ? (cells[i + 1] ?? cell) : cell;
        open = {
          spec,
          labelText: consumed ? `${cell.text}${last.text}` : cell.text.slice(from),
          labelSpan: { start: cell.span.start + from, end: last.span.end },
          values: [],
          physical: p,
          strong: false,
          laterRows: false,
        };
        cursor = match.index + 1;
        i += consumed;
        continue;
      }
      const current: OpenRow | null = open;
      if (current && current.physical < p && current.values.every((v) => v.text === '')) {
        // The rest of a label wrapped onto the next line ("情形，不计其他情形）").
        current.labelText += cell.text;
        current.labelSpan = { start: current.labelSpan.start, end: cell.span.end };
        current.values = [];
        continue;
      }
      // A word where a number should be ("若干"): a value written as text. A longer text is one
      // too when numbers follow it on the same line, rather than the end of the row.
      if (current && current.values.length < current.spec.expected && (cell.text.length <= 6 || i < lastValue)) {
        current.values.push(cell);
        if (current.physical !== p) current.laterRows = true;
        continue;
      }
      close();
      unmatched = cell;
    }
    // A row ends with its physical row once it has values; a label alone waits for the next line.
    // So does a label followed on its own line by two or more pieces with nothing in them
    // ("行政强制\t\t\t", "行政强制 |  |"): the line laid out the row's cells, and left them blank.
    // (Waiting, such a row took the next block's caption and header for the rest of its label, and
    // a blank cell of theirs for its value.)
    const current: OpenRow | null = open;
    if (current && (current.values.some((v) => v.text !== '' || !v.empty) || (current.physical === p && current.values.length >= 2))) close();
    const numbers: RawCell[] | null = loose;
    if (numbers && numbers.some((c) => c.text !== '')) met.push({ kind: 'numbers', cells: numbers, label: looseLabel });
  }
  close();
  placeByOrder(met, specs, bound);
  if (shortRows.size > 0) readShortRowsByGrid(bound, shortRows, grid.lead < 0 && grid.agreed ? (gridOfShortRows(bound, shortRows, partlyBlank) ?? grid) : grid);
  // Loops, not flatMap, here and above: V8's flatMap takes several times as long for these short lists.
  const rows: BoundRow[] = [];
  for (const s of specs) {
    const b = bound.get(s.key);
    if (b) rows.push(b);
  }
  const unplaced = unplacedNumbers(met, specs, bound);
  if (repeated.length > 0) {
    unplaced.push(...repeated);
    unplaced.sort((a, b) => (a.label?.start ?? a.cells[0]!.span.start) - (b.label?.start ?? b.cells[0]!.span.start));
  }
  return { rows, unplaced };
}

const NOTHING_BOUND = new Map<string, BoundRow>();

/**
 * The groups of numbers met that no bound row holds (see BoundTable.unplaced), each with the key of
 * the row its words name when that row was read already: the row written twice.
 */
function unplacedNumbers(met: Met[], specs: RowSpec[], bound: Map<string, BoundRow>): BoundTable['unplaced'] {
  const unplaced: BoundTable['unplaced'] = [];
  let taken: Set<number> | null = null;
  for (const m of met) {
    if (m.kind !== 'numbers') continue;
    const written = m.cells.filter((c) => c.text !== '');
    // Words without a Chinese character are no row's label: those of a page's footer ("4 / 10");
    // nor is a note's ("注：…3").
    const label = m.label && HAN.test(m.label.text) && !NOTE.test(m.label.text) ? m.label : null;
    if (written.length < 2 && !label) continue;
    // Cells are compared by where they stand: settling a row's values may copy a cell.
    if (!taken) {
      taken = new Set<number>();
      for (const row of bound.values()) for (const v of row.values) taken.add(v.span.start);
    }
    if (written.some((c) => taken!.has(c.span.start))) continue;
    const named = label ? findRow(label.text, specs, 0, NOTHING_BOUND) : null;
    const key = named ? specs[named.index]?.key : undefined;
    const repeats = key !== undefined && bound.has(key) ? key : null;
    // A lone number is a row only in a table whose rows take one, or when its words name a row read
    // already; otherwise a page's header or footer ("某某市某某局 4") among the rows of table B.
    if (written.length < 2 && !repeats && !specs.some((s) => s.expected === 1)) continue;
    unplaced.push({ label: label && { text: label.text, start: label.span.start }, cells: written, repeats });
  }
  return unplaced;
}

/** A Chinese character: every row label of the tables has one. */
const HAN = /[\u4e00-\u9fff]/;
/** The opening of a note under or inside a table: "注：", "备注：", "说明:". */
const NOTE = /^\s*(?:注|备注|说明|附注)\s*[:：]/;

/**
 * How a text scores against every row of a list of specs (0 when it is no label): the same cell
 * texts meet the same format's rows in every report and on every keystroke, so each text is
 * scored once per list.
 */
const scoresBySpecs = new WeakMap<RowSpec[], Map<string, Uint8Array | null>>();

function scoresOf(text: string, specs: RowSpec[]): Uint8Array | null {
  let known = scoresBySpecs.get(specs);
  if (!known) scoresBySpecs.set(specs, (known = new Map()));
  let scores = known.get(text);
  if (scores === undefined) {
    const prepared = prepareLabelText(text);
    scores = prepared.normalized ? Uint8Array.from(specs, (spec) => scoreLabel(prepared, spec)) : null;
    if (known.size >= 20_000) known.clear();
    known.set(text, scores);
  }
  return scores;
}

function findRow(text: string, specs: RowSpec[], cursor: number, bound: Map<string, BoundRow>): { index: number; score: number } | null {
  const scores = scoresOf(text, specs);
  if (!scores) return null;
  let best: { index: number; score: number } | null = null;
  // A text matches few rows: the score is read before whether the row is bound (a lookup by key).
  for (let i = cursor; i < specs.length; i++) {
    const score = scores[i] ?? 0;
    if (score === 0) continue;
    const spec = specs[i];
    if (!spec || bound.has(spec.key)) continue;
    if (score > (best?.score ?? 0)) best = { index: i, score };
    if (score === 3) break;
  }
  if (best && best.score >= 2) return best;
  // Rows out of the format's order are recognised only when written exactly.
  for (let i = 0; i < cursor; i++) {
    const spec = specs[i];
    if (scores[i] === 3 && spec && !bound.has(spec.key)) return { index: i, score: 3 };
  }
  return best;
}

/**
 * Numbers torn from their labels, as Markdown made from a PDF gives them: labels listed in one
 * block and their numbers in bare rows after it, or a bare row before its label. Between two rows
 * read with their numbers beside their labels, the rows of the format in between are filled in
 * the format's order from the groups of numbers that stood there (bare rows, and the rows that
 * took the next line's numbers): only when there are exactly as many whole groups as rows to
 * fill, so that the order alone decides. Otherwise the reading stays as it was.
 */
function placeByOrder(met: Met[], specs: RowSpec[], bound: Map<string, BoundRow>): void {
  // Most tables: every row was read with its numbers beside its label, and there is nothing to place.
  if (met.every((m) => m.kind === 'row' && m.strong)) return;
  const indexOf = indexesOf(specs);
  const strong: { at: number; index: number }[] = [];
  /** The rows as read, by key: their labels stay where they were read when their numbers are placed anew. */
  const labels = new Map<string, BoundRow>();
  met.forEach((m, at) => {
    if (m.kind !== 'row') return;
    labels.set(m.row.spec.key, m.row);
    if (m.strong) strong.push({ at, index: indexOf.get(m.row.spec.key) ?? -1 });
  });
  const fences = [{ at: -1, index: -1 }, ...strong, { at: met.length, index: specs.length }];
  for (let f = 1; f < fences.length; f++) {
    const low = fences[f - 1]!;
    const high = fences[f]!;
    if (low.index >= high.index) continue;
    const between = met.slice(low.at + 1, high.at);
    const groups: { cells: RawCell[]; from?: string }[] = [];
    for (const m of between) {
      if (m.kind === 'numbers') groups.push({ cells: m.cells });
      else {
        const key = m.row.spec.key;
        const row = bound.get(key);
        if (row && row.values.some((v) => v.text !== '')) groups.push({ cells: row.values, from: key });
      }
    }
    // Only where the reading went wrong: numbers no label took, or a label that took the numbers
    // of a row before a fence it stands beyond ("1.本机关不掌握" listed before 5.属于三类's numbers).
    const outside = (key: string) => {
      const index = indexOf.get(key) ?? -1;
      return index <= low.index || index >= high.index;
    };
    if (!groups.some((g) => g.from === undefined || outside(g.from))) continue;
    const slots = specs.filter((s, i) => i > low.index && i < high.index && s.expected > 0);
    const expected = slots[0]?.expected ?? 0;
    if (slots.length === 0 || slots.some((s) => s.expected !== expected)) continue;
    // A stray number ("1" left from a cut label) is no group: only whole rows are placed.
    const whole = groups.filter((g) => settleValues(g.cells, expected).length === expected);
    if (whole.length !== slots.length) continue;
    for (const g of groups) if (g.from) bound.delete(g.from);
    slots.forEach((spec, k) => {
      const label = labels.get(spec.key);
      bound.set(spec.key, { spec, labelText: label?.labelText ?? '', labelSpan: label?.labelSpan ?? null, values: settleValues(whole[k]!.cells, spec.expected), placedByOrder: true });
    });
  }
}

/** Each spec's place in its list by key, made once per list (the lists are made once per format). */
const indexesBySpecs = new WeakMap<RowSpec[], Map<string, number>>();

function indexesOf(specs: RowSpec[]): Map<string, number> {
  let index = indexesBySpecs.get(specs);
  if (!index) indexesBySpecs.set(specs, (index = new Map(specs.map((s, i) => [s.key, i]))));
  return index;
}

/** The first row from the cursor on whose label ends the text, with the label's length. */
function labelAtEnd(text: string, specs: RowSpec[], cursor: number, bound: Map<string, BoundRow>): { index: number; score: number; length: number } | null {
  const normalized = normalizeLabel(text);
  for (let i = cursor; i < specs.length; i++) {
    const spec = specs[i];
    if (!spec || bound.has(spec.key)) continue;
    const length = labelSuffixLength(normalized, spec);
    if (length > 0) return { index: i, score: 3, length };
  }
  return null;
}

/** How many blank pieces stand before the values of the rows read whole on their line, and after them. */
interface Grid {
  lead: number;
  trail: number;
  /** Every such row shows the same; the grid is -1/-1 until one does. */
  agreed: boolean;
}

/** A row read whole on its line: where its values stood among its pieces, if every value is written. */
function noteGrid(grid: Grid, pieces: RawCell[], values: RawCell[]): void {
  // Only rows with every value written show where the values stand.
  if (!grid.agreed || values.some((v) => v.text === '')) return;
  const lead = pieces.indexOf(values[0]!);
  if (lead < 0) return;
  const trail = pieces.length - lead - values.length;
  if (grid.lead < 0) {
    grid.lead = lead;
    grid.trail = trail;
  } else if (lead !== grid.lead || trail !== grid.trail) grid.agreed = false;
}

/**
 * A row read with its values, some blank: no more pieces than before its first written value can
 * stand before the values, no more than after its last after them (kept per count of pieces beyond
 * the values, as the smallest such bounds).
 */
function notePartlyBlank(partlyBlank: Map<number, { maxLead: number; maxTrail: number }>, pieces: RawCell[], expected: number): void {
  let first = -1;
  let last = -1;
  for (let i = 0; i < pieces.length; i++) {
    if (pieces[i]!.text === '') continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return;
  const extra = pieces.length - expected;
  const bounds = partlyBlank.get(extra);
  if (bounds) {
    bounds.maxLead = Math.min(bounds.maxLead, first);
    bounds.maxTrail = Math.min(bounds.maxTrail, pieces.length - 1 - last);
  } else partlyBlank.set(extra, { maxLead: first, maxTrail: pieces.length - 1 - last });
}

/**
 * The grid when no row was read whole to show it (a table whose zeros were all left blank): the
 * rows read short or left blank show how many pieces a row has beyond its values, when they agree
 * and are two at least; the rows read with their values, some blank, show how many of those can
 * stand before the values (no more than before a row's first written value) and after them (no
 * more than after its last). The grid is the one split of the pieces beyond the values that every
 * row allows; null when none or several do.
 */
function gridOfShortRows(bound: Map<string, BoundRow>, shortRows: Map<string, RawCell[]>, partlyBlank: Map<number, { maxLead: number; maxTrail: number }>): Grid | null {
  let extra = -1;
  for (const [key, cells] of shortRows) {
    const expected = bound.get(key)?.spec.expected ?? 0;
    if (extra < 0) extra = cells.length - expected;
    else if (cells.length - expected !== extra) return null;
  }
  if (shortRows.size < 2 || extra < 1) return null;
  const maxLead = Math.min(extra, partlyBlank.get(extra)?.maxLead ?? extra);
  const maxTrail = Math.min(extra, partlyBlank.get(extra)?.maxTrail ?? extra);
  // lead + trail = extra, lead <= maxLead, trail <= maxTrail: one answer only.
  const leads = maxLead - (extra - maxTrail) + 1;
  return leads === 1 ? { lead: maxLead, trail: extra - maxLead, agreed: true } : null;
}

/**
 * Rows whose last values were left blank in a tab or pipe layout ("…\t0\t0\t\t", "… | 0 |  |"):
 * settleValues takes blank pieces at a row's end for the separator that closes the line, so such
 * a row reads short. Where every row read whole on its line shows the same grid — as many blank
 * pieces before its values (merged label columns) and after them (a closing separator) — a short
 * row with exactly the grid's number of pieces, blank where the grid is, is read by position: its
 * blank pieces among the values are cells left blank. Any other short row stays short. A row left
 * wholly blank is placed by the grid too: settleValues can only guess which of its pieces are the
 * line's end and which merged label columns ("行政许可\t\t" beside "行政处罚\t\t12": the second
 * piece is the cell, where "fill with 0" must write).
 */
function readShortRowsByGrid(bound: Map<string, BoundRow>, shortRows: Map<string, RawCell[]>, { lead, trail, agreed }: Grid): void {
  if (!agreed || lead < 0) return;
  for (const [key, cells] of shortRows) {
    const row = bound.get(key);
    if (!row || row.placedByOrder) continue;
    const expected = row.spec.expected;
    if (cells.length !== lead + expected + trail) continue;
    let fits = true;
    for (let i = 0; i < cells.length && fits; i++) if ((i < lead || i >= lead + expected) && !cells[i]!.empty) fits = false;
    if (!fits) continue;
    bound.set(key, { ...row, values: cells.slice(lead, lead + expected).map(asCellLeftBlank) });
  }
}

/**
 * Settles which of the cells after a label are the row's values. Cells with nothing between two
 * separators at either end fill merged label columns; beyond the format's count, blank cells at
 * the end and then at the start are placeholders too.
 */
function settleValues(cells: RawCell[], expected: number): RawCell[] {
  // The cells kept are [from, to): the list is copied only when cells are dropped (most rows keep
  // them all). The lists are not changed once a row is bound, so a row may keep the list it was read into.
  let from = 0;
  let to = cells.length;
  const allBlank = cells.every((v) => v.text === '');
  if (allBlank) {
    if (cells.length < expected) return cells;
    // A row left blank: the pieces past the format's count are the line's end (after its last
    // separator) and merged label columns before the values, as in a row with numbers — so a
    // blank's span, where "fill with 0" writes, is the column's ("行政强制\t\t\t": the middle piece).
    while (to - from > expected && cells[to - 1]!.empty) to--;
    while (to - from > expected && cells[from]!.empty) from++;
    return cells.slice(from, from + expected).map(asCellLeftBlank);
  }
  while (to > from && cells[to - 1]!.empty) to--;
  while (from < to && cells[from]!.empty) from++;
  while (to - from > expected && cells[to - 1]!.text === '') to--;
  while (to - from > expected && cells[from]!.text === '') from++;
  return from === 0 && to === cells.length ? cells : cells.slice(from, to);
}

/**
 * A row of header words and blanks, one of them a column's name that no row has
 * (BindOptions.headerWords): asked of a row that holds no number (bindRows has looked).
 */
function isRepeatedHeader(cells: RawCell[], headerWords: ReadonlySet<string>): boolean {
  for (const cell of cells) if (cell.text !== '' && headerWords.has(normalizeLabel(cell.text))) return true;
  return false;
}
