// structure/title-missing: no title line naming the report year ("2025年政府信息公开工作年度报告")
// near the top. The year is then taken from the statistics period (seed 004).
import { finding } from './finding.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

export const structureTitleMissing: Rule = {
  id: 'structure/title-missing',
  severity: 'warning',
  description: {
    zh: '报告开头没有含年份的标题（如“2021年政府信息公开工作年度报告”）。',
    en: 'The report has no title line with its year (e.g. "2021年政府信息公开工作年度报告").',
  },
  check(report) {
    if (!isReport(report) || report.yearEvidence.some((e) => e.source === 'title')) return [];
    const first = report.text.search(/\S/);
    if (first < 0) return [];
    const lineEnd = report.text.slice(first).search(/\r|\n|$/);
    const span = { start: first, end: first + lineEnd };
    const year = report.year;
    const fromPeriod = report.yearEvidence.some((e) => e.source === 'period' && e.year === year);
    const whence = fromPeriod ? { zh: '统计期限', en: 'statistics period' } : { zh: '正文', en: 'text' };
    return [finding(this, {
      zh: year !== null
        ? `缺少标题行“${year}年政府信息公开工作年度报告”；报告年度按${whence.zh}取为 ${year} 年`
        : '缺少含年份的标题行（如“2021年政府信息公开工作年度报告”），也无法从统计期限确定报告年度',
      en: year !== null
        ? `No title line "${year}年政府信息公开工作年度报告"; the report year ${year} is taken from the ${whence.en}`
        : 'No title line with the year (e.g. "2021年政府信息公开工作年度报告"), and no statistics period gives the year either',
    }, span)];
  },
};
