// Text reused from last year's report, section by section: each section's share of prose (by
// length) found sentence for sentence in last year's report, and the sentences themselves with
// their place, for the comparison of the two years (render/yearsHtml.ts). Sentences are compared
// as workspace/similar-text compares them (digest.ts): tables and headings left out, numbers masked.
import type { Report, Span } from '../model.ts';
import { fingerprint, maskedSentence, MIN_SENTENCE, type ReportDigest } from './digest.ts';
import { tablesRead } from '../tableLookup.ts';

export interface CopiedSentence {
  span: Span;
  text: string;
}

export interface SectionReuse {
  /** 1…6, the statutory section. */
  section: number;
  title: string;
  /** Characters of prose compared, and how many of them stand in last year's report too. */
  length: number;
  reused: number;
  copied: CopiedSentence[];
}

export function sectionReuse(current: Report, previous: ReportDigest): SectionReuse[] {
  const before = new Set(previous.sentences.hashes);
  const fixed = tablesRead(current.tables).map((t) => t.region).concat(current.headings.map((h) => h.span));
  return current.sections.map((section) => {
    const out: SectionReuse = { section: section.number, title: section.heading.title, length: 0, reused: 0, copied: [] };
    // As digest.ts reads them: in the text as read for meaning (halfWidth, one unit for one), so a
    // sentence is the same whether written in full-width forms or look-alike radicals or not.
    for (const sentence of sentencesIn(current.halfWidth, section.span, fixed)) {
      // As digest.ts cuts them: without the mark that ends the sentence.
      const masked = maskedSentence(sentence.text.replace(/[。！？!?；;]$/, ''));
      if (masked.length < MIN_SENTENCE) continue;
      out.length += masked.length;
      if (!before.has(fingerprint(masked))) continue;
      out.reused += masked.length;
      out.copied.push({ span: sentence.span, text: current.text.slice(sentence.span.start, sentence.span.end) });
    }
    return out;
  });
}

/** The sentences of a span of the text, without the parts (tables, headings) in `fixed`, each with its place. */
function sentencesIn(text: string, span: Span, fixed: readonly Span[]): CopiedSentence[] {
  const out: CopiedSentence[] = [];
  const pattern = /[^。！？!?；;\r\n]+[。！？!?；;]?/g;
  pattern.lastIndex = span.start;
  for (let m = pattern.exec(text); m && m.index < span.end; m = pattern.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = Math.min(span.end, m.index + m[0].trimEnd().length);
    if (end <= start || fixed.some((f) => f.start < end && start < f.end)) continue;
    out.push({ span: { start, end }, text: text.slice(start, end) });
  }
  return out;
}
