// Reading a report file and writing a fixed one back without losing anything (issue 9, "files are
// sacred"): the encoding, the BOM, the line ends, the mode and the owner are kept; the file is
// written only when it is unchanged since it was read and the new text encodes and decodes back
// exactly; the bytes go to a new temporary file beside it, are flushed to disk, and only then is
// the temporary file renamed over the original, so a crash or a full disk never leaves half a
// report. Whatever goes wrong, the original stays as it was and no temporary file stays behind;
// the caller gets a reason in both languages, never an exception.
//
// Symbolic links are written through: the link's target is replaced and the link kept, because
// the link is how the user reaches the report (a shared folder, a dated copy): replacing the link
// itself by a fixed copy would leave the real report unfixed and the link broken off from it.
// A file with several hard links, a read-only file, and anything that is not a regular file are
// refused with a message: writing them would either part the links or override the user's choice.
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Message } from '../engine/model.ts';
import { ioMessage } from '../ioWords.ts';
import { decode, encode, type DecodedFile } from './decode.ts';

export interface ReportFile extends DecodedFile {
  path: string;
  bytes: Buffer;
}

/** A report path that cannot be read as a file, with why in both languages. */
export class ReportFileError extends Error {
  constructor(readonly why: Message, readonly code?: string) {
    super(why.en);
  }
}

export function readReportFile(path: string): ReportFile {
  // Looked at before opening: a folder cannot be read, and opening a named pipe or a device would
  // wait for a writer or read forever.
  const stat = fs.statSync(path);
  if (stat.isDirectory()) throw new ReportFileError({ zh: '是文件夹，不是文件', en: 'is a folder, not a file' }, 'EISDIR');
  if (!stat.isFile()) throw new ReportFileError({ zh: '不是普通文件（设备、管道或套接字）', en: 'not a regular file (a device, pipe or socket)' });
  return reportFileOf(path, fs.readFileSync(path));
}

/** A report file from bytes already read (readInput.ts reads each file once, through one descriptor). */
export function reportFileOf(path: string, bytes: Buffer): ReportFile {
  return { path, bytes, ...decode(bytes) };
}

export type WriteResult =
  /** `path` is the file written: the target when the report was reached through a symbolic link. */
  | { written: true; path: string }
  /** `why` is `reason.en`, kept for callers that print one language. */
  | { written: false; why: string; reason: Message };

/** The file-system calls a write makes; tests replace one to make it fail midway. */
export interface WriteOps {
  realpathSync(path: string): string;
  statSync(path: string): fs.Stats;
  accessSync(path: string, mode: number): void;
  readFileSync(path: string): Buffer;
  openSync(path: string, flags: string, mode: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  fchownSync(fd: number, uid: number, gid: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  existsSync(path: string): boolean;
}

const nodeOps: WriteOps = {
  realpathSync: (p) => fs.realpathSync(p),
  statSync: (p) => fs.statSync(p),
  accessSync: (p, mode) => fs.accessSync(p, mode),
  readFileSync: (p) => fs.readFileSync(p),
  openSync: (p, flags, mode) => fs.openSync(p, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  fchmodSync: (fd, mode) => fs.fchmodSync(fd, mode),
  fchownSync: (fd, uid, gid) => fs.fchownSync(fd, uid, gid),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (p) => fs.unlinkSync(p),
  existsSync: (p) => fs.existsSync(p),
};

export function writeReportFile(original: ReportFile, text: string, overrides: Partial<WriteOps> = {}): WriteResult {
  const ops: WriteOps = { ...nodeOps, ...overrides };
  const updated: DecodedFile = { text, encoding: original.encoding, bom: original.bom };
  let bytes: Buffer;
  let readBack: string;
  try {
    bytes = encode(updated);
    readBack = decode(bytes).text;
  } catch {
    bytes = Buffer.alloc(0);
    readBack = '';
  }
  if (readBack !== text) {
    return refused({ zh: `修复后的文本无法按原编码（${original.encoding}）写回并原样读出`, en: `the fixed text cannot be written as ${original.encoding} and read back unchanged` });
  }

  // The file itself, through any symbolic links, and what it is now.
  let target: string;
  let stat: fs.Stats;
  try {
    target = ops.realpathSync(original.path);
    stat = ops.statSync(target);
  } catch (error) {
    return refused(ioReason('无法访问该文件', 'cannot reach the file', error));
  }
  if (!stat.isFile()) return refused({ zh: '不是普通文件', en: 'not a regular file' });
  // Root may write anything: the mode bits say what the owner meant.
  if ((stat.mode & 0o222) === 0) {
    return refused({ zh: '文件为只读（如需自动修复，请先取消只读）', en: 'the file is read-only; make it writable to let --fix change it' });
  }
  try {
    ops.accessSync(target, fs.constants.W_OK);
  } catch (error) {
    return refused(ioReason('没有写入该文件的权限', 'no permission to write the file', error));
  }
  if (stat.nlink > 1) {
    return refused({
      zh: `该文件有 ${stat.nlink} 个硬链接，替换它会使其他链接仍是旧内容`,
      en: `the file has ${stat.nlink} hard links: replacing it would leave the other names with the old text`,
    });
  }
  const changed = { zh: '检查期间文件已被修改', en: 'the file changed while it was being checked' };
  if (!sameBytes(ops, target, original.bytes)) return refused(changed);

  const temp = join(dirname(target), temporaryName(target, randomBytes(4).toString('hex')));
  const mode = stat.mode & 0o7777;
  let fd: number | null = null;
  let created = false;
  try {
    // 'wx': a new file or nothing, never through a link planted at that name.
    fd = ops.openSync(temp, 'wx', mode);
    created = true;
    for (let at = 0; at < bytes.length;) at += ops.writeSync(fd, bytes, at, bytes.length - at);
    // The mode as it was (the umask may have taken bits off), and the owner when we may set it.
    ops.fchmodSync(fd, mode);
    if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) {
      try {
        ops.fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Only root may give a file away; anyone else's fixed file is theirs, as any editor's.
      }
    }
    // On disk before the rename, so the rename never points at bytes still in a cache.
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = null;
    // Last look: someone may have saved the file while it was being written.
    if (!sameBytes(ops, target, original.bytes)) {
      discard(ops, temp);
      return refused(changed);
    }
    ops.renameSync(temp, target);
  } catch (error) {
    if (fd !== null) {
      try {
        ops.closeSync(fd);
      } catch {
        // already closed or never usable: nothing more to do with it
      }
    }
    const left = created && !discard(ops, temp);
    const failed = ioReason('写入失败，原文件未改动', 'the write failed and the original is unchanged', error);
    if (left) {
      failed.zh += `；临时文件未能删除：${temp}`;
      failed.en += `; a temporary file could not be removed: ${temp}`;
    }
    return refused(failed);
  }
  syncFolder(dirname(target));
  return { written: true, path: target };
}

/**
 * The name of the temporary file a write of `target` makes beside it, `unique` told apart from any
 * other's (a run's writes are told apart by random hex; a message that cannot know it puts `*`).
 */
export function temporaryName(target: string, unique: string): string {
  return `.${basename(target)}.nianbao-${process.pid}-${unique}.tmp`;
}

function refused(reason: Message): WriteResult {
  return { written: false, why: reason.en, reason };
}

function sameBytes(ops: WriteOps, path: string, bytes: Buffer): boolean {
  try {
    return ops.readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Removes the temporary file; false when it is still there. */
function discard(ops: WriteOps, temp: string): boolean {
  try {
    ops.unlinkSync(temp);
  } catch {
    // checked below: it may never have been written, or the folder refuses
  }
  try {
    return !ops.existsSync(temp);
  } catch {
    return false;
  }
}

/** The rename itself is on disk only when the folder is flushed; where that is not possible, it is not needed for safety. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the rename is still atomic there.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

function ioReason(zh: string, en: string, error: unknown): Message {
  const words = ioMessage(error);
  return { zh: `${zh}（${words.zh}）`, en: `${en} (${words.en})` };
}
