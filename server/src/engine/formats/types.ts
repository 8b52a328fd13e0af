// The shape of a report format as data: its three tables, their rows and columns, the label
// variants seen in real reports, the relations between cells, and what each row means.
// The 2019 and 2021 formats (format2019.ts, format2021.ts) are values of these types, validated
// with zod in test/unit/formats.test.ts.
import type { FormatVersion, Message } from '../model.ts';

export interface ColumnDef {
  key: string;
  /** The format's own label. */
  label: string;
  /** Other ways real reports write it (cut short, split, older wording). */
  variants?: string[];
}

/** What a row counts and the article of the 条例 it rests on, for hover. */
export interface Explanation {
  article: string;
  text: Message;
}

export interface RowDef {
  key: string;
  /** The format's own label as written in FORMAT.md, without its numbering. */
  label: string;
  /** The numbering the format prints before the label: "一、", "（一）", "1.", or "" for none. */
  numbering: string;
  /** Other ways real reports write the label. */
  variants?: string[];
  /** A heading row that carries no numbers (三、本年度办理结果, （三）不予公开). */
  group?: boolean;
  /**
   * A group row that a report may fill with numbers instead of its sub-rows (a 2021 report that
   * keeps （六）其他处理 as one row). Its numbers then stand for the sum of its sub-rows.
   */
  mayAggregate?: boolean;
  /** The key of the group row this row belongs to. */
  parent?: string;
  explain?: Explanation;
}

export interface TableABlockDef {
  key: string;
  /** "第二十条第（一）项" */
  caption: string;
  /** The item of 第二十条 as a number (1, 5, 6, 8, 9) */
  item: number;
  columns: ColumnDef[];
  rows: RowDef[];
}

/**
 * A relation as data. Every instance says: the sum of the left cells equals the sum of the right.
 * - row-total: in every row with numbers, `total` column = sum of the `parts` columns.
 * - column-total: in every column, `total` row = sum of the leaf rows under `under`.
 * - balance: in every column, sum of `left` rows = sum of `right` rows.
 * - group-total (table C): in one row, column `total` = sum of the `parts` columns.
 */
export type RelationDef =
  | { kind: 'row-total'; total: string; parts: string[] }
  | { kind: 'column-total'; total: string; under: string }
  | { kind: 'balance'; left: string[]; right: string[] }
  | { kind: 'group-total'; name: Message; total: string; parts: string[] };

export interface TableBDef {
  columns: ColumnDef[];
  rows: RowDef[];
  relations: RelationDef[];
}

export interface TableCDef {
  /** 15 columns: 行政复议 ×5, 行政诉讼 未经复议直接起诉 ×5, 复议后起诉 ×5. */
  columns: ColumnDef[];
  /** Header texts that open the table. */
  headers: string[];
  relations: RelationDef[];
}

export interface FormatDef {
  version: FormatVersion;
  /** The document that sets the format. */
  source: string;
  /** Labels found only in this format: any of them marks it. */
  markers: string[];
  tableA: { blocks: TableABlockDef[] };
  tableB: TableBDef;
  tableC: TableCDef;
}
