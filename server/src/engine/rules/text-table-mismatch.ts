// text/table-mismatch: the prose states a count that the tables contradict: of applications, handled
// applications, carry-over, outcomes, 行政复议 or 行政诉讼 against tables B and C ("共受理申请4件" while
// table B counts 3; "未收到申请" while table B has 1; "其中予以公开5件" while （一）予以公开 has 4;
// "全年无行政复议" while table C has cases); of 规章 and 行政规范性文件 made, repealed or in force
// against table A's first block ("制发行政规范性文件5件" while 本年制发件数 is 4).
// What the prose says is read by parse/prose.ts, which reads only unambiguous wording.
import type { Cell, CellRef, Message, Related, Report } from '../model.ts';
import {
  AREA_SCOPE,
  normIndex,
  readDocumentStatements,
  readStatements,
  type DocumentKind,
  type DocumentMeasure,
  type DocumentStatement,
  type Measure,
  type Outcome,
  type Sentence,
  type Statement,
} from '../parse/prose.ts';
import { cellAt, cellName, columnName, formatOf, numberRowsOfReadB, rowName, rowOf, tableABlockOf } from '../tableLookup.ts';
import { finding } from './finding.ts';
import { guessReportKind } from './reportKind.ts';
import type { Rule } from './types.ts';

/** Table B's 总计 column and the six columns it sums. */
const B_TOTAL = 6;
const B_PARTS = [0, 1, 2, 3, 4, 5];
/** Table C's total columns per group and the four columns each sums. */
const C_GROUPS = { review: 4, direct: 9, after: 14 };

const measureWords: Record<Measure, Message> = {
  new: { zh: '本年新收申请', en: 'new applications' },
  handled: { zh: '办结申请', en: 'applications handled' },
  carried: { zh: '上年结转申请', en: 'applications carried over from last year' },
  pending: { zh: '结转下年度申请', en: 'applications carried into next year' },
  review: { zh: '行政复议', en: 'administrative reviews' },
  litigation: { zh: '行政诉讼', en: 'lawsuits' },
  open: { zh: '予以公开', en: 'applications granted in full (予以公开)' },
  partial: { zh: '部分公开', en: 'applications granted in part (部分公开)' },
  withheld: { zh: '不予公开', en: 'applications refused (不予公开)' },
  unable: { zh: '无法提供', en: 'applications whose information could not be provided (无法提供)' },
  rejected: { zh: '不予处理', en: 'applications not handled (不予处理)' },
  other: { zh: '其他处理', en: 'applications with another outcome (其他处理)' },
};

/** What a negation of a measure says ("未收到…申请", "无…复议"): prose.ts reads negations of these only. */
const negatedMeasureWords: Partial<Record<Measure, Message>> = {
  new: { zh: '本年未收到申请', en: 'no new applications were received' },
  review: { zh: '没有行政复议', en: 'there were no administrative reviews' },
  litigation: { zh: '没有行政诉讼', en: 'there were no lawsuits' },
};

const documentWords: Record<DocumentKind, Message> = {
  rules: { zh: '规章', en: 'rules (规章)' },
  normative: { zh: '行政规范性文件', en: 'normative documents (行政规范性文件)' },
};
const documentMeasureWords: Record<DocumentMeasure, Message> = {
  issued: { zh: '本年制发', en: 'issued this year' },
  repealed: { zh: '本年废止', en: 'repealed this year' },
  valid: { zh: '现行有效', en: 'in force' },
};
/** What a negation says was not done ("未制发", "未废止"); prose.ts reads no negation of 现行有效. */
const negatedWords: Partial<Record<DocumentMeasure, Message>> = {
  issued: { zh: '制发', en: 'issued' },
  repealed: { zh: '废止', en: 'repealed' },
};
/**
 * Table A's columns by what the prose says, per format: the 2019 format's 本年新制作数量 is what was
 * made; its 本年新公开数量 and 对外公开总数量 are no count of repealed or valid documents.
 */
const DOCUMENT_COLUMNS: Record<DocumentMeasure, string[]> = { issued: ['issued', 'made'], repealed: ['repealed'], valid: ['valid'] };
const DOCUMENT_ROWS: Record<DocumentKind, string> = { rules: 'a1.rules', normative: 'a1.normative' };

/** What the tables say for a measure: the values the prose may state, and the cells that hold them. */
interface TableCount {
  /** Every reading the prose may match (the printed total, the sum of its parts, …). */
  accepted: Set<number>;
  /** The printed value named in the message. */
  shown: number;
  cells: { ref: CellRef; cell: Cell }[];
  /** What the message calls the cells, when not their names (the items of a group row). */
  label?: Message;
}

export const textTableMismatch: Rule = {
  id: 'text/table-mismatch',
  severity: 'warning',
  description: {
    zh: '正文中关于申请数、办结数、结转数、办理结果、行政复议和行政诉讼数，或规章、行政规范性文件制发、废止和现行有效件数的表述与表格不一致。',
    en: 'A count the text states about applications, handling, carry-over, outcomes, reviews or lawsuits, or about rules and normative documents issued, repealed or in force, disagrees with the tables.',
  },
  check(report, context) {
    const { A, B, C } = report.tables;
    if (!A && !B && !C) return [];
    // The disagreements of each sentence, by where it starts: one finding a sentence.
    const bySentence = new Map<number, { sentence: Sentence; disagreements: { message: Message; table: TableCount }[] }>();
    const add = (sentence: Sentence, message: Message, table: TableCount) => {
      const entry = bySentence.get(sentence.span.start) ?? { sentence, disagreements: [] };
      entry.disagreements.push({ message, table });
      bySentence.set(sentence.span.start, entry);
    };
    // In a department's report, what a sentence says after "全区…" is the area's, not the department's.
    const department = (context.options.reportKind ?? guessReportKind(report)) === 'department';
    if (B || C) {
      for (const { sentence, statements } of readStatements(report)) {
        const seen = new Set<Measure>();
        for (const statement of statements) {
          if (seen.has(statement.measure)) continue;
          if (department && AREA_SCOPE.test(sentence.norm.slice(0, normIndex(sentence, statement.span.start)))) continue;
          const table = tableCount(report, statement.measure);
          if (!table || table.accepted.has(statement.value)) continue;
          seen.add(statement.measure);
          add(sentence, describe(report, statement, table), table);
        }
      }
    }
    // Statements about table A name no wider scope (prose.ts leaves out every sentence that does):
    // they are compared in every kind of report.
    if (A) {
      for (const { sentence, statements } of readDocumentStatements(report)) {
        for (const statement of statements) {
          const table = documentCount(report, statement);
          if (table && !table.accepted.has(statement.value)) add(sentence, describeDocument(report, statement, table), table);
        }
      }
    }
    const findings = [];
    for (const { sentence, disagreements } of [...bySentence.values()].sort((a, b) => a.sentence.span.start - b.sentence.span.start)) {
      const related: Related[] = disagreements.flatMap(({ table }) =>
        table.cells.map(({ ref, cell }) => {
          const name = cellName(report, ref);
          const value = cellValue(cell);
          return {
            message: { zh: `${name.zh}：${value ?? cell.raw}`, en: `${name.en}: ${value ?? cell.raw}` },
            span: cell.span.end > cell.span.start ? cell.span : (rowOf(report, ref.table, ref.row)?.labelSpan ?? cell.span),
          };
        }),
      );
      findings.push(
        finding(
          textTableMismatch,
          {
            zh: `正文与表格不一致：${disagreements.map((d) => d.message.zh).join('；')}。`,
            en: `The text disagrees with the tables: ${disagreements.map((d) => d.message.en).join('; ')}.`,
          },
          sentence.span,
          { related },
        ),
      );
    }
    return findings;
  },
};

/**
 * Table A's cell for a statement of 规章 or 行政规范性文件: its row and the column of what it counts,
 * when the format of the table read has that column and the cell holds a whole number alone (a
 * blank, "/", words or a note beside the number are no count to compare with).
 */
function documentCount(report: Report, statement: DocumentStatement): TableCount | null {
  const row = DOCUMENT_ROWS[statement.kind];
  const columns = tableABlockOf(formatOf(report, 'A'), row)?.columns ?? [];
  const column = columns.findIndex((c) => DOCUMENT_COLUMNS[statement.measure].includes(c.key));
  if (column < 0) return null;
  const ref: CellRef = { table: 'A', row, column };
  const cell = cellAt(report, ref);
  // A note beside the number ("5（其中修订16件）") may say it counts otherwise than the prose.
  if (!cell || cell.value.kind !== 'number' || !Number.isInteger(cell.value.value) || cell.value.note) return null;
  return { accepted: new Set([cell.value.value]), shown: cell.value.value, cells: [{ ref, cell }] };
}

function describeDocument(report: Report, statement: DocumentStatement, table: TableCount): Message {
  const name = cellName(report, table.cells[0]!.ref);
  const what = documentMeasureWords[statement.measure];
  // The kind in the prose's words: a 2019 report's "规范性文件" is not quoted as "行政规范性文件".
  const kind = { zh: statement.name || documentWords[statement.kind].zh, en: documentWords[statement.kind].en };
  // "未制发规章" is said as the prose says it: "本年制发规章0件" would quote words it does not have.
  const none = statement.negated ? negatedWords[statement.measure] : undefined;
  if (none) {
    return {
      zh: `正文称本年未${none.zh}${kind.zh}，而表一${name.zh}为${table.shown}`,
      en: `the text says no ${kind.en} were ${none.en} this year, while table A ${name.en} has ${table.shown}`,
    };
  }
  return {
    zh: `正文称${what.zh}${kind.zh}${statement.value}件，而表一${name.zh}为${table.shown}`,
    en: `the text says ${kind.en} ${what.en}: ${statement.value}, while table A ${name.en} has ${table.shown}`,
  };
}

function describe(report: Report, statement: Statement, table: TableCount): Message {
  const what = measureWords[statement.measure];
  const names = table.cells.map(({ ref }) => cellName(report, ref));
  const tableZh = table.cells[0]?.ref.table === 'C' ? '表三' : '表二';
  const tableEn = table.cells[0]?.ref.table === 'C' ? 'table C' : 'table B';
  const cellsZh = table.label ? table.label.zh : names.length > 1 ? `${names.map((n) => n.zh.replace(/^表三/, '')).join('与')}之和` : (names[0]?.zh.replace(/^表三/, '') ?? '');
  const cellsEn = names.length > 1 ? `the sum of ${names.map((n) => n.en.replace(/^table C /, '')).join(' and ')}` : (names[0]?.en.replace(/^table C /, '') ?? '');
  // A blank cell is read as 0, and said to be blank: "为0" would name a number the table does not print.
  const blank = table.cells.length === 1 && table.cells[0]!.cell.value.kind === 'blank';
  // "未收到申请" is said as the prose says it: "本年新收申请0件" would quote words it does not have.
  const none = statement.negated ? negationWords(statement) : undefined;
  const saysZh = none ? none.zh : `${what.zh}${statement.value}件`;
  const saysEn = none ? none.en : `${statement.value} ${what.en}`;
  return {
    zh: `正文称${saysZh}，而${tableZh}${cellsZh}为${blank ? '空白（按 0 计）' : table.shown}`,
    en: table.label
      ? `the text says ${saysEn}, while ${table.label.en} in ${tableEn} is ${table.shown}`
      : `the text says ${saysEn}, while ${tableEn} ${cellsEn} ${blank ? 'is blank (read as 0)' : `has ${table.shown}`}`,
  };
}

/** A negation as the prose says it: "本年未受理申请" where it says 未受理, not 未收到 (受理 is its word). */
function negationWords(statement: Statement): Message | undefined {
  const words = negatedMeasureWords[statement.measure];
  if (!words || statement.measure !== 'new' || !statement.negation) return words;
  return { zh: `本年${statement.negation}申请`, en: words.en };
}

/** A cell as a count: a number, or 0 when blank (blank cells mean 0 in these tables); null otherwise. */
function cellValue(cell: Cell | null): number | null {
  if (!cell) return null;
  if (cell.value.kind === 'number') return Number.isInteger(cell.value.value) ? cell.value.value : null;
  return cell.value.kind === 'blank' ? 0 : null;
}

/**
 * A total and the sum of its parts. Both are accepted: when they differ, the table is wrong and
 * the table rules say so; the prose may follow either.
 */
function totalOf(report: Report, table: 'B' | 'C', row: string, total: number, parts: number[]): TableCount | null {
  const ref: CellRef = { table, row, column: total };
  const cell = cellAt(report, ref);
  const printed = cellValue(cell);
  if (!cell || printed === null) return null;
  const accepted = new Set([printed]);
  const partValues = parts.map((column) => cellValue(cellAt(report, { table, row, column })));
  if (partValues.every((v) => v !== null)) accepted.add(partValues.reduce((a: number, b) => a + (b ?? 0), 0));
  return { accepted, shown: printed, cells: [{ ref, cell }] };
}

function tableCount(report: Report, measure: Measure): TableCount | null {
  const b = (row: string) => (report.tables.B ? totalOf(report, 'B', row, B_TOTAL, B_PARTS) : null);
  const c = (group: keyof typeof C_GROUPS) => {
    const total = C_GROUPS[group];
    return report.tables.C ? totalOf(report, 'C', 'C', total, [total - 4, total - 3, total - 2, total - 1]) : null;
  };
  switch (measure) {
    case 'new': {
      // "受理/收到…申请N件" may count last year's carry-over with this year's applications.
      const fresh = b('new');
      const carried = b('carried');
      if (!fresh) return null;
      if (carried) for (const v of [...fresh.accepted]) for (const w of carried.accepted) fresh.accepted.add(v + w);
      return fresh;
    }
    case 'handled':
      return b('total');
    case 'carried':
      return b('carried');
    case 'pending':
      return b('pending');
    case 'review':
      return c('review');
    case 'litigation': {
      const direct = c('direct');
      const after = c('after');
      if (!direct || !after) return null;
      return { accepted: sums(direct, after), shown: direct.shown + after.shown, cells: [...direct.cells, ...after.cells] };
    }
    case 'open': {
      // "予以公开" may be said of what was given in part too.
      const open = outcomeCount(report, 'open');
      const partial = outcomeCount(report, 'partial');
      if (open && partial) for (const v of sums(open, partial)) open.accepted.add(v);
      return open;
    }
    default:
      return outcomeCount(report, measure);
  }
}

/** Every sum of a reading of one count and a reading of the other. */
function sums(a: TableCount, b: TableCount): Set<number> {
  const out = new Set<number>();
  for (const v of a.accepted) for (const w of b.accepted) out.add(v + w);
  return out;
}

/**
 * An outcome's count in table B's 总计 column: its row's, or for a group (（三）不予公开, （四）无法提供,
 * （五）不予处理, a 2021 report's （六）其他处理) the sum of its items' — or of the group's own row when
 * the report prints it alone. Nothing when a row it needs was not read whole.
 */
function outcomeCount(report: Report, outcome: Outcome): TableCount | null {
  const table = report.tables.B;
  if (!table) return null;
  const rows = numberRowsOfReadB(report, table).filter((r) => r.key === outcome || r.parent === outcome);
  const counts = rows.map((r) => totalOf(report, 'B', r.key, B_TOTAL, B_PARTS));
  if (counts.length === 0 || counts.some((c) => c === null)) return null;
  let sum = counts[0]!;
  for (const next of counts.slice(1) as TableCount[]) {
    sum = { accepted: sums(sum, next), shown: sum.shown + next.shown, cells: [...sum.cells, ...next.cells] };
  }
  if (rows.length === 1 && rows[0]!.key === outcome) return sum;
  const row = rowName(report, 'B', outcome);
  const column = columnName(report, 'B', B_TOTAL);
  return { ...sum, label: { zh: `「${row}」各项「${column}」列之和`, en: `the sum of column "${column}" over the items of "${row}"` } };
}
