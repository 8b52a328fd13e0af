// The data the engine reads out of a report and the findings its rules return.
// Everything here is plain data (no classes, no functions) so that the LSP layer, the CLI and the
// renderer can use it as it is. Offsets are UTF-16 code units into the analysed text, as in LSP.
// The domain behind these types is ../shared/docs/FORMAT.md.

/** A half-open range of offsets [start, end) into the report's text. */
export interface Span {
  start: number;
  end: number;
}

/** Every user-facing string exists in Chinese (the default) and English. */
export interface Message {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: Message;
  edits: TextEdit[];
  /**
   * Safe fixes are applied by `--fix` and `source.fixAll`: they repair exactly what the finding
   * names and nothing else. Unsafe ones (a guess among several repairs) are offered, never applied
   * unasked.
   */
  safe: boolean;
}

export interface Related {
  message: Message;
  span: Span;
  /** The span is in last year's report (the checks across years, engine/workspace/), not in this one. */
  inPrevious?: true;
}

export interface Finding {
  /** Namespaced rule id: `table/…`, `balance/…`, `date/…`, `structure/…`, `text/…`, `format/…`. */
  rule: string;
  severity: Severity;
  message: Message;
  span: Span;
  related: Related[];
  fixes: Fix[];
}

// ---------------------------------------------------------------------------------------------
// The formats and the tables

/** 国办公开办函〔2019〕60号 (the 2019 and 2020 reports) or 〔2021〕30号 (from the 2021 report on). */
export type FormatVersion = '2019' | '2021';

export type TableId = 'A' | 'B' | 'C';

/** What a cell holds, read by meaning. Blank stays blank: it is not the same as a written 0. */
export type CellValue =
  /** `lostMarks`: the cell held only "?" or "�", a blank character lost to an encoding (see below). */
  | { kind: 'blank'; lostMarks?: true }
  /** A number as written. `value` is exact for integers; 万元 amounts may carry decimals. */
  | {
      kind: 'number';
      value: number;
      /** the digits as written, normalised to ASCII */
      digits: string;
      /** text written beside the number, e.g. "（其中修订16件）" */
      note?: string;
      /**
       * "?" or "�" stood beside the digits ("?0", "30?"): a character lost when the text was saved
       * or decoded in an encoding that could not hold it (a no-break space saved as GBK). Read as the number.
       */
      lostMarks?: true;
    }
  /** Anything else: "/", "—", "无", or words. */
  | { kind: 'text'; text: string };

export interface Cell {
  span: Span;
  /** The cell's text exactly as it stands in the document (without the layout's separators). */
  raw: string;
  value: CellValue;
  /** True when the cell boundary was not in the text and was recovered from the table's relations. */
  recovered?: boolean;
}

/** One row of a table as read, bound to the format's row by its label. */
export interface TableRow {
  /** The format's key for the row (e.g. `B.3.3.5` for 三（三）5). */
  key: string;
  /** The format's own label, as written in FORMAT.md. */
  label: string;
  /** Where the label stands in the text and how it was written there (null when it was implied). */
  labelSpan: Span | null;
  labelText: string;
  /** The cells in the format's column order; as many as the format has columns when the row is complete. */
  cells: Cell[];
  /** How many values the format wants in this row. */
  expected: number;
  /** Values beyond the format's columns. */
  extra: Cell[];
  /**
   * Cells missing from the text and read as blank, because every value present is 0 and the row
   * reads the same wherever they were lost. Such cells have an empty span after the last cell.
   */
  lost: number;
  /**
   * Set when the row's digits ran together ("21710000218") and were split again from the table's
   * relations: `splits` is how many splits fit (1: its cells are recovered; 0 or more than 1: the
   * row could not be read; -1: too many ways to try). `numbersRead`: how many numbers (values
   * written, not blank) the row held as read, before the split (fewer than its columns when numbers
   * ran together, more when a number's digits stood apart, as in PDF text spaced character by character).
   * No split fits the relations, and the row is still read (`splits` is 1; the relations say which
   * number is wrong): `byDigitsAlone` when its digits cut into the columns one way only
   * ("1000002"), `oneNumberWrong` when exactly one cut makes every relation hold once one number
   * is corrected ("640020471": 64 0 0 2 0 4 71, the total one too many). `numbersAt`, for a row
   * that could not be read: where its numbers stood as written (the cells as read before the split
   * was tried), since `cells` is then empty.
   */
  digitsRunTogether?: { splits: number; numbersRead: number; byDigitsAlone?: true; oneNumberWrong?: true; numbersAt?: Span[] };
  /**
   * Set when the row's label was not found beside its numbers and the numbers were placed by the
   * format's order (bindRows.ts placeByOrder): labels listed apart from their numbers, or worded
   * past recognition. `labelSpan` is then where the label stood, if it was found at all.
   */
  placedByOrder?: boolean;
}

export type TableLayout =
  | 'cell-per-line'
  | 'tab'
  | 'pipe'
  | 'markdown'
  | 'spaces'
  | 'html';

export interface ReadTable {
  id: TableId;
  /** The table: from its first line (caption or header) to the last label or cell read into its rows. */
  span: Span;
  /**
   * The lines the table's region took (parse/regions.ts), which may run past `span` over lines
   * no row took (a row whose label was not recognised, a note, a blank line): none of them is a
   * heading, and a label typed there belongs to the table.
   */
  region: Span;
  layout: TableLayout;
  /** Rows bound to the format, in the format's order; rows not found are absent. */
  rows: TableRow[];
  /** The format's column keys, in order (table A: per block, so empty here). */
  columns: string[];
  /**
   * Numbers in the table that no row of the format took, so not checked (table/unread says so):
   * a row written twice, a row the format does not have. Absent when there are none.
   */
  unplaced?: UnplacedNumbers[];
}

/** A table written again after another table: where it stands (its lines), not read. */
export interface RepeatedTable {
  table: TableId;
  /** From the line that opens it again to the last line before prose, a heading or the next table. */
  span: Span;
}

export interface UnplacedNumbers {
  /** From the words before the numbers (or the first number) to the last number. */
  span: Span;
  /** The words that stood before the numbers in their row, as written; null when none did. */
  label: string | null;
  /** The numbers as written. */
  values: string[];
  /** The key of the row the words name when that row was read already (a row written twice); null otherwise. */
  repeats: string | null;
}

// ---------------------------------------------------------------------------------------------
// Relations between cells (table B and C arithmetic)

export interface CellRef {
  table: TableId;
  row: string;
  column: number;
}

/** One concrete relation: sum(left) must equal sum(right). */
export interface RelationInstance {
  /** e.g. `row-total`, `column-total`, `balance` (一 + 二 = （七） + 四), `group-total`. */
  kind: 'row-total' | 'column-total' | 'balance' | 'group-total';
  left: CellRef[];
  right: CellRef[];
  /** Human-readable name of the relation, e.g. "（七）总计 · 自然人 = 各项之和". */
  name: Message;
}

// ---------------------------------------------------------------------------------------------
// The document around the tables (filled by the parsers of headings, dates and prose)

export interface Heading {
  span: Span;
  /** 1 for 一、…六、, 2 for （一）…, 3 for 1. 1、 */
  level: 1 | 2 | 3;
  /** The numeral as written ("一、", "5、", "（二）", "(二)") and its value (1-based), null if unnumbered. */
  numberText: string | null;
  number: number | null;
  /** Where the numeral stands (without the spaces after it), for fixes that renumber. */
  numberSpan: Span | null;
  /** 'chinese' 一、, 'paren' （一）, 'arabic' 1. 1、 — "5、" on a section is a numbering fault. */
  numberStyle: 'chinese' | 'paren' | 'arabic' | null;
  /** The heading's words without the numeral. */
  title: string;
  /** For level 1: which of the six sections it is (1…6), or null when the title is not recognised. */
  section: number | null;
}

export interface Section {
  /** 1…6, the statutory section. */
  number: number;
  heading: Heading;
  /** From the heading to the next section heading or the end. */
  span: Span;
}

export interface DateMention {
  span: Span;
  year: number;
  month: number | null;
  day: number | null;
  /** The weekday written beside the date (0 = Sunday), with where it stands. */
  weekday: { value: number; span: Span } | null;
  /** How the date is used: a publication date line, part of the statistics period, or prose. */
  role: 'publication' | 'period-start' | 'period-end' | 'text';
  /** Set on both ends of a range ("2021年1月1日至12月31日"); an end directly follows its start in `dates`. */
  range?: 'start' | 'end';
  /** True when the year was not written but taken from the range's start ("至12月31日"). */
  yearImplied?: boolean;
}

export interface YearEvidence {
  year: number;
  /** The year as written. */
  span: Span;
  source: 'title' | 'period' | 'text';
  /** For the title: the lines it stands on, two when it wraps ("2024年某某局政府信息公开工作" over "年度报告"). */
  lines?: Span;
}

/** Who published the report, as the text names it (parse/agency.ts). */
export interface Agency {
  /** Normalised (widths, spaces, punctuation), without the year and the report's subject. */
  name: string;
  /** The line it was read from. */
  span: Span;
  /** `header`: the first line, above a date line, of a text with no title (a web page's head: "天津市河北区人民政府" over "2019年12月3日"). */
  source: 'title' | 'above-title' | 'metadata' | 'header' | 'signature';
}

export interface Report {
  text: string;
  /**
   * The text as it is read for meaning, one character for one (offsets are those of `text`):
   * full-width ASCII half-width, ideographic and no-break spaces plain, look-alike radicals
   * ("⼀", "⾏") the characters they stand for (text/radicals.ts). Made once per analysis.
   */
  halfWidth: string;
  /**
   * Where the text holds characters that look like Chinese characters and are not (Kangxi radicals,
   * compatibility ideographs: text/radicals.ts), each run of them; `halfWidth` and everything read
   * has them as the characters they stand for. Empty for most reports.
   */
  radicals: Span[];
  /** `halfWidth` with years in Chinese numerals ("二〇二一年") in ASCII digits, one for one: what dates are read from. */
  dateText: string;
  /**
   * The format the tables are read on, with the labels that show a format. `version` is the format
   * of tables B and C (and of the report, for its next year's draft and its outline); `tableA` is
   * set when table A's own labels show the other format (a table pasted from the other year's
   * template): it was read on that one.
   */
  format: { version: FormatVersion | null; evidence: { version: FormatVersion; label: string; span: Span }[]; tableA?: FormatVersion };
  /** The report year and where it was read (title first, then the statistics period). */
  year: number | null;
  yearEvidence: YearEvidence[];
  /** The agency the report is by, when the text names it. */
  agency: Agency | null;
  headings: Heading[];
  sections: Section[];
  tables: { A: ReadTable | null; B: ReadTable | null; C: ReadTable | null };
  /**
   * Tables written again after the tables were read (a report or a table pasted twice), in text
   * order: their lines are left out of the prose and the headings, and are not read.
   */
  repeatedTables: RepeatedTable[];
  /** Shared by reports of the same shape (parse/relations.ts): read-only. */
  relations: readonly RelationInstance[];
  dates: DateMention[];
}

export interface Analysis {
  report: Report;
  findings: Finding[];
  /** Milliseconds spent, for the status item and the bench. */
  elapsedMs: number;
}
