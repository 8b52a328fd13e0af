// Checks across the reports of one run (the CLI's files and folders), on their digests (digest.ts):
// each report is paired with the same agency's report of the year before, and every pair rule runs
// on the pair. The findings of report i are at index i, with the severities the options set. Never
// throws: a failing rule is reported as an internal finding, like the single-report rules.
import { internalFinding } from '../analyze.ts';
import type { Finding, Message, Severity } from '../model.ts';
import type { AnalyzeOptions } from '../options.ts';
import { applySeverities } from '../rules/severity.ts';
import { workspaceCarryOver } from './carryOver.ts';
import { workspaceValidDocuments } from './normativeDocuments.ts';
import type { ReportDigest } from './digest.ts';
import { pairsOf, unpairedOf } from './pairs.ts';
import { workspaceSameYear } from './sameYear.ts';
import { workspaceSimilarText } from './similarText.ts';
import type { PairRule } from './types.ts';

export const pairRules: PairRule[] = [workspaceCarryOver, workspaceValidDocuments, workspaceSimilarText];

/** Every cross-report rule: those run on a pair, and the one that says why a report made none. */
export const crossReportRules: readonly { id: string; severity: Severity; description: Message }[] = [...pairRules, workspaceSameYear];

export function crossReportFindings(reports: readonly ReportDigest[], options: AnalyzeOptions = {}): Finding[][] {
  const out: Finding[][] = reports.map(() => []);
  const sameYear = applySeverities.settingFor(workspaceSameYear.id, options);
  if (sameYear !== 'off') {
    for (const found of unpairedOf(reports)) {
      for (const f of workspaceSameYear.check(found)) out[found.at]?.push(sameYear ? { ...f, severity: sameYear } : f);
    }
  }
  for (const pair of pairsOf(reports)) {
    const found = out[pair.at];
    if (!found) continue;
    for (const rule of pairRules) {
      const setting = applySeverities.settingFor(rule.id, options);
      if (setting === 'off') continue;
      try {
        for (const f of rule.check(pair)) found.push(setting ? { ...f, severity: setting } : f);
      } catch (error) {
        found.push(internalFinding(rule.id, error, pair.current.firstLine));
      }
    }
  }
  return out;
}

export { digestOf, type ReportDigest } from './digest.ts';
