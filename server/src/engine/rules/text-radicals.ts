// text/radicals: characters that look like Chinese characters and are not — Kangxi radicals
// ("⼀" U+2F00 for 一, "⾏" U+2F8F for 行), the simplified radicals ("⺠" for 民) and CJK
// compatibility ideographs — as text copied out of a PDF carries them (text/radicals.ts says why).
// nianbao reads them as the characters they stand for, but search, copying into other systems and
// screen readers do not: 搜索“行政许可” finds no "⾏政许可". One finding for the whole text, at the
// first, with a count: a PDF's text holds them by the hundred, and one warning each would bury the rest.
import type { Finding, Related, Span } from '../model.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** The places listed beside the first: enough to see where they are, never a flood. */
const MAX_RELATED = 50;

/** The longest run quoted in a message (a PDF's text may have hundreds in a row). */
const QUOTED = 10;

export const textRadicals: Rule = {
  id: 'text/radicals',
  severity: 'warning',
  description: {
    zh: '文本中有形似汉字的康熙部首或兼容汉字（如“⼀”“⾏”），搜索、复制和读屏软件无法把它们当作汉字。',
    en: 'Kangxi radicals or compatibility characters that look like Chinese characters ("⼀", "⾏") but are not: search, copy and screen readers fail on them.',
  },
  check(report) {
    const text = report.text;
    const runs = report.radicals;
    const first = runs[0];
    if (!first) return [];
    let count = 0;
    for (const run of runs) count += run.end - run.start;
    // What each run stands for is what the text was read as: halfWidth has every look-alike as its
    // character, and leaves those characters as they are.
    const meantAt = (span: Span) => report.halfWidth.slice(span.start, span.end);
    const quote = (s: string) => (s.length > QUOTED ? `${s.slice(0, QUOTED)}…` : s);
    const written = quote(text.slice(first.start, first.end));
    const meant = quote(meantAt(first));
    const related: Related[] = runs.slice(1, MAX_RELATED + 1).map((span) => {
      const w = quote(text.slice(span.start, span.end));
      const m = quote(meantAt(span));
      return { message: { zh: `“${w}”应为“${m}”`, en: `"${w}" for "${m}"` }, span };
    });
    const more = runs.length - 1 - related.length;
    const f: Finding = finding(
      textRadicals,
      {
        zh: `文本中有 ${count} 个形似汉字的部首字符（如“${written}”应为“${meant}”${runs.length > 1 ? `，共 ${runs.length} 处` : ''}${more > 0 ? `，另有 ${more} 处未列出` : ''}）：看起来是汉字，实际不是，搜索、复制和读屏软件都会出错。多见于从 PDF 复制的文本。`,
        en: `The text has ${count} radical ${count > 1 ? 'characters that look' : 'character that looks'} like Chinese characters but ${count > 1 ? 'are' : 'is'} not ("${written}" for "${meant}"${runs.length > 1 ? `, at ${runs.length} places` : ''}${more > 0 ? `, ${more} not listed` : ''}): search, copy and screen readers fail on them. Text copied from a PDF often has them.`,
      },
      first,
      {
        related,
        fixes: [{
          title: { zh: `全部改为对应的汉字（${count} 个）`, en: `Replace all ${count} by the characters they stand for` },
          // Every one, not only those listed: each edit changes its look-alikes and nothing else.
          edits: runs.map((span) => ({ span, newText: meantAt(span) })),
          safe: true,
        }],
      },
    );
    return [f];
  },
};
