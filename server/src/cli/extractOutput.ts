// `nianbao extract`: the tables as read, in JSON (cells with their ranges and text as written)
// or CSV (one block per file, headed by its path), each table with the numbers no row took and what
// of it was not read; and the files that could not be read, with why.
// Each file's part is written as soon as it is read.
import type { Analysis, Span, UnplacedNumbers } from '../engine/model.ts';
import { csvField, tablesAsCsv, tablesAsRead, type RowAsRead, type TablesAsRead } from '../engine/tablesAsRead.ts';
import { buildLineIndex } from '../engine/text/lineIndex.ts';
import { agencyOf } from '../engine/workspace/agency.ts';
import { baseName } from '../engine/workspace/paths.ts';
import { rangeOf } from './fileResult.ts';
import type { NotAFile } from './inputs.ts';
import type { Language } from './language.ts';

/**
 * A file named or found that could not be read, or found and left out as no report, and why (as
 * `check --format json` gives its `errors` and `skipped`).
 */
export interface UnreadFile {
  path: string;
  message: string;
  /** A folder or path named that gave no file to read (absent for a file), as `check` gives it. */
  what?: NotAFile;
}

/**
 * The output, written a file at a time as each is read (`file`), then the files that could not be
 * read and those skipped (`end`): the analyses are not held until the end, so a folder of
 * thousands of reports takes the memory of one (it took about 0.6 MB a report, 3.3 GB for 6 000),
 * and the text is never one string (the JSON of 6 000 reports is 500 MB). The pieces put together
 * are the same text as the whole made at once.
 */
export interface ExtractOutput {
  file(path: string, analysis: Analysis): string;
  end(unread: UnreadFile[], skipped: UnreadFile[]): string;
}

/** `JSON.stringify({ files, errors, skipped }, null, 2)`, made a file at a time. */
export function extractJson(): ExtractOutput {
  let files = 0;
  return {
    file: (path, analysis) => {
      const file = {
        path,
        agency: agencyOf(analysis.report, baseName(path)),
        year: analysis.report.year,
        format: analysis.report.format.version,
        tables: withRanges(tablesAsRead(analysis.report), analysis.report.text),
      };
      return `${files++ === 0 ? '{\n  "files": [' : ','}\n${indented(JSON.stringify(file, null, 2), 4)}`;
    },
    end: (unread, skipped) =>
      `${files === 0 ? '{\n  "files": []' : '\n  ]'},\n  "errors": ${indented(JSON.stringify(unread, null, 2), 2).trimStart()},\n  "skipped": ${indented(JSON.stringify(skipped, null, 2), 2).trimStart()}\n}\n`,
  };
}

/** Every line of `json` moved right by `spaces` (a string's line breaks are escaped in JSON: each break is a line's). */
function indented(json: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return pad + json.replaceAll('\n', '\n' + pad);
}

/**
 * With a byte-order mark first: Excel and WPS read a CSV without one in the system's code page, and
 * garble Chinese. Each file's block opens with its path, its agency and its year (as the batch
 * page names them: from the title, else the file name), so that blocks merged from many folders
 * still say whose they are. A file that could not be read, or was skipped as no report, has its
 * block too: its path, then why. The words about the numbers no row took are in `language`.
 */
export function extractCsv(language: Language): ExtractOutput {
  let blocks = 0;
  const block = (text: string) => (blocks++ === 0 ? '\uFEFF' : '\r\n') + text;
  return {
    file: (path, analysis) => {
      const who = [path, agencyOf(analysis.report, baseName(path)) ?? '', analysis.report.year === null ? '' : String(analysis.report.year)];
      return block(`${who.map(csvField).join(',')}\r\n${tablesAsCsv(tablesAsRead(analysis.report), analysis.report.text, language)}`);
    },
    end: (unread, skipped) => [...unread, ...skipped].map(({ path, message }) => block(`${csvField(path)}\r\n${csvField(message)}\r\n`)).join('') || (blocks === 0 ? '\uFEFF' : ''),
  };
}

function withRanges(tables: TablesAsRead, text: string) {
  const index = buildLineIndex(text);
  const cells = (spans: Span[]) => spans.map((s) => ({ text: text.slice(s.start, s.end), range: rangeOf(index, s) }));
  const row = (r: RowAsRead) => ({ ...r, cells: cells(r.cells) });
  const unplaced = ({ label, values, repeats, span }: UnplacedNumbers) => ({ label, values, repeats, range: rangeOf(index, span) });
  return {
    A: tables.A && { rows: tables.A.rows.map(row), missing: tables.A.missing, unplaced: tables.A.unplaced.map(unplaced), reading: tables.A.reading },
    B: tables.B && { columns: tables.B.columns, rows: tables.B.rows.map(row), unplaced: tables.B.unplaced.map(unplaced), reading: tables.B.reading },
    C: tables.C && { columns: tables.C.columns, values: tables.C.values, cells: cells(tables.C.cells), ...(tables.C.unsplit ? { unsplit: true } : {}), reading: tables.C.reading },
  };
}
