// How a relation and its two sides are said to a reader, for the balance rules' messages.
import type { EvaluatedRelation } from '../balance.ts';
import type { Message, Report, Span } from '../model.ts';
import { cellAt } from '../tableLookup.ts';

export function relationSides(r: EvaluatedRelation): Message {
  const { left, right } = r;
  switch (r.relation.kind) {
    case 'row-total':
      return { zh: `总计为 ${left}，各类申请人之和为 ${right}`, en: `total ${left}, applicant types add up to ${right}` };
    case 'column-total':
      return { zh: `（七）总计为 ${left}，（一）至（六）各项之和为 ${right}`, en: `（七） total ${left}, （一）–（六） add up to ${right}` };
    case 'balance':
      return { zh: `一 + 二 = ${left}，（七）总计 + 四 = ${right}`, en: `一 + 二 = ${left}, （七） + 四 = ${right}` };
    case 'group-total':
      return { zh: `总计为 ${left}，四项之和为 ${right}`, en: `total ${left}, the four outcomes add up to ${right}` };
  }
}

export function relationMessage(r: EvaluatedRelation): Message {
  const sides = relationSides(r);
  const mark = r.status === 'holds' ? '✓' : '✗';
  return { zh: `${mark} ${r.relation.name.zh}：${sides.zh}`, en: `${mark} ${r.relation.name.en}: ${sides.en}` };
}

/** Where a relation is shown: its total cell, or for 一 + 二 = （七） + 四 the （七） cell. */
export function relationAnchor(report: Report, r: EvaluatedRelation): Span {
  const ref = r.relation.kind === 'balance' ? r.relation.right[0] : r.relation.left[0];
  const cell = ref ? cellAt(report, ref) : null;
  if (cell) return cell.span;
  const any = [...r.relation.left, ...r.relation.right].map((x) => cellAt(report, x)).find((c) => c);
  return any?.span ?? { start: 0, end: 0 };
}
