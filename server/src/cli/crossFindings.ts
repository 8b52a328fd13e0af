// Cross-report findings, placed into a file's results: their spans come from the file's digest,
// whose positions the file's check recorded (the text itself is not kept in a batch).
import type { Finding, Span } from '../engine/model.ts';
import { spanKey, type FileOutcome } from './checkFile.ts';
import type { Range } from './fileResult.ts';
import type { Language } from './language.ts';

export function placeFindings(outcome: FileOutcome, findings: readonly Finding[], language: Language): void {
  if (!outcome.result || findings.length === 0) return;
  const range = (span: Span): Range => {
    const [startLine, startCharacter, endLine, endCharacter] = outcome.digestRanges[spanKey(span)] ?? [0, 0, 0, 0];
    return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
  };
  for (const f of findings) {
    outcome.result.diagnostics.push({
      rule: f.rule,
      severity: f.severity,
      message: f.message[language],
      range: range(f.span),
      related: f.related.map((r) => ({ message: r.message[language], range: range(r.span) })),
      fixes: [],
    });
    if (outcome.entry) {
      if (f.severity === 'error') outcome.entry.errors++;
      if (f.severity === 'warning') outcome.entry.warnings++;
      if (!outcome.entry.rules.includes(f.rule)) outcome.entry.rules.push(f.rule);
    }
  }
  outcome.result.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
