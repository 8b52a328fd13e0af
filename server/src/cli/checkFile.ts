// One file of `nianbao check`, from path to everything the run needs of it: the JSON result, the
// digest for cross-report checks, the batch entry and (for --format html) its details section.
// Runs the same in the main thread and in a worker; returns plain data only (structured-cloneable).
import { analyze } from '../engine/analyze.ts';
import type { Span } from '../engine/model.ts';
import type { AnalyzeOptions } from '../engine/options.ts';
import { buildLineIndex } from '../engine/text/lineIndex.ts';
import { digestOf, type ReportDigest } from '../engine/workspace/index.ts';
import { isReport } from '../engine/rules/reportLike.ts';
import { batchEntryOf, type BatchEntry } from '../render/batchEntry.ts';
import { reportSection } from '../render/batchPage.ts';
import { fileResult, rangeOf, type JsonFile } from './fileResult.ts';
import { fixText } from './fixFile.ts';
import type { Language } from './language.ts';
import { describeInputError, readInput, type Input } from './readInput.ts';
import { writeReportFile } from './reportFile.ts';

export interface CheckFileTask {
  index: number;
  path: string;
  options: AnalyzeOptions;
  fix: boolean;
  language: Language;
  /** Render the details section for the HTML report. */
  details: boolean;
  /** Found in a folder rather than named: a file that is not a report (a README) is skipped. */
  onlyIfReport: boolean;
}

export interface FileOutcome {
  index: number;
  path: string;
  /** What went wrong reading or writing, for stderr. */
  problems: string[];
  /** What was read only in part (a scanned page of a PDF), for stderr: the file was still checked. */
  notes: string[];
  /** The file could not be read, or its fixes not written (exit 2). */
  failed: boolean;
  /** Found in a folder and not a report: left out of the results. */
  skipped: boolean;
  result: JsonFile | null;
  digest: ReportDigest | null;
  /**
   * Where the digest's spans stand, so cross-report findings can be placed without the text: by
   * span key, [start line, start character, end line, end character] (packed: a batch keeps many).
   */
  digestRanges: Record<string, [number, number, number, number]>;
  entry: BatchEntry | null;
  details: string | null;
}

export function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

export async function checkFile(task: CheckFileTask): Promise<FileOutcome> {
  const { path, language } = task;
  const outcome: FileOutcome = { index: task.index, path, problems: [], notes: [], failed: false, skipped: false, result: null, digest: null, digestRanges: {}, entry: null, details: null };
  let input: Input;
  try {
    input = await readInput(path);
  } catch (error) {
    outcome.problems.push(`${path}: ${language === 'zh' ? '无法读取' : 'cannot read'}: ${describeInputError(error, language)}`);
    outcome.failed = true;
    return outcome;
  }
  if (input.kind === 'document') for (const note of input.notes) outcome.notes.push(`${path}: ${language === 'zh' ? '注意' : 'note'}: ${note[language]}`);
  let analysis = analyze(input.text, task.options);
  if (task.onlyIfReport && !isReport(analysis.report)) {
    outcome.skipped = true;
    return outcome;
  }
  if (task.fix && input.kind === 'document') {
    // The text of a .pdf, .docx or web page was made by converting it: there is no text to write back.
    outcome.problems.push(`${path}: ${language === 'zh' ? '--fix 只写回纯文本文件，转换所得的文档不写入修复' : '--fix writes plain-text files only; fixes are not written into a converted document'}`);
    outcome.failed = true;
  } else if (task.fix && input.kind === 'text') {
    const fixed = fixText(analysis, task.options);
    if (fixed.fixes > 0) {
      // writeReportFile never throws: a refusal or a failed write comes back with its reason.
      const written = writeReportFile(input.file, fixed.analysis.report.text);
      if (written.written) analysis = fixed.analysis;
      else {
        outcome.problems.push(`${path}: ${language === 'zh' ? '未写入修复' : 'fixes not written'}: ${written.reason[language]}`);
        outcome.failed = true;
      }
    }
  }
  const digest = digestOf(analysis.report, path);
  const index = buildLineIndex(analysis.report.text);
  const spans = [digest.firstLine, ...digest.carried, ...digest.pending, ...Object.values(digest.documents).flat()]
    .flatMap((c) => (c === null ? [] : ['span' in c ? c.span : c]));
  for (const span of spans) {
    const { start, end } = rangeOf(index, span);
    outcome.digestRanges[spanKey(span)] = [start.line, start.character, end.line, end.character];
  }
  outcome.digest = digest;
  outcome.result = fileResult(path, analysis, language, [], input.kind === 'document' ? input : undefined);
  outcome.entry = batchEntryOf(task.index, path, digest.agency, analysis, analysis.findings);
  if (task.details) outcome.details = reportSection(outcome.entry, analysis, analysis.findings, language);
  return outcome;
}
