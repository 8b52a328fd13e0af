// The CLI's entry point (dist/cli.js, the package's `nianbao` bin): parse the command, run it,
// exit with its status. Usage errors exit 2 with the help's first lines.
import { parseCommand, UsageError } from './args.ts';
import { runCheck } from './check.ts';
import { runExtract } from './extract.ts';
import { helpText } from './help.ts';
import { languageOf } from './language.ts';
import { runNext } from './next.ts';
import { processTerminal, type Terminal } from './terminal.ts';
import { runText } from './text.ts';
import { version } from '../version.ts';
import { useCliV8Options } from './v8Flags.ts';
import { serveAsWorker } from './workers.ts';

export async function main(argv: string[], term: Terminal): Promise<number> {
  const langFlag = argv.find((a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const language = languageOf(langFlag);
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        term.out(helpText(language));
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
      term.error(language === 'zh' ? '用法见 nianbao --help' : 'see nianbao --help');
      return 2;
    }
    // A bug of ours, not the user's: say so plainly, with the stack for the report.
    term.error(`nianbao: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return 2;
  }
}

if (!serveAsWorker()) {
  // Before any report is checked; the workers, started later, share them.
  useCliV8Options();
  void main(process.argv.slice(2), processTerminal()).then((status) => {
    process.exitCode = status;
  });
}
