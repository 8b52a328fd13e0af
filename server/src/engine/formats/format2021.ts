// 国办公开办函〔2021〕30号: the format of the 2021 report on.
import { otherRowExplanation, tableBColumns, tableBHeadRows, tableBRelations, tableBTailRows, tableC } from './common.ts';
import type { FormatDef } from './types.ts';

const zh = (zhText: string, en: string) => ({ zh: zhText, en });

export const format2021: FormatDef = {
  version: '2021',
  source: '国办公开办函〔2021〕30号',
  markers: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额（单位：万元）', '本年收费金额',
    '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  tableA: {
    blocks: [
      {
        key: 'a1', caption: '第二十条第（一）项', item: 1,
        columns: [
          { key: 'issued', label: '本年制发件数' },
          { key: 'repealed', label: '本年废止件数' },
          { key: 'valid', label: '现行有效件数' },
        ],
        rows: [
          { key: 'a1.rules', label: '规章', numbering: '',
            explain: { article: '第二十条第（一）项', text: zh('本机关制定的规章：本年制发、本年废止和现行有效的件数。', 'Rules made by the agency: issued, repealed and in force.') } },
          { key: 'a1.normative', label: '行政规范性文件', numbering: '', variants: ['规范性文件'],
            explain: { article: '第二十条第（一）项', text: zh('本机关制定的行政规范性文件：本年制发、本年废止和现行有效的件数。上年现行有效件数 + 本年制发 − 本年废止 应等于本年现行有效件数。', 'Normative documents: issued, repealed, in force. Last year\'s in force + issued − repealed should equal this year\'s in force.') } },
        ],
      },
      {
        key: 'a5', caption: '第二十条第（五）项', item: 5,
        columns: [{ key: 'decisions', label: '本年处理决定数量' }],
        rows: [{ key: 'a5.license', label: '行政许可', numbering: '',
          explain: { article: '第二十条第（五）项', text: zh('本年作出的行政许可处理决定数量。', 'Administrative licensing decisions made this year.') } }],
      },
      {
        key: 'a6', caption: '第二十条第（六）项', item: 6,
        columns: [{ key: 'decisions', label: '本年处理决定数量' }],
        rows: [
          { key: 'a6.penalty', label: '行政处罚', numbering: '',
            explain: { article: '第二十条第（六）项', text: zh('本年作出的行政处罚决定数量。', 'Administrative penalty decisions made this year.') } },
          { key: 'a6.coercion', label: '行政强制', numbering: '',
            explain: { article: '第二十条第（六）项', text: zh('本年作出的行政强制决定数量。', 'Administrative coercion decisions made this year.') } },
        ],
      },
      {
        key: 'a8', caption: '第二十条第（八）项', item: 8,
        columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
        rows: [{ key: 'a8.fees', label: '行政事业性收费', numbering: '',
          explain: { article: '第二十条第（八）项', text: zh('本机关本年的行政事业性收费金额（万元）。这不是条例第四十二条的信息处理费。', 'The agency\'s administrative fees this year (10,000 yuan); not the information processing fee of article 42.') } }],
      },
    ],
  },
  tableB: {
    columns: tableBColumns,
    rows: [
      ...tableBHeadRows,
      { key: 'other', label: '其他处理', numbering: '（六）', parent: 'results', group: true, mayAggregate: true, explain: otherRowExplanation },
      {
        key: 'other.no-amend', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', numbering: '1.', parent: 'other',
        variants: ['申请人无正当理由逾期不补正、行政机关不在处理其政府信息公开申请', '逾期不补正'],
        explain: { article: '第三十条', text: zh('申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理。', 'No amendment in time without good reason: treated as abandoned.') },
      },
      {
        key: 'other.no-fee', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', numbering: '2.', parent: 'other',
        variants: ['逾期未按收费通知要求缴纳费用'],
        explain: { article: '第四十二条', text: zh('申请人逾期未按收费通知缴纳信息处理费，行政机关不再处理（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）。', 'The processing fee was not paid in time (国办函〔2020〕109号).') },
      },
      {
        key: 'other.other', label: '其他', numbering: '3.', parent: 'other',
        explain: { article: '第四十九条', text: zh('以上各项之外的其他处理情形。', 'Any other outcome.') },
      },
      ...tableBTailRows,
    ],
    relations: tableBRelations,
  },
  tableC,
};
