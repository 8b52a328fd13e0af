// A folder of 206 reports: planted defects and their clean twins in every text layout, and the
// published report as a web page, Word and PDF, each clean and with a planted defect, checked in
// parallel; the summary, the JSON and the HTML report are compared with what was planted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { acrossSection } from '../../server/src/render/batchPage.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { cli, ensureBuilt, root, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

const PAIRS = 100;

/** Report i of the folder: the 予以公开 cell of column i % 7 is one too many in the defective twin. */
function folder(): { dir: string; planted: Map<string, { column: number; expected: number }> } {
  const dir = tempDir();
  const planted = new Map<string, { column: number; expected: number }>();
  for (let i = 0; i < PAIRS; i++) {
    const layout = allLayouts[i % allLayouts.length]!;
    const column = i % 7;
    const clean = cleanValues();
    writeFileSync(join(dir, `clean-${i}.txt`), buildReport({ layout, values: clean, agency: `甲市第${i}局` }));
    const wrong = cleanValues();
    const expected = wrong.B.open![column]!;
    wrong.B.open![column] = expected + 1;
    const name = `wrong-${i}.txt`;
    writeFileSync(join(dir, name), buildReport({ layout, values: wrong, agency: `乙市第${i}局` }));
    planted.set(name, { column, expected });
  }
  // Every input kind: the published report as a web page, Word and PDF, clean and with the 总计 of
  // （七）总计 changed from 213 to 231.
  const documents = join(root, 'test', 'fixtures', 'documents');
  for (const kind of ['html', 'docx', 'pdf']) copyFileSync(join(documents, `report.${kind}`), join(dir, `published.${kind}`));
  const page = readFileSync(join(documents, 'report.html'), 'utf8');
  const total = page.indexOf('（七）总计');
  const wrongPage = page.slice(0, total) + page.slice(total).replace('10.5pt">213<', '10.5pt">231<');
  assert.notEqual(wrongPage, page);
  writeFileSync(join(dir, 'published-wrong.html'), wrongPage);
  planted.set('published-wrong.html', { column: 6, expected: 213 });
  // The same defect in Word and PDF (scripts/build-defect-fixtures.sh).
  for (const kind of ['docx', 'pdf']) {
    copyFileSync(join(documents, `report-wrong.${kind}`), join(dir, `published-wrong.${kind}`));
    planted.set(`published-wrong.${kind}`, { column: 6, expected: 213 });
  }
  return { dir, planted };
}

describe('nianbao check on a folder of 206 reports of every input kind', () => {
  const { dir, planted } = folder();

  it('finds exactly the planted cells, in input order, whichever worker checked them', () => {
    const r = runCli(['check', '--format', 'json', dir]);
    assert.equal(r.status, 1);
    const files: { path: string; diagnostics: { rule: string; severity: string; message: string; fixes: { edits: { newText: string }[] }[] }[] }[] = JSON.parse(r.stdout).files;
    assert.equal(files.length, 2 * PAIRS + 6);
    // One file a line, each line (without the comma between) the file's JSON as read from the whole.
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '{"files":[');
    assert.deepEqual(files.map((_, i) => JSON.parse(lines[i + 1]!.replace(/,$/, ''))), files);
    assert.deepEqual(files.map((f) => f.path), [...files.map((f) => f.path)].sort((a, b) => a.localeCompare(b)), 'input order');
    for (const f of files) {
      const name = f.path.slice(dir.length + 1);
      const errors = f.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      const plant = planted.get(name);
      if (!plant) {
        assert.deepEqual(errors, [], name);
        continue;
      }
      assert.deepEqual(errors.map((d) => d.rule), ['balance/cell'], name);
      // A converted document is never written back, so its findings carry no fix: the message says it.
      if (/\.(html|docx|pdf)$/.test(name)) assert.match(errors[0]!.message, new RegExp(`应为 ${plant.expected}`), name);
      else assert.equal(errors[0]!.fixes[0]!.edits[0]!.newText, String(plant.expected), name);
    }
  });

  it('ends the text output with a summary: files, errors, warnings, the rules that fired most', () => {
    const out = runCli(['check', dir]).stdout.trimEnd().split('\n');
    // The hints listed above (blank cells of the converted documents) are counted too.
    const hints = out.filter((l) => / 提示 [a-z]+\//.test(l)).length;
    assert.ok(hints > 0);
    assert.equal(out.at(-2), `${2 * PAIRS + 6} 个文件，${PAIRS + 3} 个错误，0 个警告，${hints} 个提示`);
    assert.equal(out.at(-1), `最常见：balance/cell ×${PAIRS + 3}`);
  });

  it('writes one self-contained HTML page with the wrong cells red and what they should be', () => {
    const output = join(tempDir(), 'report.html');
    const r = runCli(['check', '--format', 'html', '--output', output, dir]);
    assert.equal(r.status, 1, r.stderr);
    const page = readFileSync(output, 'utf8');
    const details = detailsOf(page);
    assert.equal(details.size, 2 * PAIRS + 6);
    // Checked in parallel, listed in input order: the same folder makes the same page.
    const sections = [...details.keys()];
    assert.deepEqual(sections, sections.map((_, i) => i));
    const wrong = [...[...details.values()].join('\n').matchAll(/<td class="wrong" [^>]*>(\d+)<span class="expected">→ (\d+)<\/span>/g)];
    assert.equal(wrong.length, PAIRS + 3);
    for (const [, shown, expected] of wrong) assert.ok(Number(shown) === Number(expected) + 1 || (shown === '231' && expected === '213'), `${shown} → ${expected}`);
    assert.ok(!/(?:src|href)="(?:https?:)?\/\//.test(page), 'nothing loaded from the network');
    assert.match(page, /Content-Security-Policy/);
    assert.ok(!existsSync(`${output}.details-${process.pid}.tmp`));
  });

  it('draws each agency across years and marks a broken carry-over', () => {
    const years = tempDir();
    const last = cleanValues();
    last.B.pending = [2, 0, 0, 0, 0, 0, 2];
    mkdirSync(join(years, 'a'));
    writeFileSync(join(years, 'a', '2022.txt'), buildReport({ year: 2022, values: last }));
    writeFileSync(join(years, 'a', '2023.txt'), buildReport({ year: 2023 }));
    const output = join(years, 'report.html');
    runCli(['check', '--format', 'html', '--output', output, join(years, 'a')]);
    const page = readFileSync(output, 'utf8');
    assert.match(page, /<div class="chart" data-chart="chart-0"><h3>某某市某某局<\/h3>.*<script type="text\/x-nianbao-svg" id="chart-0"><svg/);
    assert.match(page, /<line class="broken"/);
    // The cross-report finding is listed, with a link to the 2023 report's details; reports that
    // make no pair (two agencies) have no such section.
    const across = /<h2>与上一年度报告核对<\/h2><ol class="findings">(.*?)<\/ol>/s.exec(page);
    assert.ok(across, 'a section of cross-report findings');
    const link = /<a href="#(report-\d+)">某某市某某局 2023<\/a> · 行 \d+ · <code>workspace\/carry-over<\/code>/.exec(across[1]!);
    assert.ok(link, across[1]);
    assert.match(detailsOf(page).get(Number(link[1]!.slice('report-'.length))) ?? '', /^<h2>某某市某某局 2023<\/h2>/);
    const clean = tempDir();
    writeFileSync(join(clean, '2022.txt'), buildReport({ year: 2022, agency: '甲县某某局' }));
    writeFileSync(join(clean, '2023.txt'), buildReport({ year: 2023, agency: '乙县某某局' }));
    runCli(['check', '--format', 'html', '--output', join(clean, 'report.html'), clean]);
    assert.doesNotMatch(readFileSync(join(clean, 'report.html'), 'utf8'), /与上一年度报告核对/);
    // With --no-workspace the page says the year-to-year checks were not made, rather than look
    // like a run whose comparisons found nothing (seen by the evaluator trial).
    const off = join(years, 'off.html');
    runCli(['check', '--no-workspace', '--format', 'html', '--output', off, join(years, 'a')]);
    assert.match(readFileSync(off, 'utf8'), /<h2>与上一年度报告核对<\/h2><p>本次未做跨年度核对（使用了 --no-workspace）<\/p>/);
    assert.doesNotMatch(readFileSync(off, 'utf8'), /workspace\/carry-over/);
  });

  it('says how many pairs of years were checked when they found nothing, and nothing when there were none', () => {
    assert.equal(acrossSection([], 'zh', 0), '');
    assert.match(acrossSection([], 'zh', 3), /<h2>与上一年度报告核对<\/h2><p>已核对 3 对相邻年度的报告，未发现问题<\/p>/);
    assert.match(acrossSection([], 'en', 1), /<p>1 pair of consecutive years checked: no findings<\/p>/);
    assert.match(acrossSection([], 'en', null), /<p>No year-to-year checks in this run \(--no-workspace\)<\/p>/);
  });

  it('draws no year twice: a year with several reports of the agency is named under its chart, and a generic name is one agency only within its folder', () => {
    const dir = tempDir();
    for (const year of [2021, 2022, 2023]) writeFileSync(join(dir, `${year}.txt`), buildReport({ year }));
    // The 2023 report again, as its page would be published beside it.
    writeFileSync(join(dir, '2023-page.md'), buildReport({ year: 2023 }));
    // Two offices called 政府办, each in its own folder, one year each: no chart for either.
    for (const [folder, year] of [['甲县', 2022], ['乙县', 2023]] as const) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, `${year}.txt`), buildReport({ year, agency: '政府办' }));
    }
    const output = join(tempDir(), 'report.html');
    runCli(['check', '--format', 'html', '--output', output, dir]);
    const page = readFileSync(output, 'utf8');
    const charts = [...page.matchAll(/<div class="chart" data-chart="chart-\d+"><h3>(.*?)<\/h3>.*?<\/script><\/div>/g)];
    assert.deepEqual(charts.map((m) => m[1]), ['某某市某某局']);
    const drawn = charts[0]![0];
    assert.deepEqual([...drawn.matchAll(/text-anchor="middle">(\d+)<\/text>/g)].map((m) => m[1]), ['2021', '2022']);
    assert.match(drawn, new RegExp(`<div class="several">2023 年有 2 份报告（${join(dir, '2023-page.md')}、${join(dir, '2023.txt')}），未画出</div>`));
  });
});

/** Each report's details in the page, by index: gzipped markup in base64, drawn by the page when the report is opened. */
function detailsOf(page: string): Map<number, string> {
  return new Map([...page.matchAll(/<script type="application\/gzip" id="details-(\d+)">([A-Za-z0-9+/=]*)<\/script>/g)]
    .map((m) => [Number(m[1]), gunzipSync(Buffer.from(m[2]!, 'base64')).toString('utf8')]));
}

describe('the progress bar', () => {
  it('is drawn on a terminal and not when the output is piped', { skip: !existsSync('/usr/bin/script') && 'needs util-linux script(1) for a pty' }, () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `r${i}.txt`), buildReport({ agency: `丙县第${i}局` }));
    const { CI: _ci, ...rest } = process.env;
    const env = { ...rest, NO_COLOR: '1' };
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${cli} check ${dir}`, '/dev/null'], { encoding: 'utf8', env });
    assert.match(tty.stdout, /40\/40/, 'the bar counts the files on a terminal');
    const piped = runCli(['check', dir], { CI: '' });
    assert.doesNotMatch(piped.stdout + piped.stderr, /\d+\/40/);
    const ci = spawnSync('script', ['-qec', `${process.execPath} ${cli} check ${dir}`, '/dev/null'], { encoding: 'utf8', env: { ...env, CI: 'true' } });
    assert.doesNotMatch(ci.stdout, /\d+\/40/, 'nothing of it in CI');
  });
});
