// nianbao/tables: the three tables as the server read them, with the numbers no row took and what
// of each was not read (for the copy-as-CSV command and for other editors' plugins).
import type { Cell, ReadTable, Report, UnplacedNumbers } from '../engine/model.ts';
import { columnLabels, tableNames, tablesRead } from '../engine/tableLookup.ts';
import { unsplit } from '../engine/tableReading.ts';
import { readingAsRead } from '../engine/tablesAsRead.ts';
import { tablesRequest, type DocumentParams, type TableCellData, type TableData, type TablesResult, type UnplacedNumbersData } from '../../../shared/src/protocol.ts';
import type { Reported } from './analysisCache.ts';
import type { Feature } from './context.ts';
import { say } from './locale.ts';
import { toRange } from './ranges.ts';
import { onRequest } from './contract.ts';

export const tables: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses }) {
    onRequest(connection, tablesRequest, async (params: DocumentParams, token): Promise<TablesResult> => {
      const checked = await analyses.report(params.textDocument.uri, token);
      if (!checked) return { recognised: false, year: null, format: null, tables: [] };
      const report = checked.analysis.report;
      const tables = tablesRead(report.tables).map((t) => tableData(checked, report, t));
      return { recognised: true, year: report.year, format: report.format.version, tables };
    });
  },
};

function tableData(checked: Reported, report: Report, table: ReadTable): TableData {
  return {
    id: table.id,
    name: say(tableNames[table.id], checked.lang),
    layout: table.layout,
    range: toRange(checked.document, table.span),
    rows: table.rows.map((row) => ({ key: row.key, label: row.label, columns: columnLabels(report, table.id, row.key), unsplit: unsplit(row), cells: row.cells.map((c) => cellData(checked, c)) })),
    unplaced: (table.unplaced ?? []).map((u) => unplacedData(checked, u)),
    reading: readingAsRead(report, table),
  };
}

function unplacedData(checked: Reported, unplaced: UnplacedNumbers): UnplacedNumbersData {
  return { label: unplaced.label, values: unplaced.values, repeats: unplaced.repeats, range: toRange(checked.document, unplaced.span) };
}

function cellData(checked: Reported, cell: Cell): TableCellData {
  const value = cell.value.kind === 'number' ? cell.value.value : cell.value.kind === 'text' ? cell.value.text : null;
  return { raw: cell.raw.trim(), value, range: toRange(checked.document, cell.span) };
}
