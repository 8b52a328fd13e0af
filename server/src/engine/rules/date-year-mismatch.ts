// date/year-mismatch: the title and the statistics period name different years. The error stands
// on the odd one out (the one the text does not side with; the period when the text says
// neither), naming where the others stand.
import type { Finding } from '../model.ts';
import { sourceWords } from './dateWords.ts';
import { capitalise, finding } from './finding.ts';
import type { Rule } from './types.ts';

export const dateYearMismatch: Rule = {
  id: 'date/year-mismatch',
  severity: 'error',
  description: {
    zh: '标题与统计期限中的报告年份不一致。',
    en: 'The title and the statistics period name different report years.',
  },
  check(report) {
    const year = report.year;
    if (year === null) return [];
    const out: Finding[] = [];
    // Only the title and the period are flagged: a year in the text is date/stale-year's.
    const strong = report.yearEvidence.filter((e) => e.source !== 'text');
    for (const odd of strong) {
      if (odd.year === year) continue;
      const others = report.yearEvidence.filter((e) => e.year === year);
      if (others.length === 0) continue;
      const where = sourceWords[odd.source];
      const them = others.map((e) => sourceWords[e.source]);
      out.push(finding(this, {
        zh: `${where.zh}写的是${odd.year}年，而${them.map((m) => m.zh).join('和')}写的是${year}年`,
        en: `${capitalise(where.en)} says ${odd.year} while ${them.map((m) => m.en).join(' and ')} ${others.length > 1 ? 'say' : 'says'} ${year}`,
      }, odd.span, {
        related: others.map((e) => ({
          message: { zh: `${sourceWords[e.source].zh}：${e.year}年`, en: `${capitalise(sourceWords[e.source].en)}: ${e.year}` },
          span: e.span,
        })),
      }));
    }
    return out;
  },
};
