// The tables as the server read them -> CSV (RFC 4180, CRLF line ends, as spreadsheets expect):
// each table under its name, a header line of column names whenever the columns change (table A's
// blocks each have their own), then one line per row with the cells as written.
import type { TablesResult } from '../../shared/src/protocol.ts';

export function tablesCsv(result: TablesResult): string {
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
  }
  return `${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
