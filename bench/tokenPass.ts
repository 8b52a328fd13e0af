// The least a tokens-first reader (../shared/docs/STYLE.md §2.1) would pay before reading anything:
// the text cut once into tokens — line breaks, spaces, tabs, pipes, runs of digits (with their
// value), runs of words, single punctuation marks — kept as kinds and offsets in typed arrays, no
// object or string made per token. Measured beside the line scan so that the ≤ 10× target can be
// read against what one such pass costs on each seed: on a seed of few, long lines (001, 003) the
// line scan is cheap and this pass alone is several line scans. Bench only: the engine does not
// read by it (yet).

const BREAK = 0;
const SPACE = 1;
const TAB = 2;
const PIPE = 3;
const DIGITS = 4;
const WORDS = 5;
const MARK = 6;

function kindOf(c: number): number {
  if (c === 0x0a || c === 0x0d) return BREAK;
  if (c === 0x09) return TAB;
  if (c === 0x20 || c === 0xa0 || c === 0x3000) return SPACE;
  if (c === 0x7c || c === 0xff5c) return PIPE;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return DIGITS;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return WORDS;
  return MARK;
}

/** Reused between calls, as a reader would keep its buffers: growing them is not what is measured. */
let kinds = new Uint8Array(8192);
let starts = new Int32Array(8192);
let values = new Float64Array(8192);

function grow(): void {
  const k = new Uint8Array(kinds.length * 2);
  k.set(kinds);
  kinds = k;
  const s = new Int32Array(starts.length * 2);
  s.set(starts);
  starts = s;
  const v = new Float64Array(values.length * 2);
  v.set(values);
  values = v;
}

/** Cuts the text into tokens; returns how many. A break, a pipe and a mark are a token each; other kinds run on. */
export function tokenPass(text: string): number {
  let n = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = kindOf(c);
    if (kind !== previous || kind === BREAK || kind === PIPE || kind === MARK) {
      if (n === kinds.length) grow();
      kinds[n] = kind;
      starts[n] = i;
      values[n] = 0;
      n++;
      previous = kind;
    }
    if (kind === DIGITS) values[n - 1] = values[n - 1]! * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return n;
}
