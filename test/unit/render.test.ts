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
  it('after a table not read whole: what was not read, counted and named, and the numbers no row took at their line, escaped; nothing after a whole one', () => {
    const lines = buildReport({ layout: 'tab' }).split('\n');
    const received = lines.findIndex((l) => l.startsWith('一、本年新收'));
    lines[received] = lines[received]!.replace(/\t.*$/, '\t61000128\t');
    // Table B's 一 run together past splitting, its 三（三）5 gone, and before （二）部分公开 a row it does not have.
    lines.splice(lines.findIndex((l) => l.startsWith('5.属于三类')), 1);
    const partial = lines.findIndex((l) => l.startsWith('（二）部分公开'));
    lines.splice(partial, 0, '<img src=x onerror=alert(1)>另行统计\t2\t0\t0\t0\t0\t0\t2');
    const text = lines.join('\n');
    const out = tablesHtml(analyze(text).report, 'zh').value;
    const unread = [...out.matchAll(/<div class="unread" data-table="(\w)">(.*?)<\/div>/gs)].map((m) => [m[1], m[2]]);
    assert.deepEqual(unread.map(([id]) => id), ['B'], 'only table B was not read whole');
    const b = unread[0]![1]!;
    assert.ok(b.includes('<p class="partial">收到和处理政府信息公开申请情况表读取不全：未读出 2 行（其中数字粘连 1 行），1 处数字未读入任何一行；未参与核对</p>'), b);
    assert.ok(b.includes('<p>未读出的行（2 行）：一、本年新收政府信息公开申请数量；5.属于三类内部事务信息</p>'), b);
    assert.ok(b.includes('<caption>未读入任何一行的数字（1 处，未参与核对）</caption>'), b);
    const offset = text.indexOf('<img');
    assert.ok(b.includes(`<tr><th data-offset="${offset}">第 ${partial + 1} 行：&lt;img src=x onerror=alert(1)&gt;另行统计</th><td>2</td><td>0</td>`), b);
    assert.ok(!out.includes('<img'), 'nothing of the report as markup');
    const english = tablesHtml(analyze(text).report, 'en').value;
    assert.ok(english.includes('Table B (applications received and handled) not read whole: 2 rows not read (1 with digits run together), 1 group of numbers read into no row; not checked'), english);
    assert.ok(!tablesHtml(analyze(buildReport()).report, 'zh').value.includes('class="unread"'));
  });
});

