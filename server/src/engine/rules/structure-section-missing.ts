// structure/section-missing: one of the six sections the format requires (第五十条) is not there.
// Reported where it should stand: at the next section present, or at the end.
import type { Finding } from '../model.ts';
import { finding } from './finding.ts';
import { sectionNumerals, sectionTitles } from '../formats/sections.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

export const structureSectionMissing: Rule = {
  id: 'structure/section-missing',
  severity: 'error',
  description: {
    zh: '缺少格式要求的六个部分之一。',
    en: 'One of the six sections the format requires is missing.',
  },
  check(report) {
    if (!isReport(report) || report.sections.length === 0) return [];
    const present = new Set(report.sections.map((s) => s.number));
    const out: Finding[] = [];
    for (let n = 1; n <= 6; n++) {
      if (present.has(n)) continue;
      const next = report.sections.find((s) => s.number > n);
      const at = next ? next.heading.span : endSpan(report.text);
      const name = `${sectionNumerals[n]}、${sectionTitles[n]}`;
      out.push(finding(this, {
        zh: `缺少第${sectionNumerals[n]}部分“${name}”`,
        en: `Section ${n} "${name}" is missing`,
      }, at));
    }
    return out;
  },
};

function endSpan(text: string) {
  const end = text.trimEnd().length;
  const lineStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
  return { start: lineStart, end };
}
