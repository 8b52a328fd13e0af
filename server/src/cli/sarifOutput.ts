// SARIF 2.1.0 for code-scanning tools and CI dashboards. Lines and columns are 1-based in SARIF;
// columns count UTF-16 code units (the default columnKind for SARIF consumers like GitHub).
import { pathToFileURL } from 'node:url';
import type { Severity } from '../engine/model.ts';
import { allRules } from '../engine/rules/index.ts';
import { crossReportRules } from '../engine/workspace/index.ts';
import type { FileProblem, JsonFile, Range } from './fileResult.ts';
import type { Language } from './language.ts';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifOutput(files: JsonFile[], problems: readonly FileProblem[], skipped: readonly FileProblem[], language: Language, version: string): string {
  const results = files.flatMap((file) =>
    file.diagnostics.map((d) => ({
      ruleId: d.rule,
      level: level[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathToFileURL(file.path).href }, region: region(d.range) } }],
      relatedLocations: d.related.map((r, id) => ({
        id,
        message: { text: r.message },
        physicalLocation: { artifactLocation: { uri: pathToFileURL(file.path).href }, region: region(r.range) },
      })),
      fixes: d.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [{
          artifactLocation: { uri: pathToFileURL(file.path).href },
          replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
        }],
      })),
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'nianbao',
          version,
          // The rules of one report and those across reports (workspace/…): every result's rule is described.
          rules: [...allRules, ...crossReportRules].map((r) => ({ id: r.id, shortDescription: { text: r.description[language] }, defaultConfiguration: { level: level[r.severity] } })),
        },
      },
      // Files that could not be read, checked or written back: the run did not check everything.
      // Files skipped as no report (or found twice) are notes: said, but the run still succeeded.
      // What the reading of a file checked noted is said of that file: a warning when part of its
      // text was not read (its results may be incomplete), else a note.
      invocations: [{
        executionSuccessful: problems.length === 0,
        toolExecutionNotifications: [
          ...problems.map((p) => notification('error', p.message, p.path)),
          ...files.flatMap((f) => (f.notes ?? []).map((n) => notification(n.textNotRead ? 'warning' : 'note', `${language === 'zh' ? '注意：' : 'note: '}${n.message}`, f.path))),
          ...skipped.map((s) => notification('note', `${language === 'zh' ? '已跳过：' : 'skipped: '}${s.message}`, s.path)),
        ],
      }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function notification(level: 'error' | 'warning' | 'note', text: string, path: string) {
  return { level, message: { text }, locations: [{ physicalLocation: { artifactLocation: { uri: pathToFileURL(path).href } } }] };
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
