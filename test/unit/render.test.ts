import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { escapeHtml, html } from '../../server/src/render/escape.ts';
import { tablesHtml } from '../../server/src/render/tablesHtml.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';

describe('render: tables as HTML', () => {
  it('marks the wrong cell red with what it should be, at its offset in the text', () => {
    const values = cleanValues();
    values.B.total = [5, 1, 0, 0, 0, 1, 70];
    const text = buildReport({ values });
    const out = tablesHtml(analyze(text).report, 'zh').value;
    const wrong = [...out.matchAll(/<td class="wrong" data-offset="(\d+)" data-end="(\d+)">([^<]*)<span class="expected">→ (\d+)<\/span>/g)];
    assert.equal(wrong.length, 1);
    const [, start, end, shown, expected] = wrong[0]!;
    assert.equal(text.slice(Number(start), Number(end)), '70');
    assert.equal(shown, '70');
    assert.equal(expected, '7');
    assert.equal((out.match(/<table class="report-table"/g) ?? []).length, 3);
  });
  it('marks blank cells, and says which table is missing', () => {
    const values = cleanValues();
    values.B.partial = [null, 0, 0, 0, 0, 0, 1] as (number | null)[] as number[];
    const out = tablesHtml(analyze(buildReport({ values, layout: 'cell-per-line' })).report, 'en').value;
    assert.ok(/<td class="blank[ "]/.test(out), 'a blank cell is marked');
    const noTables = tablesHtml(analyze('一、总体情况\n').report, 'en').value;
    assert.match(noTables, /Table B \(applications received and handled\) was not found/);
    // A table's name standing alone starts with a capital, as a heading does.
    const captions = [...tablesHtml(analyze(buildReport()).report, 'en').value.matchAll(/<caption>(.*?)<\/caption>/g)].map((m) => m[1]);
    assert.deepEqual(captions, ['Table A (proactive disclosure)', 'Table B (applications received and handled)', 'Table C (administrative review and litigation)']);
  });
  it('draws at most 100 cells past a row\'s columns, and counts the rest', () => {
    const text = buildReport({ layout: 'tab' }).replace('（七）总计', `（七）总计\t${'1\t'.repeat(300)}`);
    const row = analyze(text).report.tables.B?.rows.find((r) => r.key === 'total');
    assert.ok(row && row.extra.length > 100, 'the row reads more cells than its columns');
    for (const language of ['zh', 'en'] as const) {
      const out = tablesHtml(analyze(text).report, language).value;
      assert.equal((out.match(/<td class="extra" data-offset=/g) ?? []).length, 100);
      assert.ok(out.includes(language === 'zh' ? `另有 ${row.extra.length - 100} 个单元格` : `${row.extra.length - 100} more cells`));
    }
  });
  it('escapes everything that came from the report', () => {
    const row = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t';
    const hostile = buildReport({ layout: 'tab' }).replace(row, row.replace('\t1\t', '\ta "onmouseover" b\t'));
    assert.notEqual(hostile, buildReport({ layout: 'tab' }));
    const out = tablesHtml(analyze(hostile).report, 'zh').value;
    assert.ok(!out.includes('"onmouseover"'), 'no attribute from the report');
    assert.ok(out.includes('a &quot;onmouseover&quot; b'), 'the text is shown escaped');
    assert.equal(html`<td>${'<script>alert(1)</script>'}</td>`.value, '<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    assert.equal(escapeHtml(`"onerror='x'"` + '`'), '&quot;onerror=&#39;x&#39;&quot;&#96;');
    assert.equal(html`<a title="${'"><img src=x onerror=alert(1)>'}">`.value, '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">');
  });
});
