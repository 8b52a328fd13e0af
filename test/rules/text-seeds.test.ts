// The text/ findings of the seed reports: exactly the warnings ../shared/seeds lists under text/,
// the bookmark hint of seed 002, and what changes when a seed's numbers are changed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { assertFixIsClean, lineOf, spanText } from '../fixtures/ruleHarness.ts';
import { expectedFindings, readSeed, seedNames, seedsMissing } from '../fixtures/seeds.ts';

const isText = (rule: string) => rule.startsWith('text/');
const warnings = (text: string) =>
  analyze(text).findings.filter((f) => isText(f.rule) && (f.severity === 'error' || f.severity === 'warning'));

describe('text rules on the seeds', { skip: seedsMissing }, () => {
  it('show exactly the text errors and warnings the seeds list', () => {
    const expected = expectedFindings();
    for (const name of seedNames()) {
      const text = readSeed(name);
      const found = warnings(text).map((f) => ({ rule: f.rule, severity: f.severity, line: lineOf(text, f.span.start) }));
      const wanted = (expected[name] ?? []).filter((e) => isText(e.rule));
      assert.equal(found.length, wanted.length, `${name}: ${JSON.stringify(found)}`);
      for (const w of wanted) {
        assert.ok(found.some((f) => f.severity === w.severity && f.line >= w.lines[0] && f.line <= w.lines[1]), `${name}: ${w.what}`);
      }
    }
  });

  it('seed 000: "未收到…公开申请" against table B\'s 1 new application', () => {
    const text = readSeed('000_0c70a8d3a77e52d2.txt');
    const [f] = warnings(text);
    assert.equal(f?.rule, 'text/table-mismatch');
    assert.match(f!.message.zh, /正文称本年未收到申请，而.*为1/);
    assert.match(f!.message.en, /the text says no new applications were received, while .* has 1/);
    assert.equal(text.slice(f!.related[0]!.span.start, f!.related[0]!.span.end).trim(), '1');
  });

  it('seed 001: "受理并办结…4件" against 3 new and 3 handled; the 3168 breakdown adds up', () => {
    const text = readSeed('001_07ea97a0e0dbb2b9.txt');
    const found = warnings(text);
    assert.deepEqual(found.map((f) => f.rule), ['text/table-mismatch']);
    assert.match(found[0]!.message.zh, /本年新收申请4件.*为3.*办结申请4件.*为3/);
    assert.equal(found[0]!.related.length, 2);
    // With the text saying 3, nothing is left to say.
    assert.deepEqual(warnings(text.replace('依申请公开4件', '依申请公开3件')), []);
  });

  it('seed 002: the bookmark is a hint whose fix deletes it and nothing else', () => {
    const text = readSeed('002_7b4b25fcf59f7d61.txt');
    assert.deepEqual(warnings(text), []);
    const hints = analyze(text).findings.filter((f) => f.rule === 'text/leftover');
    assert.deepEqual(hints.map((f) => [spanText(text, f), lineOf(text, f.span.start)]), [['[bookmark: _GoBack]', 405]]);
    const fixed = assertFixIsClean(text, hints[0]!);
    assert.equal(fixed, text.replace('[bookmark: _GoBack]', ''));
  });

  it('seed 003: one spam warning on the title, the occurrences of line 2 related', () => {
    const text = readSeed('003_fd3058d81f5636f0.txt');
    const found = warnings(text);
    assert.deepEqual(found.map((f) => [f.rule, lineOf(text, f.span.start)]), [['text/spam', 0]]);
    assert.match(spanText(text, found[0]!), /^365bet网上娱乐_365BETAPP官网_/);
    assert.ok(found[0]!.related.length >= 2 && found[0]!.related.every((r) => lineOf(text, r.span.start) === 2));
  });

  it('seed 004: "收到…申请17件，办结17件" agrees; changed, it does not', () => {
    const text = readSeed('004_4505276ac13c66c6.txt');
    assert.deepEqual(warnings(text), []);
    const changed = text.replace('办结17件', '办结16件');
    const found = warnings(changed);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /办结申请16件.*为17/);
  });
});
