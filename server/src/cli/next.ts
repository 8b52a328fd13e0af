// `nianbao next FILE`: next year's draft of a report (engine/nextYear.ts), written beside it as a
// new file; an existing file is never overwritten. A text report's draft keeps its encoding; a
// published file's (.html, .docx, .pdf) is UTF-8 text. The file is read back before it is said
// to be written.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nextYearDraft, nextYearFileName } from '../engine/nextYear.ts';
import { ioMessage } from '../ioWords.ts';
import type { Command } from './args.ts';
import { decode, encode } from './decode.ts';
import type { Language } from './language.ts';
import { cannotRead, readInput } from './readInput.ts';
import type { Terminal } from './terminal.ts';

export async function runNext(command: Extract<Command, { kind: 'next' }>, language: Language, term: Terminal): Promise<number> {
  const zh = language === 'zh';
  let failed = false;
  for (const path of command.paths) {
    let input;
    try {
      input = await readInput(path);
    } catch (error) {
      term.error(`${path}: ${cannotRead(error, language)}`);
      failed = true;
      continue;
    }
    const draft = nextYearDraft(input.text);
    if (draft.text === null || draft.year === null) {
      term.error(`${path}: ${draft.notes.map((n) => n[language]).join('; ')}`);
      failed = true;
      continue;
    }
    const target = join(dirname(path), nextYearFileName(basename(path), draft.year, input.kind === 'text'));
    const encoded = input.kind === 'text' ? { text: draft.text, encoding: input.file.encoding, bom: input.file.bom } : { text: draft.text, encoding: 'utf8' as const, bom: false };
    const bytes = encode(encoded);
    const why = writeNew(target, bytes, draft.text);
    if (why) {
      term.error(`${target}: ${why[language]}`);
      failed = true;
      continue;
    }
    term.out(`${zh ? '已写入' : 'wrote'} ${target}\n`);
    for (const note of draft.notes) term.out(`  - ${note[language]}\n`);
  }
  return failed ? 2 : 0;
}

/** Writes a new file (never over an existing one) and reads it back; why not, or null when written. */
function writeNew(path: string, bytes: Uint8Array, text: string): { zh: string; en: string } | null {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { zh: '文件已存在，未覆盖', en: 'already exists: not overwritten' };
    return ioMessage(error);
  }
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path);
    return ioMessage(error);
  }
  closeSync(fd);
  try {
    if (decode(readFileSync(path)).text === text) return null;
  } catch {
    // said below
  }
  unlinkSync(path);
  return { zh: '写入后读回的内容不一致，已删除', en: 'the file did not read back as written: removed' };
}
