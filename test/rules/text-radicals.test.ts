// text/radicals, and the reading behind it: a report whose characters were turned into the Kangxi
// radicals that look like them (as text copied out of a PDF has them: "⼀、总体情况", "⾏政许可") reads
// as the report itself — the same headings, sections, tables, dates and findings — and the rule's
// one finding says how many there are, with a safe fix that gives back the report as it was built.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { Analysis, Finding, Report } from '../../server/src/engine/model.ts';
import { withoutRadicals } from '../../server/src/engine/text/radicals.ts';
import { publishedShapes, publishedText } from '../fixtures/publishedShapes.ts';
import { readingDump } from '../fixtures/readingDump.ts';
import { allLayouts, buildReport, cleanValues, type Layout } from '../fixtures/reportBuilder.ts';
import { applyFix, assertFixIsClean, findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'text/radicals';

/**
 * Each character and the radical a PDF gives for it, made here from Unicode's own compatibility
 * mappings (the Kangxi block) and four simplified radicals of the supplement, not from the engine's table.
 */
const RADICAL_OF = new Map<string, string>();
for (let c = 0x2f00; c <= 0x2fd5; c++) {
  const radical = String.fromCharCode(c);
  const meant = radical.normalize('NFKC');
  if (!RADICAL_OF.has(meant)) RADICAL_OF.set(meant, radical);
}
for (const [meant, radical] of [['民', '⺠'], ['长', '⻓'], ['门', '⻔'], ['页', '⻚']] as const) RADICAL_OF.set(meant, radical);

/** The text with every character that has a radical written as it (or only those at the chosen places). */
function inRadicals(text: string, at?: (offset: number) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    out += RADICAL_OF.has(c) && (!at || at(i)) ? RADICAL_OF.get(c)! : c;
  }
  return out;
}

/** How many units two texts of one length differ in. */
function differing(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * A report with defects for the other rules to find: a wrong total in table B, a wrong weekday, a
 * sentence opening with last year; and one that must stay silent, a comparison with last year (同比).
 */
function reportWithDefects(layout: Layout): string {
  const values = cleanValues();
  values.B.total = [6, 1, 0, 0, 0, 1, 7];
  const prose = '2022年，本机关主动公开政府信息数量同比增长。2022年，本机关持续推进政务公开。';
  return `${buildReport({ layout, values, prose: `\n${prose}` }).trimEnd()}\n某某市某某局\n2024年1月22日星期二\n`;
}

/** A finding with its words read as meant: a message may quote the text as written. */
function readAsMeant(f: Finding): Finding {
  const m = (message: { zh: string; en: string }) => ({ zh: withoutRadicals(message.zh), en: withoutRadicals(message.en) });
  return {
    ...f,
    message: m(f.message),
    related: f.related.map((r) => ({ ...r, message: m(r.message) })),
    fixes: f.fixes.map((x) => ({ ...x, title: m(x.title) })),
  };
}

/** The radical text reads as the original: the whole Report but its text, the tables' dump, and every finding but this rule's. */
function assertReadsTheSame(original: string, radical: string, about: string): Analysis {
  const expected = analyze(original);
  const got = analyze(radical);
  assert.equal(got.report.text, radical, `${about}: Report.text is the text as written`);
  assert.ok(got.report.radicals.length > 0, `${about}: where the radicals stand is on the Report`);
  const asOriginal: Report = { ...got.report, text: original, radicals: [] };
  assert.equal(readingDump(asOriginal, about), readingDump(expected.report, about), `${about}: the tables read the same`);
  assert.deepEqual(asOriginal, expected.report, `${about}: the report reads the same`);
  const others = got.findings.filter((f) => f.rule !== rule).map(readAsMeant);
  assert.deepEqual(others, expected.findings, `${about}: the same findings`);
  return got;
}

describe(rule, () => {
  it('is silent on clean reports in every layout and published shape', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
    for (const shape of publishedShapes) assert.deepEqual(findingsOf(publishedText(shape, { year: 2023 }), rule), [], shape);
  });

  for (const layout of allLayouts) {
    it(`reads a report written in radicals as the report (${layout}), and its fix gives the report back`, () => {
      const original = reportWithDefects(layout);
      const radical = inRadicals(original);
      // Not vacuous: headings, table labels and the weekday are in radicals.
      for (const written of ['⼀、总体情况', '⼆、主动公开政府信息情况', '⾏政许可', '⾏政处罚', '星期⼆', '同⽐']) assert.ok(radical.includes(written), `${layout}: ${written}`);
      const got = assertReadsTheSame(original, radical, layout);
      assert.ok(got.findings.some((f) => f.rule === 'balance/cell'), `${layout}: the wrong total is found`);
      assert.ok(got.findings.some((f) => f.rule === 'date/weekday'), `${layout}: the wrong weekday is found`);
      assert.equal(got.findings.filter((f) => f.rule === 'date/stale-year').length, 1, `${layout}: last year opening a sentence, the comparison passed`);

      const found = got.findings.filter((f) => f.rule === rule);
      assert.equal(found.length, 1, 'one finding for the whole text');
      const f = found[0]!;
      assert.equal(f.severity, 'warning');
      let first = 0;
      while (original[first] === radical[first]) first++;
      assert.equal(f.span.start, first, 'at the first');
      assert.notEqual(spanText(radical, f), spanText(original, f));
      assert.equal(withoutRadicals(spanText(radical, f)), spanText(original, f));
      const count = differing(original, radical);
      assert.ok(f.message.zh.includes(`${count} 个`), f.message.zh);
      assert.ok(f.message.en.includes(`${count} radical characters`), f.message.en);
      assert.ok(f.related.length > 0 && f.related.length <= 50, 'related places are capped');
      assert.equal(f.fixes.length, 1);
      assert.equal(f.fixes[0]!.safe, true);
      assert.equal(assertFixIsClean(radical, f), original);
    });
  }

  it('reads every published shape written in radicals as the shape', () => {
    for (const shape of publishedShapes) {
      const original = publishedText(shape, { year: 2023 });
      const radical = inRadicals(original);
      assertReadsTheSame(original, radical, shape);
      assert.equal(applyFix(radical, findingsOf(radical, rule)[0]!), original, shape);
    }
  });

  it('reads a report with only some characters in radicals (headings, labels, anywhere) the same, and the fix changes only those', () => {
    const originals = allLayouts.map(reportWithDefects);
    fc.assert(
      fc.property(fc.nat(originals.length - 1), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), fc.nat(), (which, pattern, shift) => {
        const original = originals[which]!;
        const radical = inRadicals(original, (i) => pattern[(i + shift) % pattern.length]!);
        fc.pre(radical !== original);
        assertReadsTheSame(original, radical, allLayouts[which]!);
        const [f] = findingsOf(radical, rule);
        assert.ok(f);
        assert.equal(applyFix(radical, f), original);
      }),
      { numRuns: 25 },
    );
  });

  it('says where they stand when there are many, and lists at most 50 of them', () => {
    const original = buildReport({ prose: Array.from({ length: 80 }, () => '人民，').join('') });
    const radical = original.replace(/人民，/g, '⼈⺠，');
    const [f] = findingsOf(radical, rule);
    assert.ok(f);
    assert.equal(f.related.length, 50);
    assert.match(f.message.zh, /共 80 处，另有 29 处未列出/);
    assert.equal(f.fixes[0]!.edits.length, 80, 'the fix changes every one, not only those listed');
    assert.equal(applyFix(radical, f), original);
  });

  it('leaves alone radicals that stand for no one character, and says nothing of them', () => {
    const text = buildReport({ prose: '部首⺈⺌⺡不是汉字。' });
    assert.deepEqual(findingsOf(text, rule), []);
  });

  it('finds a CJK compatibility ideograph (U+F900–U+FAFF) as well', () => {
    const original = buildReport({ prose: '建立健全制度。' });
    const radical = original.replace('立', '\uf9f7');
    const [f] = findingsOf(radical, rule);
    assert.ok(f);
    assert.equal(spanText(radical, f), '\uf9f7');
    assert.equal(applyFix(radical, f), original);
  });
});
