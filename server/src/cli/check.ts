// `nianbao check`: every file checked (on every core when there are many), cross-report checks on
// their digests, then the output in the chosen format. Returns the exit status: 0 no errors,
// 1 errors, 2 a file could not be read or written.
import { crossReportFindings } from '../engine/workspace/index.ts';
import type { Command } from './args.ts';
import type { FileOutcome } from './checkFile.ts';
import { placeFindings } from './crossFindings.ts';
import type { JsonFile } from './fileResult.ts';
import type { AcrossReports } from '../render/batchPage.ts';
import { HtmlReportWriter } from './htmlReport.ts';
import { collectInputs } from './inputs.ts';
import type { Language } from './language.ts';
import { progressFor } from './progress.ts';
import { sarifOutput } from './sarifOutput.ts';
import type { Terminal } from './terminal.ts';
import { coloursFor, runSummary, textOutput } from './textOutput.ts';
import { version } from '../version.ts';
import { checkFiles, jsonOfFile, jsonOfFiles } from './workers.ts';
import { writeOutput } from './writeOutput.ts';

export async function runCheck(command: Extract<Command, { kind: 'check' }>, language: Language, term: Terminal): Promise<number> {
  const { files, found, failures } = collectInputs(command.paths);
  const unreadable = failures.map((f) => `${f.path}: ${f.why[language]}`);
  const html = command.format === 'html' && command.output ? new HtmlReportWriter(command.output, language) : null;
  const outcomes: FileOutcome[] = new Array(files.length);
  const progress = progressFor(files.length);
  await checkFiles(
    files.map((path, index) => ({ index, path, onlyIfReport: found.has(path) })),
    { options: command.options, fix: command.fix, language, html: html !== null, json: command.format === 'json', workspace: command.workspace },
    (outcome) => {
      // An HTML report's details go to disk as soon as their turn comes, and of its findings only
      // what the summary counts is kept, so a batch of thousands holds little more than the summary.
      html?.addDetails(outcome.index, outcome.details);
      outcomes[outcome.index] = { ...outcome, details: null };
      progress.tick();
    },
  );
  progress.stop();

  const checked = outcomes.filter((o) => o.result !== null);
  // What the cross-report checks found, per report: the HTML page lists them in a section of their
  // own (each report's details were written before they were known).
  const acrossReports: AcrossReports[] = [];
  if (command.workspace) {
    const across = crossReportFindings(checked.map((o) => o.digest!), command.options);
    checked.forEach((o, i) => {
      // A file serialised where it was checked is read back to take its cross-report findings.
      if (o.json !== null && (across[i] ?? []).length > 0) o.result = JSON.parse(o.json) as JsonFile;
      const placed = placeFindings(o, across[i] ?? [], language);
      if (placed.length > 0 && o.json !== null) o.json = jsonOfFile(o.result!);
      if (placed.length > 0 && o.entry) acrossReports.push({ entry: o.entry, diagnostics: placed });
    });
  }
  const problems = [...unreadable, ...outcomes.flatMap((o) => o.problems)];
  for (const p of problems) term.error(p);
  for (const note of outcomes.flatMap((o) => o.notes)) term.error(note);
  const results: JsonFile[] = checked.map((o) => o.result!);

  if (command.format === 'html' && html) {
    html.finish(checked.map((o) => o.entry!), acrossReports);
    term.out(runSummary(results, problems, language, coloursFor(term.colour)));
  } else {
    const text = command.format === 'json' ? jsonOfFiles(checked.map((o) => o.json!))
      : command.format === 'sarif' ? sarifOutput(results, language, version)
      : textOutput(results, language, coloursFor(term.colour && !command.output)) + runSummary(results, problems, language, coloursFor(term.colour && !command.output));
    if (command.output) writeOutput(command.output, text);
    else term.out(text);
  }
  if (problems.length > 0 || outcomes.some((o) => o.failed)) return 2;
  return results.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
