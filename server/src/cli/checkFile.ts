// One file of `nianbao check`, from path to everything the run needs of it: the JSON result, the
// digest for cross-report checks and, for --format html, the batch entry and the details section.
// Runs the same in the main thread and in a worker; returns plain data only (structured-cloneable).
import { analyze } from '../engine/analyze.ts';
import type { Finding, Message, Report, Span } from '../engine/model.ts';
import type { AnalyzeOptions } from '../engine/options.ts';
import { buildLineIndex, positionAt, type LineIndex } from '../engine/text/lineIndex.ts';
import { agencyOf } from '../engine/workspace/agency.ts';
import { digestOf, type ReportDigest } from '../engine/workspace/index.ts';
import { baseName } from '../engine/workspace/paths.ts';
import { isReport } from '../engine/rules/reportLike.ts';
import { batchEntryOf, type BatchEntry } from '../render/batchEntry.ts';
import { reportSection } from '../render/batchPage.ts';
import { describePlace, placeAt } from '../documents/places.ts';
import type { PlaceFrom } from '../documents/types.ts';
import { fileResult, type FileProblem, type JsonFile } from './fileResult.ts';
import { fixText } from './fixFile.ts';
import { labelled, type Language } from './language.ts';
import { cannotRead, noteLines, NotAReportError, readInput, type Input } from './readInput.ts';
import { writeReportFile, type WriteResult } from './reportFile.ts';
import { throughGate, underHold, type WorkerHold, type WriteGate } from './writeGate.ts';

/** What is the same for every file of a run (sent to each worker once). */
export interface CheckSettings {
  options: AnalyzeOptions;
  fix: boolean;
  language: Language;
  /** For the HTML report: the batch entry and the details section. */
  html: boolean;
  /** For `--format json`: each file's result serialised where it is checked (FileOutcome.json). */
  json: boolean;
  /** Cross-report checks will run: the digest is needed. */
  workspace: boolean;
  /** --skip-non-reports: a named file that is no report is skipped, not a file that could not be checked. */
  skipNonReports: boolean;
  /** With --fix, shared by the run's threads: a run stopped midway waits for the fixes being written (writeGate.ts). */
  writeGate?: WriteGate;
  /** In a worker thread, with --fix: its hold, without which the main thread may stop it as stuck (writeGate.ts). */
  workerHold?: WorkerHold;
}

export interface CheckFileTask {
  index: number;
  path: string;
  /** Found in a folder rather than named: a file that is not a report (a README) is skipped. */
  onlyIfReport: boolean;
}

export interface FileOutcome {
  index: number;
  path: string;
  /** What went wrong reading or writing: said on stderr and in every output. */
  problems: FileProblem[];
  /** What the reading noted (a scanned page of a PDF, pictures in a .docx), for stderr: the file was still checked (`result.notes` carries them to every output). */
  notes: string[];
  /** The file could not be read, or its fixes not written (exit 2). */
  failed: boolean;
  /** Not a report, and left out of the results (found in a folder, or --skip-non-reports): why. */
  skipped: string | null;
  result: JsonFile | null;
  digest: ReportDigest | null;
  /**
   * Where the digest's spans stand, so cross-report findings can be placed without the text: six
   * numbers a span, [start, end, start line, start character, end line, end character] (packed:
   * a batch keeps many, and a typed array crosses from a worker as one copy).
   */
  digestPlaces: Uint32Array | null;
  entry: BatchEntry | null;
  details: string | null;
  /**
   * With `--format json`: the result as it stands in the output, UTF-8 (workers.ts serialises it
   * where the file was checked; `result` then keeps only what the run summary reads).
   */
  json: Uint8Array | null;
}

/** A fix not begun because the run is stopping (the process ends before it is said). */
const interrupted: WriteResult = { written: false, why: 'the run was interrupted', reason: { zh: '运行已中断', en: 'the run was interrupted' } };

/** Why a text read is no annual report (nothing of one found in it), or null when it is one. */
export function whyNotAReport(report: Report): Message | null {
  if (isReport(report)) return null;
  // An empty file (or one of blanks only) is said to be empty: "nothing found" would send the user looking.
  if (report.text.trim() === '') return { zh: '不是年度报告：文件是空的', en: 'not an annual report: the file is empty' };
  return { zh: '不是年度报告：未找到标题、章节或表格', en: 'not an annual report: no title, sections or tables found' };
}

export async function checkFile(task: CheckFileTask, settings: CheckSettings): Promise<FileOutcome> {
  const { path } = task;
  const { language } = settings;
  const outcome: FileOutcome = { index: task.index, path, problems: [], notes: [], failed: false, skipped: null, result: null, digest: null, digestPlaces: null, entry: null, details: null, json: null };
  let input: Input;
  const notAReport = (why: string) => {
    if (task.onlyIfReport || settings.skipNonReports) outcome.skipped = why;
    else {
      outcome.problems.push({ path, message: why });
      outcome.failed = true;
    }
    return outcome;
  };
  try {
    input = await readInput(path);
  } catch (error) {
    if (error instanceof NotAReportError) return notAReport(error.why[language]);
    outcome.problems.push({ path, message: cannotRead(error, language) });
    outcome.failed = true;
    return outcome;
  }
  outcome.notes.push(...noteLines(path, input, language));
  let analysis = analyze(input.text, settings.options);
  const notReport = whyNotAReport(analysis.report);
  if (notReport) return notAReport(notReport[language]);
  if (settings.fix && input.kind === 'document') {
    const unwritable = unwritableFixes(analysis.findings, analysis.report.text, input.places, language);
    if (unwritable) {
      outcome.problems.push({ path, message: unwritable });
      outcome.failed = true;
    }
  }
  let fixReport: JsonFile['fixed'];
  if (settings.fix && input.kind === 'text') {
    const fixed = fixText(analysis, settings.options);
    let written = fixed.analysis.report.text === analysis.report.text;
    if (!written) {
      // writeReportFile never throws: a refusal or a failed write comes back with its reason.
      const writeFixed = () => writeReportFile(input.file, fixed.analysis.report.text);
      const gated = () => (settings.writeGate ? throughGate(settings.writeGate, writeFixed) : writeFixed());
      // Not begun (null) when the run is stopping, or when the main thread is stopping this worker
      // as stuck (its outcome is then not listened to: the file is named as given up).
      const write = (settings.workerHold ? underHold(settings.workerHold, task.index, gated) : gated()) ?? interrupted;
      written = write.written;
      if (write.written) analysis = fixed.analysis;
      else {
        outcome.problems.push({ path, message: labelled(language, { zh: '未写入修复', en: 'fixes not written' }, write.reason[language]) });
        outcome.failed = true;
      }
    }
    fixReport = {
      applied: written ? fixed.applied.map((a) => ({ ...a, title: a.title[language] })) : [],
      left: fixed.left.map((l) => ({ ...l, message: l.message[language] })),
    };
  }
  // Built once, for every line and column this file reports.
  const lines = buildLineIndex(analysis.report.text);
  if (settings.workspace) {
    outcome.digest = digestOf(analysis.report, path);
    outcome.digestPlaces = placesOf(outcome.digest, lines);
  }
  outcome.result = fileResult(path, analysis, language, [], input.kind === 'document' ? input : undefined, lines);
  if (fixReport) outcome.result.fixed = fixReport;
  if (settings.html) {
    // Without cross-report checks there is no digest: its agency, found the same way (title, else file name).
    const agency = outcome.digest ? outcome.digest.agency : agencyOf(analysis.report, baseName(path));
    outcome.entry = batchEntryOf(task.index, path, agency, analysis, analysis.findings, outcome.result.notes);
    outcome.details = reportSection(outcome.entry, analysis, analysis.findings, language, lines);
  }
  return outcome;
}

/** How many findings of a converted document the fixes-not-written line names one by one. */
const UNWRITABLE_NAMED = 5;

/**
 * With --fix on a converted document (.pdf, .docx, a web page): its text was made by converting it,
 * so there is none to write back, and its findings are listed with no fix (fileResult.ts), never
 * `[可自动修复]`. Those that a text file would have had fixed are named by rule and by where they
 * stand in the document (its page, paragraph or table row, as its findings are: a line of the
 * converted text is nowhere in a .docx), else by that line, so that they are mended in the
 * document itself; null when there are none (then --fix had nothing to do).
 */
function unwritableFixes(findings: readonly Finding[], text: string, places: readonly PlaceFrom[], language: Language): string | null {
  const certain = findings.filter((f) => f.fixes.some((x) => x.safe));
  if (certain.length === 0) return null;
  const lines = buildLineIndex(text);
  const zh = language === 'zh';
  const named = certain.slice(0, UNWRITABLE_NAMED).map((f) => {
    const place = placeAt(places, f.span.start);
    if (place) return `${describePlace(place)[language]} ${f.rule}`;
    const line = positionAt(lines, f.span.start).line + 1;
    return zh ? `第 ${line} 行 ${f.rule}` : `line ${line} ${f.rule}`;
  });
  const more = certain.length - named.length;
  const which = zh ? named.join('、') + (more > 0 ? ` 等 ${certain.length} 处` : '') : named.join(', ') + (more > 0 ? ` and ${more} more` : '');
  return zh
    ? `--fix 只写回纯文本文件，转换所得的文档不写入修复；以下改法确定的问题请按所列在原文件中修改：${which}`
    : `--fix writes plain-text files only, never a converted document; repairs that are certain, to make in the original file as listed: ${which}`;
}

/** Every span of the digest with its lines and columns, packed (see FileOutcome.digestPlaces). */
function placesOf(digest: ReportDigest, lines: LineIndex): Uint32Array {
  const cells = [digest.carried, digest.pending, ...Object.values(digest.documents)];
  const places = new Uint32Array(6 * (1 + cells.reduce((n, row) => n + row.length, 0)));
  let at = 0;
  const put = (span: Span) => {
    const start = positionAt(lines, span.start);
    const end = positionAt(lines, span.end);
    places[at++] = span.start;
    places[at++] = span.end;
    places[at++] = start.line;
    places[at++] = start.character;
    places[at++] = end.line;
    places[at++] = end.character;
  };
  put(digest.firstLine);
  for (const row of cells) for (const cell of row) if (cell) put(cell.span);
  return places.slice(0, at);
}
