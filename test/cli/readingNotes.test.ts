// What the reading of a file notes — a PDF page with no text layer, a picture in a .docx — is said
// with the file in every output of `check` (JSON, SARIF, the HTML page, an --output text file,
// stderr), and a report whose text was not all read is counted as read in part.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { docxWithPictures, fixture, pdfWithScannedPage } from '../documents/files.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { ensureBuilt, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

const scannedPage = '第 2 页没有文字层（可能是扫描页），未读取';
const picture = '第 5 段有图片（可能是表格或文字的图片），未读取';

/** The report as a PDF with page 2 a scan, the same as a .docx with a picture before its section 二 (and a logo in its header), and the PDF whole. */
function files(): { scanned: string; pictured: string; whole: string } {
  const dir = tempDir();
  const scanned = join(dir, 'scanned.pdf');
  const pictured = join(dir, 'pictured.docx');
  const whole = join(dir, 'whole.pdf');
  writeFileSync(scanned, pdfWithScannedPage(fixture('report.pdf'), 2));
  writeFileSync(pictured, docxWithPictures(fixture('report.docx'), { before: ['二、主动公开'], header: true }));
  writeFileSync(whole, fixture('report.pdf'));
  return { scanned, pictured, whole };
}

describe('what the reading of a file notes, in every output', () => {
  it('--format json: a `notes` list per file, each saying whether text was left unread; none for a file read whole', () => {
    const { scanned, pictured, whole } = files();
    const r = runCli(['check', '--format', 'json', scanned, pictured, whole]);
    const out = JSON.parse(r.stdout) as { files: { path: string; notes?: unknown }[] };
    const notesOf = (path: string) => out.files.find((f) => f.path === path)?.notes;
    assert.deepEqual(notesOf(scanned), [{ message: scannedPage, textNotRead: true }]);
    assert.deepEqual(notesOf(pictured), [{ message: picture, textNotRead: true }], 'the picture in the body, not the logo in the header');
    assert.equal(notesOf(whole), undefined);
    assert.equal(out.files.length, 3, r.stderr);
    const en = JSON.parse(runCli(['check', '--format', 'json', '--lang', 'en', scanned]).stdout) as { files: { notes: unknown }[] };
    assert.deepEqual(en.files[0]?.notes, [{ message: 'page 2 has no text layer (scanned?) and was not read', textNotRead: true }]);
  });

  it('--format sarif: a warning notification of the file (its results may be incomplete)', () => {
    const { scanned, pictured, whole } = files();
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', scanned, pictured, whole]).stdout);
    const invocation = sarif.runs[0].invocations[0];
    const notifications = (invocation.toolExecutionNotifications as { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[])
      .map((n) => [n.level, n.message.text, decodeURIComponent(n.locations[0]!.physicalLocation.artifactLocation.uri)]);
    assert.deepEqual(notifications, [
      ['warning', `注意：${scannedPage}`, `file://${scanned}`],
      ['warning', `注意：${picture}`, `file://${pictured}`],
    ]);
    assert.equal(invocation.executionSuccessful, true, 'the files were checked');
  });

  it('--format html: under the file in the list and in its details, and counted as 读取不全', () => {
    const { scanned, pictured, whole } = files();
    const output = join(tempDir(), 'out.html');
    const r = runCli(['check', '--format', 'html', '--output', output, scanned, pictured, whole]);
    assert.equal(r.status, 0, r.stderr);
    const page = readFileSync(output, 'utf8');
    // The tile leads to the list of the reports read in part, each with what was not read.
    assert.match(page, /<div class="warn"><a href="#partly">读取不全<\/a><b class="warn">2<\/b><\/div>/);
    assert.match(page, new RegExp(`<h2 id="partly">读取不全的报告 \\(2\\)</h2>\n<table class="summary partly">.*?<tr><td><code>${scanned}</code></td><td>${scannedPage}</td></tr><tr><td><code>${pictured}</code></td><td>${picture}</td></tr>\n</tbody></table>`, 's'));
    assert.match(page, new RegExp(`<a href="#report-0">${scanned}</a><div class="note warn">注意：${scannedPage}</div></td>`));
    assert.match(page, new RegExp(`<a href="#report-1">${pictured}</a><div class="note warn">注意：${picture}</div></td>`));
    assert.match(page, new RegExp(`<a href="#report-2">${whole}</a></td>`));
    const details = page.match(/<script type="application\/gzip" id="details-0">([A-Za-z0-9+/=]*)<\/script>/)?.[1] ?? '';
    assert.match(gunzipSync(Buffer.from(details, 'base64')).toString('utf8'), new RegExp(`<div class="note warn">注意：${scannedPage}</div>`));
    assert.match(r.stdout, /\n2 份报告读取不全/, 'the terminal\'s summary counts the same');
  });

  it('--format html: a report whose tables were not read whole (table/unread) is marked in the list and listed under 读取不全 too', () => {
    const dir = tempDir();
    const unread = join(dir, 'unread.txt');
    writeFileSync(unread, buildReport({ layout: 'tab' }).split('\n').filter((l) => !l.startsWith('（二）部分公开')).join('\n'));
    const whole = join(dir, 'whole.txt');
    writeFileSync(whole, buildReport({ layout: 'tab' }));
    const output = join(dir, 'out.html');
    runCli(['check', '--format', 'html', '--output', output, unread, whole]);
    const page = readFileSync(output, 'utf8');
    const why = '表格有未读出的行或数字（table/unread），未参与核对';
    assert.match(page, /<a href="#partly">读取不全<\/a><b class="warn">1<\/b>/);
    assert.match(page, new RegExp(`${unread}</a><div class="note warn">读取不全：${why}</div></td>`));
    assert.match(page, new RegExp(`${whole}</a></td>`), 'a report read whole has no mark');
    // The list under the tile says what was not read: table/unread's words, naming the row.
    assert.match(page, new RegExp(`<h2 id="partly">读取不全的报告 \\(1\\)</h2>.*?<td><code>${unread}</code></td><td>收到和处理政府信息公开申请情况表未能完整读出[^<]*「（二）部分公开」[^<]*</td>`, 's'));
    const en = join(dir, 'en.html');
    runCli(['check', '--format', 'html', '--lang', 'en', '--output', en, unread]);
    assert.match(readFileSync(en, 'utf8'), /<h2 id="partly">Reports not read whole \(1\)<\/h2>/);
  });

  it('text: said on stderr, written into an --output file, and counted in the summary', () => {
    const { scanned, pictured } = files();
    const r = runCli(['check', scanned, pictured]);
    assert.match(r.stderr, new RegExp(`${scanned}: 注意：${scannedPage}`));
    assert.match(r.stderr, new RegExp(`${pictured}: 注意：${picture}`));
    assert.match(r.stdout, /\n2 份报告读取不全（table\/unread，或文件有未读取的部分）\n/);
    const output = join(tempDir(), 'out.txt');
    runCli(['check', '--output', output, scanned, pictured]);
    const written = readFileSync(output, 'utf8');
    assert.match(written, new RegExp(`^${scanned}: 注意：${scannedPage}$`, 'm'));
    assert.match(written, new RegExp(`^${pictured}: 注意：${picture}$`, 'm'));
    assert.match(written, /\n2 份报告读取不全/);
  });
});
