// The six sections of a report (FORMAT.md): their numerals, their titles in the 2021 wording, how a
// written title is recognised as one of them, the standard sub-topics written as headings, and
// which section holds which table. Format knowledge: read by the heading reader, the structure
// rules, table/missing and the language server's outline and guides.
import type { TableId } from '../model.ts';

/** Chinese numerals for section numbers 1…10, as the format writes them ("五、"). */
export const sectionNumerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A Chinese numeral from 一 to 九十九 ("十一", "二十"), as sub-headings are numbered; null beyond. */
export function chineseNumeral(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  if (n <= 10) return sectionNumerals[n] ?? null;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : sectionNumerals[tens]}十${units === 0 ? '' : sectionNumerals[units]}`;
}

/** The format's title of each section (2021 wording). */
export const sectionTitles: Record<number, string> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};

/** The section each table stands in. */
export const sectionOfTable: Record<TableId, number> = { A: 2, B: 3, C: 4 };

/**
 * The six sections, told apart by what their titles say (the format's wording and the variants
 * seen), tested on a normalised title (normalizeLabel). Tried in this order: 四's "被申请行政复议…
 * 情况" also speaks of 申请, so it is told before 三.
 */
export const sectionRecognisers: { section: number; test: (title: string) => boolean }[] = [
  { section: 1, test: (t) => t.includes('总体情况') || t === '概述' || t === '基本情况' },
  { section: 4, test: (t) => (t.includes('行政复议') || t.includes('行政诉讼')) && t.endsWith('情况') },
  { section: 5, test: (t) => t.includes('问题') && (t.includes('改进') || t.includes('整改')) },
  { section: 6, test: (t) => t.includes('其他需要报告') || t === '其他事项' },
  { section: 2, test: (t) => t.includes('主动公开') && !t.includes('申请') },
  { section: 3, test: (t) => t.includes('收到和处理') || (t.includes('申请') && t.endsWith('情况') && !t.includes('数量')) },
];

/**
 * The six section titles as the formats write them, and the variants seen, at the start of a text:
 * where a crawler ran a heading into its paragraph ("一、总体情况2021年，我区…"), the heading ends
 * after one of these.
 */
export const RUN_IN_SECTION_TITLE = /^(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|(?:因)?政府信息公开(?:工作)?(?:申请)?(?:被申请)?行政复议[、和]?(?:提起)?行政诉讼(?:的)?情况|(?:政府信息公开工作)?存在(?:的主要)?问题及(?:改进|整改)(?:情况|措施)|其他需要报告的事项)/;

/**
 * A title that is, whole, one of the six as the formats write them or an accepted variant (the
 * titles of RUN_IN_SECTION_TITLE), tested on a normalised title: a section known by its wording
 * beyond doubt. A merged title ("收到和处理申请及行政复议、行政诉讼情况") or a reworded one is not,
 * though sectionRecognisers may still take it for one section.
 */
export const FORMAT_SECTION_TITLE = new RegExp(`^(?:${RUN_IN_SECTION_TITLE.source.slice(1)})$`);

/**
 * The standard sub-topics a report writes as headings (总体情况's five, 五's two), tested on a
 * normalised title, so that one written without its number is still known to be a heading.
 */
export const STANDARD_SUBTOPIC = /^(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障|(?:存在的)?主要问题|存在(?:的)?问题|改进措施|改进情况)(?:情况|工作)?$/;
