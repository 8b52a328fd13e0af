// The web page's tree (documents/htmlTree.ts) is the one htmlparser2's own DOM (domhandler) builds
// of the same page, less what the reader never reads: checked on pages made at random from the
// pieces that shape a tree — implied closes, stray closing tags, comments and declarations between
// texts, CDATA, entities, scripts, tables.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { parseHtmlTree, type HtmlNode } from '../../server/src/documents/htmlTree.ts';

/** As html.ts read pages with domhandler. */
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

type DomNode = ReturnType<typeof parseDocument>['children'][number];

/** domhandler's nodes as htmlTree.ts keeps them: elements and texts; comments, declarations and CDATA left out. */
function kept(nodes: DomNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (node.type === 'text') return [node.data];
    if ('attribs' in node) return [{ kind: 'element', name: node.name, attribs: { ...node.attribs }, children: kept(node.children) }];
    return [];
  });
}

const pieces = [
  '<p>', '</p>', '<div class="a b">', '</div>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th colspan="2">',
  '<td ROWSPAN=2>', '<br>', '</br>', '<span>', '</span>', '<li>', '<ul>', '</ul>', '<h1>', '</h1>', '<a href=x>', '</a>',
  '<!-- 注释 -->', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<![CDATA[x]]>', '<svg><![CDATA[y]]></svg>', '<math>', '</math>',
  '&nbsp;', '&amp;', '&lt;', '&#20013;', '中', '文', ' ', '\n', '　', '一、总体情况', '12',
  '<script>var s = "<p>a</p>";</script>', '<style>p{}</style>', '<title>标题</title>', '<textarea><p></textarea>',
  '<o:p>', '</o:p>', '<td', '>', '<', '</', '"', '<!--', '-->', '<script>', '</script>', '<textarea>', '<title>', "'", '=',
];

describe('the web page tree', () => {
  it('is domhandler\'s tree of the same page, less comments, declarations and CDATA', () => {
    const page = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(page, (html) => assert.deepEqual(parseHtmlTree(html), kept(parseDocument(html, OPTIONS).children))), { numRuns: 3_000 });
  });

  it('is the same tree from the page given in pieces cut between "><" (as html.ts cuts them)', () => {
    const page = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
    const cuts = fc.array(fc.nat(), { maxLength: 6 });
    fc.assert(fc.property(page, cuts, (html, at) => {
      const before = [...html.matchAll(/></g)].map((m) => m.index + 1);
      const points = [...new Set(at.map((n) => before[n % (before.length || 1)] ?? 0))].sort((a, b) => a - b);
      const parts = [0, ...points, html.length].slice(1).map((end, i, ends) => html.slice(i === 0 ? 0 : ends[i - 1], end));
      assert.equal(parts.join(''), html);
      assert.deepEqual(parseHtmlTree(parts), parseHtmlTree(html));
    }), { numRuns: 5_000 });
  });

  it('keeps a text in one piece however the parser gives it, and parts texts a comment stands between', () => {
    assert.deepEqual(parseHtmlTree('<p>本年&amp;度<!-- x -->共</p>'), [
      { kind: 'element', name: 'p', attribs: {}, children: ['本年&度', '共'] },
    ]);
  });

  it('stops at an element opened deeper than it may go, and says so', () => {
    const page = `${'<div>'.repeat(5)}文字${'</div>'.repeat(5)}`;
    assert.ok(parseHtmlTree(page, 5));
    assert.equal(parseHtmlTree(page, 4), null);
    // Elements the parser closes itself do not add up: five paragraphs in a row stand side by side.
    assert.ok(parseHtmlTree('<p>段落'.repeat(5), 1));
  });
});
