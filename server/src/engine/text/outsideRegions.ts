// Where to search a text for words made of ideographs only, outside given regions (the tables).
import type { Span } from '../model.ts';

/**
 * The stretches of `text` to search for an expression whose every match is made of unified
 * ideographs ([\u4e00-\u9fff]) only, when matches that overlap one of `regions` are of no use:
 * searched one after the other (each from its start, offsets added), they give the matches the
 * whole text gives, less some that overlap a region, and none more. Half of a report's text is
 * its tables, and text/repeated-word's search of every ideograph is costly (2.7 % of a warm
 * analyze() of the seeds).
 *
 * Why it is exact: no match spans a character other than an ideograph, so a search resumes after
 * such a character as it would from scratch. The stretches are cut at such characters: from the
 * first inside a region to the last inside it lies nothing but matches inside the region.
 */
export function stretchesOutside(text: string, regions: readonly Span[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const region of [...regions].sort((a, b) => a.start - b.start)) {
    const end = Math.min(region.end, text.length);
    const skipFrom = firstNotIdeograph(text, Math.max(region.start, from), end);
    if (skipFrom < 0) continue;
    const skipTo = lastNotIdeograph(text, skipFrom + 1, end);
    if (skipTo < 0) continue;
    out.push({ start: from, end: skipFrom });
    from = skipTo;
  }
  out.push({ start: from, end: text.length });
  return out;
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Where the first character other than an ideograph stands in [start, end), or -1. */
function firstNotIdeograph(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isIdeograph(text.charCodeAt(i))) return i;
  return -1;
}

/** Where the last character other than an ideograph stands in [start, end), or -1. */
function lastNotIdeograph(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (!isIdeograph(text.charCodeAt(i))) return i;
  return -1;
}
