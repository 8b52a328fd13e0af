// Folding ranges for the six sections and the three tables.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../engine/model.ts';
import type { Feature } from './context.ts';
import { tablesRead } from '../engine/tableLookup.ts';

export const folding: Feature = {
  capabilities: () => ({ foldingRangeProvider: true }),

  register({ connection, analyses }) {
    connection.onFoldingRanges(async (params, token) => {
      const checked = await analyses.report(params.textDocument.uri, token);
      if (!checked) return [];
      const report = checked.analysis.report;
      const spans = [...report.sections.map((s) => s.span), ...tablesRead(report.tables).map((t) => t.span)];
      return spans.flatMap((span) => {
        const range = lines(checked.document, span);
        return range ? [range] : [];
      });
    });
  },
};

/** The lines a span covers, without a last line it only touches at its start; null for one line. */
function lines(document: TextDocument, span: Span): FoldingRange | null {
  const start = document.positionAt(span.start).line;
  const endPosition = document.positionAt(span.end);
  const end = endPosition.character === 0 && endPosition.line > start ? endPosition.line - 1 : endPosition.line;
  return end > start ? { startLine: start, endLine: end, kind: FoldingRangeKind.Region } : null;
}
