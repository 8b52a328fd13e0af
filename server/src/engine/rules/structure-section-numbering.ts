// structure/section-numbering: a section heading numbered otherwise than the format's 一、…六、:
// Arabic numbers ("5、" for "五、", seed 002) or a number that is not the section's ("四、" on the
// section about problems and improvements, when numbers shifted). The fix writes the right numeral.
import type { Finding, Heading } from '../model.ts';
import { finding } from './finding.ts';
import { sectionNumerals } from '../formats/sections.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

export const structureSectionNumbering: Rule = {
  id: 'structure/section-numbering',
  severity: 'warning',
  description: {
    zh: '部分标题的序号与格式不一致（如“5、”应为“五、”）。',
    en: 'A section heading is numbered otherwise than the format (e.g. "5、" for "五、").',
  },
  check(report) {
    if (!isReport(report)) return [];
    // A section that appears twice (the same title repeated) is left to the reader: which one
    // is the heading is not certain.
    const counts = new Map<number, number>();
    for (const s of report.sections) counts.set(s.number, (counts.get(s.number) ?? 0) + 1);
    // Sections out of the format's order (structure/section-order says so) are an outline of the
    // report's own: writing the format's numeral on some of its headings may leave the numbering
    // worse ("一、二、三、五" of a second outline made "一、二、四、六"). The fix is then offered, not
    // applied by `--fix`.
    const ordered = report.sections.every((s, i) => i === 0 || s.number >= report.sections[i - 1]!.number);
    const out: Finding[] = [];
    for (const { heading, number } of report.sections) {
      if (counts.get(number) !== 1 || !heading.numberSpan || heading.numberText === null) continue;
      const right = `${sectionNumerals[number]}、`;
      if (heading.numberText === right || (heading.numberStyle === 'chinese' && heading.number === number)) continue;
      out.push(numberingFinding(this, heading, number, right, ordered));
    }
    return out;
  },
};

function numberingFinding(rule: Rule, heading: Heading, number: number, right: string, safe: boolean): Finding {
  const written = heading.numberText ?? '';
  const span = heading.numberSpan ?? heading.span;
  const message = heading.numberStyle === 'arabic' && heading.number === number
    ? { zh: `部分标题应使用汉字序号“${right}”，而不是“${written}”`, en: `The section heading should be numbered "${right}", not "${written}"` }
    : { zh: `“${heading.title}”是第${sectionNumerals[number]}部分，序号应为“${right}”，而不是“${written}”`, en: `"${heading.title}" is section ${number}: its number should be "${right}", not "${written}"` };
  return finding(rule, message, heading.span, {
    fixes: [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ span, newText: right }], safe }],
  });
}
