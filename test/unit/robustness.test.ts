// The engine never throws and always returns, whatever the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allLayouts, buildReport } from '../fixtures/reportBuilder.ts';

/** A small deterministic generator, so a failure can be reproduced from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('robustness', () => {
  it('returns on random UTF-16 units, including lone surrogates and control characters', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const units = Array.from({ length: 2000 }, () => Math.floor(next() * 0x10000));
      const text = String.fromCharCode(...units);
      assert.doesNotThrow(() => analyze(text), `seed ${seed}`);
    }
  });

  it('returns on random bytes decoded as text', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed * 7);
      const bytes = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(next() * 256)));
      assert.doesNotThrow(() => analyze(bytes.toString('utf8')));
      assert.doesNotThrow(() => analyze(bytes.toString('latin1')));
    }
  });

  it('returns on a 5 MB report and on a single 100 000-character line', () => {
    const report = buildReport({ layout: 'cell-per-line' });
    const big = report.repeat(Math.ceil(5_000_000 / report.length));
    assert.ok(big.length >= 5_000_000);
    assert.ok(analyze(big).report.tables.B);
    const line = '一、本年新收政府信息公开申请数量 ' + '1 |'.repeat(33_000);
    assert.doesNotThrow(() => analyze(line));
    assert.doesNotThrow(() => analyze('|'.repeat(100_000)));
    assert.doesNotThrow(() => analyze('（'.repeat(100_000)));
    assert.doesNotThrow(() => analyze('9'.repeat(100_000)));
  });

  // Issue 9's adversarial inputs: each must finish (how fast is bench/adversarial.ts's business; the
  // timeout only catches a run that would take minutes, as the quadratic ones did).
  const report = buildReport({ layout: 'tab' });
  const adversarial: [string, () => string][] = [
    ['a 1 MB line', () => '本机关全年共受理政府信息公开申请5件，'.repeat(55_000)],
    ['100 000 "|" lines', () => '|\n'.repeat(100_000)],
    ['50 000 headings of sections and sub-headings', () => Array.from({ length: 50_000 }, (_, i) => (i % 2 ? `（${'一二三四五六七八九十'[i % 10]}）主动公开` : ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'][i % 3])).join('\n')],
    ['100 000 tabs, on one line and as lines', () => '\t'.repeat(100_000) + '\n' + '\t\n'.repeat(100_000)],
    ['nested brackets of both widths', () => '（('.repeat(50_000) + ')）'.repeat(50_000)],
    ['long digit runs in a table row and in prose', () => report.replace('（七）总计', `（七）总计\t${'1'.repeat(100_000)}\t${'９'.repeat(50_000)}`) + '发布信息' + '3'.repeat(100_000) + '条，其中'],
    ['a row of 100 000 cells', () => report.replace('（七）总计', `（七）总计\t${'1\t'.repeat(100_000)}`)],
    ['negations in one long clause of section 三', () => report.replace('三、收到和处理政府信息公开申请情况\n', `三、收到和处理政府信息公开申请情况\n${'全年无申请未发生行政复议'.repeat(20_000)}\n`)],
  ];
  for (const [what, build] of adversarial) {
    it(`finishes on ${what}`, { timeout: 60_000 }, () => {
      const text = build();
      const analysis = analyze(text);
      assert.equal(analysis.report.text.length, text.length);
    });
  }

  it('returns on every report cut at random places and shuffled', () => {
    for (const layout of allLayouts) {
      const lines = buildReport({ layout }).split('\n');
      const next = random(layout.length * 31);
      for (let i = 0; i < 30; i++) {
        const copy = lines.slice();
        for (let j = 0; j < 10; j++) {
          const a = Math.floor(next() * copy.length);
          const b = Math.floor(next() * copy.length);
          [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
        }
        const text = copy.join('\n');
        const cut = text.slice(Math.floor(next() * text.length));
        assert.doesNotThrow(() => analyze(cut), layout);
        assert.doesNotThrow(() => analyze(text), layout);
      }
    }
  });
});
