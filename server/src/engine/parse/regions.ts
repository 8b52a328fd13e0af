// Where each of the three tables stands in the text: from its first recognisable line (a caption,
// a header or a row label) to the line before the next section heading, the next table, or prose.
import type { TableId } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { isLabelNoiseUnit, isNumberingMark, isPipe, isWhitespace, normalizeLabel, pastWhitespace, startsNumbering, stripEnumerator } from '../text/normalize.ts';
import { sectionRecognisers } from '../formats/sections.ts';

export interface Region {
  table: TableId;
  /** Indexes into the document's lines, inclusive. */
  first: number;
  last: number;
}

/** The text pieces of a line, with tags and layout separators removed: enough to recognise it. */
export function lineWords(text: string): string[] {
  const plain = text.length > 2000 ? text.slice(0, 2000) : text;
  return plain
    .replace(/<[^>]{0,500}>/g, '\t')
    .split(/[\t|｜]|[ \u00a0\u3000]{2,}/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/**
 * lineWords(text)[0], found without splitting the whole line: most lines tried as an anchor are
 * told by their first word (table C's header alone needs them all).
 */
export function firstWord(text: string): string | undefined {
  if (text.includes('<')) return lineWords(text)[0];
  const end = Math.min(text.length, 2000);
  let from = 0;
  for (let i = 0; i <= end; i++) {
    // The separators of lineWords: a tab or a pipe, or a run of two or more spaces.
    let separator = 0;
    if (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x09 || isPipe(c)) separator = 1;
      else if (isRunSpace(c)) {
        let j = i + 1;
        while (j < end && isRunSpace(text.charCodeAt(j))) j++;
        if (j - i >= 2) separator = j - i;
      }
      if (separator === 0) continue;
    }
    const word = text.slice(from, i).trim();
    if (word !== '') return word;
    if (i === end) return undefined;
    from = i + separator;
    i = from - 1;
  }
  return undefined;
}

/** The spaces of which a run of two or more separates words (lineWords' `[ \u00a0\u3000]{2,}`). */
function isRunSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}

/**
 * The words a table's anchor starts with, past its numbering, as normalizeLabel leaves them: table A's
 * block caption (第二十条第（一）项…) and its header's 信息内容; table B's 本列数据的勾稽关系 and
 * 申请人情况 headers and its first two rows; table C's header, by its first word. anchorOf matches
 * them, and mayBeAnchor looks for their first four characters (ANCHOR_OPENINGS).
 */
const ANCHOR = {
  blockA: '第二十条第',
  contentA: '信息内容',
  relationsB: '本列数据的勾稽关系',
  applicantsB: '申请人情况',
  newB: '本年新收政府信息公开申请数量',
  carriedB: '上年结转政府信息公开申请数量',
  reviewC: '行政复议',
  litigationC: '行政诉讼',
  upheldC: '结果维持',
} as const;

/** What follows 第二十条第 in table A's block caption: the item's numeral and 项. */
const BLOCK_ITEM = /^[一二三四五六七八九十]+项/;

export function anchorOf(text: string): TableId | null {
  const first = firstWord(text);
  if (!first) return null;
  const n = normalizeLabel(first);
  // A block's caption, alone or with the block run on after it ("第二十条第（一）项信息内容…规章 000").
  if ((n.startsWith(ANCHOR.blockA) && BLOCK_ITEM.test(n.slice(ANCHOR.blockA.length))) || n === ANCHOR.contentA) return 'A';
  if (n.startsWith(ANCHOR.relationsB) || n === ANCHOR.applicantsB) return 'B';
  // Without numbering the rest is the word itself, already normalised; with it, the normalised word
  // past its normalised numbering (normalizeLabel keeps or drops each character on its own, so the
  // word's normalised form is its numbering's followed by its rest's). A numbering's first character
  // normalizeLabel keeps is a numeral or a digit: a word whose normal form starts otherwise has none.
  const numbered = startsNumbering(n.charCodeAt(0)) ? stripEnumerator(first) : null;
  const rest = numbered?.enumerator ? n.slice(normalizeLabel(numbered.enumerator.text).length) : n;
  if (rest === ANCHOR.newB || rest === ANCHOR.carriedB) return 'B';
  // Table C's header: "行政复议", "行政诉讼" or "结果维持" first, in a short line (not a sentence),
  // or a longer one made of the header's words only (crawler text runs the whole header together).
  if ((n.startsWith(ANCHOR.reviewC) || n.startsWith(ANCHOR.litigationC) || n.startsWith(ANCHOR.upheldC)) && !/[。，,]/.test(first)) {
    const words = lineWords(text);
    const joined = words.join('');
    if (words.length <= 16 && joined.length <= 60 || isTableCHeader(joined)) return 'C';
  }
  return null;
}

const TABLE_C_WORDS = /行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|维持|纠正|结果|其他|尚未|审结|[0-9]/g;

/** Nothing but table C's header words (and its numbers): what is left without them is a few characters at most. */
function isTableCHeader(text: string): boolean {
  return normalizeLabel(text).replace(TABLE_C_WORDS, '').length <= 4;
}

/** Table B's row labels that begin like section headings ("一、本年新收…", "四、结转…"): their first six characters. */
const TABLE_ROWS_LIKE_HEADINGS = [ANCHOR.newB, ANCHOR.carriedB, '本年度办理结果', '结转下年度继续办理'].map((r) => r.slice(0, 6));

/** What both numberings that end a table ("一、", "1、") hold. */
function hasNumberingMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isNumberingMark(text.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * A line that ends a table: a section heading or a sentence of prose. The line is not trimmed (most
 * lines of a table are rows of numbers, and trimming copied each): its leading white space is
 * counted, the numbering's pattern passes over it too, and normalizeLabel drops the trailing one.
 */
export function isBoundary(text: string): boolean {
  // A short line without a numbering mark (most lines of a table: numbers, labels) is neither a
  // sentence nor a heading: told before its numbering is read.
  if (text.length <= 24 && !hasNumberingMark(text)) return false;
  const from = pastWhitespace(text, 0);
  if (from === text.length) return false;
  if (isSentence(text)) return true;
  // Only "一、" and "1、" headings end a table: most lines of a table start otherwise.
  if (!startsNumbering(text.charCodeAt(from))) return false;
  const { enumerator, rest } = stripEnumerator(text);
  if (!enumerator || enumerator.style === 'paren') return false;
  const words = normalizeLabel(rest);
  if (enumerator.style === 'chinese' || /^\s*[0-9０-９]{1,2}\s*、/.test(text)) {
    if (TABLE_ROWS_LIKE_HEADINGS.some((r) => words.startsWith(r))) return false;
    return /情况|事项|问题/.test(words);
  }
  // "5.存在的主要问题及改进情况": numbered like table B's items ("5.属于三类内部事务信息"), so only
  // the title of one of the six sections ends the table (no item of table B reads like one).
  return sectionRecognisers.some((s) => s.test(words));
}

/** A sentence of prose, longer than a label: a full stop, and more than 24 characters but spaces and pipes. */
function isSentence(text: string): boolean {
  if (text.length <= 24 || !/[。！？]/.test(text)) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c) && !isPipe(c) && ++count > 24) return true;
  }
  return false;
}

/** How many white-space characters (as trim() counts them) the text ends with. */
function trailingSpaces(text: string): number {
  let trail = 0;
  while (trail < text.length && isWhitespace(text.charCodeAt(text.length - 1 - trail))) trail++;
  return trail;
}

/**
 * A sub-heading numbered in parentheses ("（一）主要问题"): no line of table C is one (its header is
 * 行政复议, 行政诉讼 and their columns, its row numbers), so after table C it is the next section's
 * outline, as the last table is often followed by section 五's sub-headings with no section heading
 * between (a PDF's text that lost it). Table B's rows are numbered so, and keep its region open.
 */
export function isParenHeading(text: string): boolean {
  // Told before the line would be trimmed, as isBoundary does (the same white space is passed over).
  const from = pastWhitespace(text, 0);
  const c = text.charCodeAt(from);
  if ((c !== 0xff08 && c !== 0x28) || text.length - from - trailingSpaces(text) > 30) return false;
  const { enumerator, rest } = stripEnumerator(text);
  return enumerator?.style === 'paren' && /^[\u4e00-\u9fff]{2,}$/.test(normalizeLabel(rest));
}

/**
 * Every anchor's first meaningful character (after spaces, punctuation, numbering) is one of
 * 第 信 本 申 上 行 结: a line whose first such character is another cannot open a table, and is
 * passed over without being split into words (most lines are prose). Markup is read the long way.
 */
export const MAY_OPEN_TABLE = /^[\s\p{P}\p{S}\p{N}\u200b\ufeff一二三四五六七八九十]*[第信本申上行结]/u;

/** What MAY_OPEN_TABLE does with one character: passes over it, is opened by it, or fails at it. */
const PASSED = 1;
const OPENS = 2;
const FAILS = 3;

/**
 * Each UTF-16 unit's part in MAY_OPEN_TABLE, told by the pattern's own classes the first time the
 * unit is met and kept (0: not met yet): the pattern's Unicode classes were slow to try on every
 * line of a report, and a line is decided by its first few characters. Bounded: one byte a unit.
 */
const unitParts = new Uint8Array(0x10000);
const PASSED_OVER = /^[\s\p{P}\p{S}\p{N}\u200b\ufeff一二三四五六七八九十]$/u;
const OPENING = /^[第信本申上行结]$/;

function partOf(c: number): number {
  let part = unitParts[c]!;
  if (part === 0) {
    const ch = String.fromCharCode(c);
    part = PASSED_OVER.test(ch) ? PASSED : OPENING.test(ch) ? OPENS : FAILS;
    unitParts[c] = part;
  }
  return part;
}

/**
 * Whether the line may open a table: MAY_OPEN_TABLE.test(text), told character by character (the
 * characters the pattern passes over are passed, and the first other one decides: the opening
 * characters are not among those passed, so the pattern never goes back), or markup before that
 * character, read the long way (lineWords takes its tags out). Markup only after it opens no table:
 * the line's first word is then made of characters the pattern passes over, and perhaps that
 * character and more, and no anchor starts so (an anchor's first word starts, past its numbering,
 * with one of the opening characters; none of those passed over is one, nor becomes one normalised).
 * A surrogate is a code point of two units to the pattern: such a line is left to the pattern, and
 * to markup anywhere.
 */
export function mayOpenTable(text: string): boolean {
  const at = openingAt(text);
  return at === READ_THE_LONG_WAY ? MAY_OPEN_TABLE.test(text) || text.includes('<') : at !== NO_OPENING;
}

/** openingAt: the line has no character that opens a table where MAY_OPEN_TABLE looks for one. */
const NO_OPENING = -1;
/** openingAt: markup, or a surrogate, before the deciding character: the line is read the long way. */
const READ_THE_LONG_WAY = -2;

/**
 * Where the character that decides MAY_OPEN_TABLE stands when it opens a table (NO_OPENING when the
 * line is decided otherwise), or READ_THE_LONG_WAY: markup before it (a "<" is read as opening a
 * table, as mayOpenTable tells), or a surrogate (a code point of two units to the pattern).
 */
function openingAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3c || (c >= 0xd800 && c <= 0xdfff)) return READ_THE_LONG_WAY;
    const part = partOf(c);
    if (part !== PASSED) return part === OPENS ? i : NO_OPENING;
  }
  return NO_OPENING;
}

/** The first four characters of every anchor's word past its numbering (ANCHOR: the words anchorOf matches). */
const ANCHOR_OPENINGS = new Set(Object.values(ANCHOR).map((word) => word.slice(0, 4)));

/**
 * Whether the line may be an anchor (anchorOf not null): it may open a table (mayOpenTable), and
 * its first four characters from the one that opens it, without those normalizeLabel drops, are an
 * anchor's (ANCHOR_OPENINGS). Most lines that may open a table start with another word (本年度报告…,
 * 申请人无正当理由…, 结转下年度…, 行政机关…) and are passed over without being split into words and
 * normalised. Equivalent: an anchor's word (or its rest past the numbering) normalised starts with
 * one of them, and holds the opening character (the characters before it in the line are passed
 * over by MAY_OPEN_TABLE: white space, separators, numbering and noise, none of which normalises to
 * an opening character); reading on past the word's end reads only more characters, never others.
 * Markup after the opening character cuts the word (lineWords makes a tag a separator), so that its
 * normalised form holds fewer of the line's characters, never others.
 */
export function mayBeAnchor(text: string): boolean {
  const at = openingAt(text);
  if (at === READ_THE_LONG_WAY) return mayOpenTable(text);
  if (at === NO_OPENING) return false;
  let opening = '';
  for (let i = at; i < text.length && opening.length < 4; i++) {
    if (!isLabelNoiseUnit(text.charCodeAt(i))) opening += text[i];
  }
  return ANCHOR_OPENINGS.has(opening);
}

/** The tables' regions, and the tables written again after them. */
export interface TableRegions {
  /** Each table's region: the first of its places that holds one of its rows (or its only place). */
  regions: Region[];
  /**
   * A table opened again after another table was opened (a report or a table pasted twice: table
   * B's header after table C), that holds one of its rows: not read, only its lines are known.
   */
  repeats: Region[];
}

/**
 * The tables' regions. A table is opened by its first anchor, and again by an anchor after another
 * table's: when it is opened more than once, `holdsRows` tells which places hold its rows. The
 * first that does is the table (a caption's words named in section 一 before it, "第二十条第（一）项
 * 规定的…详见下表。", are not), the others that do are the table written again.
 */
export function findRegions(lines: Line[], holdsRows: (region: Region) => boolean): TableRegions {
  /** `run` counts the openings of another table: a table's places in one run are not copies of each other. */
  const anchors: { table: TableId; line: number; run: number }[] = [];
  const seen = new Set<TableId>();
  /** The table of the last line that opened one: a table's own captions and headers follow each other. */
  let lastAnchored: TableId | null = null;
  let lastAnchorLine = -1;
  let run = 0;
  for (const line of lines) {
    if (line.text.length > 4000) continue;
    if (!mayBeAnchor(line.text)) continue;
    // Once all three are open, a sentence opens no table again (only table B's note, "本列数据的勾稽关系…。", would).
    if (seen.size === 3 && line.text.includes('。')) continue;
    const table = anchorOf(line.text);
    if (!table) continue;
    // Later anchors of the table are inside it, unless another table was opened in between (the
    // table written again), or the place it was opened at ended before them (its caption's words
    // said in section 一, "第二十条第（一）项规定的…详见下表。", and the table under section 二).
    if (table !== lastAnchored) anchors.push({ table, line: line.index, run: ++run });
    else if (endsBetween(lines, table, lastAnchorLine, line.index)) anchors.push({ table, line: line.index, run });
    seen.add(table);
    lastAnchored = table;
    lastAnchorLine = line.index;
  }
  const places = new Map<TableId, (Region & { run: number })[]>();
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i];
    if (!anchor) continue;
    const limit = anchors[i + 1]?.line ?? lines.length;
    let last = anchor.line;
    for (let j = anchor.line + 1; j < limit; j++) {
      if (endsRegion(anchor.table, lines[j]?.text ?? '')) break;
      last = j;
    }
    const region = { table: anchor.table, first: anchor.line, last, run: anchor.run };
    const list = places.get(anchor.table);
    if (list) list.push(region);
    else places.set(anchor.table, [region]);
  }
  const regions: Region[] = [];
  const repeats: Region[] = [];
  for (const list of places.values()) {
    // One place is the table, whatever it holds (table/missing and table/unread say what was not read).
    if (list.length === 1) {
      regions.push(regionOf(list[0]!));
      continue;
    }
    const holding = list.filter(holdsRows);
    const table = holding[0] ?? list[0]!;
    regions.push(regionOf(table));
    // Written again: the first place holding rows in each later run (its other places there are the
    // copy's parts, as the table's own other places in its run are left unread as before).
    let lastRun = table.run;
    for (const place of holding) {
      if (place.run <= lastRun) continue;
      repeats.push(regionOf(place));
      lastRun = place.run;
    }
  }
  regions.sort((a, b) => a.first - b.first);
  repeats.sort((a, b) => a.first - b.first);
  return { regions, repeats };
}

function regionOf(place: Region): Region {
  return { table: place.table, first: place.first, last: place.last };
}

/** A line that ends the table's region: a heading or prose, and for table C a sub-heading in parentheses. */
function endsRegion(table: TableId, text: string): boolean {
  return isBoundary(text) || (table === 'C' && isParenHeading(text));
}

/** Whether the region opened at line `from` ends before line `to` (a line between ends it). */
function endsBetween(lines: Line[], table: TableId, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (endsRegion(table, lines[j]?.text ?? '')) return true;
  return false;
}
