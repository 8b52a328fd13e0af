import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allLayouts, buildReport, cleanValues, type Layout } from '../fixtures/reportBuilder.ts';
import { findingsOf, spanText } from '../fixtures/ruleHarness.ts';

const rule = 'table/unread';

/** The builder's tab layout with one row's numbers run together into one run of digits. */
function glued(values: ReturnType<typeof cleanValues>, numbers: number[]): string {
  const text = buildReport({ layout: 'tab', values });
  const row = `\t${numbers.join('\t')}\t`;
  assert.ok(text.includes(row), 'the row is in the text as built');
  return text.replace(row, `\t${numbers.join('')}\t`);
}

/**
 * The text with the row whose label line holds `label` written a second time right after it: its
 * label line, and in the layouts of a cell a line its value lines up to the blank or "|" line that ends it.
 */
function rowWrittenTwice(text: string, label: string, layout: Layout): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes(label));
  assert.ok(at >= 0, `${label} is in the text`);
  let end = at + 1;
  if (layout.startsWith('cell-per-line')) while (end < lines.length && lines[end]!.replace(/[|\s]/g, '') !== '') end++;
  return [...lines.slice(0, end), ...lines.slice(at, end), ...lines.slice(end)].join('\n');
}

describe(rule, () => {
  it('names the numbers of a row written twice in table B, in every layout, as read into no row', () => {
    for (const layout of allLayouts) {
      const text = rowWrittenTwice(buildReport({ layout }), '（二）部分公开', layout);
      const findings = analyze(text).findings;
      assert.deepEqual(findings.map((f) => f.rule), [rule], layout);
      assert.match(findings[0]!.message.zh, /^收到和处理政府信息公开申请情况表中有 1 处数字没有读入任何一行，未参与核对：「（二）部分公开」行又出现一次（1 0 0 0 0 0 1）$/, layout);
      assert.match(findings[0]!.message.en, /^Table B \(applications received and handled\) has 1 group of numbers read into no row, not checked: row "（二）部分公开" written again \(1 0 0 0 0 0 1\)$/, layout);
      const second = text.indexOf('（二）部分公开', text.indexOf('（二）部分公开') + 1);
      assert.ok(findings[0]!.span.start >= second - 1 && findings[0]!.related[0]!.span.start === findings[0]!.span.start, layout);
    }
  });

  it('names a row table B does not have and a row of table A written twice, and is silent on a lone stray number', () => {
    const built = buildReport({ layout: 'pipe' });
    const extra = built.replace('（二）部分公开', '（八）另行统计的情形 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n（二）部分公开');
    assert.match(findingsOf(extra, rule)[0]!.message.zh, /「（八）另行统计的情形」对不上本表的任何一行（2 0 0 0 0 0 2）$/);
    // A row of the table whose label was written too far from the format's, where the order cannot place its numbers.
    const misspelled = built.replace('5.属于三类内部事务信息', '5.三类内部事务').replace(/.*6\.属于四类过程性信息.*\n/, '');
    assert.match(findingsOf(misspelled, rule).map((f) => f.message.zh).join('\n'), /「5\.三类内部事务」对不上本表的任何一行（1 0 0 0 0 0 1）/);
    const tableA = rowWrittenTwice(buildReport({ layout: 'tab' }), '行政许可', 'tab');
    assert.match(findingsOf(tableA, rule)[0]!.message.zh, /^主动公开政府信息情况表中有 1 处数字没有读入任何一行，未参与核对：「行政许可」行又出现一次（0）$/);
    // A number alone on a line between two rows (a page number of the PDF the text was made from) is no row.
    const stray = built.replace('（二）部分公开', '7\n（二）部分公开');
    assert.deepEqual(findingsOf(stray, rule), []);
  });

  it('takes a note inside table A ending in a number ("注：…3") for no row, in every layout', () => {
    for (const layout of allLayouts) {
      for (const note of ['注：第（五）项含行政确认 3', '说明：单位为件 1']) {
        const lines = buildReport({ layout }).split('\n');
        const at = lines.findIndex((l) => l.includes('第二十条第（六）项'));
        const text = [...lines.slice(0, at), note, ...lines.slice(at)].join('\n');
        assert.deepEqual(findingsOf(text, rule), [], `${layout}: ${note}`);
      }
    }
  });

  it('takes a page\'s header or footer inside a table (a number with words of no row) for no row, in every layout', () => {
    for (const layout of allLayouts) {
      for (const mark of ['4 / 10', 'Page 4 of 10', '某某市某某局 4']) {
        const lines = buildReport({ layout }).split('\n');
        const at = lines.findIndex((l) => l.includes('（二）部分公开'));
        const text = [...lines.slice(0, at), mark, ...lines.slice(at)].join('\n');
        assert.deepEqual(findingsOf(text, rule), [], `${layout}: ${mark}`);
      }
    }
  });

  it('is silent on whole tables, in every layout', () => {
    for (const layout of allLayouts) assert.deepEqual(findingsOf(buildReport({ layout }), rule), [], layout);
  });

  it('takes table B\'s header repeated mid-table (at a page break of the PDF the text was made from) for no row', () => {
    // Mostly blank rows, so that no number tells the header's 其他 and 总计 from the rows 3.其他 and （七）总计.
    const v = cleanValues();
    for (const key of Object.keys(v.B)) v.B[key] = [null, null, null, null, null, null, null];
    v.B.new = [1, null, null, null, null, null, 1];
    v.B['withheld.internal'] = [1, null, null, null, null, null, 1];
    v.B.total = [1, null, null, null, null, null, 1];
    for (const layout of ['markdown', 'pipe', 'tab'] as const) {
      const lines = buildReport({ layout, values: v }).split('\n');
      const at = lines.findIndex((l) => l.includes('（一）予以公开'));
      const header = lines.filter((l, i) => i < at && (l.includes('自然人') || l.includes('商业企业')));
      assert.equal(header.length, 2, layout);
      const text = [...lines.slice(0, at), ...header, ...lines.slice(at)].join('\n');
      assert.deepEqual(findingsOf(text, rule), [], layout);
      assert.deepEqual(findingsOf(text, 'table/cell-count'), [], layout);
    }
  });

  it('says once how many rows of table B were read, and names the ones that were not', () => {
    for (const layout of ['tab', 'pipe', 'markdown', 'spaces', 'html'] as const) {
      const text = buildReport({ layout }).replace(/.*2\.重复申请.*\n/, '').replace(/.*3\.要求提供公开出版物.*\n/, '');
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, layout);
      assert.equal(found[0]!.severity, 'warning');
      assert.match(found[0]!.message.zh, /25 行中读出 23 行.*「2\.重复申请」「3\.要求提供公开出版物」/, layout);
      assert.match(found[0]!.message.en, /23 of 25 rows read/, layout);
      assert.deepEqual(found[0]!.related.map((r) => r.message.zh), ['未读出：2.重复申请', '未读出：3.要求提供公开出版物'], layout);
      // On table B, from where it starts.
      assert.match(spanText(text, found[0]!), /^(\| |<tr><td>)?（本列数据/, layout);
    }
  });

  it('counts a row whose digits ran together and cannot be split one way as not read', () => {
    const values = cleanValues();
    values.B.new = [10, 1, 0, 0, 0, 0, 11];
    delete values.B.carried;
    const found = findingsOf(glued(values, values.B.new as number[]), rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /未读出 「一、本年新收政府信息公开申请数量」/);
  });

  it('counts a row split the one way its relations allow as read', () => {
    const values = cleanValues();
    assert.deepEqual(findingsOf(glued(values, values.B.total as number[]), rule), []);
  });

  it('says table C was not read when its numbers ran together and fit several ways', () => {
    const values = cleanValues();
    values.C = [10, 1, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const found = findingsOf(glued(values, values.C as number[]), rule);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message.zh, /行政复议、行政诉讼情况表未能完整读出：应有 15 个数，读出 0 个/);
    assert.match(found[0]!.message.en, /0 of 15 numbers read/);
  });

  it('leaves a table C with numbers lost to table/cell-count', () => {
    const text = buildReport({ layout: 'tab' }).replace(/\t1\t0\t0\t1\t2\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0\t/, '\t1\t0\t0\t1\t2\t0\t0\t0\t1\t');
    assert.deepEqual(findingsOf(text, rule), []);
    assert.equal(findingsOf(text, 'table/cell-count').length, 1);
  });

  it('says each table of a report pasted twice once, on its second place, in every layout: the copy is not read', () => {
    for (const layout of allLayouts) {
      const once = buildReport({ layout });
      const text = `${once}\n${once}`;
      const analysis = analyze(text);
      const findings = analysis.findings.filter((f) => f.rule === rule);
      assert.deepEqual(findings.map((f) => f.message.zh.slice(0, 10)), ['主动公开政府信息情况', '收到和处理政府信息公', '行政复议、行政诉讼情'], layout);
      assert.match(findings[1]!.message.zh, /^收到和处理政府信息公开申请情况表在其他表格之后又出现一次（可能重复粘贴了报告或表格）：这一处未读取、未核对，只核对了前面的一处。/, layout);
      assert.match(findings[1]!.message.en, /^Table B \(applications received and handled\) appears again after another table/, layout);
      for (const f of findings) {
        assert.ok(f.span.start > once.length, `${layout}: on the copy`);
        assert.ok(f.related[0]!.span.start < once.length, `${layout}: the table read is related`);
      }
      // The tables read are the first copy's, and the copy's rows are neither headings nor prose.
      for (const t of [analysis.report.tables.A, analysis.report.tables.B, analysis.report.tables.C]) assert.ok(t && t.span.end <= once.length, layout);
      assert.deepEqual(analysis.findings.filter((f) => f.rule === 'structure/subheading-numbering' || f.rule.startsWith('text/')).map((f) => f.rule), [], layout);
    }
  });

  it('puts the warning on the line that opens the copy, without its "\\r" in a CRLF text', () => {
    const once = buildReport().replace(/\n/g, '\r\n');
    const text = `${once}\r\n${once}`;
    const found = findingsOf(text, rule);
    assert.equal(found.length, 3);
    for (const f of found) {
      const on = text.slice(f.span.start, f.span.end);
      assert.ok(on.length > 0 && !/[\r\n]/.test(on), JSON.stringify(on));
    }
  });

  it('says a table pasted again after the last table, and counts the times', () => {
    const once = buildReport();
    const tableB = once.slice(once.indexOf('三、收到和处理政府信息公开申请情况'), once.indexOf('四、政府信息公开行政复议'));
    const again = findingsOf(once.replace('五、存在的主要问题及改进情况', `${tableB}五、存在的主要问题及改进情况`), rule);
    assert.deepEqual(again.map((f) => f.message.zh.slice(0, 28)), ['收到和处理政府信息公开申请情况表在其他表格之后又出现一次']);
    const thrice = findingsOf(`${once}\n${once}\n${once}`, rule);
    assert.equal(thrice.length, 3);
    for (const f of thrice) {
      assert.match(f.message.zh, /在其他表格之后又出现 2 次（可能重复粘贴了报告或表格）：这些地方未读取/);
      assert.match(f.message.en, /appears 2 more times after another table/);
      assert.equal(f.related.length, 2, 'the table read and the other time');
    }
  });

  it('says a table A row whose digits ran together past splitting as not read (table A has no relations to split it by)', () => {
    const v = cleanValues();
    v.A['a1.normative'] = [12, 3, 154];
    const found = findingsOf(glued(v, [12, 3, 154]), rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message.zh, /^主动公开政府信息情况表未能完整读出：1 行数字粘连、无法拆分，未读出 「.*行政规范性文件」。这些行未参与核对$/);
    assert.match(found[0]!.message.en, /^Table A \(proactive disclosure\) was not read whole: the digits of 1 row ran together and could not be split/);
    assert.equal(found[0]!.related.length, 1);
    // A short run may be one number beside blank cells: read, and nothing said.
    v.A['a1.normative'] = [5, 1, 54];
    assert.deepEqual(findingsOf(glued(v, [5, 1, 54]), rule), []);
  });

  it('is silent on the words of a table\'s header said again without numbers (a heading, a sentence)', () => {
    for (const after of ['行政复议\n本年度未发生行政复议案件。', '申请人情况\n申请人主要为自然人。', '行政复议、行政诉讼情况说明\n无。', '本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和。第3项为2023年数据。']) {
      const text = buildReport().replace('六、其他需要报告的事项', `六、其他需要报告的事项\n${after}`);
      assert.deepEqual(findingsOf(text, rule), [], after);
    }
  });

  it('reads a table where its rows are, not at its header\'s words in section 一 before it: neither missing nor said pasted twice', () => {
    for (const layout of allLayouts) {
      for (const [words, id, heading] of [
        ['申请人情况\n申请人以自然人为主。', 'B', '三、收到和处理'],
        ['行政复议\n本年度无行政复议。', 'C', '四、政府信息公开'],
        ['行政复议、行政诉讼情况\n本机关高度重视。', 'C', '四、政府信息公开'],
        // Table A's caption words, with no other table between them and table A.
        ['第二十条第（一）项规定的规章和规范性文件已全部公开，详见下表。', 'A', '二、主动公开'],
        ['信息内容\n本机关高度重视。', 'A', '二、主动公开'],
      ] as const) {
        const text = buildReport({ layout, prose: `\n${words}` });
        const analysis = analyze(text);
        assert.deepEqual(analysis.findings.filter((f) => f.rule === rule || f.rule === 'table/missing').map((f) => f.message.zh), [], `${layout}: ${words}`);
        const table = analysis.report.tables[id];
        assert.ok(table && table.span.start > text.indexOf(heading), `${layout}: table ${id} is read in its section`);
      }
    }
  });

  it('is silent on a header\'s words as a sub-heading in sections 五 and 六, whose lines run on to the date under the signature', () => {
    // The lines after such a sub-heading are short, so they run on to the end: the date there is no table's number.
    const signed = `${buildReport()}某某市某某局\n2024年1月20日\n`;
    for (const layout of ['tab', 'cell-per-line', 'html'] as const) {
      const report = `${buildReport({ layout })}某某市某某局\n2024年1月20日\n`;
      for (const words of ['申请人情况\n申请人主要为自然人。', '申请人情况', '信息内容\n本年主动公开信息1200条。', '第二十条第（一）项\n规章2件', '申请人情况\n自然人5件']) {
        for (const [heading, text] of [['六', report.replace('六、其他需要报告的事项\n', `六、其他需要报告的事项\n${words}\n`)], ['五', report.replace('（一）存在的主要问题\n', `（一）存在的主要问题\n${words}\n`)]] as const) {
          const analysis = analyze(text);
          assert.deepEqual(analysis.findings.filter((f) => f.rule === rule), [], `${layout} ${heading}: ${words}`);
          assert.deepEqual(analysis.report.repeatedTables, [], `${layout} ${heading}: ${words}`);
        }
      }
    }
    // A row of the table with its number under its header's words is the table written again.
    const again = findingsOf(signed.replace('六、其他需要报告的事项\n', '六、其他需要报告的事项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t\t2\t0\t3\n'), rule);
    assert.equal(again.length, 1);
    assert.match(again[0]!.message.zh, /^主动公开政府信息情况表在其他表格之后又出现一次/);
  });
});
