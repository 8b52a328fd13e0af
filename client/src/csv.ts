// The tables as the server read them -> CSV (RFC 4180, CRLF line ends, as spreadsheets expect):
// each table under its name, a header line of column names whenever the columns change (table A's
// blocks each have their own), then one line per row with the cells as written (a row whose digits
// ran together marked so); after the rows of a table not read whole, what of it was not read, and
// the numbers in it that no row took, so the spreadsheet does not pass them over in silence.
import type { TablesResult } from '../../shared/src/protocol.ts';

/** What the CSV says of what was not read, in the editor's language (commands.ts gives vscode.l10n's). */
export interface CsvWords {
  /** In place of the cells of a row whose digits ran together past splitting. */
  unsplit(): string;
  /** The line after the rows of a table not read whole: its name, and how many rows not read, of them run together, and groups of numbers no row took. */
  partial(table: string, notRead: number, glued: number, unplaced: number): string;
  /** The head of the line that names the rows not read. */
  notRead(count: number): string;
  /** The line above a table's groups: how many there are, and that they were not checked. */
  title(count: number): string;
  /** Where a group stands: its line (from 1), the words before it if any, `again` when they name a row read already. */
  place(line: number, label: string | null, again: boolean): string;
}

export function tablesCsv(result: TablesResult, words: CsvWords): string {
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
      lines.push([row.label, ...(row.unsplit ? [words.unsplit()] : row.cells.map((c) => c.raw))]);
    }
    const { complete, notRead, digitsRunTogether } = table.reading;
    if (!complete) lines.push([words.partial(table.name, notRead.length, digitsRunTogether.length, table.unplaced.length)]);
    if (notRead.length > 0) lines.push([words.notRead(notRead.length), ...notRead.map((r) => r.label)]);
    if (table.unplaced.length > 0) lines.push([words.title(table.unplaced.length)]);
    for (const u of table.unplaced) lines.push([words.place(u.range.start.line + 1, u.label, u.repeats !== null), ...u.values]);
  }
  return `${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
