// Characters that look like Chinese characters and are not. A Chinese font draws 一 (U+4E00) and the
// Kangxi radical ⼀ (U+2F00) with one glyph, and the PDFs that Word, WPS and browsers write often map
// that glyph back to the radical: the page shows "一、总体情况" and its text is "⼀、总体情况",
// "⾏政许可", "⼈⺠", which no heading or label matches. Korean fonts do the same with the CJK
// compatibility ideographs (U+F900–U+FAFF). Text copied out of such a PDF by any tool keeps them.
// None is ever what a report means: each is read as the character it looks like, one UTF-16 unit
// for one, so that every offset stays where it was. documents/ maps a PDF's text with this too.
import { mapUnits } from './normalize.ts';

/** The simplified characters of the CJK Radicals Supplement that have no compatibility mapping. */
const SUPPLEMENT: Record<string, string> = {
  '\u2ea0': '民', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ec9': '贝', '\u2ecb': '车', '\u2ed3': '长',
  '\u2ed4': '门', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee2': '马',
  '\u2ee4': '鬼', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾',
  '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙',
};

/**
 * Each look-alike and its character: the Kangxi radicals (U+2F00–U+2FD5), the radicals of the
 * supplement that stand for a character (SUPPLEMENT, and ⺟ ⻳ by NFKC), and the compatibility
 * ideographs. Taken from NFKC only where it gives one other unit: the few compatibility ideographs
 * that NFKC leaves as they are (they are unified ideographs: 﨎 﨏 﨑…) or maps outside the BMP (two
 * units) are left alone, and so are the supplement's component shapes (⺈ ⺌ ⺡), which stand for no
 * one character.
 */
const IDEOGRAPH_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>(Object.entries(SUPPLEMENT));
  const byNfkc = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const look = String.fromCharCode(c);
      const meant = look.normalize('NFKC');
      if (meant.length === 1 && meant !== look) map.set(look, meant);
    }
  };
  byNfkc(0x2f00, 0x2fd5);
  byNfkc(0x2e9f, 0x2e9f);
  byNfkc(0x2ef3, 0x2ef3);
  byNfkc(0xf900, 0xfaff);
  return map;
})();

/** The two blocks IDEOGRAPH_OF draws from: radicals (U+2E80–U+2FDF) and compatibility ideographs (U+F900–U+FAFF). */
const RADICALS_FROM = 0x2e80;
const COMPATIBILITY_FROM = 0xf900;
const BLOCKS = /[\u2e80-\u2fdf\uf900-\ufaff]/;

/** IDEOGRAPH_OF by code unit, for each block (0: not a look-alike). */
const RADICAL_UNITS = new Uint16Array(0x2fe0 - RADICALS_FROM);
const COMPATIBILITY_UNITS = new Uint16Array(0xfb00 - COMPATIBILITY_FROM);
for (const [look, meant] of IDEOGRAPH_OF) {
  const c = look.charCodeAt(0);
  if (c >= COMPATIBILITY_FROM) COMPATIBILITY_UNITS[c - COMPATIBILITY_FROM] = meant.charCodeAt(0);
  else RADICAL_UNITS[c - RADICALS_FROM] = meant.charCodeAt(0);
}

/** One unit read: the character a look-alike stands for, any other unit itself. */
function ideographUnit(c: number): number {
  if (c < RADICALS_FROM) return c;
  if (c < 0x2fe0) return RADICAL_UNITS[c - RADICALS_FROM] || c;
  if (c < COMPATIBILITY_FROM || c >= 0xfb00) return c;
  return COMPATIBILITY_UNITS[c - COMPATIBILITY_FROM] || c;
}

/**
 * The text with each look-alike read as its character: one UTF-16 unit for one, so offsets stay.
 * The same string when it holds none. The blocks are told first by a native search (most reports
 * hold none): a class of two ranges is searched at about 2 ns a character (5 µs a seed report,
 * 1–2 % of its analysis), where the exact class of 693 characters took seven times as long, and a
 * loop over the character codes four times.
 */
export function withoutRadicals(text: string): string {
  const first = text.search(BLOCKS);
  return first < 0 ? text : mapUnits(text, first, ideographUnit);
}

/** Where the look-alikes stand in the text: each run of them ("⼈⺠" is one), in order. */
export function radicalRuns(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const first = text.search(BLOCKS);
  if (first < 0) return out;
  // A loop from the first: a regex of the 693 characters took 2.7 µs a run on text alternating with them.
  let start = -1;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lookAlike = ideographUnit(c) !== c;
    if (lookAlike && start < 0) start = i;
    else if (!lookAlike && start >= 0) {
      out.push({ start, end: i });
      start = -1;
    }
  }
  if (start >= 0) out.push({ start, end: text.length });
  return out;
}
