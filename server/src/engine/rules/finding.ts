// A small constructor so that rule files read as what they check, not as object literals.
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
    message,
    span,
    related: extra.related ?? [],
    fixes: extra.fixes ?? [],
  };
}
