// The text every converter writes, in the shape the engine reads and a person can read ("Check as
// text" shows it): a paragraph per line, and each table as Markdown rows ("| 规章 | 0 | 0 | 0 |"),
// one line a row. Not tab-separated rows: tabs lose a blank cell at a row's end, where "| |" keeps
// it. The converters keep each table's cells with their spans (rowspan, colspan) up to here.
import type { ConvertedDocument, DocumentFormat, DocumentProblem, Place, PlaceFrom } from './types.ts';

export interface OutCell {
  text: string;
  rowspan: number;
  colspan: number;
}

export interface OutRow {
  cells: OutCell[];
  place: Place;
}

export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Joins pieces of one paragraph or cell: no space between Chinese characters, one between words. */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  // The last piece's last character, kept apart: reading it from `out` would flatten the growing
  // string at every piece (time growing with the square of a cell's pieces).
  let last = '';
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (last !== '' && !CJK.test(last) && !CJK.test(piece[0] ?? '')) out += ' ';
    out += piece;
    last = piece[piece.length - 1] ?? '';
  }
  return out;
}

/** Whitespace of any width (NBSP, full-width and zero-width spaces too) as one space, trimmed. */
export function tidy(text: string): string {
  // A text with none (most cells of a table) is returned as it is: each replace allocates, matched or not.
  return SPACE.test(text) ? text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim() : text;
}

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

export class TextOut {
  /** Each line written with the place it came from; the text and the map back are made at the end. */
  private entries: { line: string; place: Place; table: boolean }[] = [];

  constructor(private readonly format: DocumentFormat) {}

  private push(line: string, place: Place, table = false): void {
    this.entries.push({ line, place, table });
  }

  /** One paragraph: one line of text, its spaces collapsed (nothing is written for a blank one). */
  paragraph(text: string, place: Place): void {
    this.line(tidy(text), place);
  }

  /** One line as it is (a PDF line keeps the runs of spaces that stand between cells). */
  line(text: string, place: Place): void {
    const line = (text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]+/g, ' ') : text).trim();
    if (line !== '') this.push(line, place);
  }

  /**
   * A table as Markdown rows a person can read, one "| … |" line per row, the rule under its first
   * row, a blank line after it. A merged cell is written once, in the first row and column it
   * covers (the engine reads rows by their labels, so a group label in the first of its rows reads
   * as the printed form means it). A blank cell is one space between two pipes, which the engine
   * reads as a cell left blank; one space around each cell, since runs of spaces would read as
   * separators too. A "|" inside a cell is written full-width, so that it separates nothing.
   */
  table(rows: OutRow[]): void {
    const first = rows[0];
    if (!first) return;
    // The widest row, in a loop: Math.max(...rows) passes every row as an argument, which throws
    // past a hundred thousand or so (a 5 MB page of two-cell rows could not be read).
    let width = 1;
    for (const row of rows) width = Math.max(width, row.cells.reduce((n, c) => n + c.colspan, 0));
    rows.forEach((row, i) => {
      const cells = row.cells.map((c) => {
        const tidied = tidy(c.text);
        const text = tidied.includes('|') ? tidied.replace(/\|/g, '｜') : tidied;
        return text === '' ? ' ' : ` ${text} `;
      });
      this.push(`|${cells.join('|')}|`, row.place, true);
      if (i === 0) this.push(`|${' --- |'.repeat(width)}`, row.place, true);
    });
    this.push('', rows[rows.length - 1]?.place ?? first.place, true);
  }

  /**
   * A web page's navigation left out: a run of NAVIGATION_RUN or more short lines in a row, none
   * a sentence, a numbered heading or a table row ("首页 / 走进沭阳 / 办事服务 / 政民互动 / …", with
   * the site's name and the day's date above them). A report's own lines come as paragraphs,
   * numbered headings and tables, and its signature is two lines.
   */
  dropNavigation(): void {
    const menu = (e: { line: string; table: boolean }) => !e.table && e.line.length <= 16 && !/[。，；;：:]/.test(e.line) && !NUMBERED.test(e.line);
    const drop = new Uint8Array(this.entries.length);
    for (let i = 0; i < this.entries.length;) {
      let j = i;
      while (j < this.entries.length && menu(this.entries[j]!)) j++;
      if (j - i >= NAVIGATION_RUN) drop.fill(1, i, j);
      i = j + 1;
    }
    // One pass, not a splice a run: a page of many menus stays linear.
    this.entries = this.entries.filter((_, k) => drop[k] === 0);
  }

  /** True when no line has been written yet. */
  get empty(): boolean {
    return this.entries.length === 0;
  }

  done(problems: DocumentProblem[] = []): ConvertedDocument {
    const places: PlaceFrom[] = [];
    let offset = 0;
    // The last place's JSON kept, not made again for every line compared with it.
    let last: string | null = null;
    for (const { line, place } of this.entries) {
      const json = JSON.stringify(place);
      if (json !== last) places.push({ start: offset, place });
      last = json;
      offset += line.length + 1;
    }
    const text = this.entries.length ? this.entries.map((e) => e.line).join('\n') + '\n' : '';
    return { format: this.format, text, places, problems };
  }
}

/** How many short lines in a row make a menu. */
const NAVIGATION_RUN = 5;
/** A numbered heading or item: 一、 （一） 1. */
const NUMBERED = /^[\s]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、])/;
