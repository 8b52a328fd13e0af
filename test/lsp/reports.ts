// Small reports the LSP tests share, built with the report builder (never seed text).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';

/** A clean 2023 report whose （七）总计 in the 总计 column reads 9 instead of 7: one balance/cell finding. */
export function reportWithWrongTotal(): string {
  const values = cleanValues('2021');
  values.B.total = [5, 1, 0, 0, 0, 1, 9];
  return buildReport({ values });
}

const severityOf = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** The engine's findings on a text as the server turns them into diagnostics (Chinese messages). */
export function engineDiagnostics(text: string) {
  const doc = TextDocument.create('x', 'nianbao', 1, text);
  return analyze(text).findings.map((f) => ({
    code: f.rule,
    severity: severityOf[f.severity],
    message: f.message.zh,
    range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
  }));
}
