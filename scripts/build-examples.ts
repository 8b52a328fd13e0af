// Writes examples/: one report per layout the engine reads (one cell per line, tabs, pipes,
// Markdown, a web page, Word, PDF) and one clean report, each built by the project's report
// builder (test/fixtures/reportBuilder.ts) with defects planted on purpose. examples/README.md
// lists each file, what was planted and what `nianbao check examples` must find there;
// test/cli/examples.test.ts holds the CLI to that list.
//
// The .docx and .pdf are the defective published report of test/fixtures/documents (built from the
// same builder by scripts/build-document-fixtures.mjs and scripts/build-defect-fixtures.sh, which
// need LibreOffice); they are copied, not rebuilt, so this script needs only Node.
// Run from the repository root:  npx tsx scripts/build-examples.ts [FOLDER]   (default examples/)
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, cleanValues } from '../test/fixtures/reportBuilder.ts';

const root = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(root, 'examples');
const documents = join(root, 'test', 'fixtures', 'documents');
mkdirSync(out, { recursive: true });

// A clean report: nothing to find.
writeFileSync(join(out, '00-clean.txt'), buildReport({ layout: 'tab', agency: '示例市交通运输局' }));

// One cell per line: 予以公开 (自然人) written 4 for 3, so its row and column totals no longer add up.
{
  const values = cleanValues();
  values.B.open = [4, 1, 0, 0, 0, 0, 4];
  writeFileSync(join(out, '01-cell-per-line.txt'), buildReport({ layout: 'cell-per-line', values, agency: '示例市民政局' }));
}

// Tabs: the period ends on a day that does not exist (12月32日).
{
  const text = buildReport({ layout: 'tab', agency: '示例市财政局' }).replace('12月31日止', '12月32日止');
  writeFileSync(join(out, '02-tab.txt'), text);
}

// Pipes: table C's 行政复议 总计 says 3, its four outcomes add up to 2.
{
  const values = cleanValues();
  values.C[4] = 3;
  writeFileSync(join(out, '03-pipe.txt'), buildReport({ layout: 'pipe', values, agency: '示例市教育局' }));
}

// Markdown: the prose says 9 new requests, table B says 7.
writeFileSync(join(out, '04-markdown.md'), buildReport({ layout: 'markdown', agency: '示例市卫生健康委员会', prose: '全年共收到政府信息公开申请9件。' }));

// A web page: the report's tables in HTML, 本年度办理结果 总计 (总计 column) written 8 for 7.
{
  const values = cleanValues();
  values.B.total = [5, 1, 0, 0, 0, 1, 8];
  const report = buildReport({ layout: 'html', values, agency: '示例市自然资源局' });
  const body = report.split('\n').map((line) => (line.startsWith('<') || line === '' ? line : `<p>${line}</p>`)).join('\n');
  writeFileSync(join(out, '05-page.html'), `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>示例市自然资源局2023年政府信息公开工作年度报告</title></head>\n<body>\n<nav><a href="/">首页</a> &gt; 政务公开</nav>\n<article>\n${body}\n</article>\n</body>\n</html>\n`);
}

// Word and PDF: （七）总计 · 总计 written 231 for 213.
copyFileSync(join(documents, 'report-wrong.docx'), join(out, '06-word.docx'));
copyFileSync(join(documents, 'report-wrong.pdf'), join(out, '07-print.pdf'));
console.log(`examples written to ${out}`);
