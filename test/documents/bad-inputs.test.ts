// Files that cannot be read: each is named with a clear message (Chinese, or English with
// --lang en), exits 2 for that file while the others are still checked, crashes nothing, and takes
// bounded memory (a zip bomb is refused before it is unzipped, whatever sizes it claims).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { defaultLimits } from '../../server/src/documents/limits.ts';
import { checkZip } from '../../server/src/documents/zip.ts';
import { describeInputError, readInput } from '../../server/src/cli/readInput.ts';
import { cli, ensureBuilt, runCli, tempDir } from '../cli/cliRunner.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { encryptedOffice, fixture, zipBomb, zipOf } from './files.ts';

before(ensureBuilt);

/** A sparse file of `bytes` bytes: over the limit without writing that much to disk. */
function sparse(path: string, bytes: number): string {
  writeFileSync(path, path.endsWith('.pdf') ? '%PDF-1.7\n' : '<html>');
  truncateSync(path, bytes);
  return path;
}

interface BadInput {
  name: string;
  file: string;
  bytes: () => Buffer;
  zh: RegExp;
  en: RegExp;
}

const bad: BadInput[] = [
  { name: 'an old binary .doc', file: 'old.doc', bytes: () => fixture('old-binary.doc'), zh: /旧版 Word\/WPS.*另存为 \.docx/, en: /save as \.docx/ },
  { name: 'a .doc renamed .docx', file: 'renamed.docx', bytes: () => fixture('old-binary.doc'), zh: /另存为 \.docx/, en: /save as \.docx/ },
  { name: 'a scanned PDF (no text layer)', file: 'scan.pdf', bytes: () => fixture('scanned.pdf'), zh: /没有文字层.*OCR/, en: /no text layer.*needs OCR/ },
  { name: 'an encrypted PDF', file: 'locked.pdf', bytes: () => fixture('encrypted.pdf'), zh: /PDF 已加密/, en: /encrypted/ },
  { name: 'an encrypted .docx', file: 'locked.docx', bytes: encryptedOffice, zh: /已加密.*去除密码/, en: /encrypted.*remove the password/ },
  { name: 'a truncated PDF', file: 'cut.pdf', bytes: () => fixture('report.pdf').subarray(0, 60_000), zh: /PDF 文件不完整/, en: /truncated/ },
  { name: 'a truncated .docx', file: 'cut.docx', bytes: () => fixture('report.docx').subarray(0, 6_000), zh: /\.docx 文件不完整/, en: /truncated/ },
  { name: 'a damaged PDF', file: 'junk.pdf', bytes: () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 0x41), Buffer.from('\n%%EOF\n')]), zh: /不完整.*或已损坏/, en: /damaged/ },
  { name: 'a .pdf that holds no PDF', file: 'random.pdf', bytes: () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251)), zh: /不是 PDF/, en: /does not hold a PDF/ },
  { name: 'a .docx zip bomb (its directory says 1 GB)', file: 'bomb.docx', bytes: () => zipBomb(1024, true), zh: /压缩炸弹/, en: /zip bomb/ },
  { name: 'a .docx zip bomb that lies about its sizes', file: 'liar.docx', bytes: () => zipBomb(1024, false), zh: /压缩炸弹/, en: /zip bomb/ },
  { name: 'an old binary Excel file (.xls)', file: '统计表.xls', bytes: () => fixture('old-binary.doc'), zh: /^这是表格或演示文稿（\.xls）而不是报告文档/, en: /^a spreadsheet or slides \(\.xls\), not a report document/ },
  { name: 'an Excel workbook (.xlsx)', file: '统计表.xlsx', bytes: () => zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), method: 0, size: 11 }]), zh: /^这是表格或演示文稿（\.xlsx）而不是报告文档/, en: /^a spreadsheet or slides \(\.xlsx\)/ },
  { name: 'a photo of the report (.jpg)', file: 'scan.jpg', bytes: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from('JFIF'), Buffer.alloc(2000)]), zh: /^这是图片而不是文本报告；.*OCR/, en: /^an image, not a text report; .*OCR/ },
  { name: 'a scan saved as .png', file: 'page1.png', bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000)]), zh: /^这是图片/, en: /^an image/ },
  { name: 'an RTF file named .doc', file: 'rich.doc', bytes: () => Buffer.from('{\\rtf1\\ansi 年度报告}'), zh: /RTF.*另存为 \.docx/, en: /save as \.docx/ },
  { name: 'a .doc that is neither Word nor text', file: 'junk.doc', bytes: () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), zh: /^文件名为 \.doc，但内容既不是 Word 文档，也不是文本或网页/, en: /^named \.doc, but holds neither a Word document nor text/ },
  { name: 'a Word 2003 XML document named .doc', file: 'wordml.doc', bytes: () => Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"></w:wordDocument>'), zh: /Word 2003 XML.*另存为 \.docx/, en: /Word 2003 XML.*save as \.docx/ },
];

describe('files that cannot be read', () => {
  for (const input of bad) {
    it(`${input.name}: a clear message, in both languages`, async () => {
      const path = join(tempDir(), input.file);
      writeFileSync(path, input.bytes());
      await assert.rejects(readInput(path), (error) => {
        assert.match(describeInputError(error, 'zh'), input.zh);
        assert.match(describeInputError(error, 'en'), input.en);
        return true;
      });
    });
  }

  it('a file over the size limit is not even read', async () => {
    const dir = tempDir();
    const pdf = sparse(join(dir, 'huge.pdf'), defaultLimits.binaryBytes + 1);
    await assert.rejects(readInput(pdf), (error) => /超过 64 MB 的上限/.test(describeInputError(error, 'zh')) && /over the 64 MB limit/.test(describeInputError(error, 'en')));
    const page = sparse(join(dir, 'huge.html'), defaultLimits.textBytes + 1);
    await assert.rejects(readInput(page), (error) => /超过 16 MB 的上限/.test(describeInputError(error, 'zh')));
  });

  it('each exits 2 for itself while the other files are still checked', () => {
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, buildReport());
    const paths = bad.map((input) => {
      const path = join(dir, input.file);
      writeFileSync(path, input.bytes());
      return path;
    });
    paths.push(sparse(join(dir, 'huge.pdf'), defaultLimits.binaryBytes + 1));
    const r = runCli(['check', '--format', 'json', ...paths, good]);
    assert.equal(r.status, 2);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [good]);
    for (const path of paths) assert.match(r.stderr, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 无法读取：`));
    assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
    const extract = runCli(['extract', '--lang', 'en', ...paths, good]);
    assert.equal(extract.status, 2);
    assert.equal(JSON.parse(extract.stdout).files.length, 1);
    assert.match(extract.stderr, /old\.doc: cannot read: old binary Word\/WPS format/);
  });

  it('a zip bomb takes bounded memory, whatever sizes its directory claims', () => {
    const dir = tempDir();
    const preload = join(dir, 'maxrss.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`));\n");
    for (const honest of [true, false]) {
      const path = join(dir, `bomb-${honest}.docx`);
      writeFileSync(path, zipBomb(1024, honest));
      const r = spawnSync(process.execPath, ['--require', preload, cli, 'check', path], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
      // Unzipping the part would take a gigabyte; reading the file and refusing it takes little.
      assert.ok(kb > 0 && kb < 400 * 1024, `max RSS ${kb} KB`);
    }
  });

  it('checkZip: a sound zip passes, and the unzipped total is counted as inflated, not as claimed', () => {
    const ok = checkZip(fixture('report.docx'), defaultLimits);
    assert.equal(ok.ok, true);
    const small = { unzippedBytes: 4 << 20, zipEntries: 10 };
    assert.deepEqual(checkZip(zipBomb(8, false), small), { ok: false, why: 'too-large' });
    assert.deepEqual(checkZip(zipBomb(8, true), small), { ok: false, why: 'too-large' });
    assert.equal(checkZip(zipBomb(2, true), small).ok, true);
    const many = zipOf(Array.from({ length: 11 }, (_, i) => ({ name: `p${i}`, data: Buffer.from('x'), method: 0 as const, size: 1 })));
    assert.deepEqual(checkZip(many, small), { ok: false, why: 'too-many-entries' });
    assert.deepEqual(checkZip(Buffer.from('PK\x03\x04 not really'), small), { ok: false, why: 'truncated' });
    // A stored part whose size disagrees with the directory is damaged.
    assert.deepEqual(checkZip(zipOf([{ name: 'a', data: Buffer.from('abc'), method: 0, size: 5 }]), small), { ok: false, why: 'damaged' });
  });

  it('a PDF with some scanned pages: its text is checked, the pages without text are named', async () => {
    const path = join(tempDir(), 'part.pdf');
    writeFileSync(path, fixture('partly-scanned.pdf'));
    const input = await readInput(path);
    assert.equal(input.kind === 'document' && input.text, 'Annual report 2023, pages 2 and 3 scanned\n');
    assert.deepEqual(input.kind === 'document' && input.notes.map((n) => [n.message.zh, n.textNotRead]), [['第 2、3 页没有文字层（可能是扫描页），未读取', true]], 'pages not read: the text is read only in part');
    const r = runCli(['check', '--lang', 'en', path]);
    assert.match(r.stderr, /part\.pdf: note: pages 2, 3 have no text layer \(scanned\?\) and were not read/);
    // What could be read is one line, no report: the file could not be checked.
    assert.equal(r.status, 2);
    assert.match(r.stderr, /part\.pdf: not an annual report: no title, sections or tables found/);
  });

  it('--fix leaves a converted document alone, and says so when it had something to fix: checked, fixes not written', () => {
    const dir = tempDir();
    const wrong = join(dir, 'wrong.docx');
    writeFileSync(wrong, fixture('report-wrong.docx'));
    const r = runCli(['check', '--fix', wrong]);
    assert.equal(r.status, 2);
    // Named by rule and by its place in the document, as the finding is listed ("第 50 行" of the
    // converted text is nowhere in a .docx): listed with no fix (nothing is written to a converted
    // document), so never called auto-fixable, here or there.
    assert.equal(r.stderr, `${wrong}: --fix 只写回纯文本文件，转换所得的文档不写入修复；以下改法确定的问题请按所列在原文件中修改：第 2 个表格第 27 行 balance/cell\n`);
    assert.match(r.stdout, /wrong\.docx:50:\d+ \[第 2 个表格第 27 行\] 错误 balance\/cell/);
    assert.match(r.stdout, /^.*wrong\.docx:50:\d+ .*错误 balance\/cell 「（七）总计」行「总计」列应为 213[^\n\[]*$/m);
    assert.doesNotMatch(r.stdout + r.stderr, /可自动修复/);
    // It was checked: the summary does not count it among the files that could not be.
    assert.match(r.stdout, /\n1 个文件已检查，但修复未写入（原因见上）\n$/);
    assert.doesNotMatch(r.stdout, /无法检查/);
    assert.deepEqual(readFileSync(wrong), fixture('report-wrong.docx'));
    // The HTML page lists it apart, not among the files that could not be checked.
    const page = join(dir, 'page.html');
    assert.equal(runCli(['check', '--fix', '--format', 'html', '--output', page, wrong, join(dir, 'missing.txt')]).status, 2);
    const html = readFileSync(page, 'utf8');
    assert.match(html, /<h2 id="unchecked">未能检查的路径 \(1\)<\/h2>\n<p>1 个路径不存在或无法访问<\/p>\n<table class="summary unchecked">.*?missing\.txt.*?<\/table>/s);
    assert.match(html, /<h2 id="unwritten">已检查、修复未写入的文件 \(1\)<\/h2>\n<table class="summary unwritten">.*?wrong\.docx<\/code><\/td><td>--fix 只写回纯文本文件/s);
    assert.doesNotMatch(/<table class="summary unchecked">.*?<\/table>/s.exec(html)![0], /wrong\.docx/);
    const en = runCli(['check', '--fix', '--lang', 'en', wrong]);
    assert.equal(en.stderr, `${wrong}: --fix writes plain-text files only, never a converted document; repairs that are certain, to make in the original file as listed: table 2, row 27 balance/cell\n`);
    assert.doesNotMatch(en.stdout + en.stderr, /auto-fixable|fixed automatically/);
    assert.match(en.stdout, /\n1 file checked, but fixes not written \(why is above\)\n$/);
    // Nothing to fix: nothing to say, and the status is that of the check.
    const right = join(dir, 'right.docx');
    writeFileSync(right, fixture('report.docx'));
    const quiet = runCli(['check', '--fix', right]);
    assert.equal(quiet.stderr, '');
    assert.equal(quiet.status, 0);
    assert.deepEqual(readFileSync(right), fixture('report.docx'));
  });
});
