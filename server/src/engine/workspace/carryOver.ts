// workspace/carry-over: this year's 二、上年结转政府信息公开申请数量 must equal last year's
// 四、结转下年度继续办理, column by column: the applications left open at the end of last year are
// the ones carried into this one.
import { formats } from '../formats/index.ts';
import type { Span } from '../model.ts';
import { finding } from '../rules/finding.ts';
import type { PairRule } from './types.ts';

export const workspaceCarryOver: PairRule = {
  id: 'workspace/carry-over',
  severity: 'warning',
  description: {
    zh: '本年“上年结转”与上年报告的“结转下年度继续办理”不一致。',
    en: "This year's carried-over applications differ from last year's carried-forward ones.",
  },
  check({ current, previous }) {
    const columns = formats[current.format ?? '2021'].tableB.columns;
    const differ: { name: string; now: number; then: number; span: Span; thenSpan: Span }[] = [];
    current.carried.forEach((now, column) => {
      const then = previous.pending[column];
      if (now && then && now.value !== then.value) differ.push({ name: columns[column]?.label ?? String(column + 1), now: now.value, then: then.value, span: now.span, thenSpan: then.span });
    });
    const first = differ[0];
    if (!first) return [];
    const zh = differ.map((d) => `「${d.name}」本年为 ${d.now}，上年为 ${d.then}`).join('；');
    const en = differ.map((d) => `"${d.name}": ${d.now} this year, ${d.then} last year`).join('; ');
    return [finding(this, {
      zh: `“二、上年结转”与${previous.year}年报告（${previous.name}）的“四、结转下年度继续办理”不一致：${zh}`,
      en: `"二、上年结转" differs from "四、结转下年度继续办理" in the ${previous.year} report (${previous.name}): ${en}`,
    }, first.span, {
      related: [
        ...differ.slice(1).map((d) => ({ message: { zh: `「${d.name}」列`, en: `column "${d.name}"` }, span: d.span })),
        // Where last year's numbers stand, in last year's report.
        ...differ.map((d) => ({ message: { zh: `${previous.year}年「${d.name}」结转下年度：${d.then}`, en: `${previous.year}, "${d.name}" carried forward: ${d.then}` }, span: d.thenSpan, inPrevious: true as const })),
      ],
    })];
  },
};
