// date/document-number: a document number 〔YYYY〕N号 whose year is later than the report's
// publication: a document cannot be cited before it is issued. Without a publication date (or with
// one that is itself wrong, before the period ends) the report is taken to be published in the year
// after the report year at the latest.
import type { Finding } from '../model.ts';
import { dateExists, dateKey } from '../parse/dates.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** 〔2021〕30号, [2021]30号, （2021）30号, 【2021】第30号. Court case numbers ("（2022）津0102行初45号") have words inside and do not match. */
const DOCUMENT_NUMBER = /[〔[【(]\s{0,2}((?:19|20)[0-9]{2})\s{0,2}[〕\]】)]\s{0,2}第?\s{0,2}[0-9]{1,5}\s{0,2}号/g;

export const dateDocumentNumber: Rule = {
  id: 'date/document-number',
  severity: 'warning',
  description: {
    zh: '文号〔YYYY〕N号的年份晚于报告的发布年份。',
    en: 'A document number 〔YYYY〕N号 is dated after the report was published.',
  },
  check(report) {
    const year = report.year;
    if (year === null) return [];
    const publication = report.dates.find((d) => d.role === 'publication' && d.month !== null && dateExists(d)
      && dateKey(d.year, d.month, d.day ?? 31) > dateKey(year, 12, 31));
    const latest = publication ? publication.year : year + 1;
    const out: Finding[] = [];
    const text = report.dateText;
    DOCUMENT_NUMBER.lastIndex = 0;
    for (let m = DOCUMENT_NUMBER.exec(text); m; m = DOCUMENT_NUMBER.exec(text)) {
      const cited = Number(m[1]);
      if (cited <= latest) continue;
      const written = report.text.slice(m.index, m.index + m[0].length);
      out.push(finding(this, publication
        ? {
            zh: `文号${written}的年份${cited}晚于报告的发布年份${latest}年`,
            en: `The document number ${written} is dated ${cited}, after the report was published (${latest})`,
          }
        : {
            zh: `文号${written}的年份${cited}晚于${year}年度报告最晚的发布年份${latest}年`,
            en: `The document number ${written} is dated ${cited}, after a ${year} report can have been published (${latest} at the latest)`,
          }, { start: m.index, end: m.index + m[0].length }, publication
        ? { related: [{ message: { zh: '发布日期', en: 'Publication date' }, span: publication.span }] }
        : {}));
    }
    return out;
  },
};
