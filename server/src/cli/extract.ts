// `nianbao extract`: the tables of every file as read, as JSON or CSV.
import { analyze } from '../engine/analyze.ts';
import type { Command } from './args.ts';
import { extractCsv, extractJson, type ExtractedFile } from './extractOutput.ts';
import { collectInputs } from './inputs.ts';
import type { Language } from './language.ts';
import { describeInputError, readInput } from './readInput.ts';
import type { Terminal } from './terminal.ts';

export async function runExtract(command: Extract<Command, { kind: 'extract' }>, language: Language, term: Terminal): Promise<number> {
  const { files, failures } = collectInputs(command.paths);
  let ioFailed = failures.length > 0;
  for (const f of failures) term.error(`${f.path}: ${f.why[language]}`);
  const read: ExtractedFile[] = [];
  for (const path of files) {
    try {
      read.push({ path, analysis: analyze((await readInput(path)).text, command.options) });
    } catch (error) {
      term.error(`${path}: ${language === 'zh' ? '无法读取' : 'cannot read'}: ${describeInputError(error, language)}`);
      ioFailed = true;
    }
  }
  term.out(command.format === 'csv' ? extractCsv(read) : extractJson(read));
  return ioFailed ? 2 : 0;
}
