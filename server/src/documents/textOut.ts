// The text every converter writes, in the shape the engine reads: a paragraph per line, and each
// table as an HTML <table> block, one <tr> per line. Tables stay HTML (not tab-separated rows)
// because HTML keeps what tabs lose: a cell is exactly one <td> whatever it holds (spaces, "|",
// tabs), a merged cell is written once with its rowspan/colspan (the engine reads rows by their
// labels, so a merged group label in the first of its rows is read as the printed form means it),
// and a blank cell (written "<td> </td>") stays distinct from the placeholder of a merged column,
// which in tab-separated text is an empty cell too and would be dropped at a row's end.
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

const escapeCell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

export class TextOut {
  private readonly lines: string[] = [];
  private readonly places: PlaceFrom[] = [];
  private offset = 0;

  constructor(private readonly format: DocumentFormat) {}

  private push(line: string, place: Place): void {
    const last = this.places[this.places.length - 1];
    if (!last || JSON.stringify(last.place) !== JSON.stringify(place)) this.places.push({ start: this.offset, place });
    this.lines.push(line);
    this.offset += line.length + 1;
  }

  /** One paragraph: one line of text, its spaces collapsed (nothing is written for a blank one). */
  paragraph(text: string, place: Place): void {
    this.line(tidy(text), place);
  }

  /** One line as it is (a PDF line keeps the runs of spaces that stand between cells). */
  line(text: string, place: Place): void {
    const line = text.replace(/[\r\n]+/g, ' ').trim();
    if (line !== '') this.push(line, place);
  }

  table(rows: OutRow[]): void {
    const first = rows[0];
    if (!first) return;
    this.push('<table>', first.place);
    for (const row of rows) {
      const cells = row.cells.map((c) => {
        const span = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
        const text = tidy(c.text);
        return `<td${span}>${text === '' ? ' ' : escapeCell(text)}</td>`;
      });
      this.push(`<tr>${cells.join('')}</tr>`, row.place);
    }
    this.push('</table>', rows[rows.length - 1]?.place ?? first.place);
  }

  /** True when no line has been written yet. */
  get empty(): boolean {
    return this.lines.length === 0;
  }

  done(problems: DocumentProblem[] = []): ConvertedDocument {
    return { format: this.format, text: this.lines.length ? this.lines.join('\n') + '\n' : '', places: this.places, problems };
  }
}
