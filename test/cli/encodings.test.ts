import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { ensureBuilt, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

function wrongReport(): string {
  const values = cleanValues();
  values.B.total = [5, 1, 0, 0, 0, 1, 70];
  return buildReport({ values });
}

type Case = { name: string; encode(text: string): Buffer; decode(bytes: Buffer): string };

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

const cases: Case[] = [
  { name: 'UTF-8', encode: (t) => Buffer.from(t, 'utf8'), decode: (b) => b.toString('utf8') },
  { name: 'UTF-8 with BOM', encode: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]), decode: (b) => { assert.deepEqual([...b.subarray(0, 3)], [0xef, 0xbb, 0xbf]); return b.subarray(3).toString('utf8'); } },
  { name: 'UTF-16LE with BOM', encode: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), decode: (b) => { assert.deepEqual([...b.subarray(0, 2)], [0xff, 0xfe]); return b.subarray(2).toString('utf16le'); } },
  { name: 'UTF-16BE with BOM', encode: (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]), decode: (b) => { assert.deepEqual([...b.subarray(0, 2)], [0xfe, 0xff]); return new TextDecoder('utf-16be').decode(b.subarray(2)); } },
  { name: 'GB18030', encode: (t) => iconv.encode(t, 'gb18030'), decode: (b) => iconv.decode(b, 'gb18030') },
];

const lineEnds = [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const;

describe('nianbao check reads every encoding and line end, and --fix writes them back as they were', () => {
  for (const c of cases) {
    for (const [endName, end] of lineEnds) {
      it(`${c.name}, ${endName}`, () => {
        const dir = tempDir();
        const text = wrongReport().replace(/\n/g, end);
        const path = join(dir, 'report.txt');
        writeFileSync(path, c.encode(text));
        const out = JSON.parse(runCli(['check', '--format', 'json', path]).stdout);
        const cell = out.files[0].diagnostics.find((d: { rule: string }) => d.rule === 'balance/cell');
        assert.ok(cell, 'the wrong total is found');
        assert.equal(text.split(/\r\n|\r|\n/)[cell.range.start.line]!.slice(cell.range.start.character, cell.range.end.character), '70');

        assert.equal(runCli(['check', '--fix', path]).status, 0);
        const fixed = readFileSync(path);
        assert.equal(c.decode(fixed), buildReport().replace(/\n/g, end), 'the fix lands, in the same encoding and line ends');
      });
    }
  }

  it('never touches a file it cannot decode', () => {
    const dir = tempDir();
    const path = join(dir, 'broken.txt');
    const bytes = Buffer.concat([Buffer.from(wrongReport(), 'utf8'), Buffer.from([0xff, 0xfe, 0x00, 0x81])]);
    writeFileSync(path, bytes);
    const r = runCli(['check', '--fix', path]);
    assert.equal(r.status, 2);
    assert.deepEqual(readFileSync(path), bytes, 'the file is untouched');
  });
});
