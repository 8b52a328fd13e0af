// `nianbao extract`: the tables of every file as read, as JSON or CSV.
import { analyze } from '../engine/analyze.ts';
import type { Command } from './args.ts';
import { whyNotAReport } from './checkFile.ts';
import { extractCsv, extractJson, type UnreadFile } from './extractOutput.ts';
import { collectInputs, saidIn, skippedInputs } from './inputs.ts';
import { undoIfInterrupted } from './interrupt.ts';
import { labelled, type Language } from './language.ts';
import { progressFor } from './progress.ts';
import { cannotRead, noteLines, NotAReportError, readInput } from './readInput.ts';
import type { Terminal } from './terminal.ts';

export async function runExtract(command: Extract<Command, { kind: 'extract' }>, language: Language, term: Terminal): Promise<number> {
  const inputs = collectInputs(command.paths);
  // Said on stderr and in the output too, as `check` does: a table file made with `> tables.json`
  // must not lose a report in silence.
  const unread: UnreadFile[] = inputs.failures.map((f) => saidIn(f, language));
  // Files found in a folder that are no report (a README, a notice) are left out as `check` leaves
  // them out, and listed with why; a file named is extracted whatever it is (its absent tables null).
  const skipped: UnreadFile[] = skippedInputs(inputs).map((s) => ({ path: s.path, message: s.why[language] }));
  const output = command.format === 'csv' ? extractCsv(language) : extractJson();
  // A folder of thousands takes a minute: a bar on a terminal, as `check` has, put away if the run is stopped.
  const progress = progressFor(inputs.files.length);
  const undo = undoIfInterrupted(() => progress.stop());
  // What a document's conversion could not read (scanned pages) is said as `check` says it, after the bar.
  const notes: string[] = [];
  for (const path of inputs.files) {
    const found = inputs.found.has(path);
    try {
      const input = await readInput(path);
      notes.push(...noteLines(path, input, language));
      const analysis = analyze(input.text);
      const notReport = found ? whyNotAReport(analysis.report) : null;
      if (notReport) skipped.push({ path, message: notReport[language] });
      // Written now, and the analysis let go: a batch holds one report at a time.
      else term.out(output.file(path, analysis));
    } catch (error) {
      if (found && error instanceof NotAReportError) skipped.push({ path, message: error.why[language] });
      else unread.push({ path, message: cannotRead(error, language) });
    }
    progress.tick();
  }
  progress.stop();
  undo();
  for (const note of notes) term.error(note);
  for (const u of unread) term.error(`${u.path}: ${u.message}`);
  for (const s of skipped) term.error(`${s.path}: ${labelled(language, { zh: '跳过', en: 'skipped' }, s.message)}`);
  term.out(output.end(unread, skipped));
  return unread.length > 0 ? 2 : 0;
}
