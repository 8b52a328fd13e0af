// The Kangxi radicals a PDF's text comes out with in place of the characters it shows. A Chinese
// font draws 一 (U+4E00) and the radical ⼀ (U+2F00) with one glyph, and the PDFs that Word, WPS
// and browsers write often map that glyph back to the radical: the page shows "一、总体情况" and
// its text is "⼀、总体情况", "⾏政许可", "⼈⺠", which no heading or label matches. A radical is
// never what a report means: each is read as the character it looks like.

/** The radicals that stand for a character of simplified Chinese (those without a compatibility mapping). */
const SUPPLEMENT: Record<string, string> = {
  '\u2ea0': '民', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ec9': '贝', '\u2ecb': '车', '\u2ed3': '长',
  '\u2ed4': '门', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee2': '马',
  '\u2ee4': '鬼', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾',
  '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙',
};

/** The Kangxi radicals (all mapped by NFKC) and the radicals of SUPPLEMENT, ⺟ and ⻳ (mapped by NFKC too). */
const RADICAL = /[\u2f00-\u2fd5\u2e9f\u2ea0\u2ec4-\u2ec6\u2ec9\u2ecb\u2ed3\u2ed4\u2ed9-\u2edd\u2ee2\u2ee4-\u2eea\u2eec\u2eee\u2ef0\u2ef3]/g;

/** The text with each radical read as its character: one UTF-16 unit for one, so offsets stay. */
export function withoutRadicals(text: string): string {
  return text.replace(RADICAL, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
}
