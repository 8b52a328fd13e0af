// One run of the command line: parse it, run the command, return the exit status. Usage errors
// exit 2 and say which help to read; a bug of ours exits 2 too, said in the user's language with
// the stack for the report.
import { parseCommand, UsageError } from './args.ts';
import { runCheck } from './check.ts';
import { runExtract } from './extract.ts';
import { commandHelp, helpText } from './help.ts';
import { languageOf, type Language } from './language.ts';
import { runNext } from './next.ts';
import type { Terminal } from './terminal.ts';
import { runText } from './text.ts';
import { version } from '../version.ts';

/** `program`: the command as the user ran it (programName.ts), in the lines that say what to type. */
export async function runCommand(argv: string[], term: Terminal, program = 'nianbao'): Promise<number> {
  const langFlag = argv.find((a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const language = languageOf(langFlag);
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        term.out(command.command ? commandHelp(command.command, language, program) : helpText(language, program));
        return 0;
      case 'version':
        term.out(version + '\n');
        return 0;
      case 'check':
        return await runCheck(command, language, term);
      case 'extract':
        return await runExtract(command, language, term);
      case 'text':
        return await runText(command, language, term);
      case 'next':
        return await runNext(command, language, term);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      term.error(`nianbao: ${error.why[language]}`);
      const help = `${program}${error.command ? ` ${error.command}` : ''} --help`;
      term.error(language === 'zh' ? `用法见 ${help}` : `see ${help}`);
      return 2;
    }
    term.error(internalError(error, language));
    return 2;
  }
}

/** A bug of ours, not the user's: said plainly, with the stack for the report. */
export function internalError(error: unknown, language: Language): string {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  return language === 'zh'
    ? `nianbao: 内部错误（本程序的缺陷，不是操作有误），请把以下内容报告给开发者：\n${detail}`
    : `nianbao: internal error (a bug of this program, not a mistake of yours); please report it with what follows:\n${detail}`;
}
