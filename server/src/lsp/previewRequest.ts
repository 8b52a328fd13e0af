// nianbao/preview: the document's three tables as HTML, drawn by the same renderer as the batch
// report (render/tablesHtml.ts), with the repair of every red cell for the preview's "recompute".
// The client shows the HTML in a webview and applies a repair's edits when asked; it never reads
// the report itself.
import { balanceOf } from '../engine/balance.ts';
import { writeCellValue } from '../engine/cellEdit.ts';
import { tableCss } from '../render/styles.ts';
import { tablesHtml } from '../render/tablesHtml.ts';
import { previewRequest, type DocumentParams, type PreviewFix, type PreviewResult } from '../../../shared/src/protocol.ts';
import type { Reported } from './analysisCache.ts';
import { lspEdits } from './codeActions.ts';
import type { Feature } from './context.ts';
import { msg, say } from './locale.ts';
import { onRequest } from './contract.ts';

export const preview: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses }) {
    onRequest(connection, previewRequest, async (params: DocumentParams, token): Promise<PreviewResult> => {
      const checked = await analyses.get(params.textDocument.uri, token);
      if (!checked) return { recognised: false, version: null, language: 'zh', html: '', css: tableCss, fixes: [] };
      const version = checked.document.version;
      if (!checked.analysis) return { recognised: false, version, language: checked.lang, html: '', css: tableCss, fixes: [] };
      const reported = checked as Reported;
      return {
        recognised: true,
        version,
        language: checked.lang,
        html: tablesHtml(reported.analysis.report, checked.lang).value,
        css: tableCss,
        // A converted document is read-only: its red cells are shown, with no repair.
        fixes: checked.readOnly ? [] : fixesOf(reported),
      };
    });
  },
};

/**
 * The cells drawn red are balance.ts's wrong cells (whatever the rules' severities), so their
 * repairs come from there too: the same edit as balance/cell's fix, writing the expected value.
 */
function fixesOf(checked: Reported): PreviewFix[] {
  return balanceOf(checked.analysis.report).wrongCells.map((w) => ({
    offset: w.cell.span.start,
    title: say(msg(`改为 ${w.expected}`, `Change to ${w.expected}`), checked.lang),
    edits: lspEdits(checked, [writeCellValue(checked.analysis.report.text, w.cell, String(w.expected))]),
  }));
}
