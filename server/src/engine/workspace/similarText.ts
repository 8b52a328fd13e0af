// workspace/similar-text: more than half of this year's prose is last year's, sentence for
// sentence (evaluators penalise a report reused with few changes). How sentences are compared is
// in digest.ts: tables and headings left out, numbers masked.
import { finding } from '../rules/finding.ts';
import type { ReportDigest } from './digest.ts';
import type { PairRule } from './types.ts';

/** Above this share of reused prose the finding is raised. */
const THRESHOLD = 0.5;

export const workspaceSimilarText: PairRule = {
  id: 'workspace/similar-text',
  severity: 'information',
  description: {
    zh: '本年报告正文过半与上年报告相同。',
    en: "More than half of this year's text is the same as last year's.",
  },
  check({ current, previous }) {
    const share = reusedShare(current, previous);
    if (share === null || share <= THRESHOLD) return [];
    const percent = Math.round(share * 100);
    return [finding(this, {
      zh: `本年报告正文约 ${percent}% 与${previous.year}年报告（${previous.name}）相同（仅数字不同的句子计为相同）`,
      en: `About ${percent}% of this report's text is the same as the ${previous.year} report (${previous.name}) (sentences differing only in numbers count as the same)`,
    }, current.firstLine, {
      related: [{ message: { zh: `${previous.year}年报告`, en: `the ${previous.year} report` }, span: previous.firstLine, inPrevious: true }],
    })];
  },
};

/** The share of this year's prose (by length) that stands sentence for sentence in last year's; null without prose. */
export function reusedShare(current: ReportDigest, previous: ReportDigest): number | null {
  const { hashes, lengths } = current.sentences;
  const total = lengths.reduce((n, l) => n + l, 0);
  if (total === 0) return null;
  const before = new Set(previous.sentences.hashes);
  let same = 0;
  hashes.forEach((hash, i) => {
    if (before.has(hash)) same += lengths[i] ?? 0;
  });
  return same / total;
}
