// rules/spamTerms.ts: every string a spam term matches contains one of the term's marks, so that
// skipping a text without them (text/spam's shortcut) never loses a finding. Each term is a finite
// alternation: its strings are written out one by one, each checked against the term itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SPAM_TERMS } from '../../server/src/engine/rules/spamTerms.ts';

/**
 * Every string an expression of the spam terms' kind matches: literals, groups of alternatives,
 * "?", character classes, \d, {m,n}, and lookarounds (which match no character: left out). A class
 * or \d stands for each of its characters written out (a range for its two ends); a count {m,n}
 * for m and for n copies. Anything else throws, so that a term written otherwise is noticed here.
 */
function stringsOf(source: string): string[] {
  let at = 0;
  const alternatives = (): string[] => {
    const out = sequence();
    while (source[at] === '|') {
      at++;
      out.push(...sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let out = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let choices = atom();
      if (source[at] === '?') {
        at++;
        choices = [...choices, ''];
      } else if (source[at] === '{') {
        const close = source.indexOf('}', at);
        const [min, max] = source.slice(at + 1, close).split(',').map(Number) as [number, number];
        at = close + 1;
        choices = [min, max].flatMap((n) => choices.map((c) => c.repeat(n)));
      }
      out = out.flatMap((head) => choices.map((c) => head + c));
    }
    return out;
  };
  const atom = (): string[] => {
    const c = source[at]!;
    if (c === '(') {
      const lookaround = /^\(\?<?[!=]/.exec(source.slice(at));
      at += lookaround ? lookaround[0].length : source.startsWith('(?:', at) ? 3 : 1;
      const inner = alternatives();
      assert.equal(source[at], ')', `unclosed group in ${source}`);
      at++;
      return lookaround ? [''] : inner;
    }
    if (c === '[') {
      const close = source.indexOf(']', at);
      const body = source.slice(at + 1, close);
      at = close + 1;
      assert.ok(!body.startsWith('^'), `negated class in ${source}`);
      return [...body.replace(/(.)-(.)/g, '$1$2')];
    }
    if (c === '\\') {
      assert.equal(source[at + 1], 'd', `escape \\${source[at + 1]} in ${source}`);
      at += 2;
      return ['0', '8'];
    }
    assert.ok(!'.*+^$'.includes(c), `"${c}" in ${source}`);
    at++;
    return [c];
  };
  const out = alternatives();
  assert.equal(at, source.length, `unread end of ${source}`);
  return out;
}

describe('spam terms', () => {
  it('writes out what a term matches, and only that', () => {
    assert.deepEqual(stringsOf('a(?:b|c)?d'), ['abd', 'acd', 'ad']);
    assert.deepEqual(stringsOf('(?<![a-z])[wm]8\\d{1,2}'), ['w80', 'w88', 'w800', 'w888', 'm80', 'm88', 'm800', 'm888']);
  });

  for (const { term, marks } of SPAM_TERMS) {
    it(`every string /${term.source.slice(0, 20)}…/ matches contains one of its marks`, () => {
      const strings = stringsOf(term.source);
      for (const s of strings) {
        // Written out right: the term matches the whole string.
        assert.equal(term.exec(s)?.[0], s, `the term does not match "${s}" whole`);
        assert.ok(marks.test(s), `"${s}" contains none of ${marks.source}`);
      }
    });
  }
});
