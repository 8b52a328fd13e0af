// Cross-report findings, placed into a file's results: their spans come from the file's digest,
// whose positions the file's check recorded (the text itself is not kept in a batch).
import type { Finding, Span } from '../engine/model.ts';
import type { FileOutcome } from './checkFile.ts';
import type { JsonDiagnostic, Range } from './fileResult.ts';
import type { Language } from './language.ts';

/** Places the findings into the file's results, and returns them as placed. */
export function placeFindings(outcome: FileOutcome, findings: readonly Finding[], language: Language): JsonDiagnostic[] {
  if (!outcome.result || findings.length === 0) return [];
  const places = outcome.digestPlaces ?? new Uint32Array(0);
  const range = (span: Span): Range => {
    // A digest has a few dozen spans: looked up one by one.
    for (let at = 0; at + 5 < places.length; at += 6) {
      if (places[at] === span.start && places[at + 1] === span.end) {
        return { start: { line: places[at + 2]!, character: places[at + 3]! }, end: { line: places[at + 4]!, character: places[at + 5]! } };
      }
    }
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  };
  const placed: JsonDiagnostic[] = [];
  for (const f of findings) {
    const diagnostic: JsonDiagnostic = {
      rule: f.rule,
      severity: f.severity,
      message: f.message[language],
      range: range(f.span),
      // Places in last year's report are named in the message; this file's digest cannot place them.
      related: f.related.filter((r) => !r.inPrevious).map((r) => ({ message: r.message[language], range: range(r.span) })),
      fixes: [],
    };
    outcome.result.diagnostics.push(diagnostic);
    placed.push(diagnostic);
    if (outcome.entry) {
      if (f.severity === 'error') outcome.entry.errors++;
      if (f.severity === 'warning') outcome.entry.warnings++;
      if (f.severity === 'information') outcome.entry.information++;
      if (f.severity === 'hint') outcome.entry.hints++;
      if (!outcome.entry.rules.includes(f.rule)) outcome.entry.rules.push(f.rule);
    }
  }
  outcome.result.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return placed;
}
