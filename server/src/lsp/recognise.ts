// Which documents are checked. Files of the nianbao language always; plain text and Markdown only
// when their content is recognised as a report (and content detection is on); so a README or a
// note that merely mentions 信息公开 gets nothing (after the analysis: engine/rules/reportLike.ts isReport).
import type { Settings } from '../../../shared/src/settings.ts';

export type CheckMode = 'always' | 'detect' | 'never';

export function checkMode(languageId: string, settings: Settings): CheckMode {
  if (languageId === 'nianbao') return 'always';
  return settings.detectContent ? 'detect' : 'never';
}

/** A cheap look before the analysis: every report names 信息公开 (or 政务公开) somewhere. */
export function mayBeReport(text: string): boolean {
  return text.includes('信息公开') || text.includes('政务公开');
}
