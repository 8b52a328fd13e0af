// `nianbao check`: every file checked (on every core when there are many), cross-report checks on
// their digests, then the output in the chosen format. Returns the exit status: 0 no errors,
// 1 errors, 2 a file could not be read or written.
import { crossReportFindings } from '../engine/workspace/index.ts';
import { pairsOf } from '../engine/workspace/pairs.ts';
import type { Command } from './args.ts';
import type { FileOutcome } from './checkFile.ts';
import { placeFindings } from './crossFindings.ts';
import type { FileProblem, JsonFile } from './fileResult.ts';
import type { AcrossReports } from '../render/batchPage.ts';
import type { YearPair } from '../render/yearPairs.ts';
import { HtmlReportWriter } from './htmlReport.ts';
import { undoIfInterrupted } from './interrupt.ts';
import { collectInputs, saidIn, skippedInputs } from './inputs.ts';
import type { Language } from './language.ts';
import { comparedYears } from './comparedYears.ts';
import { progressFor } from './progress.ts';
import { sarifOutput } from './sarifOutput.ts';
import type { Terminal } from './terminal.ts';
import { coloursFor, fixLines, notedLines, problemLines, runSummary, textOutput } from './textOutput.ts';
import { version } from '../version.ts';
import { checkFiles, jsonOfFile, jsonOfFiles } from './workers.ts';
import { OutputError, outputProblem, writeOutput } from './writeOutput.ts';
import { temporaryName } from './reportFile.ts';

export async function runCheck(command: Extract<Command, { kind: 'check' }>, language: Language, term: Terminal): Promise<number> {
  // An --output that cannot be written is said before any report is checked.
  const badOutput = command.output ? outputProblem(command.output) : null;
  if (badOutput) {
    term.error(badOutput.line(language));
    return 2;
  }
  try {
    return await checkAndWrite(command, language, term);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    term.error(error.line(language));
    return 2;
  }
}

async function checkAndWrite(command: Extract<Command, { kind: 'check' }>, language: Language, term: Terminal): Promise<number> {
  const html = command.format === 'html' && command.output ? new HtmlReportWriter(command.output, language) : null;
  // Stopped midway (Ctrl-C): the details written so far are removed, and the run says it wrote nothing.
  const undo = undoIfInterrupted(() => {
    html?.discard();
    term.error(language === 'zh' ? 'nianbao: 已中断，未输出检查结果' : 'nianbao: interrupted, no results written');
  });
  try {
    return await checkAndWriteTo(html, command, language, term);
  } catch (error) {
    // Whatever stopped the run (a check, the cross-report checks, writing), the details written so
    // far are not left behind.
    html?.discard();
    throw error;
  } finally {
    undo();
  }
}

async function checkAndWriteTo(html: HtmlReportWriter | null, command: Extract<Command, { kind: 'check' }>, language: Language, term: Terminal): Promise<number> {
  const { files, found, failures, duplicates, otherTypes } = collectInputs(command.paths);
  const unreadable: FileProblem[] = failures.map((f) => saidIn(f, language));
  const outcomes: FileOutcome[] = new Array(files.length);
  const progress = progressFor(files.length);
  // Stopped while files are checked (Ctrl-C): the bar is cleared and the cursor shown again.
  const undo = undoIfInterrupted(() => progress.stop());
  await checkFiles(
    files.map((path, index) => ({ index, path, onlyIfReport: found.has(path) })),
    { options: command.options, fix: command.fix, language, html: html !== null, json: command.format === 'json', workspace: command.workspace, skipNonReports: command.skipNonReports },
    (outcome) => {
      // An HTML report's details go to disk as soon as their turn comes, and of its findings only
      // what the summary counts is kept, so a batch of thousands holds little more than the summary.
      html?.addDetails(outcome.index, outcome.details);
      // With json or html the worker kept of the result only what the summary counts (workers.ts forMainThread).
      outcomes[outcome.index] = { ...outcome, details: null };
      progress.tick();
    },
    // Stopped (Ctrl-C) while a fix was still being written past the gate's limit: said, never left
    // unsaid. The process then ends as an interrupted one (exit 130), or as a failure of ours (exit 2).
    {
      onWritesCutOff: (paths, waitedMs) => {
        for (const line of cutOffLines(paths, waitedMs, language)) term.error(line);
      },
    },
  );
  progress.stop();
  undo();

  const checked = outcomes.filter((o) => o.result !== null);
  // What the cross-report checks found, per report: the HTML page lists them in a section of their
  // own (each report's details were written before they were known).
  const acrossReports: AcrossReports[] = [];
  const yearPairs: YearPair[] = [];
  if (command.workspace) {
    // The HTML page puts each agency's two years side by side (render/yearPairs.ts).
    if (html) {
      const entryIndex = new Map(checked.map((o) => [o.digest!, o.entry?.index ?? o.index]));
      const pathOf = new Map(checked.map((o) => [o.digest!, o.path]));
      for (const p of pairsOf(checked.map((o) => o.digest!))) {
        const compared = await comparedYears(pathOf.get(p.current)!, pathOf.get(p.previous)!, p.previous, command.options, language);
        yearPairs.push({ current: p.current, previous: p.previous, currentIndex: entryIndex.get(p.current)!, previousIndex: entryIndex.get(p.previous)!, compared });
      }
    }
    const across = crossReportFindings(checked.map((o) => o.digest!), command.options);
    checked.forEach((o, i) => {
      // A file serialised where it was checked is read back to take its cross-report findings.
      if (o.json !== null && (across[i] ?? []).length > 0) o.result = JSON.parse(new TextDecoder().decode(o.json)) as JsonFile;
      const placed = placeFindings(o, across[i] ?? [], language);
      if (placed.length > 0 && o.json !== null) o.json = jsonOfFile(o.result!);
      if (placed.length > 0 && o.entry) acrossReports.push({ entry: o.entry, diagnostics: placed });
    });
  }
  const problems = [...unreadable, ...outcomes.flatMap((o) => o.problems)];
  for (const p of problems) term.error(`${p.path}: ${p.message}`);
  for (const note of outcomes.flatMap((o) => o.notes)) term.error(note);
  const results: JsonFile[] = checked.map((o) => o.result!);
  // Files read and found to be no report (in a folder, or with --skip-non-reports): listed, never dropped in silence.
  const skipped: FileProblem[] = outcomes.flatMap((o) => (o.skipped === null ? [] : [{ path: o.path, message: o.skipped }]));
  for (const s of skippedInputs({ duplicates, otherTypes })) skipped.push({ path: s.path, message: s.why[language] });

  if (command.format === 'html' && html) {
    html.finish(checked.map((o) => o.entry!), { across: acrossReports, workspace: command.workspace, pairs: yearPairs, unchecked: problems, skipped });
    for (const line of results.flatMap((f) => fixLines(f, language))) term.out(line + '\n');
    term.out(runSummary(results, problems, skipped, language, coloursFor(term.colour)));
    term.out(writtenTo(command.output!, language));
  } else {
    const colours = coloursFor(term.colour && !command.output);
    const text = command.format === 'json' ? jsonOfFiles(checked.map((o) => o.json!), { errors: problems, skipped })
      : command.format === 'sarif' ? sarifOutput(results, problems, skipped, language, version)
      // In a file, what could not be checked and what the reading noted are written too (on a
      // terminal stderr has said them just above).
      : textOutput(results, language, colours) + (command.output ? problemLines(problems) + notedLines(results, language) : '') + runSummary(results, problems, skipped, language, colours);
    // SARIF has no place for what --fix wrote: it is said on stderr (JSON carries it per file).
    if (command.format === 'sarif') for (const line of results.flatMap((f) => fixLines(f, language))) term.error(line);
    if (command.output) {
      writeOutput(command.output, text);
      // The results are in the file; the terminal still says what the run found, and where it is.
      term.out(runSummary(results, problems, skipped, language, coloursFor(term.colour)));
      term.out(writtenTo(command.output, language));
    }
    // The JSON of a batch in its pieces, one after the other: no copy of the whole is made.
    else if (typeof text === 'string') term.out(text);
    else for (const piece of text) term.out(piece);
  }
  if (problems.length > 0 || outcomes.some((o) => o.failed)) return 2;
  return results.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/**
 * What stderr says of files whose fixes were still being written when the run stopped, one line
 * each and then how many: each such report is as it was or wholly fixed (the write replaces it in
 * one step), and its temporary file may be left beside it.
 */
export function cutOffLines(paths: readonly string[], waitedMs: number, language: Language): string[] {
  const seconds = Math.round(waitedMs / 1000);
  const lines = paths.map((path) => {
    const temp = temporaryName(path, '*');
    return language === 'zh'
      ? `${path}: 运行停止时修复仍在写入（已等待 ${seconds} 秒），可能未写入：该文件或未改动，或已完整修复；旁边可能留有临时文件 ${temp}，可删除`
      : `${path}: its fixes were still being written when the run stopped (waited ${seconds} s) and may not have been written: the file is either as it was or wholly fixed, and a temporary file ${temp} may be left beside it, which can be deleted`;
  });
  const n = paths.length;
  lines.push(language === 'zh' ? `${n} 个文件的修复可能未写入（见上）` : `${n} file${n === 1 ? '' : 's'} whose fixes may not have been written (see above)`);
  return lines;
}

/** The line that says where --output wrote the results. */
function writtenTo(path: string, language: Language): string {
  return language === 'zh' ? `检查结果已写入 ${path}\n` : `results written to ${path}\n`;
}
