// A small constructor so that rule files read as what they check, not as object literals.
// A finding's English message is a sentence: it starts with a capital letter, though the names it
// often starts with ("table B (…)", "row "…"") are written for the middle of one.
import type { Finding, Fix, Message, Related, Severity, Span } from '../model.ts';

export function finding(
  rule: { id: string; severity: Severity },
  message: Message,
  span: Span,
  extra: { related?: Related[]; fixes?: Fix[]; severity?: Severity } = {},
): Finding {
  return {
    rule: rule.id,
    severity: extra.severity ?? rule.severity,
    message: { zh: message.zh, en: capitalise(message.en) },
    span,
    related: extra.related ?? [],
    fixes: extra.fixes ?? [],
  };
}

/** The text with its first letter a capital ("table B …" → "Table B …"). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
