// Severity settings: a rule id, or a prefix such as `date/`, mapped to a severity or 'off'.
import type { Severity } from '../model.ts';
import type { AnalyzeOptions } from '../options.ts';

function settingFor(ruleId: string, options: AnalyzeOptions): Severity | 'off' | undefined {
  const rules = options.rules;
  if (!rules) return undefined;
  if (rules[ruleId]) return rules[ruleId];
  // The longest matching prefix wins: `date/` before ``.
  let best: string | undefined;
  for (const key of Object.keys(rules)) {
    if (key.endsWith('/') && ruleId.startsWith(key) && (!best || key.length > best.length)) best = key;
  }
  return best ? rules[best] : undefined;
}

export const applySeverities = { settingFor };
