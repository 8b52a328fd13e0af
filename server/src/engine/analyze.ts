// The one entry point of the engine: text in, a Report and its Findings out.
// Never throws: whatever the text, it returns an Analysis (a rule that fails is reported as an
// internal finding rather than taking the others down with it).
import type { Analysis, Finding, Report, Span } from './model.ts';
import type { AnalyzeOptions } from './options.ts';
import { readReport } from './parse/readReport.ts';
import { allRules } from './rules/index.ts';
import { applySeverities } from './rules/severity.ts';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const started = performance.now();
  const report = readReport(text);
  const findings: Finding[] = [];
  for (const rule of allRules) {
    const setting = applySeverities.settingFor(rule.id, options);
    if (setting === 'off') continue;
    let found: Finding[];
    try {
      found = rule.check(report, { options });
    } catch (error) {
      found = [internalFinding(rule.id, error, report)];
    }
    for (const f of found) findings.push(setting ? { ...f, severity: setting } : f);
  }
  // localeCompare only on a tie: it is slow, and ties are rare.
  findings.sort((a, b) => a.span.start - b.span.start || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule)));
  return { report, findings, elapsedMs: performance.now() - started };
}

/** A rule that threw, reported instead of its findings. */
export function internalFinding(ruleId: string, error: unknown, at: Report | Span): Finding {
  const why = error instanceof Error ? error.message : String(error);
  return {
    rule: 'internal/rule-failed',
    severity: 'information',
    message: { zh: `规则 ${ruleId} 内部出错，已跳过：${why}`, en: `Rule ${ruleId} failed and was skipped: ${why}` },
    span: 'text' in at ? { start: 0, end: Math.min(at.text.length, 1) } : at,
    related: [],
    fixes: [],
  };
}
