// The VS Code client, short of a running VS Code (the e2e issue runs it in one): its bundle carries
// no engine and no zod (the client knows nothing of reports), and the CSV it copies is well formed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { build } from 'esbuild';
import { tablesCsv, type CsvWords } from '../../client/src/csv.ts';
import { root } from './client.ts';

/** The words of l10n/bundle.l10n.zh-cn.json, as commands.ts gives them in a Chinese VS Code. */
const chinese: CsvWords = {
  unsplit: () => '（数字粘连，无法唯一拆分，未读取）',
  partial: (table, notRead, glued, unplaced) => {
    const rows = `未读出 ${notRead} 行${glued > 0 ? `（其中数字粘连 ${glued} 行）` : ''}`;
    const numbers = `${unplaced} 处数字未读入任何一行`;
    return `${table}读取不全：${notRead > 0 && unplaced > 0 ? `${rows}，${numbers}` : notRead > 0 ? rows : numbers}；未参与核对`;
  },
  notRead: (count) => `未读出的行（${count} 行）`,
  title: (count) => `未读入任何一行的数字（${count} 处，未参与核对）`,
  place: (line, label, again) => (label === null ? `第 ${line} 行` : `第 ${line} 行：${label}${again ? '（又出现一次）' : ''}`),
};

describe('the client', () => {
  test('its bundle holds no engine, no zod, no server code', async () => {
    const result = await build({
      entryPoints: [join(root, 'client', 'src', 'extension.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      outfile: 'client.js',
      logLevel: 'error',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i.includes('client/src/extension.ts')));
    assert.deepEqual(inputs.filter((i) => /server\/src\/|node_modules\/zod\/|shared\/src\/settings/.test(i)), []);
  });

  test('tables as CSV: a name line per table, a header whenever the columns change, cells as written, quoting', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const cell = (raw: string) => ({ raw, value: raw, range });
    const whole = { complete: true, notRead: [], digitsRunTogether: [] };
    const csv = tablesCsv({
      recognised: true,
      year: 2023,
      format: '2021',
      tables: [
        {
          id: 'A', name: '主动公开政府信息情况表', layout: 'tab', range,
          rows: [
            { key: 'a1.rules', label: '规章', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], unsplit: false, cells: ['0', '0', '3'].map(cell) },
            { key: 'a1.normative', label: '行政规范性文件', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], unsplit: false, cells: ['5', '1', '54'].map(cell) },
            { key: 'a8.fees', label: '行政事业性收费', columns: ['本年收费金额（单位：万元）'], unsplit: false, cells: ['1,200.5'].map(cell) },
          ],
          unplaced: [],
          reading: whole,
        },
        { id: 'B', name: 'B', layout: 'tab', range, rows: [{ key: 'new', label: '一、"新收"', columns: ['自然人'], unsplit: false, cells: [cell('')] }], unplaced: [], reading: whole },
      ],
    }, chinese);
    assert.equal(csv, [
      '主动公开政府信息情况表',
      ',本年制发件数,本年废止件数,现行有效件数',
      '规章,0,0,3',
      '行政规范性文件,5,1,54',
      ',本年收费金额（单位：万元）',
      '行政事业性收费,"1,200.5"',
      '',
      'B',
      ',自然人',
      '"一、""新收""",',
      '',
    ].join('\r\n'));
  });

  test('tables as CSV: the numbers no row took after their table, counted, each with its line and the words before it', () => {
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 9 } });
    const csv = tablesCsv({
      recognised: true,
      year: 2023,
      format: '2021',
      tables: [
        {
          id: 'B', name: '表二', layout: 'tab', range: at(20),
          rows: [{ key: 'new', label: '一、本年新收', columns: ['总计'], unsplit: false, cells: [{ raw: '7', value: 7, range: at(22) }] }],
          unplaced: [
            { label: '（二）部分公开', values: ['1', '0'], repeats: 'partial', range: at(30) },
            { label: '（八）另行统计, 其他', values: ['2'], repeats: null, range: at(31) },
            { label: null, values: ['3', '4'], repeats: null, range: at(32) },
          ],
          reading: { complete: false, notRead: [], digitsRunTogether: [] },
        },
        { id: 'C', name: '表三', layout: 'tab', range: at(40), rows: [], unplaced: [], reading: { complete: true, notRead: [], digitsRunTogether: [] } },
      ],
    }, chinese);
    assert.equal(csv, [
      '表二',
      ',总计',
      '一、本年新收,7',
      '表二读取不全：3 处数字未读入任何一行；未参与核对',
      '未读入任何一行的数字（3 处，未参与核对）',
      '第 31 行：（二）部分公开（又出现一次）,1,0',
      '"第 32 行：（八）另行统计, 其他",2',
      '第 33 行,3,4',
      '',
      '表三',
      '',
    ].join('\r\n'));
  });

  test('tables as CSV: a table not read whole says so after its rows, counted, with the rows not read by name; a row run together is marked', () => {
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 9 } });
    const csv = tablesCsv({
      recognised: true,
      year: 2023,
      format: '2021',
      tables: [
        {
          id: 'B', name: '表二', layout: 'tab', range: at(20),
          rows: [
            { key: 'new', label: '一、本年新收', columns: ['总计'], unsplit: true, cells: [] },
            { key: 'carried', label: '二、上年结转', columns: ['总计'], unsplit: false, cells: [{ raw: '1', value: 1, range: at(23) }] },
          ],
          unplaced: [{ label: null, values: ['3'], repeats: null, range: at(24) }],
          reading: {
            complete: false,
            notRead: [{ key: 'new', label: '一、本年新收政府信息公开申请数量' }, { key: 'partial', label: '（二）部分公开' }],
            digitsRunTogether: [{ key: 'new', label: '一、本年新收政府信息公开申请数量' }],
          },
        },
      ],
    }, chinese);
    assert.equal(csv, [
      '表二',
      ',总计',
      '一、本年新收,（数字粘连，无法唯一拆分，未读取）',
      '二、上年结转,1',
      '表二读取不全：未读出 2 行（其中数字粘连 1 行），1 处数字未读入任何一行；未参与核对',
      '未读出的行（2 行）,一、本年新收政府信息公开申请数量,（二）部分公开',
      '未读入任何一行的数字（1 处，未参与核对）',
      '第 25 行,3',
      '',
    ].join('\r\n'));
  });
});
