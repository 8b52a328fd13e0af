// The same report as a web page, a page whose report is in a script, a .docx and a PDF (with
// merged label cells, running headers and footers, table B continued on a second page): `extract`
// gives from each exactly the tables it gives from the report as text, and `check` the same findings.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { convertDocument } from '../../server/src/documents/index.ts';
import type { DocumentFormat } from '../../server/src/documents/types.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { tablesAsRead } from '../../server/src/engine/tablesAsRead.ts';
import { ensureBuilt, runCli, tempDir } from '../cli/cliRunner.ts';
import { documentFixtures, documentReportText } from '../fixtures/documents/source.ts';
import { fixture, fixturesDir } from './files.ts';

before(ensureBuilt);

const formatOf = (name: string): DocumentFormat => (name.endsWith('.pdf') ? 'pdf' : name.endsWith('.docx') ? 'docx' : 'html');

/**
 * The tables without where they stand in the text (which differs between conversions), and a
 * blank cell's text as blank (the text report writes it "&nbsp;").
 */
function tablesOnly(tables: unknown): unknown {
  return JSON.parse(JSON.stringify(tables, (key, value) => {
    if (key === 'range' || (key === 'cells' && Array.isArray(value) && typeof value[0]?.start === 'number')) return undefined;
    return key === 'text' && typeof value === 'string' ? value.replace(/&nbsp;/g, ' ').trim() : value;
  }));
}

describe('published documents read as the text they were made from', () => {
  it('extract gives the same tables from the .html, .docx and .pdf as from the text', () => {
    const dir = tempDir();
    const text = join(dir, 'report.txt');
    writeFileSync(text, documentReportText());
    const r = runCli(['extract', '--format', 'json', text, ...documentFixtures.map((f) => join(fixturesDir, f))]);
    assert.equal(r.status, 0, r.stderr);
    const [fromText, ...fromDocuments] = JSON.parse(r.stdout).files;
    assert.equal(fromDocuments.length, documentFixtures.length);
    // The text holds the numbers the fixtures were built with (source.ts): 217 new requests by people…
    assert.deepEqual(fromText.tables.B.rows.find((row: { key: string }) => row.key === 'new').values, [217, 1, 0, 0, 0, 2, 220]);
    for (const file of fromDocuments) {
      assert.equal(file.year, 2023, file.path);
      assert.equal(file.format, '2021', file.path);
      assert.deepEqual(tablesOnly(file.tables), tablesOnly(fromText.tables), file.path);
    }
  });

  for (const name of documentFixtures) {
    it(`${name}: the same findings as the text, each cell's text where the engine reads it`, async () => {
      const doc = await convertDocument(fixture(name), formatOf(name));
      assert.deepEqual(doc.problems, []);
      const fromText = analyze(documentReportText());
      const fromDocument = analyze(doc.text);
      const summary = (a: typeof fromText) => a.findings.map((f) => `${f.rule} ${f.message.en}`);
      assert.deepEqual(summary(fromDocument), summary(fromText));
      // Every value cell's span holds exactly its number in the converted text.
      for (const row of fromDocument.report.tables.B?.rows ?? []) {
        for (const cell of row.cells) if (cell.value.kind === 'number') assert.equal(doc.text.slice(cell.span.start, cell.span.end), String(cell.value.value));
      }
      assert.deepEqual(tablesOnly(tablesAsRead(fromDocument.report)), tablesOnly(tablesAsRead(fromText.report)));
    });
  }

  it('the PDF: running header and "— N —" footers dropped, table B one table over two pages', async () => {
    const doc = await convertDocument(fixture('report.pdf'), 'pdf');
    assert.doesNotMatch(doc.text, /—\s*\d+\s*—/);
    assert.doesNotMatch(doc.text, /^某某市某某局政府信息公开$/m);
    // Three tables, table B's header rows (repeated by the word processor on page 2) once.
    assert.equal(doc.text.match(/^\| --- \|/gm)?.length, 3, 'three tables, each with its rule under its first row');
    assert.equal(doc.text.match(/申请人情况/g)?.length, 1);
    // The label cut by the page break is one merged cell again, written once in the first of its rows.
    assert.equal(doc.text.match(/三、本年度办理结果/g)?.length, 1);
    assert.match(doc.text, /^\| 三、本年度办理结果 \| （一）予以公开 \|/m);
    assert.match(doc.text, /^\| （三）不予公开 \| 1\.属于国家秘密 \|/m);
    // Labels wrapped in their cells are joined; a paragraph wrapped over four lines is one line.
    assert.match(doc.text, /\| 1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 \|/);
    assert.match(doc.text, /\n2023年，本机关认真贯彻落实[^\n]+各项工作取得明显成效。\n/);
    const pages = new Set(doc.places.map((p) => ('page' in p.place ? p.place.page : 0)));
    assert.deepEqual([...pages], [1, 2]);
  });

  it('check names the page or table row of each finding in a converted document, and offers no fix', () => {
    const r = runCli(['check', '--format', 'json', join(fixturesDir, 'report.pdf'), join(fixturesDir, 'report.docx')]);
    assert.equal(r.status, 0, r.stderr);
    const [pdf, docx] = JSON.parse(r.stdout).files;
    assert.equal(pdf.convertedFrom, 'pdf');
    assert.deepEqual(pdf.diagnostics.map((d: { place: unknown }) => d.place), [{ page: 1 }]);
    assert.deepEqual(docx.diagnostics.map((d: { place: unknown }) => d.place), [{ table: 1, row: 4 }]);
    assert.deepEqual(pdf.diagnostics.flatMap((d: { fixes: unknown[] }) => d.fixes), []);
    const text = runCli(['check', join(fixturesDir, 'report.pdf')]);
    assert.match(text.stdout, /report\.pdf:\d+:\d+ \[第 1 页\] 提示 table\/blank-cells /);
    assert.match(runCli(['check', '--lang', 'en', join(fixturesDir, 'report.docx')]).stdout, /report\.docx:\d+:\d+ \[table 1, row 4\] hint table\/blank-cells /);
    // The file's first table, said so: "表 1" would read as the report's 表一 whichever table it is.
    assert.match(runCli(['check', join(fixturesDir, 'report.docx')]).stdout, /report\.docx:\d+:\d+ \[第 1 个表格第 4 行\] 提示 table\/blank-cells /);
  });

  it('nianbao text prints the text that is analysed', async () => {
    const r = runCli(['text', join(fixturesDir, 'report.docx')]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, (await convertDocument(fixture('report.docx'), 'docx')).text);
    const dir = tempDir();
    const path = join(dir, 'report.txt');
    writeFileSync(path, documentReportText());
    assert.equal(runCli(['text', path]).stdout, documentReportText());
    const both = runCli(['text', path, join(fixturesDir, 'report.html')]);
    assert.match(both.stdout, /^==> .*report\.txt <==\n某某市某某局2023年/);
    assert.match(both.stdout, /\n==> .*report\.html <==\n/);
    assert.equal(runCli(['text', '--fix', path]).status, 2);
  });

  it('check and extract read the documents in a folder too', () => {
    const r = runCli(['extract', '--format', 'json', fixturesDir]);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path.slice(fixturesDir.length + 1)).sort();
    // The reports and their defective twins (the batch test's). The PDF whose first page has a line
    // of text and whose other pages are scans is no report as read: skipped, as check skips it,
    // with its scanned pages named on stderr.
    assert.deepEqual(paths, [...documentFixtures, 'report-wrong.docx', 'report-wrong.pdf'].sort());
    assert.deepEqual(JSON.parse(r.stdout).skipped.map((s: { path: string }) => s.path.slice(fixturesDir.length + 1)).sort(), ['partly-scanned.pdf', 'source.ts'], 'the PDF as no report, the fixtures\' source as a type not searched for');
    assert.match(r.stderr, /partly-scanned\.pdf: 注意：第 2、3 页没有文字层/);
    // The folder also holds the bad inputs' fixtures: each is named, with why, and exit is 2.
    assert.equal(r.status, 2);
    assert.match(r.stderr, /scanned\.pdf: 无法读取：.*OCR/);
  });
});
