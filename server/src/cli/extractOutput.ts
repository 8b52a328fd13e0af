// `nianbao extract`: the tables as read, in JSON (cells with their ranges and text as written)
// or CSV (one block per file, headed by its path); and the files that could not be read, with why.
import type { Analysis, Span } from '../engine/model.ts';
import { csvField, tablesAsCsv, tablesAsRead, type RowAsRead, type TablesAsRead } from '../engine/tablesAsRead.ts';
import { buildLineIndex } from '../engine/text/lineIndex.ts';
import { rangeOf } from './fileResult.ts';

export interface ExtractedFile {
  path: string;
  analysis: Analysis;
}

/**
 * A file named or found that could not be read, or found and left out as no report, and why (as
 * `check --format json` gives its `errors` and `skipped`).
 */
export interface UnreadFile {
  path: string;
  message: string;
}

export function extractJson(files: ExtractedFile[], unread: UnreadFile[], skipped: UnreadFile[]): string {
  return JSON.stringify({
    files: files.map(({ path, analysis }) => ({
      path,
      year: analysis.report.year,
      format: analysis.report.format.version,
      tables: withRanges(tablesAsRead(analysis.report), analysis.report.text),
    })),
    errors: unread,
    skipped,
  }, null, 2) + '\n';
}

/**
 * With a byte-order mark first: Excel and WPS read a CSV without one in the system's code page, and
 * garble Chinese. A file that could not be read, or was skipped as no report, has its block too: its
 * path, then why.
 */
export function extractCsv(files: ExtractedFile[], unread: UnreadFile[], skipped: UnreadFile[]): string {
  const blocks = [
    ...files.map(({ path, analysis }) => `${csvField(path)}\r\n${tablesAsCsv(tablesAsRead(analysis.report))}`),
    ...[...unread, ...skipped].map(({ path, message }) => `${csvField(path)}\r\n${csvField(message)}\r\n`),
  ];
  return '\uFEFF' + blocks.join('\r\n');
}


function withRanges(tables: TablesAsRead, text: string) {
  const index = buildLineIndex(text);
  const cells = (spans: Span[]) => spans.map((s) => ({ text: text.slice(s.start, s.end), range: rangeOf(index, s) }));
  const row = (r: RowAsRead) => ({ ...r, cells: cells(r.cells) });
  return {
    A: tables.A && { rows: tables.A.rows.map(row) },
    B: tables.B && { columns: tables.B.columns, rows: tables.B.rows.map(row) },
    C: tables.C && { columns: tables.C.columns, values: tables.C.values, cells: cells(tables.C.cells) },
  };
}
