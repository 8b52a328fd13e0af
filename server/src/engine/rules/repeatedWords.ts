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
  // The unit at `start` and the four after it (-1 past `end`), shifted along, each read once: a
  // word repeats only where its first character comes again two to four units on, and its first two
  // are ideographs. These tests, made at every character, turn most away; reading the units again
  // at each start, or testing the repeat before the ideographs, was slower than the expression.
  // (unitAt is a function of the module, not a closure made at each call: tsx names each closure
  // it makes, which cost more than the search on a text of one repeated character.)
  let c0 = unitAt(text, from, end);
  let c1 = unitAt(text, from + 1, end);
  let c2 = unitAt(text, from + 2, end);
  let c3 = unitAt(text, from + 3, end);
  let c4 = unitAt(text, from + 4, end);
  for (let start = from; start + 4 <= end; start++) {
    if ((c2 === c0 || c3 === c0 || c4 === c0) && isIdeograph(c0) && isIdeograph(c1)) {
      // The longest word first, as the expression's greedy class gives up one character at a time.
      if (c4 === c0 && isIdeograph(c2) && isIdeograph(c3) && start + 8 <= end && copied(text, start, 4)) return { start, length: 4 };
      if (c3 === c0 && isIdeograph(c2) && start + 6 <= end && copied(text, start, 3)) return { start, length: 3 };
      if (c2 === c0 && copied(text, start, 2)) return { start, length: 2 };
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

/** Whether text[start + 1, start + length) stands again `length` units on (the first unit is known to). */
function copied(text: string, start: number, length: number): boolean {
  for (let i = start + 1; i < start + length; i++) if (text.charCodeAt(i + length) !== text.charCodeAt(i)) return false;
  return true;
}
