// --fix on one text: apply every safe fix, analyse again (a fix can make another possible, e.g. a
// total recomputed after a blank cell is filled), until nothing safe is left or a pass changes nothing.
import { analyze } from '../engine/analyze.ts';
import { applyEdits, safeEdits } from '../engine/fixes.ts';
import type { Analysis } from '../engine/model.ts';
import type { AnalyzeOptions } from '../engine/options.ts';

const maxPasses = 8;

export function fixText(first: Analysis, options: AnalyzeOptions): { analysis: Analysis; fixes: number } {
  let analysis = first;
  let fixes = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = safeEdits(analysis.findings);
    if (edits.length === 0) break;
    const result = applyEdits(analysis.report.text, edits);
    if (result.text === analysis.report.text) break;
    fixes += result.applied.length;
    analysis = analyze(result.text, options);
  }
  return { analysis, fixes };
}
