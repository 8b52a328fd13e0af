import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { formats } from '../../server/src/engine/formats/index.ts';
import { allLayouts, buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { seedsDir, seedsMissing } from '../fixtures/seeds.ts';
import { cli, ensureBuilt, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

interface Row { key: string; label: string; values: (number | string | null)[]; cells: { text: string }[] }
interface Unplaced { label: string | null; values: string[]; repeats: string | null; range: { start: { line: number } } }

describe('nianbao extract', () => {
  for (const version of ['2019', '2021'] as const) {
    it(`gives back every value that went in, in every layout (${version} format)`, () => {
      const dir = tempDir();
      const paths = allLayouts.map((layout) => {
        const path = join(dir, `${layout}.txt`);
        writeFileSync(path, buildReport({ layout, year: version === '2019' ? 2020 : 2023 }));
        return path;
      });
      const r = runCli(['extract', '--format', 'json', ...paths]);
      assert.equal(r.status, 0, r.stderr);
      const expected = cleanValues(version);
      const format = formats[version];
      for (const file of JSON.parse(r.stdout).files) {
        assert.equal(file.format, version, file.path);
        const b: Row[] = file.tables.B.rows;
        assert.deepEqual(file.tables.B.columns, format.tableB.columns.map((c) => c.label));
        for (const row of b) {
          assert.deepEqual(row.values, expected.B[row.key], `${file.path} ${row.key}`);
          assert.deepEqual(row.cells.map((c) => c.text.trim()), row.values.map(String), 'each cell keeps its text');
        }
        assert.equal(b.length, Object.keys(expected.B).length, `${file.path}: every row of table B`);
        assert.deepEqual(b.map((row) => row.key), format.tableB.rows.map((d) => d.key).filter((k) => k in expected.B), 'rows in the format order');
        for (const row of file.tables.A.rows as Row[]) assert.deepEqual(row.values, expected.A[row.key], `${file.path} ${row.key}`);
        assert.deepEqual(file.tables.C.values, expected.C);
      }
    });
  }

  it('says null for a table that is absent, and writes CSV a spreadsheet opens', () => {
    const dir = tempDir();
    const path = join(dir, 'notice.txt');
    writeFileSync(path, '关于召开会议的通知\n请各单位准时参加。\n');
    const file = JSON.parse(runCli(['extract', path]).stdout).files[0];
    assert.deepEqual(file.tables, { A: null, B: null, C: null });
    const report = join(dir, 'report.txt');
    writeFileSync(report, buildReport());
    const csv = runCli(['extract', '--format', 'csv', report]).stdout;
    // Each block opens with whose report it is: path, agency, year (a spreadsheet of many folders' blocks still says).
    assert.ok(csv.startsWith(`\uFEFF${report},某某市某某局,2023\r\n`), csv.slice(0, 80));
    assert.deepEqual(Object.keys(JSON.parse(runCli(['extract', report]).stdout).files[0]).slice(0, 4), ['path', 'agency', 'year', 'format']);
    assert.equal(JSON.parse(runCli(['extract', report]).stdout).files[0].agency, '某某市某某局');
    assert.match(csv, /\r\n一、本年新收政府信息公开申请数量,5,1,0,0,0,1,7\r\n/);
    assert.match(csv, /\r\n"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",1,0,0,0,0,0,1\r\n|\r\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）,1,0,0,0,0,0,1\r\n/);
  });

  it('says in CSV which tables were not found and which rows of table A the report lacks, in JSON which rows (a report cut short read as a short table A and nothing else)', () => {
    const dir = tempDir();
    const path = join(dir, 'cut.txt');
    // Cut after table A's first row of numbers: table A with one row of eight, no table B or C.
    const lines = buildReport({ layout: 'tab' }).split('\n');
    const first = lines.findIndex((l) => l.startsWith('规章'));
    writeFileSync(path, lines.slice(0, first + 1).join('\n'));
    const csv = runCli(['extract', '--format', 'csv', path]).stdout.split('\r\n');
    const lacking = formats['2021'].tableA.blocks.reduce((n, b) => n + b.rows.length, 0) - 1;
    const missing = csv.find((l) => l.startsWith('缺少的行'));
    assert.equal(missing?.split(',')[0], `缺少的行（${lacking} 行）`, csv.join('\n'));
    assert.ok(missing?.split(',').includes('行政许可'), missing);
    assert.ok(csv.includes('表二：未找到') && csv.includes('表三：未找到'), csv.join('\n'));
    const english = runCli(['extract', '--format', 'csv', '--lang', 'en', path]).stdout.split('\r\n');
    assert.ok(english.includes('Table B: not found') && english.some((l) => l.startsWith(`rows missing (${lacking}),`)), english.join('\n'));
    const file = JSON.parse(runCli(['extract', path]).stdout).files[0];
    assert.equal(file.tables.A.missing.length, lacking);
    assert.equal(file.tables.B, null);
    // A whole report's CSV says neither.
    const whole = join(dir, 'whole.txt');
    writeFileSync(whole, buildReport({ layout: 'tab' }));
    const wholeCsv = runCli(['extract', '--format', 'csv', whole]).stdout;
    assert.doesNotMatch(wholeCsv, /缺少的行|未找到/);
    assert.deepEqual(JSON.parse(runCli(['extract', whole]).stdout).files[0].tables.A.missing, []);
  });

  it('names in its output, not only on stderr, each file it could not read, with why (exit 2)', () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, buildReport());
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x00, 0x00, 0xff, 0x00, 0x13]));
    const missing = join(dir, 'gone.txt');
    const json = runCli(['extract', report, binary, missing]);
    assert.equal(json.status, 2);
    const out = JSON.parse(json.stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), [report]);
    assert.deepEqual(out.errors.map((e: { path: string }) => e.path).sort(), [binary, missing].sort());
    for (const e of out.errors as { path: string; message: string }[]) assert.ok(json.stderr.includes(`${e.path}: ${e.message}`), `stderr says what the output says of ${e.path}`);
    assert.match(out.errors.find((e: { path: string }) => e.path === binary).message, /^无法读取：/);
    const csv = runCli(['extract', '--format', 'csv', '--lang', 'en', report, binary]);
    assert.equal(csv.status, 2);
    assert.match(csv.stdout, new RegExp(`\\r\\n\\r\\n${binary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\r\\n"?cannot read: [^\\r\\n]+\\r\\n$`));
    assert.deepEqual(JSON.parse(runCli(['extract', report]).stdout).errors, [], 'an empty list when every file was read');
  });

  it('leaves out, and lists with why, the files found in a folder that are no report; a file named is extracted whatever it is', () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, buildReport());
    writeFileSync(join(dir, 'README.md'), '# 说明\n\n本文件夹存放年度报告。\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'figures.xlsx'), 'PK');
    const r = runCli(['extract', dir]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), [report]);
    assert.deepEqual(out.errors, []);
    const skipped = new Map((out.skipped as { path: string; message: string }[]).map((s) => [s.path.slice(dir.length + 1), s.message]));
    assert.deepEqual([...skipped.keys()].sort(), ['README.md', 'empty.txt', 'figures.xlsx']);
    assert.equal(skipped.get('empty.txt'), '不是年度报告：文件是空的');
    assert.match(skipped.get('README.md')!, /^不是年度报告：/);
    assert.match(skipped.get('figures.xlsx')!, /\.xlsx/);
    for (const [name, message] of skipped) assert.ok(r.stderr.includes(`${join(dir, name)}: 跳过：${message}`), `stderr names ${name}`);
    const csv = runCli(['extract', '--format', 'csv', '--lang', 'en', dir]);
    assert.match(csv.stdout, /README\.md\r\n"?not an annual report: [^\r\n]+\r\n/);
    const named = JSON.parse(runCli(['extract', join(dir, 'README.md')]).stdout);
    assert.deepEqual(named.files.map((f: { tables: unknown }) => f.tables), [{ A: null, B: null, C: null }], 'named: extracted, its tables absent');
    assert.deepEqual(named.skipped, []);
  });

  it('CSV: a BOM first, each sub-row with its group, table C\'s row labelled', () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, buildReport());
    const csv = runCli(['extract', '--format', 'csv', report]).stdout;
    assert.ok(csv.startsWith('\uFEFF'), 'Excel and WPS read UTF-8 by its BOM');
    assert.match(csv, /\r\n（四）无法提供 \/ 1\.本机关不掌握相关政府信息,0,0,0,0,0,1,1\r\n/);
    assert.match(csv, /\r\n（三）不予公开 \/ 5\.属于三类内部事务信息,1,0,0,0,0,0,1\r\n/);
    assert.match(csv, /\r\n（一）予以公开,3,1,0,0,0,0,4\r\n/, 'a row of 三、 is named by itself');
    assert.match(csv, /\r\n案件数,1,0,0,1,2,0,0,0,1,1,0,0,0,0,0\r\n/);
    // Each "1." row is told apart from the others: no two rows of table B share a label.
    const labels = csv.split('\r\n表二')[1]!.split('\r\n\r\n')[0]!.split('\r\n').slice(1).map((l) => l.split(',')[0]);
    assert.equal(new Set(labels).size, labels.length);
  });

  it('lists a row whose digits ran together past splitting as unsplit, with no values, in JSON and CSV; it was dropped (table B) or left empty without a word', () => {
    const v = cleanValues('2021');
    v.A['a1.normative'] = [12, 3, 154];
    let text = buildReport({ layout: 'tab', year: 2023, values: v });
    // Table A's row run together (table A has no relations to split it by), and table B's 一 run
    // together into digits no split of which balances, even with one number corrected (6 for 5
    // and 28 for 7: a single wrong number would be read, and named by balance/cell).
    for (const [row, glued] of [[v.A['a1.normative'], '123154'], [v.B.new!, '61000128']] as const) {
      const written = `\t${row.join('\t')}\t`;
      assert.ok(text.includes(written), written);
      text = text.replace(written, `\t${glued}\t`);
    }
    const path = join(tempDir(), 'glued.txt');
    writeFileSync(path, text);
    const r = runCli(['extract', path]);
    assert.equal(r.status, 0, r.stderr);
    const tables = JSON.parse(r.stdout).files[0].tables;
    const normative = tables.A.rows.find((row: Row) => row.key === 'a1.normative');
    assert.deepEqual([normative.values, normative.unsplit], [[], true]);
    const received = tables.B.rows.find((row: Row) => row.key === 'new');
    assert.ok(received, 'table B\'s row is listed');
    assert.deepEqual([received.values, received.unsplit], [[], true]);
    assert.equal(tables.B.rows.filter((row: { unsplit?: boolean }) => row.unsplit).length, 1, 'the other rows are read');
    const csv = runCli(['extract', '--format', 'csv', path]).stdout.split('\r\n');
    assert.ok(csv.includes('行政规范性文件,（数字粘连，无法唯一拆分，未读取）'), csv.join('\n'));
    assert.ok(csv.includes('一、本年新收政府信息公开申请数量,（数字粘连，无法唯一拆分，未读取）'), csv.join('\n'));
  });

  it('lists after each table the numbers no row took, with their line, the words before them and the numbers, in JSON and CSV', () => {
    // Table A's 行政许可 written twice; in table B a row the format does not have, and two numbers with no words.
    const lines = buildReport({ layout: 'tab' }).split('\n');
    const twice = lines.findIndex((l) => l.startsWith('行政许可'));
    lines.splice(twice + 1, 0, lines[twice]!);
    const partial = lines.findIndex((l) => l.startsWith('（二）部分公开'));
    lines.splice(partial, 0, '（八）另行统计的情形\t2\t0\t0\t0\t0\t0\t2', '\t3\t4\t');
    const path = join(tempDir(), 'unplaced.txt');
    writeFileSync(path, lines.join('\n'));
    const r = runCli(['extract', path]);
    assert.equal(r.status, 0, r.stderr);
    const { A, B, C } = JSON.parse(r.stdout).files[0].tables;
    // Each group as [words, numbers, the row they repeat, the line (from 0, as every range of the JSON)].
    const groups = (table: { unplaced: Unplaced[] }) => table.unplaced.map((u) => [u.label, u.values, u.repeats, u.range.start.line]);
    assert.deepEqual(groups(A), [['行政许可', ['0'], 'a5.license', twice + 1]], 'the second 行政许可, where the first was read');
    assert.deepEqual(groups(B), [
      ['（八）另行统计的情形', ['2', '0', '0', '0', '0', '0', '2'], null, partial],
      [null, ['3', '4'], null, partial + 1],
    ]);
    assert.equal(C.unplaced, undefined, 'table C has no rows to leave numbers out of');
    const csv = runCli(['extract', '--format', 'csv', path]).stdout.split('\r\n');
    const after = (row: string, ...expected: string[]) => {
      const i = csv.indexOf(row);
      assert.ok(i >= 0, row);
      assert.deepEqual(csv.slice(i + 1, i + 1 + expected.length), expected);
    };
    after('行政事业性收费,0', '表一读取不全：1 处数字未读入任何一行；未参与核对', '未读入任何一行的数字（1 处，未参与核对）', `第 ${twice + 2} 行：行政许可（又出现一次）,0`, '', '表二,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计');
    after('四、结转下年度继续办理,1,0,0,0,0,0,1', '表二读取不全：2 处数字未读入任何一行；未参与核对', '未读入任何一行的数字（2 处，未参与核对）', `第 ${partial + 1} 行：（八）另行统计的情形,2,0,0,0,0,0,2`, `第 ${partial + 2} 行,3,4`, '');
    const english = runCli(['extract', '--format', 'csv', '--lang', 'en', path]).stdout.split('\r\n');
    assert.ok(english.includes('"numbers read into no row (2 groups, not checked)"'), english.join('\n'));
    assert.ok(english.includes(`line ${twice + 2}: 行政许可 (written again),0`), english.join('\n'));
    const whole = join(tempDir(), 'whole.txt');
    writeFileSync(whole, buildReport());
    const tables = JSON.parse(runCli(['extract', whole]).stdout).files[0].tables;
    assert.deepEqual([tables.A.unplaced, tables.B.unplaced], [[], []], 'an empty list when no number was left out');
    assert.ok(!runCli(['extract', '--format', 'csv', whole]).stdout.includes('未读入'));
  });

  it('says of each table what of it was not read: rows not read by name, those run together, whether whole; in JSON and CSV', () => {
    const v = cleanValues('2021');
    v.A['a1.normative'] = [12, 3, 154];
    let text = buildReport({ layout: 'tab', year: 2023, values: v });
    // Table A's 行政规范性文件 and table B's 一 run together past splitting (as above), and table B's （二）部分公开 gone.
    for (const [row, glued] of [[v.A['a1.normative'], '123154'], [v.B.new!, '61000128']] as const) text = text.replace(`\t${row.join('\t')}\t`, `\t${glued}\t`);
    text = text.split('\n').filter((l) => !l.startsWith('（二）部分公开')).join('\n');
    const path = join(tempDir(), 'partial.txt');
    writeFileSync(path, text);
    const { A, B, C } = JSON.parse(runCli(['extract', path]).stdout).files[0].tables;
    const normative = { key: 'a1.normative', label: '行政规范性文件' };
    const received = { key: 'new', label: '一、本年新收政府信息公开申请数量' };
    assert.deepEqual(A.reading, { complete: false, notRead: [normative], digitsRunTogether: [normative] });
    assert.deepEqual(B.reading, { complete: false, notRead: [received, { key: 'partial', label: '（二）部分公开' }], digitsRunTogether: [received] });
    assert.deepEqual(C.reading, { complete: true, notRead: [], digitsRunTogether: [] });
    const csv = runCli(['extract', '--format', 'csv', path]).stdout.split('\r\n');
    const after = (row: string, ...expected: string[]) => {
      const i = csv.indexOf(row);
      assert.ok(i >= 0, row);
      assert.deepEqual(csv.slice(i + 1, i + 1 + expected.length), expected);
    };
    after('行政事业性收费,0', '表一读取不全：未读出 1 行（其中数字粘连 1 行）；未参与核对', '未读出的行（1 行）,行政规范性文件', '');
    after('四、结转下年度继续办理,1,0,0,0,0,0,1', '表二读取不全：未读出 2 行（其中数字粘连 1 行）；未参与核对', '未读出的行（2 行）,一、本年新收政府信息公开申请数量,（二）部分公开', '');
    assert.ok(!csv.some((l) => l.startsWith('表三读取不全')), 'table C read whole');
    const whole = join(tempDir(), 'whole.txt');
    writeFileSync(whole, buildReport());
    const tables = JSON.parse(runCli(['extract', whole]).stdout).files[0].tables;
    assert.deepEqual([tables.A, tables.B, tables.C].map((t) => t.reading.complete), [true, true, true]);
    assert.ok(!runCli(['extract', '--format', 'csv', whole]).stdout.includes('读取不全'));
  });

  it('CSV: its own words in --lang (Chinese by default), the rows as the report labels them', () => {
    const v = cleanValues('2021');
    const path = join(tempDir(), 'glued.txt');
    writeFileSync(path, buildReport({ layout: 'tab', year: 2023, values: v }).replace(`\t${v.B.new!.join('\t')}\t`, '\t61000128\t'));
    const english = runCli(['extract', '--format', 'csv', '--lang', 'en', path]).stdout.split('\r\n');
    const heads = english.map((l) => l.split(',')[0] ?? '');
    assert.ok(heads.includes('Table A 第二十条第（一）项') && heads.includes('Table B') && heads.includes('Table C') && heads.includes('cases'), english.join('\n'));
    assert.ok(english.includes('一、本年新收政府信息公开申请数量,(digits ran together and could not be split one way only: not read)'), english.join('\n'));
    assert.ok(english.includes('Table B not read whole: 1 row not read (1 with digits run together); not checked'), english.join('\n'));
    assert.ok(english.includes('rows not read (1),一、本年新收政府信息公开申请数量'), english.join('\n'));
    assert.ok(!heads.some((h) => /^(表[一二三]|案件数)/.test(h)) && !english.some((l) => /粘连|未读|读取不全/.test(l)), 'none of its own words in Chinese');
    const chinese = runCli(['extract', '--format', 'csv', path]).stdout.split('\r\n');
    assert.ok(chinese.includes('表二读取不全：未读出 1 行（其中数字粘连 1 行）；未参与核对'), chinese.join('\n'));
  });

  it('reads the seeds as a careful reader does', { skip: seedsMissing }, () => {
    const out = JSON.parse(runCli(['extract', join(seedsDir, '002_7b4b25fcf59f7d61.txt'), join(seedsDir, '004_4505276ac13c66c6.txt')]).stdout);
    const [s002, s004] = out.files;
    const row = (file: { tables: { B: { rows: Row[] } } }, key: string) => file.tables.B.rows.find((r) => r.key === key)?.values;
    assert.equal(s002.year, 2020);
    assert.equal(s002.format, '2019');
    assert.deepEqual(row(s002, 'total')?.at(-1), 0, '002 writes 0 in （七）总计 · 总计, as printed');
    assert.equal(s004.year, 2025);
    assert.deepEqual(row(s004, 'new'), [17, 0, 0, 0, 0, 0, 17]);
    assert.deepEqual(row(s004, 'open'), [9, 0, 0, 0, 0, 0, 9]);
    assert.deepEqual(row(s004, 'withheld.internal'), [4, 0, 0, 0, 0, 0, 4]);
    assert.deepEqual(row(s004, 'unable.none'), [4, 0, 0, 0, 0, 0, 4]);
  });

  for (const format of ['json', 'csv'] as const) {
    it(`writes each file's ${format} as soon as it is read, not all at the end, and the whole is the same text (a batch of thousands held every analysis: 3.3 GB for 6 000)`, async () => {
      const dir = tempDir();
      const first = join(dir, 'first.txt');
      writeFileSync(first, buildReport({ agency: '甲市财政局' }));
      // The second report is standard input, kept open: the first's part must be out before it ends.
      const child = spawn(process.execPath, [cli, 'extract', '--format', format, first, '-', join(dir, 'missing.txt')], { env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      for (let waited = 0; !out.includes('自然人'); waited += 20) {
        if (waited > 20_000) child.kill();
        assert.ok(waited <= 20_000, 'the first file was written before the input that follows it ended');
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(out.includes(first), 'the first file is out');
      child.stdin.end(buildReport({ layout: 'pipe', agency: '乙市财政局' }));
      assert.equal(await closed, 2, 'missing.txt could not be read');
      if (format === 'json') {
        const whole = JSON.parse(out);
        assert.deepEqual(whole.files.map((f: { path: string }) => f.path), [first, '-']);
        assert.equal(whole.errors.length, 1);
        assert.equal(out, JSON.stringify(whole, null, 2) + '\n', 'the pieces are the text the whole made at once gave');
      } else {
        assert.ok(out.startsWith('\uFEFF' + first + ',甲市财政局,2023\r\n表一'));
        assert.equal(out.split('\uFEFF').length, 2, 'one byte-order mark');
        assert.match(out, /\r\n\r\n-,乙市财政局,2023\r\n表一/);
        assert.match(out, /missing\.txt\r\n文件或文件夹不存在\r\n$/);
      }
    });
  }

  it('shows a progress bar on a terminal, as check does, and ends it before the notes and the files it could not read', (t) => {
    // util-linux's script gives the run a terminal.
    if (spawnSync('script', ['--version']).status !== 0) return t.skip('skipped: no `script` (util-linux) to give the run a terminal');
    const dir = tempDir();
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    for (let i = 0; i < 40; i++) writeFileSync(join(reports, `r${i}.txt`), buildReport({ agency: `甲市第${i}局` }));
    writeFileSync(join(reports, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]));
    const r = spawnSync('script', ['-qfec', `${process.execPath} ${cli} extract ${reports} > ${join(dir, 'out.json')}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', CI: '' } });
    const terminal = r.stdout;
    assert.match(terminal, / 41\/41 /, 'the bar counts every file');
    assert.ok(terminal.lastIndexOf('\x1b[?25h') < terminal.indexOf('binary.txt: 无法读取'), 'the bar is put away before the file it could not read is named');
  });
});
