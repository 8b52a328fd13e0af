// What the cross-report checks need of a report, and nothing more: small enough to keep for
// thousands of reports in a batch and to pass between worker threads. Spans are in the report's
// own text, so findings can stand there.
import type { Report, Span } from '../model.ts';
import { cellAt, tablesRead } from '../tableLookup.ts';
import { agencyOf } from './agency.ts';
import { baseName } from './paths.ts';

export interface NumberCell {
  value: number;
  span: Span;
}

export interface ReportDigest {
  /** The file's path or name, as the user knows it. */
  name: string;
  agency: string | null;
  year: number | null;
  format: '2019' | '2021' | null;
  /** Table B's 二、上年结转 and 四、结转下年度继续办理, per column (null: not a number). */
  carried: (NumberCell | null)[];
  pending: (NumberCell | null)[];
  /** Table A 第二十条第（一）项 rows (规章, 行政规范性文件): [issued, repealed, valid]. */
  documents: Record<string, (NumberCell | null)[]>;
  /**
   * The prose as sentence fingerprints (numbers masked) and each sentence's length, in two packed
   * arrays of the same size: a batch keeps thousands of digests.
   */
  sentences: { hashes: Uint32Array; lengths: Uint32Array };
  /** The first line, where report-wide findings stand. */
  firstLine: Span;
}

const DOCUMENT_ROWS = ['a1.rules', 'a1.normative'];
/** Sentences shorter than this (headings, "无。") say nothing about reuse. */
export const MIN_SENTENCE = 8;

export function digestOf(report: Report, name: string): ReportDigest {
  const columns = report.tables.B?.columns.length ?? 0;
  const row = (table: 'A' | 'B', key: string, count: number) =>
    Array.from({ length: count }, (_, column) => {
      const cell = cellAt(report, { table, row: key, column });
      return cell?.value.kind === 'number' ? { value: cell.value.value, span: cell.span } : null;
    });
  return {
    name,
    agency: agencyOf(report, baseName(name)),
    year: report.year,
    format: report.format.version,
    carried: row('B', 'carried', columns),
    pending: row('B', 'pending', columns),
    documents: Object.fromEntries(DOCUMENT_ROWS.map((key) => [key, row('A', key, 3)])),
    sentences: sentencesOf(report),
    firstLine: firstLine(report.text),
  };
}

/**
 * The prose, without tables and headings (they are the same every year by design), cut into
 * sentences with numbers masked: a reused report usually has its years and counts updated. Each
 * stretch of prose between them is cut on its own (a sentence never runs across one), and only
 * each sentence's fingerprint and length kept: the prose joined into one string and all its
 * sentences kept until the end were most of the digest's time on a text of many headings.
 */
function sentencesOf(report: Report): ReportDigest['sentences'] {
  const tables = tablesRead(report.tables).map((t) => t.region);
  const fixed = [...tables, ...report.headings.map((h) => h.span)].sort((a, b) => a.start - b.start);
  const hashes: number[] = [];
  const lengths: number[] = [];
  const add = (from: number, to: number) => {
    // Masking never lengthens a sentence: a stretch too short for one (a line end between two headings) is passed over.
    if (to - from < MIN_SENTENCE) return;
    // The text as read for meaning (halfWidth): a sentence kept in look-alike radicals or full-width
    // digits one year and in plain characters the next is the same sentence.
    for (const sentence of report.halfWidth.slice(from, to).split(SENTENCE_END)) {
      const masked = maskedSentence(sentence);
      if (masked.length < MIN_SENTENCE) continue;
      hashes.push(fingerprint(masked));
      lengths.push(masked.length);
    }
  };
  let cursor = 0;
  for (const span of fixed) {
    if (span.start > cursor) add(cursor, span.start);
    cursor = Math.max(cursor, span.end);
  }
  add(cursor, report.text.length);
  return { hashes: Uint32Array.from(hashes), lengths: Uint32Array.from(lengths) };
}

/** Where sentences end (and lines: a heading or a list item is a sentence of its own). */
export const SENTENCE_END = /[。！？!?；;\r\n]+/;

/** A sentence as compared across years: without spaces, its numbers masked (#), in one pass. */
export function maskedSentence(s: string): string {
  return maskNumbers(s.replace(/[\s\u3000\u00a0]+/g, ''));
}

/** Per UTF-16 unit: NUMERAL for a character of a number in digits or Chinese numerals, UNIT for what may end one that counts something, DIGIT for a digit. */
const NUMERAL = 1;
const UNIT = 2;
const DIGIT = 4;
const classes = new Uint8Array(0x10000);
for (const c of '〇零一二三四五六七八九十百千万.．') classes[c.charCodeAt(0)]! |= NUMERAL;
for (const c of '0123456789０１２３４５６７８９') classes[c.charCodeAt(0)]! |= NUMERAL | DIGIT;
for (const c of '年月日件条个项次%％万') classes[c.charCodeAt(0)]! |= UNIT;
const is = (text: string, at: number, kind: number) => at < text.length && (classes[text.charCodeAt(at)]! & kind) !== 0;

/**
 * Each number before a unit ("2021年", "三件", "5万") and every run of digits becomes "#". Each run
 * of numerals is read once, as a whole, character by character: a pattern that looked ahead for the
 * unit from each of its characters took time growing with the square of its length (25 000 digits:
 * 1.5 s), and a replace with a callback was most of the digest's time.
 */
export function maskNumbers(sentence: string): string {
  return replaceRuns(sentence, NUMERAL, (run, end) => {
    // Before a unit as a whole; else its longest part before a 万 inside it is ("三万人": "#万人").
    const before = is(sentence, end, UNIT) ? run.length : run.lastIndexOf('万');
    return (before > 0 ? '#' : '') + replaceRuns(before > 0 ? run.slice(before) : run, DIGIT, () => '#');
  });
}

/**
 * `text` with each run of characters of class `kind` replaced by what `replace` makes of it (given
 * the run and where it ends in `text`), in one pass; `text` itself when it holds no such run.
 */
function replaceRuns(text: string, kind: number, replace: (run: string, end: number) => string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length;) {
    if (!is(text, i, kind)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (is(text, end, kind)) end++;
    out += text.slice(kept, i) + replace(text.slice(i, end), end);
    kept = end;
    i = end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** FNV-1a over UTF-16 code units: equal sentences, equal fingerprints (collisions are harmless here). */
export function fingerprint(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function firstLine(text: string): Span {
  const start = Math.max(0, text.search(/\S/));
  return { start, end: start + text.slice(start).search(/\r|\n|$/) };
}
