// A web page as the tree html.ts reads — elements (name, attributes, children) and texts — built
// from the events of htmlparser2's parser. htmlparser2's own tree (domhandler) gives every node
// links to its parent and siblings and source positions, which the reader never looks at; made by
// class-field initialisers, they were a quarter of reading a real page (corpus 017, Node 20), and
// their size made a large page's garbage cost grow faster than the page. The tree is the one
// domhandler builds, less what is not read: the same elements, and a text that no other node
// interrupts is one text (a comment or a <!DOCTYPE> between two texts parts them, as there).
// test/documents/html-tree.test.ts holds it to domhandler's on generated pages.
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  kind: 'element';
  /** In lower case. */
  name: string;
  /** Shared by every element without attributes, and frozen: not to be written to. */
  readonly attribs: Readonly<Record<string, string>>;
  /** The same, for every element without children. */
  readonly children: readonly HtmlNode[];
}

/** A text, entities decoded: the string itself (an object around each was a fifth of a table's tree). */
export type HtmlText = string;

/** Comments and declarations (<!DOCTYPE>, <?xml?>, CDATA outside <svg> and <math>) are not read: they only part the texts around them. */
export type HtmlNode = HtmlElement | HtmlText;

/** As a browser reads a page (HTML, not XML): entities decoded, names in lower case. */
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/**
 * What elements without attributes or without children share, rather than each an object and an
 * array of their own (a list grown by push holds room for 17 from its first child on): a table of
 * a hundred thousand one-text cells kept 38 MB of tree for a 1 MB page, 20 MB so, and a tree that
 * outlives the young generation costs its collections in proportion to its size.
 */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: readonly HtmlNode[] = Object.freeze([]);

function hasAttributes(attribs: Record<string, string>): boolean {
  for (const _ in attribs) return true;
  return false;
}

/**
 * Each tag name once: the parser makes a new lower-case string for every tag it reads ("td" a
 * hundred thousand times in a table of as many cells), which the tree would otherwise keep. Names
 * made up by a page (<o:p>, <font1>…) can be many: only so many are shared, the rest kept as read.
 */
function nameSharer(): (name: string) => string {
  const names = new Map<string, string>();
  return (name) => {
    const known = names.get(name);
    if (known !== undefined) return known;
    if (names.size < 200) names.set(name, name);
    return name;
  };
}

/** An element being built: its children are added to as the parser reads them. */
type Building = { -readonly [K in keyof HtmlElement]: HtmlElement[K] };

/** Thrown from inside the parser to stop it: the page nests deeper than it was allowed to. */
const TOO_DEEP = Symbol('too deep');

/**
 * The page's top-level nodes, from its text whole or in pieces (as decoded: see html.ts
 * decodeHtml); null when an element opens deeper than `maxOpen` (the parser's work grows with the
 * square of the depth past that: see htmlDepth.ts).
 */
export function parseHtmlTree(html: string | readonly string[], maxOpen = Infinity): readonly HtmlNode[] | null {
  const root: Building = { kind: 'element', name: '', attribs: NO_ATTRIBUTES, children: NO_CHILDREN };
  const open: Building[] = [root];
  /** Whether the last child of the open element is a text still being written to: the parser may give one text in several pieces. */
  let inText = false;
  const parent = () => open[open.length - 1]!;
  const sharedName = nameSharer();
  const add = (node: HtmlNode) => {
    const to = parent();
    if (to.children === NO_CHILDREN) to.children = [node];
    else (to.children as HtmlNode[]).push(node);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: Building = { kind: 'element', name: sharedName(name), attribs: hasAttributes(attribs) ? attribs : NO_ATTRIBUTES, children: NO_CHILDREN };
        add(element);
        // `open` holds the root too.
        if (open.push(element) > maxOpen + 1) throw TOO_DEEP;
        inText = false;
      },
      onclosetag() {
        // The parser closes every element it opened, the implied ones too: the root is never closed.
        if (open.length > 1) open.pop();
        inText = false;
      },
      ontext(data) {
        if (inText) {
          const children = parent().children as HtmlNode[];
          children[children.length - 1] += data;
        } else {
          add(data);
          inText = true;
        }
      },
      // CDATA comes as a comment too in HTML (as text inside <svg> and <math>).
      oncomment() {
        inText = false;
      },
      onprocessinginstruction() {
        inText = false;
      },
    },
    OPTIONS,
  );
  try {
    // The parser reads a page given in pieces, cut between two tags, as the page whole — but for
    // one that ends inside a tag ("…<td</"), whose end it reads otherwise: that one is read whole.
    const pieces = typeof html === 'string' ? [html] : html;
    const last = pieces[pieces.length - 1] ?? '';
    if (pieces.length === 1 || last.lastIndexOf('<') > last.lastIndexOf('>')) parser.end(pieces.join(''));
    else {
      for (const piece of pieces) parser.write(piece);
      parser.end();
    }
  } catch (error) {
    if (error === TOO_DEEP) return null;
    throw error;
  }
  return root.children;
}
