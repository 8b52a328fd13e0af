// What a caller may tell the engine. Every field is optional: analyze() works on defaults.
import type { Severity } from './model.ts';

export type ReportKind = 'department' | 'government';

export interface AnalyzeOptions {
  /**
   * Department reports are due by 1月31日, a government's own report by 3月31日. When unset it is
   * guessed from the title.
   */
  reportKind?: ReportKind;
  /** Per rule id (or id prefix ending in `/`): another severity, or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  /**
   * A time budget in milliseconds. Once it is spent (looked at after reading the text and after
   * each rule), the remaining rules are not run and an information finding names them: a caller
   * that cannot wait (the editor, a batch) gets what was found so far. Unset: every rule runs.
   */
  timeLimitMs?: number;
}
