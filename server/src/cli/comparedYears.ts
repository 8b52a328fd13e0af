// Each agency's two years for the batch HTML page, compared as the editor's "compare with last
// year" compares them (render/yearsHtml.ts: both years' tables, each changed number with its
// change, each section's text reused from last year with the sentences). A batch keeps only the
// reports' digests while it runs; the pairs are known at its end, so each pair's two files are read
// and analysed again then (for the page only: a few milliseconds a pair).
import { analyze } from '../engine/analyze.ts';
import type { AnalyzeOptions } from '../engine/options.ts';
import type { ReportDigest } from '../engine/workspace/digest.ts';
import { sectionReuse } from '../engine/workspace/sectionReuse.ts';
import { yearsHtml } from '../render/yearsHtml.ts';
import type { Language } from './language.ts';
import { readInput } from './readInput.ts';

/** The comparison's markup, or null when a file can no longer be read (the pair keeps its summary). */
export async function comparedYears(currentPath: string, previousPath: string, previous: ReportDigest, options: AnalyzeOptions, language: Language): Promise<string | null> {
  try {
    const [now, before] = await Promise.all([readInput(currentPath), readInput(previousPath)]);
    const current = analyze(now.text, options).report;
    const last = analyze(before.text, options).report;
    return yearsHtml({ current, previous: last, previousName: previousPath, reuse: sectionReuse(current, previous) }, language).value;
  } catch {
    return null;
  }
}
