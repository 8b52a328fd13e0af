// An HTML <table> pasted into a text report, read cell by cell with a real HTML parser
// (htmlparser2). Entities are decoded for reading; spans stay on the raw text so that a fix edits
// exactly the characters of the number.
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import type { Line } from '../text/lineIndex.ts';
import { rawCell, type PhysicalRow, type RawCell } from './cells.ts';

interface TextPiece {
  start: number;
  raw: string;
}

const SPACE_ENTITY = /^(?:\s|&nbsp;|&#160;|&#xa0;|&ensp;|&emsp;|&#12288;|\u3000|\u00a0)+/i;
const SPACE_ENTITY_END = /(?:\s|&nbsp;|&#160;|&#xa0;|&ensp;|&emsp;|&#12288;|\u3000|\u00a0)+$/i;

export function readHtmlRows(text: string, lines: Line[]): PhysicalRow[] {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return [];
  const base = first.start;
  const source = text.slice(base, last.end);
  const rows: PhysicalRow[] = [];
  let row: PhysicalRow | null = null;
  let cell: { pieces: TextPiece[]; openEnd: number } | null = null;
  let skip = 0;

  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]?.index ?? first.index;
  };

  const closeCell = (closeStart: number) => {
    if (!cell || !row) return;
    row.cells.push(cellFromPieces(cell.pieces, base, base + cell.openEnd, base + closeStart));
    cell = null;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip++;
        if (name === 'tr') {
          closeCell(parser.startIndex);
          row = { cells: [], line: lineOf(base + parser.startIndex) };
          rows.push(row);
        } else if (name === 'td' || name === 'th') {
          closeCell(parser.startIndex);
          if (!row) {
            row = { cells: [], line: lineOf(base + parser.startIndex) };
            rows.push(row);
          }
          cell = { pieces: [], openEnd: parser.endIndex + 1 };
        }
      },
      ontext(data) {
        if (skip === 0 && cell) cell.pieces.push({ start: parser.startIndex, raw: data });
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
        if (name === 'td' || name === 'th') closeCell(parser.startIndex);
        if (name === 'tr') {
          closeCell(parser.startIndex);
          row = null;
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  try {
    parser.write(source);
    parser.end();
  } catch {
    // htmlparser2 is lenient and does not throw on bad markup; this guards the contract anyway.
  }
  return rows.filter((r) => r.cells.length > 0);
}

function cellFromPieces(pieces: TextPiece[], base: number, innerStart: number, innerEnd: number): RawCell {
  const nonBlank = pieces.filter((p) => p.raw.replace(SPACE_ENTITY, '') !== '');
  const head = nonBlank[0];
  const tail = nonBlank[nonBlank.length - 1];
  if (!head || !tail) return rawCell({ start: innerStart, end: Math.max(innerStart, innerEnd) }, '', innerEnd <= innerStart);
  const lead = head.raw.length - head.raw.replace(SPACE_ENTITY, '').length;
  const trail = tail.raw.length - tail.raw.replace(SPACE_ENTITY_END, '').length;
  const decoded = nonBlank.map((p) => decodeHTML(p.raw)).join('').trim();
  return rawCell({ start: base + head.start + lead, end: base + tail.start + tail.raw.length - trail }, decoded, false);
}
