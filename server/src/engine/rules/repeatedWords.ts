// Where a word of two to four ideographs is written twice in a row, found by a loop over the
// characters rather than by the backreference /([\u4e00-\u9fff]{2,4})\1/g, which gives the same
// matches: irregexp tried every length at every ideograph, with backtracking (6 % of the rules'
// time on the seeds); here a length is compared only where the character a word's length further
// on is the same as the first, which at most characters of a report none is.

/** A word written twice: it begins at `start` and is `length` units long, its copy right after it. */
export interface RepeatedWord {
  start: number;
  length: number;
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * The first match at or after `from` of /([\u4e00-\u9fff]{2,4})\1/ searched in text.slice(from, end),
 * as an offset of `text`; null for none. The next match is searched from start + 2 × length, as a
 * global search resumes after a match. As the expression does: the leftmost start first, and at a
 * start the longest word first (the class is greedy, then gives up one character at a time), the
 * word made of ideographs only (its copy then is too), the copy ending by `end`.
 */
export function nextRepeatedWord(text: string, from: number, end: number): RepeatedWord | null {
  // The character at `start` and the four after it (-1 past `end`), shifted along: a word repeats
  // only where its first character comes again two to four units on, and this is the test made at
  // most characters. Read once each, they made the search half again as fast as the expression's;
  // reading the three again at each start was slower than the expression.
  // (A function of the module, not a closure made at each call: tsx names each closure it makes,
  // which cost more than the search on a text of one repeated character.)
  let c0 = unitAt(text, from, end);
  let c1 = unitAt(text, from + 1, end);
  let c2 = unitAt(text, from + 2, end);
  let c3 = unitAt(text, from + 3, end);
  let c4 = unitAt(text, from + 4, end);
  for (let start = from; start + 4 <= end; start++) {
    if ((c2 === c0 || c3 === c0 || c4 === c0) && isIdeograph(c0)) {
      for (let length = 4; length >= 2; length--) {
        if (start + 2 * length <= end && text.charCodeAt(start + length) === c0 && repeats(text, start, length)) return { start, length };
      }
    }
    c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
    c4 = unitAt(text, start + 5, end);
  }
  return null;
}

/** The UTF-16 unit at `i`, or -1 at or past `end`. */
function unitAt(text: string, i: number, end: number): number {
  return i < end ? text.charCodeAt(i) : -1;
}

/** Whether text[start + 1, start + length) are ideographs, each repeated `length` units further on. */
function repeats(text: string, start: number, length: number): boolean {
  for (let i = start + 1; i < start + length; i++) {
    const code = text.charCodeAt(i);
    if (!isIdeograph(code) || text.charCodeAt(i + length) !== code) return false;
  }
  return true;
}
