// nianbao/blankTables: the three blank tables of the document's format (by its tables' labels or
// its year; the current format for a document that says neither), for the insert-tables command.
import { blankTablesRequest, type BlankTablesResult, type DocumentParams } from '../../../shared/src/protocol.ts';
import { blankTablesText, tablesFormat } from '../engine/blankTables.ts';
import type { Feature } from './context.ts';
import { onRequest } from './contract.ts';

export const blankTablesFeature: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses }) {
    onRequest(connection, blankTablesRequest, async (params: DocumentParams, token): Promise<BlankTablesResult> => {
      const checked = await analyses.report(params.textDocument.uri, token);
      const format = tablesFormat(checked?.analysis.report ?? null);
      return { format: format.source, text: blankTablesText(format) };
    });
  },
};
