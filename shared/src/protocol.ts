// The contract between the client and the server beyond LSP itself: command ids, and the custom
// requests and notifications with their payloads. Plain types and strings only, so the client's
// bundle stays small (no engine, no zod). Each request and notification is its method bound to its
// payloads' types once (after vscode-eslint's customMessages.ts): the client sends it with
// client/src/contract.ts, the server answers it with server/src/lsp/contract.ts, and neither side
// restates the types, so they cannot drift apart.

/** A request of the contract: its method at run time, its params and result as types only. */
export interface RequestSpec<Params, Result> {
  readonly method: string;
  /** Never set: carries the types. */
  readonly types?: { params: Params; result: Result };
}

/** A notification of the contract (server to client): its method, its params as a type only. */
export interface NotificationSpec<Params> {
  readonly method: string;
  /** Never set: carries the type. */
  readonly types?: { params: Params };
}

/** Commands the extension contributes (package.json `contributes.commands`). */
export const commands = {
  recomputeTotals: 'nianbao.recomputeTotals',
  insertTables: 'nianbao.insertTables',
  copyTablesCsv: 'nianbao.copyTablesCsv',
  showOutput: 'nianbao.showOutput',
  previewTables: 'nianbao.previewTables',
  checkAsText: 'nianbao.checkAsText',
  newReportForNextYear: 'nianbao.newReportForNextYear',
  compareWithLastYear: 'nianbao.compareWithLastYear',
  /** Arguments: the rule id and the document's URI (the settings scope). Offered by code actions. */
  turnOffRule: 'nianbao.turnOffRule',
} as const;

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface DocumentParams {
  textDocument: { uri: string };
}

// ---------------------------------------------------------------------------------------------
// nianbao/tables: the three tables as the server read them.

export const tablesRequest: RequestSpec<DocumentParams, TablesResult> = { method: 'nianbao/tables' };

export interface TableCellData {
  /** The cell as written ('' when blank). */
  raw: string;
  /** The value as read: a number, null for a blank cell, or the words written there. */
  value: number | string | null;
  range: LspRange;
}

export interface TableRowData {
  key: string;
  /** The format's numbering and label, e.g. "（七）总计". */
  label: string;
  /** The column names of this row (table A's blocks have columns of their own). */
  columns: string[];
  /** True when the row's digits ran together and could not be split one way only: then it has no cells. */
  unsplit: boolean;
  cells: TableCellData[];
}

/** A row of the format, by its key and its name (numbering and label). */
export interface RowNameData {
  key: string;
  label: string;
}

/** What of a table was not read (what table/unread says): the table is not whole unless `complete`. */
export interface TableReadingData {
  /** Every row its numbers are wanted in read, every number in a row. */
  complete: boolean;
  /** The format's rows with numbers that were not read (absent, or their digits ran together), in its order. */
  notRead: RowNameData[];
  /** Those of them whose digits ran together and could not be split one way only. */
  digitsRunTogether: RowNameData[];
}

/** Numbers in a table that no row took (a row written twice, a row the format does not have): not checked. */
export interface UnplacedNumbersData {
  /** The words before the numbers in their row, as written; null when there were none. */
  label: string | null;
  /** The numbers as written. */
  values: string[];
  /** The key of the row the words name when that row was read already (a row written twice); null otherwise. */
  repeats: string | null;
  /** From the words (or the first number) to the last number. */
  range: LspRange;
}

export interface TableData {
  id: 'A' | 'B' | 'C';
  name: string;
  layout: string;
  range: LspRange;
  rows: TableRowData[];
  /** The numbers no row took, in text order (table/unread says them too); empty when there are none. */
  unplaced: UnplacedNumbersData[];
  reading: TableReadingData;
}

export interface TablesResult {
  /** False when the document is not (recognised as) a report: then `tables` is empty. */
  recognised: boolean;
  year: number | null;
  format: string | null;
  tables: TableData[];
}

// ---------------------------------------------------------------------------------------------
// nianbao/recomputeTotals: the edits that write every total of a table as the sum of its parts.

export const recomputeTotalsRequest: RequestSpec<RecomputeTotalsParams, RecomputeTotalsResult | null> = { method: 'nianbao/recomputeTotals' };

export interface RecomputeTotalsParams extends DocumentParams {
  /** One table, or every table with broken totals when absent. */
  table?: 'A' | 'B' | 'C';
}

export interface RecomputeTotalsResult {
  /** The document version the edits apply to. */
  version: number;
  edits: { range: LspRange; newText: string }[];
}

// ---------------------------------------------------------------------------------------------
// nianbao/blankTables: the three blank tables of the report's format, as text to insert.

export const blankTablesRequest: RequestSpec<DocumentParams, BlankTablesResult> = { method: 'nianbao/blankTables' };

export interface BlankTablesResult {
  format: string;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// nianbao/status (server -> client): what the status item shows for a document.

export const statusNotification: NotificationSpec<StatusParams> = { method: 'nianbao/status' };

export interface StatusParams {
  uri: string;
  /** False when the document is not checked (not a report, or content detection found none). */
  recognised: boolean;
  year: number | null;
  format: string | null;
  errors: number;
  warnings: number;
  /** Milliseconds the last analysis took. */
  elapsedMs: number;
  /** Which file was taken as last year's report, or why none, in the server's language (absent from older servers). */
  lastYear?: string;
}

// ---------------------------------------------------------------------------------------------
// nianbao/preview: the three tables drawn as HTML for the preview beside the editor.

export const previewRequest: RequestSpec<DocumentParams, PreviewResult> = { method: 'nianbao/preview' };

/**
 * A client that has the preview command sets `experimental[previewCapability]: true` in its
 * capabilities; the server then links to the preview from a code lens (other editors would get a
 * dead link).
 */
export const previewCapability = 'nianbaoPreviewTables';

/** The repair of one wrong (red) cell, keyed by the cell's offset (its data-offset). */
export interface PreviewFix {
  offset: number;
  /** e.g. "改为 30". */
  title: string;
  edits: { range: LspRange; newText: string }[];
}

export interface PreviewResult {
  /** False when the document is not open or not (recognised as) a report: then `html` is ''. */
  recognised: boolean;
  /** The document version drawn, which the fixes' edits and the cells' offsets belong to. */
  version: number | null;
  /** The language of the tables' words. */
  language: 'zh' | 'en';
  /**
   * The tables (server/src/render/tablesHtml.ts), every character from the report escaped. Each
   * cell carries its span in the text as data-offset and data-end: the cursor's offset finds its
   * cell, and a cell's data-offset is where a click puts the cursor.
   */
  html: string;
  /** The tables' stylesheet (server/src/render/styles.ts), the same for every document. */
  css: string;
  fixes: PreviewFix[];
}

// ---------------------------------------------------------------------------------------------
// nianbao/convertedText: a published file (.html, .docx, .pdf) as the text the server checks.
//
// The text is shown as a document of its own, read-only, whose uri is the file's with the scheme
// `nianbao-converted` and ".nianbao" added to the path (so editors give it the report language):
//   file:///home/u/report.pdf  ->  nianbao-converted:/home/u/report.pdf.nianbao
// The client asks for the text with that uri, then opens the document under it; the server checks
// such a document like any report, with the page or paragraph each finding comes from, and offers
// no edits for it (its text was made from the file, there is nothing to write back).

export const convertedTextRequest: RequestSpec<ConvertedTextParams, ConvertedTextResult> = { method: 'nianbao/convertedText' };

export const convertedScheme = 'nianbao-converted';

/** Added to the file's path in the converted document's uri. */
export const convertedSuffix = '.nianbao';

export interface ConvertedTextParams {
  /** The converted document's uri (scheme `nianbao-converted`). */
  uri: string;
}

/** Where the text from `start` (a UTF-16 offset) up to the next entry's start came from. */
export interface ConvertedPlace {
  start: number;
  place: { page: number } | { paragraph: number } | { table: number; row: number };
}

export type ConvertedTextResult =
  | {
    ok: true;
    text: string;
    format: 'html' | 'docx' | 'pdf';
    places: ConvertedPlace[];
    /** What was read only in part (a scanned page…), in the server's language. */
    notes: string[];
  }
  /** Nothing could be read: why, in the server's language (an old .doc, an encrypted PDF…). */
  | { ok: false; message: string };

// ---------------------------------------------------------------------------------------------
// nianbao/nextYear: next year's draft of the document (server/src/engine/nextYear.ts), for the
// "New report for next year" command, which writes it beside the document and opens it.

export const nextYearRequest: RequestSpec<DocumentParams, NextYearResult> = { method: 'nianbao/nextYear' };

export type NextYearResult =
  | {
    ok: true;
    text: string;
    /** The draft file's name, to write in the document's folder (never over an existing file). */
    fileName: string;
    /** What was done and what is left, in the server's language. */
    notes: string[];
  }
  /** No draft: why, in the server's language. */
  | { ok: false; message: string };

// ---------------------------------------------------------------------------------------------
// nianbao/compare: this year's report beside last year's (the file the server took as last year's,
// shown in the status item's tooltip), drawn as the preview draws the tables: each cell with last
// year's value and the change, and each section's text reused from last year. The client opens
// VS Code's diff editor on the two files and shows the HTML in the preview panel.

export const compareRequest: RequestSpec<DocumentParams, CompareResult> = { method: 'nianbao/compare' };

export interface CompareResult extends PreviewResult {
  /** Last year's report (its file's uri, or its converted text's), or null: then `why` says why (and `html` too). */
  previous: { uri: string; name: string } | null;
  why: string | null;
}
