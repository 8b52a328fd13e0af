// text/repeated-word: a word written twice in a row ("资金资金分配", "规范审核审核发布机制"), a slip
// of editing that real published reports keep. A word of two to four Chinese characters repeated
// at once is almost never meant in a report's formal prose; "一个一个", "一项一项" (a numeral and
// its measure word, said one by one) are, and the tables' cut header words are not prose.
import type { Finding } from '../model.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';
import { tablesRead } from '../tableLookup.ts';
import { stretchesOutside } from '../text/outsideRegions.ts';
import { nextRepeatedWord } from './repeatedWords.ts';

/**
 * Beyond this many repeated words a text is not a report with slips but a run of one character
 * ("年年年年…"): stop listing, as text/leftover does (a 1 MB run made 125 000 findings, 1.8 s).
 */
const MAX_FINDINGS = 200;

export const textRepeatedWord: Rule = {
  id: 'text/repeated-word',
  severity: 'hint',
  description: {
    zh: '同一个词连写了两遍（如“审核审核”），多半是编辑时的笔误。',
    en: 'A word written twice in a row (e.g. 审核审核), most likely an editing slip.',
  },
  check(report) {
    const tables = tablesRead(report.tables).map((t) => t.region);
    const out: Finding[] = [];
    // Matched on the text as read for meaning: "行政⾏政" (the second in a look-alike radical) is the
    // same word twice. One unit for one, so every offset is the text's.
    // The tables' cut header words are not prose: their insides are not searched.
    const text = report.halfWidth;
    for (const stretch of stretchesOutside(text, tables)) {
      // A word of two to four ideographs, then the same again (/([\u4e00-\u9fff]{2,4})\1/g, searched
      // by a loop: repeatedWords.ts): made of ideographs only (see stretchesOutside).
      for (let r = nextRepeatedWord(text, stretch.start, stretch.end); r; r = nextRepeatedWord(text, r.start + 2 * r.length, stretch.end)) {
        if (out.length >= MAX_FINDINGS) return out;
        const start = r.start;
        const end = start + 2 * r.length;
        if (text.charCodeAt(start) === 0x4e00 || tables.some((t) => start < t.end && end > t.start)) continue;
        const word = text.slice(start, start + r.length);
        const twice = text.slice(start, end);
        const second = { start: start + word.length, end };
        out.push(finding(this, {
          zh: `“${twice}”把“${word}”写了两遍`,
          en: `"${twice}" writes "${word}" twice`,
        }, { start, end }, {
          fixes: [{ title: { zh: `删去重复的“${word}”`, en: `Delete the repeated "${word}"` }, edits: [{ span: second, newText: '' }], safe: false }],
        }));
      }
    }
    return out;
  },
};
