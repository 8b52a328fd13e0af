// workspace/similar-text: more than half of this year's prose is last year's, sentence for
// sentence (evaluators penalise a report reused with few changes). Sentences that differ only in
// their numbers count as the same: a reused report usually has its years and counts updated.
// The tables and headings are left out: they are the same every year by design.
import type { Report, Span } from '../model.ts';
import { finding } from '../rules/finding.ts';
import type { PairRule } from './types.ts';

/** Above this share of reused prose the finding is raised. */
const THRESHOLD = 0.5;
/** Sentences shorter than this (headings, "无。") say nothing about reuse. */
const MIN_SENTENCE = 8;

export const workspaceSimilarText: PairRule = {
  id: 'workspace/similar-text',
  severity: 'information',
  description: {
    zh: '本年报告正文过半与上年报告相同。',
    en: "More than half of this year's text is the same as last year's.",
  },
  check({ current, previous }) {
    const now = sentencesOf(current.report);
    const total = now.reduce((n, s) => n + s.length, 0);
    if (total === 0) return [];
    const before = new Set(sentencesOf(previous.report));
    const same = now.filter((s) => before.has(s)).reduce((n, s) => n + s.length, 0);
    const share = same / total;
    if (share <= THRESHOLD) return [];
    const percent = Math.round(share * 100);
    return [finding(this, {
      zh: `本年报告正文约 ${percent}% 与${previous.report.year}年报告（${previous.name}）相同（仅数字不同的句子计为相同）`,
      en: `About ${percent}% of this report's text is the same as the ${previous.report.year} report (${previous.name}) (sentences differing only in numbers count as the same)`,
    }, firstLine(current.report.text))];
  },
};

function sentencesOf(report: Report): string[] {
  const tables = [report.tables.A, report.tables.B, report.tables.C].flatMap((t) => (t ? [t.span] : []));
  const fixed = [...tables, ...report.headings.map((h) => h.span)];
  let prose = '';
  let cursor = 0;
  for (const span of fixed.sort((a, b) => a.start - b.start)) {
    if (span.start > cursor) prose += report.text.slice(cursor, span.start) + '\n';
    cursor = Math.max(cursor, span.end);
  }
  prose += report.text.slice(cursor);
  return prose
    .split(/[。！？!?；;\r\n]+/)
    .map((s) => s.replace(/[\s\u3000\u00a0]+/g, '').replace(/[0-9０-９〇零一二三四五六七八九十百千万.．]+(?=[年月日件条个项次%％万])/g, '#').replace(/[0-9０-９]+/g, '#'))
    .filter((s) => s.length >= MIN_SENTENCE);
}

function firstLine(text: string): Span {
  const start = Math.max(0, text.search(/\S/));
  return { start, end: start + text.slice(start).search(/\r|\n|$/) };
}
