// nianbao/recomputeTotals: the edits that rewrite every total of a table (or of every table that
// needs it) as the sum of its parts; the client applies them (command and code lens 全部重算).
import type { TableId, TextEdit } from '../engine/model.ts';
import { recomputeTotalsRequest, type RecomputeTotalsParams, type RecomputeTotalsResult } from '../../../shared/src/protocol.ts';
import { lspEdits } from './codeActions.ts';
import type { Feature } from './context.ts';
import { recomputeTotals } from './totals.ts';
import { onRequest } from './contract.ts';

export const totalsRequest: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses }) {
    onRequest(connection, recomputeTotalsRequest, async (params: RecomputeTotalsParams, token): Promise<RecomputeTotalsResult | null> => {
      const checked = await analyses.report(params.textDocument.uri, token);
      if (!checked || checked.readOnly) return null;
      const report = checked.analysis.report;
      const ids: TableId[] = params.table ? [params.table] : ['B', 'C'];
      const edits: TextEdit[] = ids.flatMap((id) => recomputeTotals(report, id) ?? []);
      return { version: checked.document.version, edits: lspEdits(checked, edits) };
    });
  },
};
