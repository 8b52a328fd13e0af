// structure/section-order: the six sections are there but not in the format's order (a section
// that comes after one with a higher number).
import type { Finding } from '../model.ts';
import { finding } from './finding.ts';
import { sectionNumerals, sectionTitles } from '../formats/sections.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

/** A section's heading quoted: the format's title, and the report's own words beside it when they differ. */
function worded(numberText: string | null, title: string, number: number): { zh: string; en: string } {
  const format = sectionTitles[number];
  if (title === format) return { zh: `“${format}”`, en: `"${format}"` };
  const own = `${numberText ?? ''}${title}`;
  return { zh: `“${format}”（文中为“${own}”）`, en: `"${format}" (written "${own}")` };
}

export const structureSectionOrder: Rule = {
  id: 'structure/section-order',
  severity: 'warning',
  description: {
    zh: '各部分的顺序与格式不一致。',
    en: 'The sections are not in the order of the format.',
  },
  check(report) {
    if (!isReport(report)) return [];
    const out: Finding[] = [];
    let highest = report.sections[0];
    for (const section of report.sections.slice(1)) {
      if (!highest) break;
      if (section.number < highest.number) {
        // Each heading as the report words it, when that is not the format's title: the heading
        // pointed at must be found in the text ("四、政府信息公开申请情况" for the format's third section).
        const here = worded(section.heading.numberText, section.heading.title, section.number);
        const before = worded(highest.heading.numberText, highest.heading.title, highest.number);
        out.push(finding(this, {
          zh: `${here.zh}应为第${sectionNumerals[section.number]}部分，却排在第${sectionNumerals[highest.number]}部分${before.zh}之后`,
          en: `${here.en} is section ${section.number} but comes after section ${highest.number} ${before.en}`,
        }, section.heading.span, { related: [{ message: { zh: '排在前面的部分', en: 'the section before it' }, span: highest.heading.span }] }));
      } else highest = section;
    }
    return out;
  },
};
