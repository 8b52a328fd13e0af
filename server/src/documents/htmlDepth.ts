// A web page nested thousands of elements deep (unclosed <div>, <span> or <table> tags) would make
// the HTML parser take time growing with the square of its length: htmlparser2 keeps its open
// elements in an array it shifts at every tag. Such a page is made shallow before parsing: tags
// that would open deeper than MAX_OPEN (and the tags closing them) are left out, their text kept.
// The depth is counted from the tags alone, in one pass: an estimate that never undercounts the
// parser's except where it closes elements itself (a new <p>, <li>, <td>… closes the last one),
// which are therefore not counted. No published page comes near the limit.

/** Open elements beyond this are not made elements. */
export const MAX_OPEN = 1000;

/** Elements that have no end (never open anything). */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements the parser closes when another of their kind opens: they do not nest by being left open. */
const CLOSED_BY_NEXT = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'optgroup', 'dd', 'dt', 'thead', 'tbody', 'tfoot', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A start or end tag; `[^<>]*` stops at the next "<", so a page of "<a<a<a" is still read once. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g;

/** The page as is, or without the tags that open deeper than MAX_OPEN (`flattened` says which). */
export function shallowHtml(html: string): { html: string; flattened: boolean } {
  const counted = (name: string) => !VOID.has(name) && !CLOSED_BY_NEXT.has(name);
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (!counted(name)) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= MAX_OPEN) return { html, flattened: false };
  depth = 0;
  const shallow = html.replace(TAG, (tag: string, end: string, name: string) => {
    if (!counted(name.toLowerCase())) return tag;
    if (end) {
      depth = Math.max(0, depth - 1);
      return depth >= MAX_OPEN ? '' : tag;
    }
    depth++;
    return depth > MAX_OPEN ? '' : tag;
  });
  return { html: shallow, flattened: true };
}
