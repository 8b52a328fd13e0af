// structure/subheading-numbering: the sub-headings of a section (（一）（二）…) skip a number, or a
// standard sub-topic (主动公开, 改进措施 …) stands without its number among numbered ones (seed 000).
// One finding per section, on its first faulty sub-heading, the others as related information.
// A section whose sub-headings all go without numbers is a consistent style and passes.
import type { Finding, Heading, Section, TextEdit } from '../model.ts';
import { finding } from './finding.ts';
import { chineseNumeral, sectionNumerals } from '../formats/sections.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

export const structureSubheadingNumbering: Rule = {
  id: 'structure/subheading-numbering',
  severity: 'warning',
  description: {
    zh: '子标题编号不连续，或标准子标题缺少编号。',
    en: 'Sub-heading numbers skip, or a standard sub-topic has no number.',
  },
  check(report) {
    if (!isReport(report)) return [];
    // One pass over the headings, section by section (both are in text order): a filter of all
    // headings per section would be quadratic on a text with thousands of sections.
    const findings: Finding[] = [];
    let h = 0;
    for (const section of report.sections) {
      const subs: Heading[] = [];
      while (h < report.headings.length && report.headings[h]!.span.start <= section.span.start) h++;
      for (; h < report.headings.length && report.headings[h]!.span.start < section.span.end; h++) {
        const heading = report.headings[h]!;
        if (heading.level === 2) subs.push(heading);
      }
      findings.push(...checkSection(this, section, subs));
    }
    return findings;
  },
};

function checkSection(rule: Rule, section: Section, subs: readonly Heading[]): Finding[] {
  const numbered = subs.filter((h) => h.number !== null);
  if (numbered.length === 0) return [];
  // Past 九十九 a number cannot be written the report's way: no real section has that many (told
  // before the sub-headings are gone through again: a text may give a section a hundred thousand).
  if (chineseNumeral(subs.length) === null) return [];
  // Each sub-heading's place among its siblings is the number it should carry.
  const place = new Map(subs.map((h, i) => [h, i + 1]));
  const isMisplaced = (h: Heading, i: number) => h.number !== null && h.number !== i + 1;
  const unnumbered = subs.filter((h) => h.number === null);
  const misplacedAt = subs.findIndex(isMisplaced);
  if (unnumbered.length === 0 && misplacedAt < 0) return [];

  const paren = (n: number) => (numbered[0]?.numberText?.startsWith('(') ? `(${chineseNumeral(n)})` : `（${chineseNumeral(n)}）`);
  const name = (h: Heading) => `${h.numberText ?? ''}${h.title}`;
  const problems = subs.filter((h, i) => h.number === null || isMisplaced(h, i));
  const first = problems[0];
  if (!first) return [];
  const where = `第${sectionNumerals[section.number]}部分`;
  const parts: { zh: string[]; en: string[] } = { zh: [], en: [] };
  if (misplacedAt >= 0) {
    const jump = subs[misplacedAt];
    const before = subs[misplacedAt - 1];
    if (jump) {
      parts.zh.push(before ? `“${name(before)}”之后是“${name(jump)}”` : `第一个子标题是“${name(jump)}”`);
      parts.en.push(before ? `"${name(jump)}" follows "${name(before)}"` : `the first sub-heading is "${name(jump)}"`);
    }
  }
  if (unnumbered.length > 0) {
    const list = unnumbered.map((h) => `“${h.title}”`).join('');
    const should = unnumbered.map((h) => paren(place.get(h) ?? 0)).join('');
    parts.zh.push(`${list}没有编号（按顺序应为${should}）`);
    parts.en.push(`${unnumbered.map((h) => `"${h.title}"`).join(', ')} ${unnumbered.length === 1 ? 'has' : 'have'} no number (in order: ${should})`);
  }
  // When the numbered sub-headings already stand at their places, numbering the others is
  // certain; otherwise renumbering everything is a guess, offered but never applied unasked.
  const safe = misplacedAt < 0;
  const edits: TextEdit[] = subs.flatMap((h, i): TextEdit[] => {
    if (h.number === null) return [{ span: { start: h.span.start, end: h.span.start }, newText: paren(i + 1) }];
    if (h.number !== i + 1 && h.numberSpan) return [{ span: h.numberSpan, newText: paren(i + 1) }];
    return [];
  });
  return [finding(rule, {
    zh: `${where}的子标题编号不连续：${parts.zh.join('；')}`,
    en: `Sub-headings of section ${section.number} are not numbered in order: ${parts.en.join('; ')}`,
  }, first.span, {
    related: problems.slice(1).map((h) => ({ message: { zh: `子标题“${h.title}”`, en: `sub-heading "${h.title}"` }, span: h.span })),
    fixes: [{ title: safe ? { zh: '补上子标题编号', en: 'Number the sub-headings' } : { zh: '按顺序重新编号子标题', en: 'Renumber the sub-headings in order' }, edits, safe }],
  })];
}
