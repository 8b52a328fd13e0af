// `nianbao check`: read every file, analyse it, optionally write safe fixes back, print in the
// chosen format. Returns the exit status: 0 no errors, 1 errors, 2 a file could not be read or written.
import { analyze } from '../engine/analyze.ts';
import type { Analysis } from '../engine/model.ts';
import { crossReportFindings, digestOf } from '../engine/workspace/index.ts';
import type { Command } from './args.ts';
import { fileResult, type JsonFile } from './fileResult.ts';
import { fixText } from './fixFile.ts';
import { collectInputs, describeIoError } from './inputs.ts';
import type { Language } from './language.ts';
import { readReportFile, writeReportFile } from './reportFile.ts';
import { sarifOutput } from './sarifOutput.ts';
import { coloursFor, summaryLine, textOutput } from './textOutput.ts';
import type { Terminal } from './terminal.ts';
import { version } from './version.ts';

export function runCheck(command: Extract<Command, { kind: 'check' }>, language: Language, term: Terminal): number {
  const { files, failures } = collectInputs(command.paths);
  let ioFailed = failures.length > 0;
  for (const f of failures) term.error(`${f.path}: ${f.why}`);
  const checked: { path: string; analysis: Analysis }[] = [];
  for (const path of files) {
    let file;
    try {
      file = readReportFile(path);
    } catch (error) {
      term.error(`${path}: ${language === 'zh' ? '无法读取' : 'cannot read'}: ${describeIoError(error)}`);
      ioFailed = true;
      continue;
    }
    let analysis = analyze(file.text, command.options);
    if (command.fix) {
      const fixed = fixText(analysis, command.options);
      if (fixed.fixes > 0) {
        try {
          const written = writeReportFile(file, fixed.analysis.report.text);
          if (written.written) analysis = fixed.analysis;
          else {
            term.error(`${path}: ${language === 'zh' ? '未写入修复' : 'fixes not written'}: ${written.why}`);
            ioFailed = true;
          }
        } catch (error) {
          term.error(`${path}: ${language === 'zh' ? '写入失败' : 'cannot write'}: ${describeIoError(error)}`);
          ioFailed = true;
        }
      }
    }
    checked.push({ path, analysis });
  }
  // Reports of one agency in consecutive years are compared with each other (README: how the
  // agency is recognised).
  const across = command.workspace
    ? crossReportFindings(checked.map((c) => digestOf(c.analysis.report, c.path)), command.options)
    : [];
  const results: JsonFile[] = checked.map(({ path, analysis }, i) => fileResult(path, analysis, language, across[i]));
  if (command.format === 'json') term.out(JSON.stringify({ files: results }, null, 2) + '\n');
  else if (command.format === 'sarif') term.out(sarifOutput(results, language, version));
  else {
    const colours = coloursFor(term.colour);
    term.out(textOutput(results, language, colours));
    term.out(summaryLine(results, language, colours));
  }
  if (ioFailed) return 2;
  return results.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
