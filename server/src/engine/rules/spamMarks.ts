// Which spam terms a text may hold, by their marks (spamTerms.ts), found in one pass over the text.
// Searching the text once for each term's marks was most of text/spam, itself the costliest rule on
// the seeds (7 passes, ~40 µs a report); one expression of all the marks was slower still (irregexp
// tries its many alternatives at each character). Here each character is looked up in a table of
// the characters that find a mark (its first, or for \dbet its first letter), and only where one
// may stand are its units compared.

import { SPAM_TERMS } from './spamTerms.ts';

/** A mark's UTF-16 units in order; ANY_DIGIT stands for \d (an ASCII digit, without the u flag). */
export type MarkUnits = readonly number[];
const ANY_DIGIT = -1;

/**
 * The words of a marks expression: its alternatives, each of literal characters, \d and \uXXXX
 * escapes. Anything else throws, so that a mark written otherwise is noticed (the test runs this on
 * every term). The escapes are not for the source's sake: the minified bundles (esbuild's ASCII
 * output) write every Chinese character of a pattern as \uXXXX, so that is what `source` holds
 * there, and reading only literal characters threw as the language server's bundle loaded.
 */
export function markWords(marks: RegExp): MarkUnits[] {
  if (marks.flags !== '') throw new Error(`spam marks with flags: /${marks.source}/${marks.flags}`);
  return marks.source.split('|').map((word) => {
    const units: number[] = [];
    for (let i = 0; i < word.length; i++) {
      const c = word[i]!;
      if (c === '\\' && word[i + 1] === 'd') {
        units.push(ANY_DIGIT);
        i++;
      } else if (c === '\\' && word[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(word.slice(i + 2, i + 6))) {
        units.push(parseInt(word.slice(i + 2, i + 6), 16));
        i += 5;
      } else if ('\\()[]{}?*+.^$'.includes(c)) throw new Error(`spam mark not a plain word: ${word}`);
      else units.push(word.charCodeAt(i));
    }
    if (units.length === 0) throw new Error(`empty spam mark in /${marks.source}/`);
    return units;
  });
}

interface Mark {
  /** The term's index in SPAM_TERMS. */
  term: number;
  units: MarkUnits;
  /** Where in the mark the unit it is found by stands: its first that is no \d (0 for a mark of \d only). */
  anchor: number;
}

if (SPAM_TERMS.length > 16) throw new Error('more spam terms than bits in the table of the characters that find them');
/**
 * For each UTF-16 unit, the terms (bits by index) a mark of which is found by it: the mark's first
 * unit that is no \d. A mark that begins with \d ("\dbet") is found by its first letter, not by
 * every digit: a text of digits (a run of them, a table's numbers) would otherwise have each of
 * its characters compared with the mark's next, several times as long as the marks' expressions took.
 */
const TERMS_FOUND_BY = new Uint16Array(0x10000);
/**
 * For each UTF-16 unit, where the marks found by it stand in MARKS_FOUND_BY (0: none): an
 * index into an array, not a Map, as digits and common characters (本, 成) are looked up hundreds
 * of times a report.
 */
const MARKS_AT = new Uint8Array(0x10000);
/** The marks by the unit they are found by (a mark of \d only under each of the ten digits); [0] unused. */
const MARKS_FOUND_BY: Mark[][] = [[]];
for (const [term, { marks }] of SPAM_TERMS.entries()) {
  for (const units of markWords(marks)) {
    const anchor = Math.max(0, units.findIndex((unit) => unit !== ANY_DIGIT));
    const firsts = units[anchor] === ANY_DIGIT ? [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39] : [units[anchor]!];
    for (const first of firsts) {
      TERMS_FOUND_BY[first]! |= 1 << term;
      if (MARKS_AT[first] === 0) {
        if (MARKS_FOUND_BY.length > 0xff) throw new Error('more characters that find spam marks than the table holds');
        MARKS_AT[first] = MARKS_FOUND_BY.length;
        MARKS_FOUND_BY.push([]);
      }
      MARKS_FOUND_BY[MARKS_AT[first]!]!.push({ term, units, anchor });
    }
  }
}

/**
 * The terms whose marks the text holds, as bits by their index in SPAM_TERMS: bit k is set exactly
 * when SPAM_TERMS[k].marks.test(text) (test/unit/spam-marks.test.ts checks it against the marks).
 */
export function termsMarked(text: string): number {
  const every = (1 << SPAM_TERMS.length) - 1;
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The terms not found yet a mark of which may stand here.
    if ((TERMS_FOUND_BY[code]! & ~found) === 0) continue;
    const marks = MARKS_FOUND_BY[MARKS_AT[code]!]!;
    for (let m = 0; m < marks.length; m++) {
      const { term, units, anchor } = marks[m]!;
      if (found & (1 << term) || !wordAt(text, i - anchor, units)) continue;
      found |= 1 << term;
      if (found === every) return found;
    }
  }
  return found;
}

/** Whether the mark's units stand at text[at] (the one it was found by is known to). */
function wordAt(text: string, at: number, units: MarkUnits): boolean {
  if (at < 0) return false;
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    const code = text.charCodeAt(at + k);
    if (unit === ANY_DIGIT ? !(code >= 0x30 && code <= 0x39) : code !== unit) return false;
  }
  return true;
}
