// 国办公开办函〔2019〕60号 (trial): the format of the 2019 and 2020 reports.
import { otherRowExplanation, tableBColumns, tableBHeadRows, tableBRelations, tableBTailRows, tableC } from './common.ts';
import type { FormatDef } from './types.ts';

const zh = (zhText: string, en: string) => ({ zh: zhText, en });
const projects = [
  { key: 'last', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', variants: ['本年增减', '本年增（减）'] },
];

export const format2019: FormatDef = {
  version: '2019',
  source: '国办公开办函〔2019〕60号',
  markers: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '本年增减', '处理决定数量',
    '其他对外管理服务事项', '第二十条第（九）项', '政府集中采购', '采购项目数量', '采购总金额'],
  tableA: {
    blocks: [
      {
        key: 'a1', caption: '第二十条第（一）项', item: 1,
        columns: [
          { key: 'made', label: '本年新制作数量' },
          { key: 'published', label: '本年新公开数量' },
          { key: 'total', label: '对外公开总数量' },
        ],
        rows: [
          { key: 'a1.rules', label: '规章', numbering: '',
            explain: { article: '第二十条第（一）项', text: zh('本机关的规章：本年新制作、新公开和对外公开总数量。', 'Rules: made, published this year, and in total.') } },
          { key: 'a1.normative', label: '规范性文件', numbering: '', variants: ['行政规范性文件'],
            explain: { article: '第二十条第（一）项', text: zh('本机关的规范性文件：本年新制作、新公开和对外公开总数量。', 'Normative documents: made, published this year, and in total.') } },
        ],
      },
      {
        key: 'a5', caption: '第二十条第（五）项', item: 5,
        columns: [...projects, { key: 'decisions', label: '处理决定数量' }],
        rows: [
          { key: 'a5.license', label: '行政许可', numbering: '',
            explain: { article: '第二十条第（五）项', text: zh('行政许可：上一年项目数量、本年增减和处理决定数量。', 'Licensing: last year\'s items, change, decisions.') } },
          { key: 'a5.other-services', label: '其他对外管理服务事项', numbering: '',
            explain: { article: '第二十条第（五）项', text: zh('其他对外管理服务事项：上一年项目数量、本年增减和处理决定数量。', 'Other public services: last year\'s items, change, decisions.') } },
        ],
      },
      {
        key: 'a6', caption: '第二十条第（六）项', item: 6,
        columns: [...projects, { key: 'decisions', label: '处理决定数量' }],
        rows: [
          { key: 'a6.penalty', label: '行政处罚', numbering: '',
            explain: { article: '第二十条第（六）项', text: zh('行政处罚：上一年项目数量、本年增减和处理决定数量。', 'Penalties: last year\'s items, change, decisions.') } },
          { key: 'a6.coercion', label: '行政强制', numbering: '',
            explain: { article: '第二十条第（六）项', text: zh('行政强制：上一年项目数量、本年增减和处理决定数量。', 'Coercion: last year\'s items, change, decisions.') } },
        ],
      },
      {
        key: 'a8', caption: '第二十条第（八）项', item: 8,
        columns: projects,
        rows: [{ key: 'a8.fees', label: '行政事业性收费', numbering: '',
          explain: { article: '第二十条第（八）项', text: zh('行政事业性收费：上一年项目数量和本年增减。', 'Administrative fees: last year\'s items and change.') } }],
      },
      {
        key: 'a9', caption: '第二十条第（九）项', item: 9,
        columns: [{ key: 'count', label: '采购项目数量' }, { key: 'amount', label: '采购总金额' }],
        rows: [{ key: 'a9.procurement', label: '政府集中采购', numbering: '',
          explain: { article: '第二十条第（九）项', text: zh('政府集中采购：采购项目数量和采购总金额。', 'Central government procurement: items and total amount.') } }],
      },
    ],
  },
  tableB: {
    columns: tableBColumns,
    rows: [
      ...tableBHeadRows,
      { key: 'other', label: '其他处理', numbering: '（六）', parent: 'results', explain: otherRowExplanation },
      ...tableBTailRows,
    ],
    relations: tableBRelations,
  },
  tableC,
};
