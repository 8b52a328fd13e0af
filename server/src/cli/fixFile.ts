// --fix on one text: apply every safe fix, analyse again (a fix can make another possible, e.g. a
// total recomputed after a blank cell is filled), until nothing safe is left or a pass changes nothing.
// It keeps what it did, fix by fix, and what it left for a person, so the CLI can say both.
import { analyze } from '../engine/analyze.ts';
import { applyEdits } from '../engine/fixes.ts';
import type { Analysis, Finding, Message } from '../engine/model.ts';
import type { AnalyzeOptions } from '../engine/options.ts';
import { buildLineIndex, positionAt } from '../engine/text/lineIndex.ts';

const maxPasses = 8;

/** One safe fix as written: where (1-based line in the text the pass fixed), what stood there and what replaced it. */
export interface AppliedFix {
  rule: string;
  line: number;
  title: Message;
  /** For a fix of one edit: the text it replaced and the new text; a fix of several edits says how many. */
  from?: string;
  to?: string;
  edits: number;
}

/** A finding whose fixes are suggestions only: none is safe, a person must choose or confirm. */
export interface LeftFix {
  rule: string;
  line: number;
  message: Message;
  /** How many suggestions were offered. */
  suggestions: number;
}

export function fixText(first: Analysis, options: AnalyzeOptions): { analysis: Analysis; applied: AppliedFix[]; left: LeftFix[] } {
  let analysis = first;
  const applied: AppliedFix[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const text = analysis.report.text;
    const chosen = analysis.findings.flatMap((finding) => {
      const fix = finding.fixes.find((x) => x.safe);
      return fix ? [{ finding, fix }] : [];
    });
    if (chosen.length === 0) break;
    const result = applyEdits(text, chosen.flatMap((c) => c.fix.edits));
    if (result.text === text) break;
    // An edit overlapping one already taken waits for the next pass; a fix is said with the edits written.
    const taken = new Set(result.applied);
    const lines = buildLineIndex(text);
    for (const { finding, fix } of chosen) {
      const written = fix.edits.filter((e) => taken.has(e));
      const first = written[0];
      if (!first) continue;
      const line = positionAt(lines, first.span.start).line + 1;
      const single = written.length === 1 ? { from: text.slice(first.span.start, first.span.end), to: first.newText } : {};
      applied.push({ rule: finding.rule, line, title: fix.title, edits: written.length, ...single });
    }
    analysis = analyze(result.text, options);
  }
  return { analysis, applied, left: leftFor(analysis.findings, analysis.report.text) };
}

function leftFor(findings: readonly Finding[], text: string): LeftFix[] {
  const lines = buildLineIndex(text);
  return findings
    .filter((f) => f.fixes.length > 0 && !f.fixes.some((x) => x.safe))
    .map((f) => ({ rule: f.rule, line: positionAt(lines, f.span.start).line + 1, message: f.message, suggestions: f.fixes.length }));
}
