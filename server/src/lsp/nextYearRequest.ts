// nianbao/nextYear: next year's draft of an open report (engine/nextYear.ts) and the file name to
// write it under beside the report's file; the client writes it and opens it.
import { basename } from 'node:path';
import { nextYearDraft, nextYearFileName } from '../engine/nextYear.ts';
import { nextYearRequest, type DocumentParams, type NextYearResult } from '../../../shared/src/protocol.ts';
import type { Feature } from './context.ts';
import { isConverted } from './convertedSources.ts';
import { pathOf } from './lastYear.ts';
import { msg, say } from './locale.ts';
import { onRequest } from './contract.ts';

export const nextYear: Feature = {
  capabilities: () => ({}),

  register({ connection, documents, analyses }) {
    onRequest(connection, nextYearRequest, async (params: DocumentParams): Promise<NextYearResult> => {
      const uri = params.textDocument.uri;
      const lang = await analyses.langFor(uri);
      const document = documents.get(uri);
      const path = pathOf(uri);
      if (!document || path === null) return { ok: false, message: say(msg('请先将报告保存为本机磁盘上的文件', 'save the report as a file on this computer first'), lang) };
      const draft = nextYearDraft(document.getText());
      if (draft.text === null || draft.year === null) return { ok: false, message: draft.notes.map((n) => say(n, lang)).join('；') };
      // A converted document's draft is text, beside the published file it was made from.
      return { ok: true, text: draft.text, fileName: nextYearFileName(basename(path), draft.year, !isConverted(uri)), notes: draft.notes.map((n) => say(n, lang)) };
    });
  },
};
