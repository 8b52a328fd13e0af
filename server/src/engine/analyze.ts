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
  const { timeLimitMs } = options;
  /** Rules not run because the time budget was spent. */
  const skipped: string[] = [];
  for (const rule of allRules) {
    const setting = applySeverities.settingFor(rule.id, options);
    if (setting === 'off') continue;
    if (timeLimitMs !== undefined && performance.now() - started >= timeLimitMs) {
      skipped.push(rule.id);
      continue;
    }
    let found: Finding[];
    try {
      found = rule.check(report, { options });
    } catch (error) {
      found = [internalFinding(rule.id, error, report)];
    }
    for (const f of found) findings.push(setting ? { ...f, severity: setting } : f);
  }
  if (skipped.length > 0 && timeLimitMs !== undefined) findings.push(timeLimitFinding(skipped, timeLimitMs, report));
  findings.sort(compareFindings);
  return { report, findings, elapsedMs: performance.now() - started };
}

/**
 * The order findings are listed in: by place, then by rule id. The ids are lower-case ASCII, so
 * comparing code units gives the same order as a collator would, without one: `localeCompare`
 * loads ICU's collation data, about 3 MB of the server's resident memory, for this tie alone.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** The analysis ran out of its time budget: which checks were not made (so that it is never silent). */
function timeLimitFinding(skipped: string[], timeLimitMs: number, report: Report): Finding {
  const seconds = Number((timeLimitMs / 1000).toFixed(1));
  const list = skipped.join(', ');
  return {
    rule: 'internal/time-limit',
    severity: 'information',
    message: {
      zh: `分析超过 ${seconds} 秒的时限，以下 ${skipped.length} 项检查未运行：${list}`,
      en: `The analysis went past its ${seconds} s limit; ${skipped.length} check${skipped.length > 1 ? 's were' : ' was'} not run: ${list}`,
    },
    span: { start: 0, end: Math.min(report.text.length, 1) },
    related: [],
    fixes: [],
  };
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
