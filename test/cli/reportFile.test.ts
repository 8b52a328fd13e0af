import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decode, DecodeError } from '../../server/src/cli/decode.ts';
import { readReportFile, writeReportFile } from '../../server/src/cli/reportFile.ts';
import { tempDir } from './cliRunner.ts';

describe('decode', () => {
  it('tells GB18030 from UTF-8 and reads both', () => {
    const text = '二〇二一年政府信息公开工作年度报告\r\n共受理申请4件。';
    assert.deepEqual(decode(iconv.encode(text, 'gb18030')), { text, encoding: 'gb18030', bom: false });
    assert.deepEqual(decode(Buffer.from(text)), { text, encoding: 'utf8', bom: false });
  });
  it('reads UTF-16 without a BOM when the NUL pattern is clear', () => {
    const text = '2021年\n1\t2\t3\n';
    assert.equal(decode(Buffer.from(text, 'utf16le')).encoding, 'utf16le');
  });
  it('refuses binary files and broken BOM files with a reason', () => {
    assert.throws(() => decode(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])), DecodeError);
    assert.throws(() => decode(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xff])), /not valid UTF-8/);
    assert.throws(() => decode(Buffer.from([0xff, 0xfe, 0x41])), /odd number of bytes/);
  });
});

describe('writeReportFile', () => {
  it('does not write over a file that changed since it was read', () => {
    const path = join(tempDir(), 'r.txt');
    writeFileSync(path, '（七）总计\t0\n');
    const file = readReportFile(path);
    writeFileSync(path, '（七）总计\t0\n另一个人的修改\n');
    const result = writeReportFile(file, '（七）总计\t30\n');
    assert.deepEqual(result, { written: false, why: 'the file changed while it was being checked' });
    assert.equal(readFileSync(path, 'utf8'), '（七）总计\t0\n另一个人的修改\n');
  });
  it('does not write text that would not read back the same', () => {
    const path = join(tempDir(), 'r.txt');
    writeFileSync(path, Buffer.from('ab', 'utf16le'));
    // A lone surrogate cannot be encoded in UTF-16 as text and read back unchanged.
    const file = { ...readReportFile(path), encoding: 'utf8' as const };
    const result = writeReportFile(file, 'a\uD800b');
    assert.equal(result.written, false);
  });
});
