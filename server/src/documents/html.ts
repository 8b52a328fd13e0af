// Web pages (.html/.htm, Word's "save as web page", and the HTML mammoth makes of a .docx) -> the
// report's text. Read with a real HTML parser (htmlparser2): paragraphs become lines, every data
// table becomes a <table> block cell by cell with its rowspan/colspan (see textOut.ts), scripts,
// styles, hidden parts and page navigation are dropped, entities decoded. A CMS page whose report
// arrives in a JavaScript string (written into the page when it loads) is read from that string.
import iconv from 'iconv-lite';
import { MAX_OPEN, shallowHtml } from './htmlDepth.ts';
import { parseHtmlTree, type HtmlElement, type HtmlNode, type HtmlText } from './htmlTree.ts';
import { CJK, joinPieces, TextOut, type OutCell, type OutRow } from './textOut.ts';
import { isUtf8 } from 'node:buffer';
import { validUtf8 } from './utf8.ts';
import { describePlace } from './places.ts';
import type { ConvertedDocument, DocumentFormat, DocumentProblem, Place } from './types.ts';

type Node = HtmlNode;
type Element = HtmlElement;

const isElement = (n: Node): n is Element => typeof n !== 'string';
const isText = (n: Node): n is HtmlText => typeof n === 'string';

/** Never read: code, styles, forms' widgets, media, and the page's navigation. */
const DROPPED = new Set(['head', 'style', 'noscript', 'template', 'nav', 'aside', 'iframe', 'object', 'embed', 'select', 'button', 'svg', 'canvas', 'map', 'audio', 'video', 'input', 'textarea']);
/** Elements that end a line of text. */
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'main', 'blockquote', 'pre', 'center', 'address', 'figure', 'figcaption', 'form', 'fieldset', 'legend', 'header', 'footer', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hr', 'br', 'title', 'body', 'html']);
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
/** Class or id words of page chrome, matched whole (so "article-header" is not "header"). */
const CHROME_WORDS = new Set(['nav', 'navbar', 'menu', 'breadcrumb', 'crumb', 'crumbs', 'footer', 'topbar', 'sidebar', 'share', 'bdsharebuttonbox']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);

const SOURCE_SPACE = /[\s\u00a0]/;

/** Source whitespace as a browser shows it, except that a line break between Chinese characters is nothing. */
function inlineText(text: string): string {
  // Most texts of a table's cells ("1", "总计") hold no white space: a replace with a function
  // allocates for every call, matched or not (about 150 bytes a cell, a megabyte a page of cells).
  if (!SOURCE_SPACE.test(text)) return text;
  return text.replace(/[\s\u00a0]+/g, (ws, at: number, whole: string) =>
    /[\r\n]/.test(ws) && CJK.test(whole[at - 1] ?? '') && CJK.test(whole[at + ws.length] ?? '') ? '' : ' ');
}

function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs || attr(el, 'aria-hidden') === 'true') return true;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attr(el, 'style'));
}

/** Where an element stands: inside the article (or main content), and how deep in the page. */
interface Context {
  inArticle: boolean;
  depth: number;
}

function isChrome(el: Element, at: Context): boolean {
  if (CHROME_ROLES.has(attr(el, 'role').toLowerCase())) return true;
  // The page's own <header> and <footer> (near the top of the page), not those of the article.
  if ((el.name === 'header' || el.name === 'footer') && !at.inArticle && at.depth <= 3) return true;
  const classes = attr(el, 'class');
  const id = attr(el, 'id');
  // Most elements have neither: no words to make.
  if (classes === '' && id === '') return false;
  const words = `${classes} ${id}`.toLowerCase().split(/\s+/);
  return words.some((w) => CHROME_WORDS.has(w));
}

function spanOf(el: Element, name: string): number {
  const n = Number.parseInt(attr(el, name), 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
}

/**
 * Deeper than this, an element is read for its text only, its blocks as lines (no published page
 * nests so deep; a page that does would otherwise overflow the stack of this recursive reader).
 */
const MAX_DEPTH = 256;

/**
 * The elements under `el` (not under nested tables) that satisfy `want`, in document order. With
 * a stack of its own, not recursion: it runs at any depth. The stack holds each list being gone
 * through and where in it, not the nodes: no list is copied (a row of a hundred thousand cells was
 * copied and reversed whole, twice, to find its cells).
 */
function descendants(el: Element, want: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const lists: (readonly Node[])[] = [el.children];
  const next: number[] = [0];
  while (lists.length > 0) {
    const top = lists.length - 1;
    const list = lists[top]!;
    const i = next[top]!;
    if (i === list.length) {
      lists.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    const node = list[i]!;
    if (!isElement(node)) continue;
    if (want(node)) out.push(node);
    else if (node.name !== 'table' && node.children.length > 0) {
      lists.push(node.children);
      next.push(0);
    }
  }
  return out;
}

/** Where a block ends in flatText's stack (apart from every text, a "\n" too). */
const BLOCK_END = Symbol('block end');

/**
 * The text under these nodes, a line break around each block, scripts, dropped and hidden parts
 * left out. With a stack of its own, not recursion: it runs at any depth.
 */
function flatText(nodes: readonly Node[]): string {
  const pieces: string[] = [];
  const stack: (Node | typeof BLOCK_END)[] = nodes.slice().reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === BLOCK_END) pieces.push('\n');
    else if (isText(node)) pieces.push(inlineText(node));
    else if (isElement(node) && node.name !== 'script' && !DROPPED.has(node.name) && !isHidden(node)) {
      const block = BLOCKS.has(node.name);
      if (block) {
        pieces.push('\n');
        stack.push(BLOCK_END);
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return pieces.join('');
}

function hasNestedTable(table: Element): boolean {
  return descendants(table, (e) => e.name === 'table').length > 0;
}

/** A character other than white space (told without making the text without it). */
const NOT_BLANK = /[^\s\u00a0\u3000]/;

class HtmlReader {
  readonly out: TextOut;
  private pieces: string[] = [];
  private paragraph = 0;
  private tables = 0;
  private scriptDepth = 0;
  /** Elements nested deeper than MAX_DEPTH (or MAX_OPEN), read as text only. */
  deepElements = 0;
  /**
   * In a .docx: the pictures in its body (mammoth gives each as an <img>, and leaves out the page
   * headers where a logo would stand), and where the first one stands. A web page's pictures are
   * its logos and buttons: not counted.
   */
  pictures = 0;
  firstPicture: Place | null = null;

  constructor(private readonly format: DocumentFormat) {
    this.out = new TextOut(format);
  }

  /** A picture in a .docx at `place`: a table or text pasted as a picture is not read, and is said. */
  private picture(count: number, place: Place): void {
    if (this.format !== 'docx' || count === 0) return;
    this.pictures += count;
    this.firstPicture ??= place;
  }

  flush(countEmpty = false): void {
    // Nothing since the last line ends (a block closed right after another): no text to make.
    if (this.pieces.length === 0) {
      if (countEmpty) this.paragraph++;
      return;
    }
    const text = joinPieces(this.pieces.join('').split('\n'));
    this.pieces = [];
    if (NOT_BLANK.test(text)) this.out.paragraph(text, { paragraph: ++this.paragraph });
    else if (countEmpty) this.paragraph++;
  }

  walk(nodes: readonly Node[], at: Context): void {
    for (const node of nodes) {
      if (isText(node)) this.pieces.push(inlineText(node));
      else if (isElement(node)) this.element(node, at);
    }
  }

  private element(el: Element, at: Context): void {
    const name = el.name;
    if (name === 'script') {
      this.script(el, at);
      return;
    }
    if (DROPPED.has(name) || isHidden(el) || isChrome(el, at)) return;
    if (at.depth >= MAX_DEPTH) {
      this.deepElements++;
      this.flush();
      this.pieces.push(flatText([el]));
      this.flush();
      return;
    }
    if (name === 'br') {
      this.flush();
      return;
    }
    if (name === 'img') {
      // In the paragraph being gathered (flush numbers it next, even when it holds nothing else).
      this.picture(1, { paragraph: this.paragraph + 1 });
      return;
    }
    if (name === 'table' && !hasNestedTable(el)) {
      const rows = this.rowsOf(el, this.tables + 1);
      // A table of one column (or one cell) only frames text: read it as paragraphs.
      if (rows.some((r) => r.cells.length >= 2)) {
        this.tables++;
        this.flush();
        this.tablePictures(el, this.tables);
        this.out.table(rows);
        return;
      }
    }
    const block = BLOCKS.has(name);
    if (block) this.flush();
    this.walk(el.children, { inArticle: at.inArticle || name === 'article' || name === 'main', depth: at.depth + 1 });
    if (block) this.flush(PARAGRAPHS.has(name));
  }

  private rowsOf(table: Element, n: number): OutRow[] {
    return descendants(table, (e) => e.name === 'tr').map((tr, i) => ({
      cells: descendants(tr, (e) => e.name === 'td' || e.name === 'th').map((td): OutCell => ({
        text: cellText(td),
        rowspan: spanOf(td, 'rowspan'),
        colspan: spanOf(td, 'colspan'),
      })),
      place: { table: n, row: i + 1 },
    })).filter((r) => r.cells.length > 0);
  }

  /** The pictures of a table read as a table (its cells' text is read without them), each at its row. */
  private tablePictures(table: Element, n: number): void {
    if (this.format !== 'docx') return;
    descendants(table, (e) => e.name === 'tr').forEach((tr, i) => this.picture(descendants(tr, (e) => e.name === 'img').length, { table: n, row: i + 1 }));
  }

  /**
   * The page's elements; a page nested deeper than the parser can take (htmlDepth.ts) is parsed
   * again made shallow. Told by the parser's own depth: most pages are read in one pass, and
   * elements it closes itself (an unclosed <span> in each paragraph) make no page "too deep".
   */
  parse(html: string | readonly string[]): readonly Node[] {
    const nodes = parseHtmlTree(html, MAX_OPEN);
    if (nodes) return nodes;
    const shallow = shallowHtml(typeof html === 'string' ? html : html.join(''));
    if (shallow.flattened) this.deepElements++;
    return parseHtmlTree(shallow.html) ?? [];
  }

  /** A script that carries the report's HTML in a string is read as if that HTML stood here. */
  private script(el: Element, at: Context): void {
    if (this.scriptDepth > 0 || attr(el, 'src') !== '') return;
    const code = el.children.map((c) => (isText(c) ? c : '')).join('');
    const html = htmlInScript(code);
    if (html === null) return;
    this.scriptDepth++;
    this.flush();
    this.walk(this.parse(html), at);
    this.flush();
    this.scriptDepth--;
  }
}

/** A cell's text: its paragraphs and lines joined, blocks inside it included. */
function cellText(td: Element): string {
  // Most cells hold one text, which has no line breaks once inline: read without gathering pieces.
  const only = td.children.length === 1 ? td.children[0] : undefined;
  if (only && isText(only)) return inlineText(only).trim();
  return joinPieces(flatText(td.children).split('\n'));
}

/**
 * The HTML a script holds in its string literals, when it holds a report's worth: tags and at
 * least a few dozen Chinese characters. Literals are joined in order ("<p>…" + "…</p>").
 */
export function htmlInScript(code: string): string | null {
  const strings = stringLiterals(code).filter((s) => /<\/?[a-z][^>]*>/i.test(s));
  const html = strings.join('');
  if (!/<(p|table|div|td|br|span)[\s>/]/i.test(html)) return null;
  // Counted up to the few dozen needed, not matched all into an array (a string of every one).
  let chinese = 0;
  for (const _ of html.replace(/<[^>]*>/g, '').matchAll(CHINESE)) if (++chinese >= 40) return html;
  return null;
}

const CHINESE = /[\u4e00-\u9fff]/g;

/** The string literals of JavaScript code, unescaped (comments skipped; a bounded linear scan). */
function stringLiterals(code: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      // The literal's runs between escapes are sliced and joined once: a string grown a character
      // at a time is a chain of a million pieces for a 1 MB report, all alive until it is read.
      const quote = code.charCodeAt(i);
      const parts: string[] = [];
      let j = i + 1;
      let from = j;
      while (j < code.length && code.charCodeAt(j) !== quote) {
        const u = code.charCodeAt(j);
        if (u === BACKSLASH) {
          parts.push(code.slice(from, j));
          const { text, length } = unescapeAt(code, j);
          parts.push(text);
          j += length;
          from = j;
        } else if ((u === LF || u === CR) && c !== '`') break;
        else j++;
      }
      parts.push(code.slice(from, Math.min(j, code.length)));
      out.push(parts.join(''));
      i = j + 1;
    } else i++;
  }
  return out;
}

const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

/** What a backslash and one letter stand for in a JavaScript string. */
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

function unescapeAt(code: string, at: number): { text: string; length: number } {
  const next = code[at + 1] ?? '';
  if (next in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[next] ?? '', length: 2 };
  if (next === 'u' && code[at + 2] === '{') {
    const end = code.indexOf('}', at);
    const cp = Number.parseInt(code.slice(at + 3, end), 16);
    if (end > 0 && Number.isFinite(cp) && cp <= 0x10ffff) return { text: String.fromCodePoint(cp), length: end - at + 1 };
  }
  if (next === 'u' && /^[0-9a-f]{4}$/i.test(code.slice(at + 2, at + 6))) return { text: String.fromCharCode(Number.parseInt(code.slice(at + 2, at + 6), 16)), length: 6 };
  if (next === 'x' && /^[0-9a-f]{2}$/i.test(code.slice(at + 2, at + 4))) return { text: String.fromCharCode(Number.parseInt(code.slice(at + 2, at + 4), 16)), length: 4 };
  if (next === '\r' && code[at + 2] === '\n') return { text: '', length: 3 };
  if (next === '\n' || next === '\r') return { text: '', length: 2 };
  return { text: next, length: 2 };
}

/** HTML source -> the report's text. */
export function readHtml(html: string | readonly string[], format: DocumentFormat = 'html'): ConvertedDocument {
  const reader = new HtmlReader(format);
  reader.walk(reader.parse(html), { inArticle: false, depth: 0 });
  reader.flush();
  // A web page's menus are left out: "Check as text" shows the article (a Word document has none).
  if (format === 'html') reader.out.dropNavigation();
  const read = reader.out.done();
  if (reader.deepElements > 0) {
    read.problems.push({ code: 'nested-too-deep', fatal: false, message: { zh: `网页的元素嵌套超过 ${MAX_DEPTH} 层，更深处只读取了文字（其中的表格未按表格读取）`, en: `the page nests elements more than ${MAX_DEPTH} deep; deeper down only the text was read (tables there were not read as tables)` } });
  }
  if (reader.firstPicture) read.problems.push(picturesNote(reader.pictures, reader.firstPicture));
  return read;
}

/**
 * A .docx's pictures, said once for the file with where the first stands: a table or a page
 * pasted as a picture holds numbers that were not read, and nothing else would say so.
 */
function picturesNote(count: number, first: Place): DocumentProblem {
  const where = describePlace(first);
  return {
    code: 'pictures',
    fatal: false,
    message: count === 1
      ? { zh: `${where.zh}有图片（可能是表格或文字的图片），未读取`, en: `a picture in ${where.en} (a table or text as a picture?) was not read` }
      : { zh: `有 ${count} 张图片（可能是表格或文字的图片），未读取；第一张在${where.zh}`, en: `${count} pictures (tables or text as pictures?) were not read; the first is in ${where.en}` },
  };
}

/**
 * The page's bytes as text, in pieces (see piecesOf): a byte-order mark, else the charset its
 * <meta> declares, else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and
 * GB2312, which older government sites use).
 */
export function decodeHtml(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = buffer.subarray(3);
    return isUtf8(rest) ? piecesOf(rest).map(validUtf8) : [rest.toString('utf8')];
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return [iconv.decode(buffer.subarray(2), 'utf16le')];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return [iconv.decode(buffer.subarray(2), 'utf16be')];
  if (isUtf8(bytes)) return piecesOf(buffer).map(validUtf8);
  // Not UTF-8 (whatever the page declares): its declared charset, or the Chinese one.
  const head = buffer.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_-]{2,20})/i.exec(head)?.[1]?.toLowerCase();
  const charset = declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared) ? declared : 'gb18030';
  // One decoder for all the pieces: it keeps what an encoding not told apart by "><" cuts in two.
  const decoder = iconv.getDecoder(/^(gb2312|gbk|x-gbk|gb_2312-80|csgb2312)$/.test(charset) ? 'gb18030' : charset);
  const pieces = piecesOf(buffer).map((piece) => decoder.write(piece));
  pieces.push(decoder.end() ?? '');
  return pieces.filter((piece) => piece !== '');
}

/**
 * Bytes cut into pieces of about PIECE_BYTES, each cut between a ">" and a "<" (between two tags,
 * where the parser is between two things it reads, and where no character of UTF-8 or GB18030 is
 * cut: their bytes after the first are never these two). V8 makes a string of more than 64 K units
 * in a space of its own, each at a cost of its own: a 95 KB page's text took 2.3 ms to make whole,
 * 0.3 ms in pieces. A stretch with no "><" in it stays whole.
 */
function piecesOf(bytes: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  while (bytes.length - start > PIECE_BYTES) {
    let cut = bytes.lastIndexOf('><', start + PIECE_BYTES) + 1;
    if (cut <= start) cut = bytes.indexOf('><', start + PIECE_BYTES) + 1;
    if (cut <= start) break;
    pieces.push(bytes.subarray(start, cut));
    start = cut;
  }
  pieces.push(bytes.subarray(start));
  return pieces;
}

const PIECE_BYTES = 32 * 1024;

/** Whether the text opens with a tag (after white space): a page, not a script's data file. */
function opensWithTag(pieces: readonly string[]): boolean {
  for (const piece of pieces) {
    const first = piece.search(/[^\s\ufeff]/);
    if (first >= 0) return piece[first] === '<';
  }
  return false;
}

export function readHtmlBytes(bytes: Uint8Array): ConvertedDocument {
  const pieces = decodeHtml(bytes);
  if (!opensWithTag(pieces)) {
    // A data file of a site's script, not a page: its string literals hold the report's HTML.
    const code = pieces.join('');
    if (htmlInScript(code) !== null) return readHtml(`<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`);
  }
  return readHtml(pieces);
}
