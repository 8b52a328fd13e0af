// Whose report it is — a department's or an area government's own — when the settings do not say:
// guessed from the agency the text names (parse/agency.ts). The deadline depends on it
// (date/publication-late), and so does what "全区" in the prose speaks of (text/table-mismatch).
import type { Report } from '../model.ts';
import type { ReportKind } from '../options.ts';
import { agencyKind } from '../parse/agency.ts';

export function guessReportKind(report: Report): ReportKind {
  // Without a name to read, a government's: the later deadline, no warning the text could not back.
  return report.agency ? agencyKind(report.agency.name) : 'government';
}
