// --output FILE: the report is written beside its destination and renamed into place, so a run
// that fails midway never leaves half a report where the last good one was, nor a temporary file.
// A destination that cannot be written is found before any report is checked, and said in one line.
import { accessSync, closeSync, constants, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Message } from '../engine/model.ts';
import { ioMessage } from '../ioWords.ts';
import { undoIfInterrupted } from './interrupt.ts';

/** Writing --output failed: why, in both languages (the temporary file is already removed). */
export class OutputError extends Error {
  constructor(readonly path: string, readonly why: Message) {
    super(why.en);
  }

  /** The one line the CLI prints. */
  line(language: 'zh' | 'en'): string {
    return language === 'zh' ? `nianbao: 无法写入 ${this.path}：${this.why.zh}` : `nianbao: cannot write ${this.path}: ${this.why.en}`;
  }
}

/** Why `path` cannot be written as --output (a folder, a folder that does not exist or cannot be written), or null. */
export function outputProblem(path: string): OutputError | null {
  try {
    if (statSync(path).isDirectory()) return new OutputError(path, ioMessage({ code: 'EISDIR' }));
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') return new OutputError(path, ioMessage(error));
  }
  const folder = dirname(resolve(path));
  try {
    if (!statSync(folder).isDirectory()) return new OutputError(path, ioMessage({ code: 'ENOTDIR' }));
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return new OutputError(path, code === 'ENOENT' ? { zh: `文件夹 ${folder} 不存在`, en: `the folder ${folder} does not exist` } : ioMessage(error));
  }
  return null;
}

/** Runs `write(temp)` and renames the temporary file over `path`; on failure removes it and throws an OutputError. */
export function writeVia(path: string, write: (temp: string) => void): void {
  const temp = `${path}.nianbao-${process.pid}.tmp`;
  const undo = undoIfInterrupted(() => rmSync(temp, { force: true }));
  try {
    write(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new OutputError(path, ioMessage(error));
  } finally {
    undo();
  }
}

/** `text`: the whole, or its pieces as UTF-8 (the JSON of a batch), written one after the other. */
export function writeOutput(path: string, text: string | readonly Uint8Array[]): void {
  writeVia(path, (temp) => {
    if (typeof text === 'string') {
      writeFileSync(temp, text);
      return;
    }
    const fd = openSync(temp, 'w');
    try {
      for (const piece of text) writeAll(fd, piece);
    } finally {
      closeSync(fd);
    }
  });
}

/** writeSync may write less than it is given: the rest follows until all is written. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) {
    const written = writeSync(fd, bytes, at);
    if (written === 0) throw new Error('nothing could be written');
    at += written;
  }
}
