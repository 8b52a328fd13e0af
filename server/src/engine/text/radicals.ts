// Characters that look like Chinese characters and are not. A Chinese font draws 一 (U+4E00) and the
// Kangxi radical ⼀ (U+2F00) with one glyph, and the PDFs that Word, WPS and browsers write often map
// that glyph back to the radical: the page shows "一、总体情况" and its text is "⼀、总体情况",
// "⾏政许可", "⼈⺠", which no heading or label matches. Korean fonts do the same with the CJK
// compatibility ideographs (U+F900–U+FAFF). Text copied out of such a PDF by any tool keeps them.
// None is ever what a report means: each is read as the character it looks like, one UTF-16 unit
// for one, so that every offset stays where it was. documents/ maps a PDF's text with this too.

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

/** Exactly the characters of IDEOGRAPH_OF, for a native search. */
const LOOK_ALIKE_SOURCE = `[${[...IDEOGRAPH_OF.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
const LOOK_ALIKE = new RegExp(LOOK_ALIKE_SOURCE);
const LOOK_ALIKES = new RegExp(LOOK_ALIKE_SOURCE, 'g');
const LOOK_ALIKE_RUNS = new RegExp(`${LOOK_ALIKE_SOURCE}+`, 'g');

/**
 * The text with each look-alike read as its character: one UTF-16 unit for one, so offsets stay.
 * The same string when it holds none, told by a native search (most reports hold none).
 */
export function withoutRadicals(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  return text.replace(LOOK_ALIKES, (c) => IDEOGRAPH_OF.get(c) ?? c);
}

/** Where the look-alikes stand in the text: each run of them ("⼈⺠" is one), in order. */
export function radicalRuns(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!LOOK_ALIKE.test(text)) return out;
  LOOK_ALIKE_RUNS.lastIndex = 0;
  for (let m = LOOK_ALIKE_RUNS.exec(text); m; m = LOOK_ALIKE_RUNS.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
