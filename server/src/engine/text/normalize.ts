// Width, space and punctuation normalisation, so that labels and numbers compare by meaning:
// "（一）予以公开", "(一) 予以公开" and "（一）予以公开 " are the same label.

/** Full-width ASCII (FF01–FF5E) to half-width, ideographic and no-break spaces to a plain space. */
export function toHalfWidth(s: string): string {
  // Whether anything changes is told by a native search: most labels, and some whole reports,
  // change nowhere, and a loop over their characters cost several times as much.
  const first = s.search(CHANGES);
  return first < 0 ? s : mapUnits(s, first, halfOf);
}

/**
 * The string with each UTF-16 unit from `first` on replaced by `unitOf` of it: one unit for one, so
 * offsets stay (text/radicals.ts maps its look-alikes with it too).
 */
export function mapUnits(s: string, first: number, unitOf: (c: number) => number): string {
  if (s.length <= SHORT) {
    // A label: its units changed in a small array and made a string in one call.
    const units = new Uint16Array(s.length);
    for (let i = 0; i < s.length; i++) units[i] = unitOf(s.charCodeAt(i));
    return String.fromCharCode.apply(null, units as unknown as number[]);
  }
  // A text: its UTF-16 units copied out in one native call, changed in place, and made a string
  // again in one. Joining pieces cost one string per changed character, and a long run of full-width
  // punctuation made the garbage collector's work grow faster than the text (issue 16: a megabyte of
  // "，" took 15 times as long as 100 KB); a loop of charCodeAt and String.fromCharCode in chunks took
  // twice as long as this on a 1 MB report. Buffer's UTF-16 keeps a lone surrogate as it is
  // (TextDecoder would make it U+FFFD).
  const { bytes, units } = unitsOf(s);
  for (let i = first; i < units.length; i++) units[i] = unitOf(units[i]!);
  return bytes.toString('utf16le');
}

/** A text's UTF-16 units copied out in one native call, as a Buffer and a view of it to change them in. */
function unitsOf(s: string): { bytes: Buffer; units: Uint16Array } {
  let bytes = Buffer.from(s, 'utf16le');
  // A small Buffer shares a pool, at an offset Node keeps a multiple of 8; were it odd, a Uint16Array
  // could not view it: it is then copied to a buffer of its own.
  if (bytes.byteOffset % 2 !== 0) bytes = Buffer.from(new Uint8Array(bytes));
  return { bytes, units: new Uint16Array(bytes.buffer, bytes.byteOffset, s.length) };
}

/**
 * Up to this many units a string is changed in an array of its own (a Buffer costs more to make
 * than a label takes to change); String.fromCharCode takes them as arguments, which go on the stack.
 */
const SHORT = 256;

/** What halfOf changes. */
const CHANGES = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u202f]/;

/** One UTF-16 unit's half-width form (itself when it has none); surrogates are left as they are. */
function halfOf(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) return 0x20;
  return c;
}

/**
 * Characters that carry no meaning in a label, besides white space (all that isWhitespace counts,
 * JavaScript's \s): the zero-width space, punctuation, quotes, brackets.
 */
const LABEL_NOISE =
  '\u200b()（）【】[]{}<>《》〈〉"\'“”‘’「」『』,，、.．。:：;；!！?？·•-—–_|｜/\\*#~～';

/** What normalizeLabel does with a UTF-16 unit (LABEL_UNITS): keeps it, drops it, or writes its half-width form. */
const KEEP = 0;
const DROP = 1;
const HALF = 2;

/**
 * Each UTF-16 unit's fate in a label, made once at load (a 64 KB table): a label is normalised in
 * one pass over its units, with nothing to test but this table. It was a regular expression to
 * tell whether anything changes, toHalfWidth, then another to remove the noise: five times as long
 * on a label, and normalizeLabel is asked a hundred times in reading a report (a line's first words
 * as a table's anchor, a line's title as a heading, cells as header words and format markers).
 */
const LABEL_UNITS = labelUnits();

function labelUnits(): Uint8Array {
  const units = new Uint8Array(0x10000);
  // Full-width ASCII is read as its half-width form (halfOf; the spaces it makes plain are noise).
  units.fill(HALF, 0xff01, 0xff5f);
  for (let c = 0; c < 0x10000; c++) if (isWhitespace(c)) units[c] = DROP;
  for (let i = 0; i < LABEL_NOISE.length; i++) {
    const c = LABEL_NOISE.charCodeAt(i);
    units[c] = DROP;
    // Noise written full-width is noise too.
    if (c >= 0x21 && c <= 0x7e) units[c + 0xfee0] = DROP;
  }
  return units;
}

/**
 * The label's meaningful characters only: its half-width form (toHalfWidth) without LABEL_NOISE.
 * Numbering is not removed here (see stripEnumerator): "三安全一稳定" must stay itself.
 */
export function normalizeLabel(s: string): string {
  // Most titles and a line's first words hold nothing to change: the text itself, no copy. No cache
  // by the string: it took every short line of a text as a key (a megabyte of short lines filled
  // and dropped it seven times an analysis, at the cost of the lines' own normalising and more).
  let i = 0;
  while (i < s.length && LABEL_UNITS[s.charCodeAt(i)] === KEEP) i++;
  if (i === s.length) return s;
  if (s.length > SHORT) return labelOfText(s, i);
  // The runs kept as they are are sliced whole; a unit dropped ends one, a unit made half-width is
  // written alone.
  let out = s.slice(0, i);
  let from = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const unit = LABEL_UNITS[c];
    if (unit === KEEP) continue;
    if (i > from) out += s.slice(from, i);
    if (unit === HALF) out += String.fromCharCode(halfOf(c));
    from = i + 1;
  }
  return from < s.length ? out + s.slice(from) : out;
}

/**
 * normalizeLabel of a long text, from its first unit that changes: its units copied out in one
 * native call, the kept ones moved down over the dropped ones, made a string again in one (as
 * mapUnits does, and why). Joining slices made one string per piece: a megabyte of full-width
 * letters took six times as long.
 */
function labelOfText(s: string, first: number): string {
  const { bytes, units } = unitsOf(s);
  let length = first;
  for (let i = first; i < units.length; i++) {
    const c = units[i]!;
    const unit = LABEL_UNITS[c];
    if (unit === DROP) continue;
    units[length++] = unit === HALF ? halfOf(c) : c;
  }
  return bytes.subarray(0, length * 2).toString('utf16le');
}

/** One character that normalizeLabel drops (full-width forms count too). */
export function isLabelNoise(c: string): boolean {
  return c.length === 1 && isLabelNoiseUnit(c.charCodeAt(0));
}

/** isLabelNoise of one UTF-16 unit, by its code (a line read unit by unit makes no string of each). */
export function isLabelNoiseUnit(c: number): boolean {
  return LABEL_UNITS[c] === DROP;
}

/** The value of a Chinese numeral character from 一 to 十 (十 is 10), by character code; 0 for any other. */
function numeralValue(c: number): number {
  const value = NUMERAL_VALUES.get(c);
  return value === undefined ? 0 : value;
}

const NUMERAL_VALUES = new Map([...'一二三四五六七八九十'].map((c, i) => [c.charCodeAt(0), i + 1]));

/** The value of a Chinese numeral from 一 to 九十九 ("十", "十二", "二十三"), or null. */
export function chineseNumeralValue(s: string): number | null {
  // Read by character code: a lookup of each character as an object's key made a string of it first.
  if (!s) return null;
  if (s.length === 1) return numeralValue(s.charCodeAt(0)) || null;
  const ten = s.indexOf('十');
  if (ten < 0 || ten > 1 || s.length - ten > 2) return null;
  const tens = ten === 0 ? 1 : numeralValue(s.charCodeAt(0));
  const units = ten === s.length - 1 ? 0 : numeralValue(s.charCodeAt(ten + 1));
  // 十 before 十 is no tens (one 十 only), nor after it a unit; a character that is no numeral is none.
  if (tens === 0 || tens > 9 || (ten < s.length - 1 && (units === 0 || units > 9))) return null;
  return tens * 10 + units;
}

export interface Enumerator {
  /** The numbering as written, e.g. "三、", "（一）", "(一) ", "1.", "5、". */
  text: string;
  value: number;
  /** 一、 (chinese), （一） (paren), 1. / 1、 (arabic) */
  style: 'chinese' | 'paren' | 'arabic';
}

/** A character a numbering without brackets ("一、", "1.", "１、") begins with: 一 to 十, or a digit, ASCII or full-width. */
export function startsNumbering(c: number): boolean {
  return isDigitAnyWidth(c) || isChineseNumeral(c);
}

/** 0-9 or ０-９. */
export function isDigitAnyWidth(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** What closes a numbering without brackets: 、 . ． */
export function isNumberingMark(c: number): boolean {
  return c === 0x3001 || c === 0x2e || c === 0xff0e;
}

/** The index of the first unit from `i` that is not white space (JavaScript's \s, which holds \u3000 and \u00a0). */
export function pastWhitespace(s: string, i: number): number {
  while (i < s.length && isWhitespace(s.charCodeAt(i))) i++;
  return i;
}

/** The index past the run of units from `i` that `is` holds, read up to `most` + 1 of them (a longer run is no numbering's). */
function pastRun(s: string, i: number, most: number, is: (c: number) => boolean): number {
  const end = Math.min(s.length, i + most + 1);
  while (i < end && is(s.charCodeAt(i))) i++;
  return i;
}

/** 一 to 十, by character code. */
export function isChineseNumeral(c: number): boolean {
  return NUMERAL_VALUES.has(c);
}

/**
 * Splits a leading enumerator ("三、", "（一）", "1.") from a label: white space; a run of one to
 * three numerals closed by 、 . or ． after white space, or the same run in brackets (after and
 * before white space), or one or two digits (ASCII or full-width) closed so and not followed by
 * another digit; then white space. It was a pattern (test/unit/enumerator-equivalence.test.ts keeps
 * it), read here character by character: this is asked of a line's first word in finding the
 * tables, of their rows, and of every numbered line as a heading, and the pattern, its match and
 * its groups took most of the time. A run is taken whole, as the pattern's: going back, it finds no
 * shorter one followed by what must follow (a numeral or a digit is neither white space nor a mark).
 */
export function stripEnumerator(s: string): { enumerator: Enumerator | null; rest: string } {
  const from = pastWhitespace(s, 0);
  const c = s.charCodeAt(from);
  let value: number | null;
  let style: Enumerator['style'];
  let end: number;
  if (c === 0xff08 || c === 0x28) {
    const first = pastWhitespace(s, from + 1);
    const last = pastRun(s, first, 3, isChineseNumeral);
    if (last === first || last - first > 3) return { enumerator: null, rest: s };
    const close = pastWhitespace(s, last);
    const b = s.charCodeAt(close);
    if (b !== 0xff09 && b !== 0x29) return { enumerator: null, rest: s };
    value = chineseNumeralValue(s.slice(first, last));
    style = 'paren';
    end = close + 1;
  } else if (isChineseNumeral(c)) {
    const last = pastRun(s, from, 3, isChineseNumeral);
    if (last - from > 3) return { enumerator: null, rest: s };
    const mark = pastWhitespace(s, last);
    if (!isNumberingMark(s.charCodeAt(mark))) return { enumerator: null, rest: s };
    value = chineseNumeralValue(s.slice(from, last));
    style = 'chinese';
    end = mark + 1;
  } else if (isDigitAnyWidth(c)) {
    const last = pastRun(s, from, 2, isDigitAnyWidth);
    if (last - from > 2) return { enumerator: null, rest: s };
    const mark = pastWhitespace(s, last);
    if (!isNumberingMark(s.charCodeAt(mark)) || isDigitAnyWidth(s.charCodeAt(mark + 1))) return { enumerator: null, rest: s };
    value = 0;
    for (let i = from; i < last; i++) value = value * 10 + digitValue(s.charCodeAt(i));
    style = 'arabic';
    end = mark + 1;
  } else return { enumerator: null, rest: s };
  if (value === null) return { enumerator: null, rest: s };
  end = pastWhitespace(s, end);
  return { enumerator: { text: s.slice(0, end), value, style }, rest: s.slice(end) };
}

/** The value of a digit, ASCII or full-width. */
function digitValue(c: number): number {
  return c >= 0xff10 ? c - 0xff10 : c - 0x30;
}

/** True for characters that only fill space in a layout (spaces of every width, tabs, NBSP, zero-width). */
export function isBlankText(s: string): boolean {
  return /^[\s\u00a0\u3000\u200b\ufeff]*$/.test(s);
}

/** 0-9, by character code. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A table's column separator in text: "|" or "｜", by character code. */
export function isPipe(c: number): boolean {
  return c === 0x7c || c === 0xff5c;
}

/** What JavaScript's \\s and String.prototype.trim count as white space, by character code. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
