// What a rule is: one check over the Report, returning plain-data findings.
import type { Finding, Message, Report, Severity } from '../model.ts';
import type { AnalyzeOptions } from '../options.ts';

export interface RuleContext {
  options: AnalyzeOptions;
}

export interface Rule {
  /** Namespaced id, e.g. `balance/cell`. */
  id: string;
  /** The severity its findings have unless the settings say otherwise. */
  severity: Severity;
  description: Message;
  check(report: Report, context: RuleContext): Finding[];
}
