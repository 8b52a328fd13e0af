// Who published the report: the agency, read from the text, and whether it is an area's own
// government or a department (which deadline applies, FORMAT.md). Read, in this order of trust:
//   1. the title line: the words before its year ("平潭综合实验区2021年度…"), or between the year
//      and the subject ("2021年某某市人民政府政府信息公开…");
//   2. a short line just above the title ("宁河区人民政府合作交流办公室" over "2021年政府信息公开…");
//   3. a crawler's or a page's metadata line: "发布机构：…", "来源：…", "单位：…";
//   4. the signature: a short line just above the date line at the end.
// A file name is never read here (workspace/agency.ts may fall back on one that holds Chinese).
import type { Agency, YearEvidence } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { isBlankText, normalizeLabel, toHalfWidth } from '../text/normalize.ts';

/** The year and the report's subject: what a title says besides the agency. */
const REPORT_WORDS = /(?:关于)?(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年(?:度)?|政府信息公开工作年度报告|政府信息公开年度报告|政务公开工作年度报告|信息公开工作年度报告|工作年度报告|年度报告|年报|的$/g;
/** A metadata label before the title or the agency on a crawler's or a page's line. */
const TITLE_LABEL = /^[\s\u3000]*(?:标题|名称|题目)[\s\u3000]*[:：]/;
const AGENCY_LINE = /^[\s\u3000]*(?:发布机构|发文机关|发布单位|来源|单位|信息来源)[\s\u3000]*[:：][\s\u3000]*([^\s\u3000：:|｜]{3,30})/;
/** What follows a page's title after a dash: the site's short name ("…年度报告-沭阳县发改局"). */
const SITE_SUFFIX = /[-—_|｜].*$/;

export function readAgency(text: string, lines: readonly Line[], evidence: readonly YearEvidence[]): Agency | null {
  const title = evidence.find((e) => e.source === 'title');
  if (title) {
    const line = lines.find((l) => l.start <= title.span.start && title.span.start <= l.end);
    if (line) {
      // The title's lines: two when it wraps ("2024年上海市科委政府信息公开工作" over "年度报告").
      const titleLines = title.lines ?? { start: line.start, end: line.end };
      const titleText = text.slice(titleLines.start, titleLines.end).replace(/\s*[\r\n]+\s*/g, '');
      const fromTitle = agencyNameIn(titleText.replace(TITLE_LABEL, '').replace(SITE_SUFFIX, ''));
      // Latin letters or digits left beside the name: a line that only looks like a title (a
      // crawler's "本地目录: zwgk/…/80613_…年度报告"), not an agency's name.
      if (fromTitle && !/[A-Za-z0-9]/.test(fromTitle)) return { name: fromTitle, span: titleLines, source: 'title' };
      const above = lastWritten(lines, line.index, 1)[0];
      if (above && above.text.trim().length <= 30 && !/\d/.test(toHalfWidth(above.text))) {
        const name = agencyNameIn(above.text);
        if (name) return { name, span: { start: above.start, end: above.end }, source: 'above-title' };
      }
    }
  }
  for (const line of lines.slice(0, 40)) {
    if (line.text.length > 200) continue;
    const m = AGENCY_LINE.exec(line.text);
    const name = m?.[1] ? agencyNameIn(m[1]) : null;
    if (name && isAgencyName(name)) return { name, span: { start: line.start, end: line.end }, source: 'metadata' };
  }
  return header(lines) ?? signature(lines);
}

/** A date line: a year first, and short (a publication date, not a sentence). */
function isDateLine(text: string): boolean {
  return /^[\s\u3000]*(?:(?:19|20)[0-9０-９]{2}|[〇零一二三四五六七八九]{4})\s*年/.test(toHalfWidth(text)) && text.trim().length <= 20;
}

/** The first line of the text, when it names an agency and a date line follows it (a page's head, seed 004). */
function header(lines: readonly Line[]): Agency | null {
  const written: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() !== '') written.push(line);
    if (written.length === 2) break;
  }
  const [first, date] = written;
  if (!first || !date || !isDateLine(date.text) || first.text.trim().length > 30) return null;
  const name = agencyNameIn(first.text);
  return name && isAgencyName(name) ? { name, span: { start: first.start, end: first.end }, source: 'header' } : null;
}

/** The short line above the last date line, when it names an agency. */
function signature(lines: readonly Line[]): Agency | null {
  const written = lastWritten(lines, lines.length, 4);
  for (let i = written.length - 1; i > 0; i--) {
    const dateLine = written[i]!;
    if (!isDateLine(dateLine.text)) continue;
    const above = written[i - 1]!;
    const name = above.text.trim().length <= 30 ? agencyNameIn(above.text) : null;
    if (name && isAgencyName(name)) return { name, span: { start: above.start, end: above.end }, source: 'signature' };
  }
  return null;
}

/** The last `count` lines before line `end` that are not blank, in order: read from `end` back, not the whole text. */
function lastWritten(lines: readonly Line[], end: number, count: number): Line[] {
  const written: Line[] = [];
  for (let i = end - 1; i >= 0 && written.length < count; i--) if (!isBlankText(lines[i]!.text)) written.unshift(lines[i]!);
  return written;
}

/** The agency named by a text without the report's year and subject, normalised; null when too short. */
export function agencyNameIn(text: string): string | null {
  const name = normalizeLabel(toHalfWidth(text).replace(REPORT_WORDS, ''));
  // Two characters ("政府", "本局") name no agency in particular.
  return name.length >= 3 && name.length <= 40 ? name : null;
}

/** Ends like an agency: an area, a government or a department. */
function isAgencyName(name: string): boolean {
  return /(?:政府|[省市区县镇乡旗盟州]|局|委员会|委|办公室|办|厅|中心|院|署|部|处|所|站|队|街道|办事处|管委会)$/.test(name);
}

/** An area's own name, with or without 人民政府 (某某市, 某某区人民政府, 某某综合实验区). */
const AREA = /(?:省|自治区|市|自治州|州|盟|区|县|自治县|旗|镇|乡|综合实验区|新区|开发区|高新区)$/;
const GOVERNMENT_WORDS = /(?:人民政府|政府)$/;

/**
 * Whether the agency is an area's own government (due by 3月31日) or a department (1月31日):
 * an area named alone, or with 人民政府/政府 after it, is a government; a department word after
 * the area (…局, …委员会, …办公室, …办, …厅, …中心, 人民政府办公室) makes it a department.
 */
export function agencyKind(name: string): 'government' | 'department' {
  const area = name.replace(GOVERNMENT_WORDS, '');
  return AREA.test(area) ? 'government' : 'department';
}
