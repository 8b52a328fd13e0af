// workspace/carry-over: this year's 二、上年结转政府信息公开申请数量 must equal last year's
// 四、结转下年度继续办理, column by column: the applications left open at the end of last year are
// the ones carried into this one.
import type { Finding } from '../model.ts';
import { finding } from '../rules/finding.ts';
import { cellAt, columnName } from '../tableLookup.ts';
import type { PairRule } from './types.ts';

export const workspaceCarryOver: PairRule = {
  id: 'workspace/carry-over',
  severity: 'warning',
  description: {
    zh: '本年“上年结转”与上年报告的“结转下年度继续办理”不一致。',
    en: "This year's carried-over applications differ from last year's carried-forward ones.",
  },
  check({ current, previous }) {
    const columns = current.report.tables.B?.columns.length ?? 0;
    const differ: { column: number; now: number; then: number; span: Finding['span'] }[] = [];
    for (let column = 0; column < columns; column++) {
      const now = cellAt(current.report, { table: 'B', row: 'carried', column });
      const then = cellAt(previous.report, { table: 'B', row: 'pending', column });
      if (now?.value.kind !== 'number' || then?.value.kind !== 'number') continue;
      if (now.value.value !== then.value.value) differ.push({ column, now: now.value.value, then: then.value.value, span: now.span });
    }
    const first = differ[0];
    if (!first) return [];
    const list = (lang: 'zh' | 'en') => differ.map((d) => {
      const name = columnName(current.report, 'B', d.column);
      return lang === 'zh' ? `「${name}」本年为 ${d.now}，上年为 ${d.then}` : `"${name}": ${d.now} this year, ${d.then} last year`;
    }).join(lang === 'zh' ? '；' : '; ');
    const year = previous.report.year;
    return [finding(this, {
      zh: `“二、上年结转”与${year}年报告（${previous.name}）的“四、结转下年度继续办理”不一致：${list('zh')}`,
      en: `"二、上年结转" differs from "四、结转下年度继续办理" in the ${year} report (${previous.name}): ${list('en')}`,
    }, first.span, {
      related: differ.slice(1).map((d) => ({ message: { zh: `「${columnName(current.report, 'B', d.column)}」列`, en: `column "${columnName(current.report, 'B', d.column)}"` }, span: d.span })),
    })];
  },
};
