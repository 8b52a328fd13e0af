import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decode, DecodeError } from '../../server/src/cli/decode.ts';
import { readReportFile, ReportFileError, writeReportFile, type WriteOps } from '../../server/src/cli/reportFile.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { ensureBuilt, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

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
  it('reads UTF-8 exactly as TextDecoder does: every plane, a second BOM dropped, invalid bytes refused', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const texts = ['', 'A', '年度报告\r\n共受理申请4件。', '𠀀𪚥😀 and \u{10FFFF}', '\uFFFD', '\uFEFF第二个字节顺序标记', 'x'.repeat(70_000) + '年'];
    for (const text of texts) {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(decode(bytes).text, strict.decode(bytes), JSON.stringify(text.slice(0, 20)));
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
      // The file's BOM is kept apart (written back by --fix); TextDecoder reads what follows it.
      assert.deepEqual(decode(withBom), { text: strict.decode(bytes), encoding: 'utf8', bom: true }, `BOM + ${JSON.stringify(text.slice(0, 20))}`);
    }
    // Overlong forms, surrogates and bytes past U+10FFFF are not UTF-8: read as GB18030 or refused, never as UTF-8.
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8]]) {
      let encoding: string | null = null;
      try {
        encoding = decode(Buffer.from([0x41, ...bad])).encoding;
      } catch (error) {
        assert.ok(error instanceof DecodeError);
      }
      assert.notEqual(encoding, 'utf8', bad.join(' '));
    }
  });
  it('refuses UTF-32 rather than reading it as UTF-16 with NULs, and says why in both languages', () => {
    const utf32le = Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]);
    assert.throws(() => decode(utf32le), (e: unknown) => e instanceof DecodeError && /UTF-32/.test(e.why.en) && /UTF-32/.test(e.why.zh));
    assert.throws(() => decode(Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41])), /UTF-32/);
    assert.equal(decode(Buffer.from([0xff, 0xfe, 0x41, 0x00])).text, 'A', 'UTF-16LE with a BOM is still read');
  });
});

/** A report file with a wrong total, so --fix has something to write. */
function wrongReport(): string {
  const values = cleanValues();
  values.B.total = [5, 1, 0, 0, 0, 1, 70];
  return buildReport({ values });
}

/** The names in a folder, to see that no temporary file is left beside the report. */
function names(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('writeReportFile', () => {
  it('does not write over a file that changed since it was read', () => {
    const path = join(tempDir(), 'r.txt');
    writeFileSync(path, '（七）总计\t0\n');
    const file = readReportFile(path);
    writeFileSync(path, '（七）总计\t0\n另一个人的修改\n');
    const result = writeReportFile(file, '（七）总计\t30\n');
    assert.equal(result.written, false);
    assert.equal(!result.written && result.why, 'the file changed while it was being checked');
    assert.match(!result.written ? result.reason.zh : '', /检查期间文件已被修改/);
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

  it('writes through a temporary file, keeps the mode, and leaves nothing beside the report', () => {
    const dir = tempDir();
    const path = join(dir, 'r.txt');
    writeFileSync(path, '旧\n');
    chmodSync(path, 0o640);
    const result = writeReportFile(readReportFile(path), '新\n');
    assert.deepEqual(result, { written: true, path });
    assert.equal(readFileSync(path, 'utf8'), '新\n');
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.deepEqual(names(dir), ['r.txt']);
  });

  it("keeps another user's file theirs when root fixes it", { skip: process.getuid?.() !== 0 }, () => {
    const dir = tempDir();
    const path = join(dir, 'r.txt');
    writeFileSync(path, '旧\n');
    chownSync(path, 1234, 5678);
    assert.deepEqual(writeReportFile(readReportFile(path), '新\n'), { written: true, path });
    assert.deepEqual([statSync(path).uid, statSync(path).gid], [1234, 5678]);
  });

  it('refuses a read-only file with a message, and leaves it as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'r.txt');
    writeFileSync(path, '旧\n');
    chmodSync(path, 0o444);
    const result = writeReportFile(readReportFile(path), '新\n');
    assert.equal(result.written, false);
    assert.match(!result.written ? result.why : '', /read-only/);
    assert.match(!result.written ? result.reason.zh : '', /只读/);
    assert.equal(readFileSync(path, 'utf8'), '旧\n');
    assert.equal(statSync(path).mode & 0o777, 0o444);
    assert.deepEqual(names(dir), ['r.txt']);
  });

  it('writes through a symbolic link to its target and keeps the link', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'r.txt');
    writeFileSync(target, '旧\n');
    chmodSync(target, 0o600);
    const link = join(dir, 'link.txt');
    symlinkSync(join('real', 'r.txt'), link);
    const result = writeReportFile(readReportFile(link), '新\n');
    assert.deepEqual(result, { written: true, path: target });
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(readlinkSync(link), join('real', 'r.txt'));
    assert.equal(readFileSync(target, 'utf8'), '新\n');
    assert.equal(statSync(target).mode & 0o777, 0o600);
    assert.deepEqual(names(join(dir, 'real')), ['r.txt']);
  });

  it('refuses a file with another hard link, which replacing it would part', () => {
    const dir = tempDir();
    const path = join(dir, 'r.txt');
    writeFileSync(path, '旧\n');
    linkSync(path, join(dir, 'copy.txt'));
    const result = writeReportFile(readReportFile(path), '新\n');
    assert.equal(result.written, false);
    assert.match(!result.written ? result.why : '', /2 hard links/);
    assert.equal(readFileSync(join(dir, 'copy.txt'), 'utf8'), '旧\n');
  });

  // A write that fails midway, simulated by replacing one file-system call: each leaves the
  // original as it was and no temporary file behind, and says why.
  const failures: { what: string; ops: () => Partial<WriteOps>; why: RegExp }[] = [
    {
      what: 'the disk fills up halfway through the bytes',
      ops: () => {
        let calls = 0;
        return {
          writeSync: (fd, buffer, offset, length) => {
            if (calls++ === 0) return writeSync(fd, buffer, offset, Math.max(1, Math.floor(length / 2)));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
        };
      },
      why: /no space left on the disk/,
    },
    { what: 'flushing to disk fails', ops: () => ({ fsyncSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } }), why: /input\/output error/ },
    { what: 'the folder turns read-only before the rename', ops: () => ({ renameSync: () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); } }), why: /permission denied/ },
    { what: 'the temporary file cannot be created', ops: () => ({ openSync: () => { throw Object.assign(new Error('EROFS'), { code: 'EROFS' }); } }), why: /read-only file system/ },
    { what: 'the mode cannot be set', ops: () => ({ fchmodSync: () => { throw Object.assign(new Error('EPERM'), { code: 'EPERM' }); } }), why: /operation not permitted/ },
  ];
  for (const f of failures) {
    it(`leaves the original intact and no temporary file when ${f.what}`, () => {
      const dir = tempDir();
      const path = join(dir, 'r.txt');
      const before = Buffer.from('旧的报告\n'.repeat(1000));
      writeFileSync(path, before);
      const result = writeReportFile(readReportFile(path), '新的报告\n'.repeat(1000), f.ops());
      assert.equal(result.written, false);
      assert.match(!result.written ? result.why : '', f.why);
      assert.match(!result.written ? result.why : '', /the original is unchanged/);
      assert.match(!result.written ? result.reason.zh : '', /原文件未改动/);
      assert.deepEqual(readFileSync(path), before);
      assert.deepEqual(names(dir), ['r.txt']);
    });
  }

  it('names a temporary file it could not remove', () => {
    const dir = tempDir();
    const path = join(dir, 'r.txt');
    writeFileSync(path, '旧\n');
    const result = writeReportFile(readReportFile(path), '新\n', {
      renameSync: () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); },
      unlinkSync: () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); },
    });
    assert.match(!result.written ? result.why : '', /a temporary file could not be removed: .*\.r\.txt\.nianbao-.*\.tmp/);
    assert.equal(readFileSync(path, 'utf8'), '旧\n');
  });
});

describe('readReportFile', () => {
  it('says a folder is a folder', () => {
    assert.throws(() => readReportFile(tempDir()), (e: unknown) => e instanceof ReportFileError && e.code === 'EISDIR' && /folder/.test(e.why.en) && /文件夹/.test(e.why.zh));
  });
  it('refuses a named pipe without waiting for a writer', { skip: process.platform === 'win32' }, () => {
    const fifo = join(tempDir(), 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    assert.throws(() => readReportFile(fifo), /not a regular file/);
  });
});

describe('nianbao check --fix on files it must not or cannot write', () => {
  it('refuses a read-only file: exit 2, a message, the file untouched', () => {
    const dir = tempDir();
    const path = join(dir, 'r.txt');
    writeFileSync(path, wrongReport());
    chmodSync(path, 0o444);
    const r = runCli(['check', '--fix', path]);
    assert.equal(r.status, 2);
    // The reason comes in both languages (WriteResult.reason); the caller picks one.
    assert.match(r.stderr, /只读|read-only/);
    assert.equal(readFileSync(path, 'utf8'), wrongReport());
    assert.deepEqual(names(dir), ['r.txt']);
    assert.match(runCli(['check', '--fix', '--lang', 'en', path]).stderr, /read-only/);
  });

  it('fixes the target of a symbolic link and keeps the link', () => {
    const dir = tempDir();
    const target = join(dir, 'real.txt');
    writeFileSync(target, wrongReport());
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const r = runCli(['check', '--fix', join(dir, 'link.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), buildReport());
    assert.deepEqual(names(dir), ['link.txt', 'real.txt']);
  });

  it('reads a folder as the reports in it, and says a dangling link cannot be read', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub.txt'));
    symlinkSync('missing.txt', join(dir, 'gone.txt'));
    const r = runCli(['check', '--fix', join(dir, 'gone.txt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /gone\.txt/);
    assert.notEqual(runCli(['check', '--fix', join(dir, 'sub.txt')]).status, null, 'a folder named like a report is no crash');
  });
});
