// nianbao/compare: the open report beside last year's (lastYear.ts found it), drawn by
// render/yearsHtml.ts with the preview's stylesheet. Last year's file is read again here (the
// background search keeps only its digest): only when the user asks for the comparison.
import { analyze } from '../engine/analyze.ts';
import { sectionReuse } from '../engine/workspace/sectionReuse.ts';
import { html } from '../render/escape.ts';
import { tableCss } from '../render/styles.ts';
import { yearsCss, yearsHtml } from '../render/yearsHtml.ts';
import { compareRequest, type CompareResult, type DocumentParams } from '../../../shared/src/protocol.ts';
import type { Feature } from './context.ts';
import { msg, say } from './locale.ts';
import { onRequest } from './contract.ts';

const css = tableCss + yearsCss;

export const compare: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses, lastYear }) {
    onRequest(connection, compareRequest, async (params: DocumentParams, token): Promise<CompareResult> => {
      const checked = await analyses.get(params.textDocument.uri, token);
      const none = { recognised: false, version: null, language: 'zh' as const, html: '', css, fixes: [], previous: null, why: null };
      if (!checked) return none;
      const { lang } = checked;
      const version = checked.document.version;
      if (!checked.analysis) return { ...none, version, language: lang };
      const why = (message: string): CompareResult => ({ recognised: true, version, language: lang, html: html`<p class="notice">${message}</p>`.value, css, fixes: [], previous: null, why: message });
      const found = lastYear.found(checked.uri);
      const previous = found?.previous;
      if (!previous) return why(say(lastYear.describe(checked.uri), lang));
      const text = await lastYear.files.textOf(previous.path);
      if (text === null) return why(say(msg(`无法读取 ${previous.digest.name}`, `${previous.digest.name} could not be read`), lang));
      const current = checked.analysis.report;
      const drawn = yearsHtml({ current, previous: analyze(text).report, previousName: previous.digest.name, reuse: sectionReuse(current, previous.digest) }, lang);
      return { recognised: true, version, language: lang, html: drawn.value, css, fixes: [], previous: { uri: previous.uri, name: previous.digest.name }, why: null };
    });
  },
};
