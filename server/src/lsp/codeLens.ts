// A code lens above tables B and C (the tables with arithmetic): "勾稽关系 ✓", or "3 处不平衡" with
// "全部重算" when recomputing the totals balances the table. Above the first table, "预览表格"
// when the client has the preview command (it says so in its experimental capabilities).
import type { CodeLens } from 'vscode-languageserver/node';
import type { TableId } from '../engine/model.ts';
import { commands, previewCapability } from '../../../shared/src/protocol.ts';
import type { Feature } from './context.ts';
import { msg, say } from './locale.ts';
import { recomputeTotals, unbalancedCount } from './totals.ts';
import { tablesRead } from '../engine/tableLookup.ts';

export const codeLens: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),

  register({ connection, analyses, client }) {
    const canPreview = (client.experimental as Record<string, unknown> | undefined)?.[previewCapability] === true;
    connection.onCodeLens(async (params, token) => {
      const checked = await analyses.report(params.textDocument.uri, token);
      if (!checked) return [];
      const report = checked.analysis.report;
      const lenses: CodeLens[] = [];
      const first = tablesRead(report.tables).map((t) => t.span.start).sort((a, b) => a - b)[0];
      if (canPreview && first !== undefined) {
        const line = checked.document.positionAt(first).line;
        lenses.push({
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          command: { title: say(msg('预览表格', 'Preview tables'), checked.lang), command: commands.previewTables, arguments: [checked.uri] },
        });
      }
      for (const id of ['B', 'C'] as TableId[]) {
        const table = report.tables[id];
        if (!table) continue;
        const start = checked.document.positionAt(table.span.start);
        const range = { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } };
        const broken = unbalancedCount(report, id);
        if (broken === 0) {
          // A lens without a command id is shown as text, not as a link.
          lenses.push({ range, command: { title: say(msg('勾稽关系 ✓', 'Relations ✓'), checked.lang), command: '' } });
          continue;
        }
        const title = say(msg(`${broken} 处不平衡`, `${broken} relation${broken === 1 ? '' : 's'} broken`), checked.lang);
        // A converted document is read-only: the count is shown, not the recompute.
        if (!checked.readOnly && recomputeTotals(report, id)) {
          lenses.push({
            range,
            command: { title: `${title} · ${say(msg('全部重算', 'recompute all totals'), checked.lang)}`, command: commands.recomputeTotals, arguments: [checked.uri, id] },
          });
        } else {
          lenses.push({ range, command: { title, command: '' } });
        }
      }
      return lenses;
    });
  },
};
