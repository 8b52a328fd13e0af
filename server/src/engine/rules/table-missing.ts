// table/missing: one of the three statutory tables is not in the report (or not in a form that
// can be read). Said only of texts that are reports: those with another table or the sections.
import type { Finding, Span, TableId } from '../model.ts';
import { sectionOfTable } from '../formats/sections.ts';
import { tableNames } from '../tableLookup.ts';
import { finding } from './finding.ts';
import { isReport } from './reportLike.ts';
import type { Rule } from './types.ts';

export const tableMissing: Rule = {
  id: 'table/missing',
  severity: 'error',
  description: {
    zh: '报告缺少三张法定表格之一，或表格无法识别。',
    en: 'One of the three statutory tables is missing or cannot be read.',
  },
  check(report) {
    if (!isReport(report)) return [];
    const out: Finding[] = [];
    for (const id of ['A', 'B', 'C'] as TableId[]) {
      if (report.tables[id]) continue;
      const section = report.sections.find((s) => s.number === sectionOfTable[id]);
      const span: Span = section ? section.heading.span : { start: 0, end: Math.min(report.text.length, report.text.search(/\r|\n|$/)) };
      out.push(finding(this, {
        zh: `未找到${tableNames[id].zh}：表格缺失，或其格式无法识别`,
        en: `${tableNames[id].en} was not found: it is missing or its layout cannot be read`,
      }, span));
    }
    return out;
  },
};
