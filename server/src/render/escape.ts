// Every character that came from a report is escaped before it goes into HTML: a report holding
// "<script>", "onerror=" or "javascript:" shows them as text and runs nothing.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

const SPECIAL = /[&<>"'`]/;

export function escapeHtml(text: string): string {
  // Most values (numbers, labels) hold nothing to escape: they are returned as they are.
  return SPECIAL.test(text) ? text.replace(/[&<>"'`]/g, (c) => entities[c] ?? c) : text;
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

function render(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (typeof v === 'number') return String(v); // a table of many cells: their offsets and values
  if (Array.isArray(v)) {
    let out = '';
    for (const item of v) out += render(item);
    return out;
  }
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(String(v));
}
