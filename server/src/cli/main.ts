// The CLI's entry point (dist/cli.js, the package's `nianbao` bin): run the command line
// (runCommand.ts) and exit with its status; in a worker thread, check the files sent instead.
import { programName } from './programName.ts';
import { runCommand } from './runCommand.ts';
import { processTerminal } from './terminal.ts';
import { useCliV8Options } from './v8Flags.ts';
import { serveAsWorker } from './workers.ts';

if (!serveAsWorker()) {
  // Before any report is checked; the workers, started later, share them.
  useCliV8Options();
  void runCommand(process.argv.slice(2), processTerminal(), programName()).then((status) => {
    process.exitCode = status;
  });
}
