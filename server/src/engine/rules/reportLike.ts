// Whether a text is an annual report at all: rules about what a report lacks speak only then, so
// a notice or a memo opened in the editor gets no "missing section" noise.
import type { Report } from '../model.ts';

export function isReport(report: Report): boolean {
  const { A, B, C } = report.tables;
  return Boolean(A || B || C) || new Set(report.sections.map((s) => s.number)).size >= 3;
}

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

/** The format's title of each section (2021 wording, FORMAT.md). */
export const sectionTitles: Record<number, string> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};
