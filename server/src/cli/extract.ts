// `nianbao extract`: the tables of every file as read, as JSON or CSV.
import { analyze } from '../engine/analyze.ts';
import type { Command } from './args.ts';
import { extractCsv, extractJson, type ExtractedFile, type UnreadFile } from './extractOutput.ts';
import { collectInputs } from './inputs.ts';
import type { Language } from './language.ts';
import { describeInputError, readInput } from './readInput.ts';
import type { Terminal } from './terminal.ts';

export async function runExtract(command: Extract<Command, { kind: 'extract' }>, language: Language, term: Terminal): Promise<number> {
  const { files, failures } = collectInputs(command.paths);
  // Said on stderr and in the output too, as `check` does: a table file made with `> tables.json`
  // must not lose a report in silence.
  const unread: UnreadFile[] = failures.map((f) => ({ path: f.path, message: f.why[language] }));
  const read: ExtractedFile[] = [];
  for (const path of files) {
    try {
      read.push({ path, analysis: analyze((await readInput(path)).text, command.options) });
    } catch (error) {
      unread.push({ path, message: `${language === 'zh' ? '无法读取' : 'cannot read'}: ${describeInputError(error, language)}` });
    }
  }
  for (const u of unread) term.error(`${u.path}: ${u.message}`);
  term.out(command.format === 'csv' ? extractCsv(read, unread) : extractJson(read, unread));
  return unread.length > 0 ? 2 : 0;
}
