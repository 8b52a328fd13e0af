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
  // Each sentence's masked characters go straight into its fingerprint: no string is made for a
  // sentence (on a long text, the strings of every sentence were most of the digest's garbage).
  let hash = FNV_START;
  let length = 0;
  const char = (code: number) => {
    hash = fnvStep(hash, code);
    length++;
  };
  const end = () => {
    if (length >= MIN_SENTENCE) {
      hashes.push(hash >>> 0);
      lengths.push(length);
    }
    hash = FNV_START;
    length = 0;
  };
  const add = (from: number, to: number) => {
    // Masking never lengthens a sentence: a stretch too short for one (a line end between two headings) is passed over.
    if (to - from < MIN_SENTENCE) return;
    // The text as read for meaning (halfWidth): a sentence kept in look-alike radicals or full-width
    // digits one year and in plain characters the next is the same sentence.
    walkMasked(report.halfWidth, from, to, true, char, end);
  };
  let cursor = 0;
  for (const span of fixed) {
    if (span.start > cursor) add(cursor, span.start);
    cursor = Math.max(cursor, span.end);
  }
  add(cursor, report.text.length);
  return { hashes: Uint32Array.from(hashes), lengths: Uint32Array.from(lengths) };
}

/** A sentence as compared across years: without spaces, its numbers masked (#). */
export function maskedSentence(s: string): string {
  const codes: number[] = [];
  walkMasked(s, 0, s.length, false, (code) => codes.push(code), () => undefined);
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/**
 * Per UTF-16 unit: NUMERAL for a character of a number in digits or Chinese numerals, UNIT for
 * what may end one that counts something, DIGIT for a digit, SPACE for what a sentence is compared
 * without (as /\s/, and the ideographic and no-break spaces), END for what ends a sentence.
 */
const NUMERAL = 1;
const UNIT = 2;
const DIGIT = 4;
const SPACE = 8;
const END = 16;
const classes = new Uint8Array(0x10000);
for (const c of '〇零一二三四五六七八九十百千万.．') classes[c.charCodeAt(0)]! |= NUMERAL;
for (const c of '0123456789０１２３４５６７８９') classes[c.charCodeAt(0)]! |= NUMERAL | DIGIT;
for (const c of '年月日件条个项次%％万') classes[c.charCodeAt(0)]! |= UNIT;
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') classes[c.charCodeAt(0)]! |= SPACE;
for (let c = 0x2000; c <= 0x200a; c++) classes[c]! |= SPACE;
for (const c of '。！？!?；;\r\n') classes[c.charCodeAt(0)]! |= END;
const WAN = '万'.charCodeAt(0);
const HASH = '#'.charCodeAt(0);

/**
 * Walks text[from, to) and gives `char` each character of its sentences as compared across years
 * — spaces left out; each number before a unit ("2021年", "三件", "5万") and every run of digits
 * as "#" (a number with 万 inside and no unit after: "#" for its part before the last 万) — and
 * calls `end` after each sentence (with `split`, every mark in END ends one; without, the whole
 * span is one). In one pass, character by character: a pattern that looked ahead for the unit
 * from each numeral took time growing with the square of a run's length (25 000 digits: 1.5 s),
 * and a string made for each sentence and each run was most of the digest's time and garbage.
 */
export function walkMasked(text: string, from: number, to: number, split: boolean, char: (code: number) => void, end: () => void): void {
  const ends = split ? END : 0;
  const digitsFrom = (start: number, last: number) => {
    // The numerals start…last (spaces between them left out), each run of digits as one "#".
    let inDigits = false;
    for (let p = start; p <= last; p++) {
      const kind = classes[text.charCodeAt(p)]!;
      if (kind & SPACE) continue;
      if (kind & DIGIT) {
        if (!inDigits) char(HASH);
        inDigits = true;
      } else {
        inDigits = false;
        char(text.charCodeAt(p));
      }
    }
  };
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    const kind = classes[code]!;
    if (kind & ends) {
      end();
      i++;
    } else if (kind & SPACE) i++;
    else if (kind & NUMERAL) {
      // The run of numerals from i (spaces inside it left out), its last 万, and what follows it.
      let last = i;
      let wan = -1;
      let next = i + 1;
      for (; next < to; next++) {
        const k = classes[text.charCodeAt(next)]!;
        if (k & ends) break;
        if (k & SPACE) continue;
        if (!(k & NUMERAL)) break;
        last = next;
        if (text.charCodeAt(next) === WAN) wan = next;
      }
      const beforeUnit = next < to && (classes[text.charCodeAt(next)]! & (ends | UNIT)) === UNIT;
      if (beforeUnit) char(HASH);
      else if (wan > i) {
        char(HASH);
        digitsFrom(wan, last);
      } else digitsFrom(i, last);
      i = last + 1;
    } else {
      char(code);
      i++;
    }
  }
  end();
}

/** FNV-1a over UTF-16 code units: equal sentences, equal fingerprints (collisions are harmless here). */
export function fingerprint(s: string): number {
  let h = FNV_START;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}

const FNV_START = 0x811c9dc5;
const fnvStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

function firstLine(text: string): Span {
  const start = Math.max(0, text.search(/\S/));
  return { start, end: start + text.slice(start).search(/\r|\n|$/) };
}
