// A PDF's pages, as positioned text and drawn lines, -> the report's text: ruled tables rebuilt
// cell by cell (pdfGrid.ts), the rest grouped into lines and the lines into paragraphs, running
// page headers and footers ("— 5 —") dropped, and a table that continues on the next page read as
// one (its repeated header rows dropped, its merged label cells joined across the break).
// Pure geometry: coordinates are PDF points, y growing downwards, y of a text being its baseline.
import { cellAt, findGrids, ownerMap, type GridCell, type Segment } from './pdfGrid.ts';
import { CJK, joinPieces, TextOut, type OutRow } from './textOut.ts';
import type { ConvertedDocument } from './types.ts';

export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font's size: the height of a line of it. */
  size: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  segments: Segment[];
}

interface TextLine {
  page: number;
  items: PdfItem[];
  y: number;
  left: number;
  right: number;
  size: number;
  text: string;
  /** The line holds cells apart by wide gaps (a table drawn without borders). */
  spaced: boolean;
}

interface TableCell extends GridCell {
  text: string;
}

interface TableBlock {
  kind: 'table';
  page: number;
  top: number;
  bottom: number;
  xs: number[];
  rows: number;
  cells: TableCell[];
  /** The page each row stands on. */
  rowPages: number[];
}

type Block = { kind: 'line'; line: TextLine } | TableBlock;

/** A gap this many font sizes wide between two texts on a line separates cells. */
const CELL_GAP = 2;
/** Where the cells of a table drawn without borders are written apart (the engine reads runs of spaces). */
const CELL_SEPARATOR = '    ';

const isWordChar = (c: string) => /[0-9A-Za-z]/.test(c);
const wordsApart = (a: string, b: string) => isWordChar(a) && isWordChar(b) && !(/[0-9]/.test(a) && /[0-9]/.test(b));

const SPACED_DIGITS = /(?<![0-9])[0-9](?: [0-9])+(?![0-9])/g;
const SPACE_IN_CHINESE = new RegExp(`(?<=${CJK.source}) (?=${CJK.source})`, 'g');

/**
 * A text's spaces, less those pdf.js writes where letters stand apart (letter-spaced or justified
 * text: a gap over a tenth of the font size comes out as " " inside the text) and that cannot be
 * words apart: between Chinese characters, and between the single digits of a number spaced out
 * ("2 0 1 9年1 2月", a cell's "1 7"), as digits set a little apart in separate texts are one number.
 */
function withoutSpacing(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPACED_DIGITS, (run) => run.replace(/ /g, '')).replace(SPACE_IN_CHINESE, '');
}

/**
 * Texts of one line, left to right, joined: a space only between words set apart. Digits set a
 * little apart are one number (justified or letter-spaced text: "2 0 2 3年" is 2023); numbers far
 * apart are cells.
 */
function joinLine(items: PdfItem[]): { text: string; spaced: boolean } {
  let text = '';
  let spaced = false;
  let end = -Infinity;
  for (const item of items) {
    const piece = withoutSpacing(item.text);
    if (piece === '') continue;
    const gap = item.x - end;
    if (text !== '' && gap >= CELL_GAP * item.size) {
      text += CELL_SEPARATOR;
      spaced = true;
    } else if (text !== '' && gap > 0.25 * item.size && wordsApart(text[text.length - 1] ?? '', piece[0] ?? '')) text += ' ';
    text += piece;
    end = Math.max(end, item.x + item.width);
  }
  return { text, spaced };
}

/** Texts into lines: those whose baselines are within a fraction of the font size of each other. */
function linesOf(items: PdfItem[], page: number): TextLine[] {
  const sorted = items.slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(item.y - first.y) <= 0.4 * Math.max(item.size, first.size)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const row = group.sort((a, b) => a.x - b.x);
    const { text, spaced } = joinLine(row);
    return {
      page,
      items: row,
      y: row[0]?.y ?? 0,
      left: Math.min(...row.map((i) => i.x)),
      right: Math.max(...row.map((i) => i.x + i.width)),
      size: Math.max(...row.map((i) => i.size)),
      text,
      spaced,
    };
  }).filter((l) => l.text !== '');
}

/** A cell's text: its lines top to bottom, joined without spaces between Chinese characters. */
function cellText(items: PdfItem[]): string {
  return joinPieces(linesOf(items, 0).map((l) => l.text));
}

/** The page's tables (with the texts inside them) and the texts outside any table. */
function readPage(page: PdfPage): { tables: TableBlock[]; loose: PdfItem[] } {
  const grids = findGrids(page.segments);
  const owners = grids.map(ownerMap);
  const inCell = grids.map(() => new Map<GridCell, PdfItem[]>());
  const loose: PdfItem[] = [];
  for (const item of page.items) {
    // Where the first character's middle stands: a long text overflowing its cell still starts in it.
    const x = item.x + Math.min(item.width, item.size) / 2;
    const y = item.y - 0.35 * item.size;
    let placed = false;
    for (let g = 0; g < grids.length && !placed; g++) {
      const grid = grids[g];
      const owner = owners[g];
      const cells = inCell[g];
      if (!grid || !owner || !cells) continue;
      const cell = cellAt(grid, x, y, owner);
      if (cell) {
        cells.set(cell, [...(cells.get(cell) ?? []), item]);
        placed = true;
      }
    }
    if (!placed) loose.push(item);
  }
  const tables = grids.map((grid, g): TableBlock => ({
    kind: 'table',
    page: page.number,
    top: grid.ys[0] ?? 0,
    bottom: grid.ys[grid.ys.length - 1] ?? 0,
    xs: grid.xs,
    rows: grid.ys.length - 1,
    cells: grid.cells.map((c) => ({ ...c, text: cellText(inCell[g]?.get(c) ?? []) })),
    rowPages: Array.from({ length: grid.ys.length - 1 }, () => page.number),
  })).filter((t) => t.cells.some((c) => c.text !== ''));
  return { tables, loose };
}

const PAGE_NUMBER = /^[-—–－~·\s]*(?:第\s*)?[0-9０-９]{1,4}\s*(?:页)?(?:\s*(?:[/／]|of|共)\s*[0-9０-９]{1,4}\s*页?)?[-—–－~·\s]*$|^(?:page|p\.)\s*[0-9]{1,4}(?:\s*of\s*[0-9]{1,4})?$/i;

/** The running header or footer text of a line, with its page number made general. */
const runningKey = (line: TextLine) => `${line.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y / 10)}`;

/**
 * Lines at the very top or bottom of a page that are page numbers, or that repeat on most pages at
 * the same height (a running header): not the report's text.
 */
function dropRunningLines(pages: { lines: TextLine[]; tables: TableBlock[]; height: number }[]): void {
  const candidates = pages.map((p) => {
    const top = Math.min(...p.tables.map((t) => t.top));
    const bottom = Math.max(...p.tables.map((t) => t.bottom));
    const sorted = p.lines.slice().sort((a, b) => a.y - b.y);
    const head = sorted.slice(0, 2).filter((l) => l.y < top && l.y < p.height * 0.15);
    const foot = sorted.slice(-2).filter((l) => l.y > bottom && l.y > p.height * 0.85);
    return [...head, ...foot];
  });
  const seen = new Map<string, number>();
  for (const list of candidates) for (const key of new Set(list.map(runningKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeated = (line: TextLine) => pages.length >= 2 && (seen.get(runningKey(line)) ?? 0) >= Math.max(2, pages.length / 2);
  pages.forEach((p, i) => {
    const drop = new Set((candidates[i] ?? []).filter((l) => PAGE_NUMBER.test(l.text) || repeated(l)));
    p.lines = p.lines.filter((l) => !drop.has(l));
  });
}

/** Column borders closer than this are one border. */
const SAME_BORDER = 2;
const nearOneOf = (x: number, borders: number[]) => borders.some((y) => Math.abs(x - y) <= SAME_BORDER);

/**
 * The column borders of a table and of its part on the next page, as one list, or null when the
 * two are not one table. A part has only the borders its rows cross: where every row on a page
 * spans some columns (table B's header and its rows 一、二 spanning the three label columns, table
 * C's first header row 行政复议 | 行政诉讼 alone before a break), those borders are missing there.
 * The parts of one table run between the same outer borders, and the borders of one are borders
 * of the other.
 */
function sharedColumns(a: number[], b: number[]): number[] | null {
  if (a.length < 2 || b.length < 2) return null;
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  const outer = Math.abs((a[0] ?? 0) - (b[0] ?? 0)) <= SAME_BORDER && Math.abs((a[a.length - 1] ?? 0) - (b[b.length - 1] ?? 0)) <= SAME_BORDER;
  return outer && few.every((x) => nearOneOf(x, many)) ? many : null;
}

/** A table's cells placed on other column borders (its own among them): columns and spans renumbered. */
function onColumns(table: TableBlock, xs: number[]): void {
  const index = (x: number) => {
    let best = 0;
    xs.forEach((y, i) => {
      if (Math.abs(y - x) < Math.abs((xs[best] ?? 0) - x)) best = i;
    });
    return best;
  };
  for (const cell of table.cells) {
    const left = index(table.xs[cell.col] ?? 0);
    const right = index(table.xs[cell.col + cell.colspan] ?? 0);
    cell.col = left;
    cell.colspan = Math.max(1, right - left);
  }
  table.xs = xs;
}

function rowTexts(table: TableBlock, row: number): string {
  return JSON.stringify(table.cells.filter((c) => c.row === row).map((c) => [c.col, c.colspan, c.text]));
}

/**
 * A table continued on the next page: its repeated header rows dropped, its rows added, and the
 * cells that the page break cut (a label spanning rows on both pages) joined again.
 */
function continueTable(table: TableBlock, next: TableBlock, xs: number[]): void {
  onColumns(table, xs);
  onColumns(next, xs);
  let repeated = 0;
  while (repeated < next.rows - 1 && repeated < table.rows && rowTexts(next, repeated) === rowTexts(table, repeated)) repeated++;
  const offset = table.rows - repeated;
  // A cut cell is a label spanning rows (三、本年度办理结果), left of the label of the row it goes on
  // with; the empty cells right of that label are the row's blank values, not the rest of the cells above.
  const label = Math.min(...next.cells.filter((c) => c.row === repeated && c.text !== '').map((c) => c.col));
  for (const cell of next.cells) {
    if (cell.row < repeated) continue;
    const row = cell.row + offset;
    // The part of a cut cell on the new page is empty: the text stood in the part before the break.
    const cut = cell.row === repeated && cell.text === '' && cell.col + cell.colspan <= label
      ? table.cells.find((c) => c.col === cell.col && c.colspan === cell.colspan && c.row + c.rowspan === table.rows)
      : undefined;
    if (cut) cut.rowspan += cell.rowspan;
    else table.cells.push({ ...cell, row });
  }
  table.rowPages.push(...next.rowPages.slice(repeated));
  table.rows += next.rows - repeated;
  table.bottom = next.bottom;
}

function tableRows(table: TableBlock): OutRow[] {
  const rows: OutRow[] = Array.from({ length: table.rows }, (_, r) => ({ cells: [], place: { page: table.rowPages[r] ?? table.page } }));
  for (const cell of table.cells.slice().sort((a, b) => a.row - b.row || a.col - b.col)) {
    rows[cell.row]?.cells.push({ text: cell.text, rowspan: cell.rowspan, colspan: cell.colspan });
  }
  return rows;
}

/** The line Word users put over a table's part on the next page: 续表, （续表）, 续上表, 表三（续）. */
const CONTINUED = /^[（(]?(?:续上?表[一二三四五六七八九十0-9]*|表[一二三四五六七八九十0-9]*[（(]续[）)])[）)]?[:：]?$/;

const STARTS_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９]))/;

/** The pages' texts and drawn lines -> the text the engine reads. */
export function layoutPdf(pages: PdfPage[]): ConvertedDocument {
  const read = pages.map((page) => {
    const { tables, loose } = readPage(page);
    return { number: page.number, height: page.height, tables, lines: linesOf(loose, page.number) };
  });
  dropRunningLines(read);
  const body = read.flatMap((p) => p.lines.filter((l) => !l.spaced));
  // The text block's edges: no line starts left of it; nearly all end at or before its right edge
  // (an overlong web address here and there does not move it).
  const rights = body.map((l) => l.right).sort((a, b) => a - b);
  const margin = { left: Math.min(...body.map((l) => l.left)), right: rights[Math.floor(rights.length * 0.9)] ?? Infinity };
  const blocks: Block[] = [];
  for (const page of read) {
    const onPage: Block[] = [...page.tables, ...page.lines.map((line) => ({ kind: 'line' as const, line }))];
    onPage.sort((a, b) => (a.kind === 'table' ? a.top : a.line.y - a.line.size) - (b.kind === 'table' ? b.top : b.line.y - b.line.size));
    for (const block of onPage) {
      // A "续表" line over the part on the next page stands between the two parts of one table.
      const marker = blocks[blocks.length - 1];
      const continued = block.kind === 'table' && marker?.kind === 'line' && CONTINUED.test(marker.line.text) && marker.line.page === block.page;
      const last = continued ? blocks[blocks.length - 2] : marker;
      const xs = block.kind === 'table' && last?.kind === 'table' && last.page < block.page ? sharedColumns(last.xs, block.xs) : null;
      if (xs && block.kind === 'table' && last?.kind === 'table') {
        if (continued) blocks.pop();
        continueTable(last, block, xs);
      } else blocks.push(block);
    }
  }
  const out = new TextOut('pdf');
  let paragraph: { text: string; last: TextLine; page: number } | null = null;
  const flush = () => {
    if (paragraph) out.line(paragraph.text, { page: paragraph.page });
    paragraph = null;
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      flush();
      out.table(tableRows(block));
      continue;
    }
    const line = block.line;
    const open: { text: string; last: TextLine; page: number } | null = paragraph;
    if (open && continues(open.last, line, margin)) {
      open.text += joinable(open.text, line.text);
      open.last = line;
      continue;
    }
    flush();
    paragraph = { text: line.text, last: line, page: line.page };
  }
  flush();
  return out.done();
}

/** Whether a line goes on the paragraph of the line before it: that one ran to the right margin. */
function continues(before: TextLine, line: TextLine, margin: { left: number; right: number }): boolean {
  if (before.spaced || line.spaced) return false;
  if (before.right < margin.right - 2 * before.size) return false;
  if (line.left > margin.left + 0.5 * line.size) return false;
  if (STARTS_HEADING.test(line.text)) return false;
  // On the same page, the next line of a paragraph follows closely; across a page break it starts the page.
  return line.page !== before.page || line.y - before.y <= 2.5 * Math.max(line.size, before.size);
}

function joinable(before: string, next: string): string {
  const a = before[before.length - 1] ?? '';
  const b = next[0] ?? '';
  return CJK.test(a) || CJK.test(b) || !isWordChar(a) || !isWordChar(b) ? next : ` ${next}`;
}
