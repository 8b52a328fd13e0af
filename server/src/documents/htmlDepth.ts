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

/** The page as is, or without the tags that open deeper than MAX_OPEN (`flattened` says which). */
export function shallowHtml(html: string): { html: string; flattened: boolean } {
  const counted = (name: string) => !VOID.has(name) && !CLOSED_BY_NEXT.has(name);
  let depth = 0;
  let deepest = 0;
  eachTag(html, (_start, _end, closing, name) => {
    if (!counted(name)) return;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  });
  if (deepest <= MAX_OPEN) return { html, flattened: false };
  depth = 0;
  const pieces: string[] = [];
  let kept = 0;
  eachTag(html, (start, end, closing, name) => {
    if (!counted(name)) return;
    let dropped: boolean;
    if (closing) {
      depth = Math.max(0, depth - 1);
      dropped = depth >= MAX_OPEN;
    } else dropped = ++depth > MAX_OPEN;
    if (!dropped) return;
    pieces.push(html.slice(kept, start));
    kept = end;
  });
  pieces.push(html.slice(kept));
  return { html: pieces.join(''), flattened: true };
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameCharacter = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/**
 * Each start or end tag, in order: "<", an optional "/", a name (a letter, then letters, digits and
 * "-"), then anything but "<" and ">" up to ">". Read character by character, not matched with a
 * pattern: a match for every tag (its array and strings) was most of what reading a 1 MB page
 * allocated. A "<" that opens no tag is passed over, and what follows it read once: a page of
 * "<a<a<a" is still read once.
 */
function eachTag(html: string, visit: (start: number, end: number, closing: boolean, name: string) => void): void {
  for (let at = html.indexOf('<'); at >= 0;) {
    let i = at + 1;
    const closing = html.charCodeAt(i) === SLASH;
    if (closing) i++;
    const nameStart = i;
    if (!isLetter(html.charCodeAt(i))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    while (isNameCharacter(html.charCodeAt(++i)));
    const nameEnd = i;
    while (i < html.length && html.charCodeAt(i) !== GT && html.charCodeAt(i) !== LT) i++;
    if (html.charCodeAt(i) !== GT) {
      // No ">" before the next "<" (or the end): no tag; the next "<" may open one.
      at = i < html.length ? i : -1;
      continue;
    }
    visit(at, i + 1, closing, html.slice(nameStart, nameEnd).toLowerCase());
    at = html.indexOf('<', i + 1);
  }
}
