// structure/section-order: the six sections are there but not in the format's order (a section
// that comes after one with a higher number).
import type { Finding } from '../model.ts';
import { finding } from './finding.ts';
import { sectionNumerals, sectionTitles } from '../formats/sections.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

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
        out.push(finding(this, {
          zh: `“${sectionTitles[section.number]}”应为第${sectionNumerals[section.number]}部分，却排在第${sectionNumerals[highest.number]}部分“${sectionTitles[highest.number]}”之后`,
          en: `"${sectionTitles[section.number]}" is section ${section.number} but comes after section ${highest.number} "${sectionTitles[highest.number]}"`,
        }, section.heading.span, { related: [{ message: { zh: '排在前面的部分', en: 'the section before it' }, span: highest.heading.span }] }));
      } else highest = section;
    }
    return out;
  },
};
