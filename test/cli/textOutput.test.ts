// The text output's lines: each finding on one line, compiler-style, and its related places under it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileResult, type JsonFile } from '../../server/src/cli/fileResult.ts';
import { coloursFor, textOutput } from '../../server/src/cli/textOutput.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';

const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });

function fileWith(related: number): JsonFile {
  return {
    path: 'r.txt', year: 2023, format: '2021',
    diagnostics: [{
      rule: 'balance/cell', severity: 'error', message: '合计应为 30', range: at(40, 2), fixes: [],
      related: Array.from({ length: related }, (_, i) => ({ message: `分项 ${i + 1}`, range: at(30 + i, 4) })),
    }],
  };
}

describe('the text output', () => {
  it('prints a finding\'s related places under it, indented, 1-based, in the run\'s language', () => {
    const zh = textOutput([fileWith(2)], 'zh', coloursFor(false)).split('\n');
    assert.deepEqual(zh.slice(0, 3), ['r.txt:41:3 错误 balance/cell 合计应为 30', '  r.txt:31:5 相关 分项 1', '  r.txt:32:5 相关 分项 2']);
    assert.equal(textOutput([fileWith(1)], 'en', coloursFor(false)).split('\n')[1], '  r.txt:31:5 related 分项 1');
    assert.equal(textOutput([fileWith(0)], 'zh', coloursFor(false)), 'r.txt:41:3 错误 balance/cell 合计应为 30\n');
  });

  it('prints five of many and says how many more, which the JSON output lists', () => {
    const lines = textOutput([fileWith(8)], 'zh', coloursFor(false)).trimEnd().split('\n');
    assert.equal(lines.length, 1 + 5 + 1);
    assert.equal(lines[6], '  ……另有 3 处相关位置（--format json 列出全部）');
    assert.match(textOutput([fileWith(6)], 'en', coloursFor(false)), /\n {2}… and 1 more related place \(--format json lists them all\)\n$/);
  });

  it('names the page of each related place in a converted document, as of the finding\'s own', () => {
    const values = cleanValues();
    values.B.total = [5, 1, 0, 0, 0, 1, 70];
    const text = buildReport({ values });
    // Two pages: the second begins at table B's last row, where the wrong total stands.
    const secondPage = text.indexOf('（七）总计');
    const result = fileResult('r.pdf', analyze(text), 'zh', [], { format: 'pdf', places: [{ start: 0, place: { page: 1 } }, { start: secondPage, place: { page: 2 } }], notes: [] });
    const finding = result.diagnostics.find((d) => d.rule === 'balance/cell')!;
    assert.ok(finding.related.length > 0);
    assert.ok(finding.related.every((r) => r.place !== undefined), JSON.stringify(finding.related));
    const pages = new Set(finding.related.map((r) => JSON.stringify(r.place)));
    assert.ok(pages.has(JSON.stringify({ page: 1 })) || pages.has(JSON.stringify({ page: 2 })));
    const lines = textOutput([result], 'zh', coloursFor(false)).split('\n');
    const under = lines.filter((l) => l.startsWith('  r.pdf:'));
    assert.ok(under.length > 0 && under.every((l) => /^ {2}r\.pdf:\d+:\d+ \[第 [12] 页\] 相关 /.test(l)), under.join('\n'));
  });
});
