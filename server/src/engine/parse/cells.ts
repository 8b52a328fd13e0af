// A table region of text -> physical rows of cells, whatever the layout it was pasted in.
// A physical row is what the layout groups together: a line in row-per-line layouts, a run of
// lines between blank lines (or "|" lines) in cell-per-line layouts, a <tr> in HTML.
// Every cell keeps the exact span of its content in the document.
import type { Span, TableLayout } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { isChineseNumeral, isDigitAnyWidth, isPipe, isWhitespace, pastWhitespace } from '../text/normalize.ts';
import { readHtmlRows } from './htmlCells.ts';
import { parseCellValue, UNITS, type ParsedValue } from './values.ts';

export interface RawCell {
  span: Span;
  text: string;
  /**
   * True for a cell that had nothing between two separators (or an empty line in a cell-per-line
   * layout): in row-per-line layouts such a cell at either end of a row fills a merged label column.
   */
  empty: boolean;
  /**
   * What the text means, read the first time a reader asks (valueOf) and kept: a cell is asked
   * whether it is a value by the splitting here, by formatDetect.ts, bindRows.ts and tables.ts.
   */
  parsed: ParsedValue | undefined;
}

/** A cell of `text` at `span`, its value not read yet. */
export function rawCell(span: Span, text: string, empty: boolean): RawCell {
  return { span, text, empty, parsed: undefined };
}

/**
 * A piece with nothing in it taken as a cell left blank (not a merged label column or the
 * separator closing a line): the same piece, no longer `empty`.
 */
export function asCellLeftBlank(cell: RawCell): RawCell {
  return cell.empty ? { span: cell.span, text: cell.text, empty: false, parsed: cell.parsed } : cell;
}

/** The cell's value, read once. */
export function valueOf(cell: RawCell): ParsedValue {
  return (cell.parsed ??= parseCellValue(cell.text));
}

/** The cell reads as a value (a number, a blank, or a placeholder) rather than a label. */
export function isValueCell(cell: RawCell): boolean {
  return valueOf(cell).isValue;
}

export interface PhysicalRow {
  cells: RawCell[];
  /** The first line of the row. */
  line: number;
}

/**
 * Nothing but white space and pipes ("|", " | ｜ "): what /^[\s\u00a0\u3000|｜]*$/ tested, by
 * character code (asked of every line of a pipe table and of a cell-per-line table's "|" lines).
 */
export function isPipeOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPipe(c) && !isWhitespace(c)) return false;
  }
  return true;
}
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * "| --- | :---: |", the line under a Markdown table's header. MARKDOWN_RULE needs "|", ":" or "-"
 * first after the white space that opens the line, and a "---": most lines (every line of every
 * table region is asked) are told by their first character, without a search of the whole line.
 */
export function isMarkdownRule(text: string): boolean {
  const c = text.charCodeAt(pastWhitespace(text, 0));
  return (c === 0x7c || c === 0x3a || c === 0x2d) && text.includes('---') && MARKDOWN_RULE.test(text);
}

export function detectLayout(lines: Line[]): TableLayout {
  /**
   * The region was searched for HTML tags: at its first "<", seen by the count below (which reads
   * every character), where every line was searched for one first. Most regions hold no markup.
   */
  let markupRead = false;
  let multi = 0;
  let single = 0;
  let pipe = 0;
  let tab = 0;
  let spaces = 0;
  let markdown = 0;
  for (const line of lines) {
    const t = line.text;
    // One pass over the line counts its filled pieces in the three separated layouts at once
    // (this runs on every line of every table region): a piece is filled when it holds more than
    // white space; a separator ends a piece (a pipe, a tab, or for spaces a run of two or more
    // layout spaces or one tab, as separatorAt tells them).
    let pipes = 0;
    let tabs = 0;
    let runs = 0;
    let filledPipe = false;
    let filledTab = false;
    let filledRun = false;
    let hasPipe = false;
    let hasTab = false;
    /** Pipes and tabs after the line's first text: a row's separators, its cells blank or not. */
    let pipesAfterText = 0;
    let tabsAfterText = 0;
    /** Something other than white space and pipes: the line is not only a row separator (isPipeOnly). */
    let other = false;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      // Most characters are words or digits: past U+3000 only U+FEFF is white space and "｜" a pipe.
      if (c > 0x3000 ? c !== 0xfeff && c !== 0xff5c : c > 0x20 && c < 0x7f && c !== 0x7c) {
        if (c === 0x3c && !markupRead) {
          markupRead = true;
          if (holdsHtmlTags(lines)) return 'html';
        }
        other = true;
        filledPipe = true;
        filledTab = true;
        filledRun = true;
      } else if (isLayoutSpace(c)) {
        let j = i + 1;
        while (j < t.length && isLayoutSpace(t.charCodeAt(j))) j++;
        if (j - i >= 2 || c === 0x09) {
          if (filledRun) runs++;
          filledRun = false;
        }
        for (let k = i; k < j; k++) {
          if (t.charCodeAt(k) !== 0x09) continue;
          hasTab = true;
          if (other) tabsAfterText++;
          if (filledTab) tabs++;
          filledTab = false;
        }
        i = j - 1;
      } else if (isPipe(c)) {
        hasPipe = true;
        if (other) pipesAfterText++;
        if (filledPipe) pipes++;
        filledPipe = false;
        filledTab = true;
        // A pipe alone fills no piece between runs of spaces: a Markdown row's blank cells
        // ("| 行政许可 |  |  | 1320 |") are not columns of a table aligned with spaces.
      } else if (!isWhitespace(c)) {
        other = true;
        filledPipe = true;
        filledTab = true;
        filledRun = true;
      }
    }
    if (!other) continue;
    if (filledPipe) pipes++;
    if (filledTab) tabs++;
    if (filledRun) runs++;
    if (isMarkdownRule(t)) markdown++;
    // A line without a pipe (or a tab) is one piece in that layout: the count is the line's
    // (a line that is not only white space and pipes holds something).
    const pieces = hasPipe ? pipes : 1;
    const tabPieces = hasTab ? tabs : 1;
    const most = Math.max(pieces, tabPieces, runs);
    if (most >= 2) {
      multi++;
      if (pieces === most && hasPipe) pipe++;
      else if (tabPieces === most) tab++;
      else spaces++;
    } else if (pipesAfterText >= 2) {
      // A row whose cells but its label were left blank ("二、上年结转… |  |  | … |", "…\t\t\t"):
      // one piece filled, but a row of the layout all the same. A table whose zeros were all left
      // blank has mostly such rows, and read one cell a line it was a wall of errors.
      multi++;
      pipe++;
    } else if (tabsAfterText >= 2) {
      multi++;
      tab++;
    } else single++;
  }
  if (multi < single) return 'cell-per-line';
  if (pipe >= tab && pipe >= spaces) return markdown > 0 ? 'markdown' : 'pipe';
  return tab >= spaces ? 'tab' : 'spaces';
}

/** A <td>, <th> or <tr> in the region's lines, joined as they stand in the text. */
function holdsHtmlTags(lines: Line[]): boolean {
  return /<t[dhr][\s>]/i.test(lines.map((l) => l.text).join('\n'));
}

type Separator = 'pipe' | 'tab' | 'spaces';

/** Spaces that may stand between cells: a run of two or more of them (or one tab) separates. */
function isLayoutSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/**
 * The length of the separator starting at `i` in `text` (0 when none starts there): "|" or "｜"
 * for pipes, a tab for tabs, and for spaces a run of two or more spaces, tabs, NBSP or
 * ideographic spaces, or a single tab.
 */
function separatorAt(text: string, i: number, layout: Separator): number {
  const c = text.charCodeAt(i);
  if (layout === 'pipe') return isPipe(c) ? 1 : 0;
  if (layout === 'tab') return c === 0x09 ? 1 : 0;
  if (!isLayoutSpace(c)) return 0;
  let j = i + 1;
  while (j < text.length && isLayoutSpace(text.charCodeAt(j))) j++;
  return j - i >= 2 || c === 0x09 ? j - i : 0;
}

/** Nothing but white space (as String.prototype.trim counts it) from `from` to `to`. */
function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** Spaces that only pad a cell: trimmed off its span. */
function isPadding(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff;
}

/** A cell with its surrounding spaces trimmed off its span. */
function trimmedCell(lineStart: number, start: number, text: string, empty: boolean): RawCell {
  return trimmedRange(lineStart + start, text, 0, text.length, empty);
}

/** The cell standing at [from, to) of `text` (which starts at offset `base`), its surrounding spaces trimmed off its span. */
function trimmedRange(base: number, text: string, from: number, to: number, empty: boolean): RawCell {
  let lead = from;
  while (lead < to && isPadding(text.charCodeAt(lead))) lead++;
  let end = to;
  while (end > lead && isPadding(text.charCodeAt(end - 1))) end--;
  // A whitespace-only cell keeps its whitespace span, so a fix can write into it.
  if (end === lead) return rawCell({ start: base + from, end: base + to }, '', empty);
  const inner = lead === 0 && end === text.length ? text : text.slice(lead, end);
  return rawCell({ start: base + lead, end: base + end }, inner, false);
}

/** A number, with the unit some tables write after each ("12件 0件 3件"; values.ts reads the unit). */
const NUMBER_TOKEN = new RegExp(`^[+\\-−]?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:${UNITS})?$`);
const UNIT_WORDS = UNITS.split('|');
/** The last character of each unit: a text ending in none of them (most labels) ends in no count. */
const UNIT_ENDS = new Set(UNIT_WORDS.map((unit) => unit.charCodeAt(unit.length - 1)));

/**
 * The last character that is not white space is a digit, or ends a unit written after a digit
 * ("12件 "): what /[0-9０-９]\s*$/ or /[0-9０-９](?:UNITS)\s*$/ tested, read from the end of the
 * text once (the second pattern, anchored at the end only, was tried at every character of every
 * piece of every row).
 */
export function endsWithNumber(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const last = text.charCodeAt(end - 1);
  if (isDigitAnyWidth(last)) return true;
  if (!UNIT_ENDS.has(last)) return false;
  for (const unit of UNIT_WORDS) {
    const at = end - unit.length;
    if (at > 0 && text.startsWith(unit, at) && isDigitAnyWidth(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/**
 * A text that holds several numbers separated by spaces ("30 0 0 0", "30件 0件 0件") or a label followed by its
 * numbers ("5.属于三类内部事务信息 4 0 0 0 0 0 4") is several cells; null when it is one.
 */
function splitNumberRuns(cell: RawCell): RawCell[] | null {
  if (!endsWithNumber(cell.text) || !/\s/.test(cell.text)) return null;
  const tokens = [...cell.text.matchAll(/[^ \t\u00a0\u3000]+/g)];
  // The numbers at the end of the text, taken from the right while they are numbers.
  let first = tokens.length;
  while (first > 0 && NUMBER_TOKEN.test(tokens[first - 1]?.[0] ?? '')) first--;
  if (first === tokens.length) return null;
  const out: RawCell[] = [];
  if (first > 0) {
    const headEnd = (tokens[first - 1]?.index ?? 0) + (tokens[first - 1]?.[0].length ?? 0);
    // A label's own numbering ("5." before the words) is not a value: only split off trailing numbers.
    splitLabels(rawCell({ start: cell.span.start, end: cell.span.start + headEnd }, cell.text.slice(0, headEnd), false), out);
  } else if (tokens.length === 1) return null;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const start = cell.span.start + (t.index ?? 0);
    out.push(rawCell({ start, end: start + t[0].length }, t[0], false));
  }
  return out;
}

/**
 * Digits run into the next row's item number: "00000002.其他法律…" is seven zeros, then the label
 * "2.其他法律…". Item numbers in the tables have one digit, so the last digit before the "." is it.
 */
const DIGITS_THEN_ITEM = /^([0-9０-９]+)(?=[0-9０-９][.．、][^0-9０-９\s])/;

/** Where the digits before an item number end (0 when the text does not start so). */
function leadingDigitsCut(cell: RawCell): number {
  if (!isDigitAnyWidth(cell.text.charCodeAt(0))) return 0;
  const m = DIGITS_THEN_ITEM.exec(cell.text);
  if (!m || !/[\u4e00-\u9fff]/.test(cell.text)) return 0;
  return m[1]?.length ?? 0;
}

/**
 * Labels with their digits glued on, as crawler text and PDF text give them: "（七）总计630020469",
 * "（二）部分公开（…情形）500000 5", "行政处罚1282行政强制42". A run of digits (with spaces between
 * them, or a decimal part) that follows a word and ends the text, or is followed by another word,
 * is cut out as cells of its own; the words between the runs stay cells. A run followed by a unit
 * ("16件", "2021年") is part of its words, so a note such as "22（其中修订16件）" stays whole, and a
 * run's last digit before "." and a word is the next label's item number ("00000003.危及…").
 */
const UNIT_AFTER_NUMBER = /[件个条人次项万元年月日号时分秒岁名家所座期批场篇%％]/;
const CLOSES_WORD = /[\u4e00-\u9fff）)”"」』]/;

/** The character at `i` is a digit (none past the end). By code: `t[i]` makes a string of each Chinese character. */
function isDigitAt(t: string, i: number): boolean {
  return isDigitAnyWidth(t.charCodeAt(i));
}

/** A converter's generic column name ("| 项目 | 数据1 | 数据2 |"): a header, not a label with its number. */
const GENERIC_COLUMN = /^(?:数据|列|栏|项|字段|column|col)[ ]?[0-9]{1,2}$/i;

/** The cell's words and runs of digits as cells; null when no run was cut out. */
function splitGluedRuns(cell: RawCell): RawCell[] | null {
  const t = cell.text;
  if (!startsRunAfterText(t) || GENERIC_COLUMN.test(t)) return null;
  const out: RawCell[] = [];
  const piece = (from: number, to: number) => {
    const c = trimmedCell(cell.span.start, from, t.slice(from, to), false);
    if (c.text !== '') out.push(c);
  };
  let from = 0;
  for (let i = 1; i < t.length; i++) {
    if (!isDigitAt(t, i) || isDigitAt(t, i - 1)) continue;
    let before = i - 1;
    while (before > from && isPadding(t.charCodeAt(before))) before--;
    if (!CLOSES_WORD.test(t[before] ?? '')) continue;
    // The run: digits, spaces between digits, one decimal part.
    let j = i;
    let decimal = false;
    while (j < t.length) {
      if (isDigitAt(t, j)) j++;
      else if (isPadding(t.charCodeAt(j))) {
        let k = j;
        while (k < t.length && isPadding(t.charCodeAt(k))) k++;
        if (!isDigitAt(t, k)) break;
        j = k;
      } else if (!decimal && (t[j] === '.' || t[j] === '．') && isDigitAt(t, j + 1) && !/[\u4e00-\u9fff]/.test(t[j + 2] ?? '')) {
        decimal = true;
        j++;
      } else break;
    }
    let end = j;
    let next = j;
    // An item number glued to the words before it ("（四）无2.没有现成信息…"): a label starts here.
    if (j - i <= 2 && (t[j] === '.' || t[j] === '．' || t[j] === '、') && /[\u4e00-\u9fff“"]/.test(t[j + 1] ?? '') && !isDigitAt(t, i - 1)) {
      piece(from, i);
      from = i;
      i = j;
      continue;
    }
    while (next < t.length && isPadding(t.charCodeAt(next))) next++;
    const after = t[next];
    if (after !== undefined) {
      if ((after === '.' || after === '．' || after === '、') && /[\u4e00-\u9fff“"]/.test(t[next + 1] ?? '') && next === j && j - i >= 2) end = j - 1;
      else if (!/[\u4e00-\u9fff（(“"]/.test(after) || UNIT_AFTER_NUMBER.test(after)) {
        i = j;
        continue;
      }
    }
    piece(from, i);
    const run = trimmedCell(cell.span.start, i, t.slice(i, end), false);
    const numbers = splitNumberRuns(run);
    if (numbers) for (const number of numbers) out.push(number);
    else out.push(run);
    from = end;
    i = end;
  }
  if (from === 0) return null;
  piece(from, t.length);
  return out;
}

/** A digit follows something else in the text: where splitGluedRuns looks for a run (most labels have none). */
function startsRunAfterText(t: string): boolean {
  for (let i = 1; i < t.length; i++) if (isDigitAt(t, i) && !isDigitAt(t, i - 1)) return true;
  return false;
}

/**
 * Every way a cell's text may hold several cells: digits before a label, numbers after one. The
 * cells are pushed onto `out` (the row's cells): no array is made for a cell that is one (most are).
 */
function splitCell(cell: RawCell, out: RawCell[]): void {
  // Most cells are one number or one word: without a space or a Chinese character there is
  // nothing to split (the splits below need one), and the regular expressions are skipped.
  if (!mayHoldSeveral(cell.text)) {
    out.push(cell);
    return;
  }
  const cut = leadingDigitsCut(cell);
  if (cut === 0) splitPart(cell, out);
  else {
    splitPart(rawCell({ start: cell.span.start, end: cell.span.start + cut }, cell.text.slice(0, cut), false), out);
    splitPart(rawCell({ start: cell.span.start + cut, end: cell.span.end }, cell.text.slice(cut), false), out);
  }
}

/** A cell without digits before a label: its glued runs, its trailing numbers, or its labels. */
function splitPart(part: RawCell, out: RawCell[]): void {
  const glued = splitGluedRuns(part);
  if (glued === null || glued.length === 1) splitPiece(part, out);
  // A piece cut out may still end in numbers written with their unit ("1.属于国家秘密 0件 0件"):
  // a run followed by a unit stays with its words in splitGluedRuns.
  else for (const piece of glued) splitPiece(piece, out);
}

/** A piece's trailing numbers, or the piece as a value, or its labels. */
function splitPiece(piece: RawCell, out: RawCell[]): void {
  const numbers = splitNumberRuns(piece);
  if (numbers) for (const cell of numbers) out.push(cell);
  else if (isValueCell(piece)) out.push(piece);
  else splitLabels(piece, out);
}

function mayHoldSeveral(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  }
  return false;
}

/**
 * A space before a numbering starts another label: "（三）不予公开 1.属于国家秘密" is two. So does
 * a （一） right after a word, as a group's label runs into its first row's ("三、本年度办理结果（一）
 * 予以公开"), unless 第 stands before it ("第二十条第（一）项" is one caption).
 */
const NEXT_LABEL = /[ \t\u00a0\u3000]+(?=[（(][一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９])|[一二三四五六七八九十]{1,2}、)|(?<=[\u4e00-\u9fff）)])(?<!第)(?=[（(][一二三四五六七八九十]{1,2}[）)])/g;

/**
 * What NEXT_LABEL needs to match: a space, or an opening bracket after a Chinese character (not
 * 第) or a closing bracket, followed by a numeral. A text without either is one label, told
 * without looking it up in labelCuts: most labels open with their bracket ("（一）予以公开") or
 * hold one that opens no numbering ("（区分处理的…）", "第（一）项"), where any bracket sent the
 * label to the lookup, and hashing each label's new string for it cost more than this pass.
 */
export function mayHoldNextLabel(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) return true;
    if ((c === 0x28 || c === 0xff08) && i > 0 && isChineseNumeral(text.charCodeAt(i + 1))) {
      const before = text.charCodeAt(i - 1);
      if ((before >= 0x4e00 && before <= 0x9fff && before !== 0x7b2c) || before === 0x29 || before === 0xff09) return true;
    }
  }
  return false;
}

/** Pushes the cell's labels onto `out` (the cell itself when it holds one). */
function splitLabels(cell: RawCell, out: RawCell[]): void {
  const cuts = mayHoldNextLabel(cell.text) ? labelCutsOf(cell.text) : null;
  if (cuts === null) {
    out.push(cell);
    return;
  }
  const last = cuts.length - 1;
  for (let k = 0; k < last; k += 2) {
    const start = cuts[k]!;
    const end = cuts[k + 1]!;
    out.push(rawCell({ start: cell.span.start + start, end: cell.span.start + end }, cell.text.slice(start, end), false));
  }
  const start = cuts[last]!;
  out.push(rawCell({ start: cell.span.start + start, end: cell.span.end }, cell.text.slice(start), false));
}

/**
 * Where NEXT_LABEL cuts a text into labels: [start, end) of each label but the last, then where
 * the last starts; null when the text is one label. The same labels come back in every report
 * and on every keystroke: a short text is cut once (the results are shared, never changed).
 */
const labelCuts = new Map<string, number[] | null>();
const MAX_CACHED_LABEL = 200;

function labelCutsOf(text: string): number[] | null {
  if (text.length > MAX_CACHED_LABEL) return findLabelCuts(text);
  let cuts = labelCuts.get(text);
  if (cuts === undefined) {
    cuts = findLabelCuts(text);
    if (labelCuts.size >= 20_000) labelCuts.clear();
    labelCuts.set(text, cuts);
  }
  return cuts;
}

/** Where NEXT_LABEL cuts the text (see labelCutsOf), found anew. */
export function findLabelCuts(text: string): number[] | null {
  const cuts: number[] = [];
  let start = 0;
  for (const m of text.matchAll(NEXT_LABEL)) {
    const end = m.index;
    if (end > start) cuts.push(start, end);
    start = end + m[0].length;
  }
  // No match cut anything: a label is cut off only once a match has moved `start` on.
  if (start === 0) return null;
  cuts.push(start);
  return cuts;
}

/** The region's physical rows of cells. */
export function readRows(lines: Line[], layout: TableLayout, text: string): PhysicalRow[] {
  if (layout === 'html') return readHtmlRows(text, lines).map(withoutRepeatedLabels);
  if (layout === 'cell-per-line') return readCellPerLine(lines);
  const rows: PhysicalRow[] = [];
  const sep = layout === 'markdown' ? 'pipe' : layout;
  for (const line of lines) {
    // isBlankRange, not trim(): no trimmed copy of each line is made to be compared and dropped.
    if (isBlankRange(line.text, 0, line.text.length) || isMarkdownRule(line.text)) continue;
    if (sep === 'pipe' && isPipeOnly(line.text)) continue;
    rows.push(withoutRepeatedLabels({ cells: lineCells(line, sep), line: line.index }));
  }
  return rows;
}

/**
 * The cells of a line readRows passes over as blank — only separators ("\t\t…\t", "|  |  |") —
 * each a cell left blank: a row whose every cell was left blank (table C of an office with no
 * case). The blank between two separators is a cell, and so is the blank before the first or after
 * the last when the line does not open or close with a separator. Null for a line with anything
 * else in it, or in a layout without separators.
 */
export function blankLineCells(line: Line, layout: TableLayout): RawCell[] | null {
  const sep = layout === 'markdown' ? 'pipe' : layout;
  if (sep !== 'tab' && sep !== 'pipe') return null;
  const t = line.text;
  if (sep === 'tab' ? t.trim() !== '' || !t.includes('\t') : !isPipeOnly(t) || isMarkdownRule(t)) return null;
  const bounds = [-1];
  for (let i = 0; i < t.length; i++) if (separatorAt(t, i, sep) > 0) bounds.push(i);
  bounds.push(t.length);
  const cells: RawCell[] = [];
  for (let k = 1; k < bounds.length; k++) {
    const from = bounds[k - 1]! + 1;
    const to = bounds[k]!;
    // Before a line's opening separator and after its closing one: no cell.
    if ((k === 1 && from === to) || (k === bounds.length - 1 && from === to)) continue;
    cells.push(rawCell({ start: line.start + from, end: line.start + to }, '', true));
  }
  return cells;
}

/**
 * A merged label cell written into every column it spans ("| 行政许可 | 行政许可 | 1320 |", as
 * some converters from PDF or Word write merged cells) is one cell: a word cell equal to the one
 * before it is dropped. Values are never dropped, however they repeat.
 */
function withoutRepeatedLabels(row: PhysicalRow): PhysicalRow {
  const cells = row.cells;
  let repeated = false;
  for (let i = 1; i < cells.length && !repeated; i++) repeated = isRepeatedLabel(cells[i - 1]!, cells[i]!);
  if (!repeated) return row;
  return { ...row, cells: cells.filter((cell, i) => i === 0 || !isRepeatedLabel(cells[i - 1]!, cell)) };
}

function isRepeatedLabel(before: RawCell, cell: RawCell): boolean {
  return cell.text !== '' && cell.text === before.text && !isValueCell(cell);
}

/**
 * A line's cells, split by the layout's separator: each piece is trimmed and cut from the line
 * once, where it stands (no list of untrimmed pieces is made first).
 */
function lineCells(line: Line, sep: Separator): RawCell[] {
  const t = line.text;
  // "| a | b |  |": the text before the first and after the last pipe is no cell when blank;
  // a blank between two pipes is a cell left blank (a Markdown row's last 总计 "|  |").
  let skipFirst = false;
  let enclosed = false;
  if (sep === 'pipe') {
    let firstPipe = 0;
    while (firstPipe < t.length && !isPipe(t.charCodeAt(firstPipe))) firstPipe++;
    if (firstPipe < t.length) {
      let lastPipe = t.length - 1;
      while (!isPipe(t.charCodeAt(lastPipe))) lastPipe--;
      skipFirst = isBlankRange(t, 0, firstPipe);
      enclosed = skipFirst && isBlankRange(t, lastPipe + 1, t.length);
    }
  }
  // Loops, not flatMap: this is the innermost work of reading a table.
  const cells: RawCell[] = [];
  let from = 0;
  let first = true;
  for (let i = 0; i <= t.length; i++) {
    // The end of the line ends the last piece.
    const length = i < t.length ? separatorAt(t, i, sep) : -1;
    if (length === 0) continue;
    const last = length < 0;
    if (!(first && skipFirst) && !(last && enclosed)) {
      splitCell(trimmedRange(line.start, t, from, i, !enclosed && (i === from || (sep !== 'tab' && isBlankRange(t, from, i)))), cells);
    }
    if (last) break;
    first = false;
    from = i + length;
    i = from - 1;
  }
  return cells;
}

/** "| a | b |": a line that opens and closes with a pipe and has one between. */
const PIPE_ROW = /^[ \t\u00a0\u3000]*[|｜][^|｜]*[|｜].*[|｜][ \t\u00a0\u3000]*$/;

/** PIPE_ROW's test, tried only on a line whose first character after its layout spaces is a pipe (as PIPE_ROW requires). */
export function isPipeRow(text: string): boolean {
  let i = 0;
  while (i < text.length && isLayoutSpace(text.charCodeAt(i))) i++;
  return isPipe(text.charCodeAt(i)) && text.length < 4000 && PIPE_ROW.test(text) && !isPipeOnly(text);
}

/**
 * The text without the "|" markers after a cell ("0 |", "0 | ||"): the run of spaces and pipes
 * that ends it, when the run holds a pipe. A loop, where it was a regular expression,
 * /(?:[ \t\u00a0\u3000]*[|｜])+[ \t\u00a0\u3000|｜]*$/, whose nested runs backtracked: a cell
 * followed by a thousand " |" and a word took seconds, two thousand half a minute.
 */
export function withoutTrailingPipes(t: string): string {
  let start = t.length;
  let pipe = false;
  for (; start > 0; start--) {
    const c = t.charCodeAt(start - 1);
    if (isPipe(c)) pipe = true;
    else if (!isLayoutSpace(c)) break;
  }
  return pipe ? t.slice(0, start) : t;
}

/**
 * One cell per line: rows are separated by empty lines or by lines holding only "|". A line of
 * only spaces, tabs or NBSP is a blank cell; "|" markers after a cell are not part of it.
 */
function readCellPerLine(lines: Line[]): PhysicalRow[] {
  const rows: PhysicalRow[] = [];
  let current: PhysicalRow | null = null;
  for (const line of lines) {
    const t = line.text;
    // A line of only "|" starting at the margin separates rows; " |" is a blank cell's marker.
    if (t === '' || (isPipe(t.charCodeAt(0)) && isPipeOnly(t))) {
      current = null;
      continue;
    }
    if (isMarkdownRule(t)) continue;
    // A Markdown row among lines of one cell each ("| 1 | 0 | 0 |", a PDF's table turned into
    // Markdown in pieces) is a row of its own: the layout is a hint, not a gate. (Neither test
    // searches the line for a pipe first: isPipeRow looks at its first characters and
    // withoutTrailingPipes at its last, and most lines of such a table hold no pipe.)
    if (isPipeRow(t)) {
      rows.push({ cells: lineCells(line, 'pipe'), line: line.index });
      current = null;
      continue;
    }
    // Strip trailing "|" markers, then take the content.
    const content = withoutTrailingPipes(t);
    const cell = trimmedCell(line.start, 0, content, false);
    if (!current) {
      current = { cells: [], line: line.index };
      rows.push(current);
    }
    // "0 0 0" on one line of a cell-per-line table is still several numbers (pushed one by one:
    // a spread of 100 000 numbers on one line overflows the call stack).
    splitCell(cell, current.cells);
  }
  return rows;
}
