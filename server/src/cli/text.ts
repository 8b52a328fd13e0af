// `nianbao text`: the text each file is analysed as. For a web page, .docx or PDF that is what the
// conversion made of it, so a user can see how its tables and paragraphs were read (the lines and
// columns `check` gives for such a file are lines and columns of this text).
import type { Command } from './args.ts';
import { collectInputs } from './inputs.ts';
import type { Language } from './language.ts';
import { cannotRead, noteLines, readInput } from './readInput.ts';
import type { Terminal } from './terminal.ts';

export async function runText(command: Extract<Command, { kind: 'text' }>, language: Language, term: Terminal): Promise<number> {
  const { files, failures } = collectInputs(command.paths);
  let failed = failures.length > 0;
  for (const f of failures) term.error(`${f.path}: ${f.why[language]}`);
  let printed = '';
  for (const path of files) {
    try {
      const input = await readInput(path);
      for (const line of noteLines(path, input, language)) term.error(line);
      // Several files are told apart as `head` does; one file is printed exactly as analysed.
      if (files.length > 1) term.out(`${printed === '' || printed.endsWith('\n') ? '' : '\n'}==> ${path} <==\n`);
      term.out(input.text);
      printed = input.text;
    } catch (error) {
      term.error(`${path}: ${cannotRead(error, language)}`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}
