// The tables as the server read them -> CSV (RFC 4180, CRLF line ends, as spreadsheets expect):
// each table under its name, a header line of column names whenever the columns change (table A's
// blocks each have their own), then one line per row with the cells as written; after a table's
// rows, the numbers in it that no row took, so the spreadsheet does not pass them over in silence.
import type { TablesResult } from '../../shared/src/protocol.ts';

/** What the CSV says of the numbers no row took, in the editor's language (commands.ts gives vscode.l10n's). */
export interface UnplacedWords {
  /** The line above a table's groups: how many there are, and that they were not checked. */
  title(count: number): string;
  /** Where a group stands: its line (from 1), the words before it if any, `again` when they name a row read already. */
  place(line: number, label: string | null, again: boolean): string;
}

export function tablesCsv(result: TablesResult, words: UnplacedWords): string {
  const lines: string[][] = [];
  for (const table of result.tables) {
    if (lines.length > 0) lines.push([]);
    lines.push([table.name]);
    let header = '';
    for (const row of table.rows) {
      const columns = row.columns.join('\u0000');
      if (columns !== header) {
        lines.push(['', ...row.columns]);
        header = columns;
      }
      lines.push([row.label, ...row.cells.map((c) => c.raw)]);
    }
    if (table.unplaced.length > 0) lines.push([words.title(table.unplaced.length)]);
    for (const u of table.unplaced) lines.push([words.place(u.range.start.line + 1, u.label, u.repeats !== null), ...u.values]);
  }
  return `${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
