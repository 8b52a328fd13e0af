// What the format asks of each of the six sections (条例 第五十条 and the 2021 format; see
// ../shared/docs/FORMAT.md), shown when hovering a section heading. The Chinese titles are the
// engine's (rules/reportLike.ts); the English ones are for the English UI.
import type { Message } from '../engine/model.ts';
import { sectionNumerals, sectionTitles } from '../engine/formats/sections.ts';

export function sectionTitle(n: number): Message {
  return { zh: `${sectionNumerals[n] ?? n}、${sectionTitles[n] ?? ''}`, en: sectionGuide[n]?.title ?? `Section ${n}` };
}

export const sectionGuide: Record<number, { title: string; requires: Message }> = {
  1: {
    title: '1. Overview',
    requires: {
      zh: '概述本年度政府信息公开工作，通常分为（一）主动公开（二）依申请公开（三）政府信息管理（四）平台建设（五）监督保障。',
      en: 'An overview of the year\'s work, usually in five parts: proactive disclosure, disclosure on request, information management, platforms, supervision.',
    },
  },
  2: {
    title: '2. Proactive disclosure',
    requires: {
      zh: '填报第一张表（主动公开政府信息情况表），依条例第二十条第（一）（五）（六）（八）项列出规章、规范性文件、行政许可、行政处罚、行政强制和行政事业性收费。',
      en: 'Table A: rules and normative documents, licensing, penalties, coercion and administrative fees (条例 art. 20 items 1, 5, 6, 8).',
    },
  },
  3: {
    title: '3. Applications received and handled',
    requires: {
      zh: '填报第二张表：每行 7 个数，总计 = 各类申请人之和；（七）总计 = （一）至（六）各项之和；一 + 二 = （七）总计 + 四。',
      en: 'Table B: 7 numbers a row; total = the applicant types; （七） = （一）…（六）; 一 + 二 = （七） + 四.',
    },
  },
  4: {
    title: '4. Administrative review and litigation',
    requires: {
      zh: '填报第三张表：行政复议、未经复议直接起诉、复议后起诉各 5 个数，总计 = 维持 + 纠正 + 其他 + 尚未审结。',
      en: 'Table C: five numbers each for review, lawsuits without review and after review; total = upheld + corrected + other + pending.',
    },
  },
  5: {
    title: '5. Main problems and improvements',
    requires: {
      zh: '说明存在的主要问题和改进措施（条例第五十条）；各级人民政府还应报告工作考核、社会评议和责任追究结果。',
      en: 'The main problems and how they are being addressed (art. 50); governments also report evaluation and accountability results.',
    },
  },
  6: {
    title: '6. Other matters',
    requires: {
      zh: '其他需要报告的事项；格式要求在此说明本年度收取信息处理费的情况。',
      en: 'Other matters; the format asks for the information processing fees collected this year to be reported here.',
    },
  },
};
