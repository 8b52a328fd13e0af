// The parts of tables B and C that the 2019 and 2021 formats share: the columns, every row up to
// （五）不予处理 with its meaning, and table C whole. Paraphrased from FORMAT.md, which cites the 条例.
import type { ColumnDef, RelationDef, RowDef, TableCDef } from './types.ts';

export const tableBColumns: ColumnDef[] = [
  { key: 'natural', label: '自然人' },
  { key: 'business', label: '商业企业', variants: ['商业', '企业'] },
  { key: 'research', label: '科研机构', variants: ['科研'] },
  { key: 'nonprofit', label: '社会公益组织', variants: ['公益组织'] },
  { key: 'legal', label: '法律服务机构', variants: ['法律服务'] },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
];

const zh = (zhText: string, en: string) => ({ zh: zhText, en });

/** Rows 一 to （五） of table B, the same in both formats. */
export const tableBHeadRows: RowDef[] = [
  {
    key: 'new', label: '本年新收政府信息公开申请数量', numbering: '一、',
    explain: { article: '第四十九条', text: zh('本年度新收到的政府信息公开申请数量。', 'Applications for government information received this year.') },
  },
  {
    key: 'carried', label: '上年结转政府信息公开申请数量', numbering: '二、',
    explain: { article: '第四十九条', text: zh('上一年度收到、结转到本年度继续办理的申请数量，应等于上年报告的“四、结转下年度继续办理”。', "Applications carried over from last year; equals last year's row 四.") },
  },
  { key: 'results', label: '本年度办理结果', numbering: '三、', group: true,
    explain: { article: '第三十六条', text: zh('本年度办结的申请按办理结果分类计数。', 'Applications handled this year, counted by outcome.') } },
  {
    key: 'open', label: '予以公开', numbering: '（一）', parent: 'results',
    explain: { article: '第三十六条第（一）（二）项', text: zh('提供了所申请的信息，或告知申请人获取已公开信息的方式和途径。', 'The information was provided, or the applicant was told where it was already published.') },
  },
  {
    key: 'partial', label: '部分公开（区分处理的，只计这一情形，不计其他情形）', numbering: '（二）', parent: 'results',
    variants: ['部分公开'],
    explain: { article: '第三十七条', text: zh('对不应公开的部分作区分处理后提供其余部分；只计入这一项，不再计入其他情形。', 'Exempt parts were separated out and the rest provided; counted here only.') },
  },
  { key: 'withheld', label: '不予公开', numbering: '（三）', parent: 'results', group: true,
    explain: { article: '第十四条至第十六条', text: zh('依法不予公开的申请，按理由分为8类。', 'Applications refused, by the 8 grounds of the 条例.') } },
  {
    key: 'withheld.secret', label: '属于国家秘密', numbering: '1.', parent: 'withheld',
    explain: { article: '第十四条', text: zh('依法确定为国家秘密的政府信息不予公开。', 'Information classified as a state secret.') },
  },
  {
    key: 'withheld.law', label: '其他法律行政法规禁止公开', numbering: '2.', parent: 'withheld',
    variants: ['其他法律法规禁止公开', '法律行政法规禁止公开'],
    explain: { article: '第十四条', text: zh('法律、行政法规禁止公开的政府信息不予公开。', 'A law or administrative regulation forbids disclosure.') },
  },
  {
    key: 'withheld.security', label: '危及“三安全一稳定”', numbering: '3.', parent: 'withheld',
    variants: ['危及三安全一稳定'],
    explain: { article: '第十四条', text: zh('公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息不予公开。', 'Disclosure could endanger national, public or economic security or social stability.') },
  },
  {
    key: 'withheld.third-party', label: '保护第三方合法权益', numbering: '4.', parent: 'withheld',
    explain: { article: '第十五条', text: zh('涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害的不予公开；第三方同意或不公开会对公共利益造成重大影响的除外。', 'Trade secrets, personal privacy and the like that would harm a third party; may still be disclosed with consent or for a major public interest.') },
  },
  {
    key: 'withheld.internal', label: '属于三类内部事务信息', numbering: '5.', parent: 'withheld',
    explain: { article: '第十六条第一款', text: zh('人事管理、后勤管理、内部工作流程等内部事务信息，可以不予公开。', 'Internal affairs: personnel, logistics, internal workflow.') },
  },
  {
    key: 'withheld.process', label: '属于四类过程性信息', numbering: '6.', parent: 'withheld',
    explain: { article: '第十六条第二款', text: zh('履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，可以不予公开。', 'Discussion records, drafts, consultation letters, requests and reports made in the course of administration.') },
  },
  {
    key: 'withheld.enforcement', label: '属于行政执法案卷', numbering: '7.', parent: 'withheld',
    explain: { article: '第十六条第二款', text: zh('行政执法案卷信息，可以不予公开。', 'Administrative enforcement case files.') },
  },
  {
    key: 'withheld.query', label: '属于行政查询事项', numbering: '8.', parent: 'withheld',
    explain: { article: '第三十六条第（七）项', text: zh('工商、不动产登记资料等，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关规定办理。', 'Records such as business or real-estate registration, where a law sets its own access procedure.') },
  },
  { key: 'unable', label: '无法提供', numbering: '（四）', parent: 'results', group: true,
    explain: { article: '第三十六条、第三十八条', text: zh('因信息不存在、需另行制作或申请内容不明确而无法提供。', 'The information cannot be provided.') } },
  {
    key: 'unable.none', label: '本机关不掌握相关政府信息', numbering: '1.', parent: 'unable',
    explain: { article: '第三十六条第（四）（五）项', text: zh('经检索没有所申请的信息，或信息由其他机关负责公开。', 'None exists after search, or another agency is responsible.') },
  },
  {
    key: 'unable.compile', label: '没有现成信息需要另行制作', numbering: '2.', parent: 'unable',
    explain: { article: '第三十八条', text: zh('行政机关提供已有的政府信息，不需要对信息加工、分析或另行制作。', 'Only existing information is owed, not new compilation or analysis.') },
  },
  {
    key: 'unable.unclear', label: '补正后申请内容仍不明确', numbering: '3.', parent: 'unable',
    explain: { article: '第二十九条、第三十条', text: zh('申请内容不明确，经告知补正后仍不明确。', 'Still unclear after the applicant was asked to amend it.') },
  },
  { key: 'rejected', label: '不予处理', numbering: '（五）', parent: 'results', group: true,
    explain: { article: '第三十五条、第三十六条、第三十九条', text: zh('依法不作为政府信息公开申请处理的情形。', 'Requests not handled as disclosure applications.') } },
  {
    key: 'rejected.petition', label: '信访举报投诉类申请', numbering: '1.', parent: 'rejected',
    explain: { article: '第三十九条第一款', text: zh('以政府信息公开申请形式进行信访、投诉、举报等活动的，告知申请人不作为申请处理。', 'Petitions and complaints filed as disclosure requests.') },
  },
  {
    key: 'rejected.repeat', label: '重复申请', numbering: '2.', parent: 'rejected',
    explain: { article: '第三十六条第（六）项', text: zh('已就申请事项作出答复后，申请人重复申请公开相同政府信息。', 'The same information asked again after an answer.') },
  },
  {
    key: 'rejected.publication', label: '要求提供公开出版物', numbering: '3.', parent: 'rejected',
    explain: { article: '第三十九条第二款', text: zh('申请人要求提供政府公报、报刊、书籍等公开出版物的，可告知获取途径。', 'Gazettes, newspapers, books: the applicant is told where to get them.') },
  },
  {
    key: 'rejected.mass', label: '无正当理由大量反复申请', numbering: '4.', parent: 'rejected',
    explain: { article: '第三十五条', text: zh('申请公开政府信息的数量、频次明显超过合理范围。', 'Number or frequency clearly beyond a reasonable range.') },
  },
  {
    key: 'rejected.confirm', label: '要求行政机关确认或重新出具已获取信息', numbering: '5.', parent: 'rejected',
    explain: { article: '国务院办公厅有关规定', text: zh('要求行政机关确认或重新出具已获取的信息（依据为国务院办公厅的指导意见，而非条例的某一条）。', 'Asking the agency to confirm or reissue information already obtained (from State Council guidance rather than a numbered article).') },
  },
];

export const otherRowExplanation = {
  article: '第三十条、第四十二条',
  text: zh('其他处理情形，包括逾期不补正、逾期不缴费等。', 'Other outcomes, such as no amendment or no fee paid in time.'),
};

/** （七）总计 and 四、结转下年度继续办理, the same in both formats. */
export const tableBTailRows: RowDef[] = [
  {
    key: 'total', label: '总计', numbering: '（七）', parent: 'results',
    explain: { article: '第四十九条', text: zh('本年度办理结果合计，等于（一）至（六）各项之和。', 'All outcomes this year: the sum of （一） to （六）.') },
  },
  {
    key: 'pending', label: '结转下年度继续办理', numbering: '四、',
    explain: { article: '第三十三条', text: zh('截至年底尚在答复期限内、结转到下一年度办理的申请（答复期限为20个工作日，可延长20个工作日）。', 'Applications still within their reply period at year end, carried into next year (20 working days, extendable by 20).') },
  },
];

export const tableBRelations: RelationDef[] = [
  { kind: 'row-total', total: 'total', parts: ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] },
  { kind: 'column-total', total: 'total', under: 'results' },
  { kind: 'balance', left: ['new', 'carried'], right: ['total', 'pending'] },
];

const groups = [
  { prefix: 'review', zh: '行政复议', en: 'administrative review' },
  { prefix: 'direct', zh: '行政诉讼·未经复议直接起诉', en: 'lawsuit without prior review' },
  { prefix: 'after', zh: '行政诉讼·复议后起诉', en: 'lawsuit after review' },
];
const outcomes = [
  { key: 'upheld', label: '结果维持', variants: ['维持'] },
  { key: 'corrected', label: '结果纠正', variants: ['纠正'] },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结', variants: ['未审结'] },
  { key: 'total', label: '总计' },
];

export const tableC: TableCDef = {
  columns: groups.flatMap((g) => outcomes.map((o) => ({ key: `${g.prefix}.${o.key}`, label: `${g.zh}·${o.label}`, variants: o.variants }))),
  headers: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  relations: groups.map((g) => ({
    kind: 'group-total' as const,
    name: { zh: `${g.zh}：总计 = 维持 + 纠正 + 其他 + 尚未审结`, en: `${g.en}: total = upheld + corrected + other + pending` },
    total: `${g.prefix}.total`,
    parts: ['upheld', 'corrected', 'other', 'pending'].map((k) => `${g.prefix}.${k}`),
  })),
};
