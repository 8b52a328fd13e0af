// Applying fixes (plain-data text edits) to a text. Used by the CLI's --fix, by tests that check
// that a fix removes its finding and changes nothing else, and by source.fixAll.
import type { Finding, TextEdit } from './model.ts';

/**
 * Applies edits to a text. Edits are applied from the end so offsets stay valid; an edit that
 * overlaps one already taken is dropped (and returned), never merged into a guess.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; dropped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const applied: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    const { start, end } = edit.span;
    if (start < 0 || end > text.length || start > end || start < lastEnd) {
      dropped.push(edit);
      continue;
    }
    applied.push(edit);
    lastEnd = end;
  }
  let out = text;
  for (let i = applied.length - 1; i >= 0; i--) {
    const e = applied[i];
    if (e) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return { text: out, applied, dropped };
}

/** The edits of every safe fix, one fix per finding (the first safe one). */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  return findings.flatMap((f) => f.fixes.find((x) => x.safe)?.edits ?? []);
}
