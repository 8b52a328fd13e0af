// Findings -> diagnostics. Pulled (textDocument/diagnostic) when the client supports it, pushed
// (publishDiagnostics, shortly after the last change) otherwise. The code is the rule id with a
// link to its page; related information points at the cells and relations behind a finding.
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { Finding, Severity } from '../engine/model.ts';
import type { Checked, Reported } from './analysisCache.ts';
import type { Feature, ServerContext } from './context.ts';
import { notesMessage, placeOf } from './convertedSources.ts';
import { say } from './locale.ts';
import { toRange } from './ranges.ts';
import { ruleDocUrl } from './ruleDocs.ts';
import { tooLargeDiagnostic } from './sizeLimit.ts';
import type { LastYear } from './lastYear.ts';
import { spanKey, type DigestedFile } from './reportFiles.ts';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `previous`: last year's report, where the related places of a finding across years stand. */
export function toDiagnostic(checked: Checked, finding: Finding, previous: DigestedFile | null = null): Diagnostic {
  const { document, lang, uri } = checked;
  // In a converted document, where in the file it is (the CLI names it too: "[第 3 页]").
  const place = checked.readOnly ? placeOf(checked.source, finding.span.start, lang) : null;
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.span),
    severity: severities[finding.severity],
    code: finding.rule,
    source: 'nianbao',
    message: place ? `${say(finding.message, lang)} [${place}]` : say(finding.message, lang),
  };
  const href = ruleDocUrl(finding.rule);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.flatMap((r) => {
      if (!r.inPrevious) return [{ location: { uri, range: toRange(document, r.span) }, message: say(r.message, lang) }];
      const range = previous?.ranges.get(spanKey(r.span));
      return previous && range ? [{ location: { uri: previous.uri, range }, message: say(r.message, lang) }] : [];
    });
  }
  return diagnostic;
}

export function diagnosticsOf(checked: Checked, lastYear: LastYear): Diagnostic[] {
  if (checked.tooLarge) return [tooLargeDiagnostic(checked.document, checked.tooLarge, checked.lang)];
  const found = checked.analysis?.findings.map((f) => toDiagnostic(checked, f)) ?? [];
  if (checked.analysis) {
    // The checks across years, once last year's report is known (they follow with a refresh).
    const previous = lastYear.found(checked.uri)?.previous ?? null;
    for (const f of lastYear.findings(checked as Reported)) found.push(toDiagnostic(checked, f, previous));
  }
  const notes = notesMessage(checked.source, checked.lang);
  if (!notes) return found;
  // What the conversion of a published file could not read (a scanned page), said once on line 1.
  const firstLine = checked.document.positionAt(checked.document.getText().search(/\r|\n|$/));
  return [{ range: { start: { line: 0, character: 0 }, end: firstLine }, severity: DiagnosticSeverity.Information, source: 'nianbao', message: notes }, ...found];
}

/** How long pushed diagnostics wait for typing to pause. */
const PUSH_DELAY_MS = 150;

export const diagnostics: Feature = {
  capabilities(client) {
    if (!client.textDocument?.diagnostic) return {};
    return { diagnosticProvider: { identifier: 'nianbao', interFileDependencies: false, workspaceDiagnostics: false } };
  },

  register(context) {
    if (context.client.textDocument?.diagnostic) registerPull(context);
    else registerPush(context);
  },
};

function registerPull({ connection, analyses, client, lastYear, onSettingsChanged }: ServerContext): void {
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    let checked: Checked | null;
    try {
      checked = await analyses.get(params.textDocument.uri, token);
    } catch (error) {
      // Ask the client to pull again rather than to drop diagnostics.
      if (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
      }
      throw error;
    }
    if (!checked) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${checked.resultId}:${lastYear.generation(checked.uri)}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(checked, lastYear) };
  });
  const refresh = (): void => {
    if (client.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
  };
  onSettingsChanged(refresh);
  lastYear.onChanged(refresh);
}

function registerPush({ connection, documents, analyses, lastYear, onSettingsChanged }: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const publish = async (uri: string): Promise<void> => {
    timers.delete(uri);
    const checked = await analyses.get(uri).catch(() => null);
    // Published only for the version it was made for, and only while the document is open.
    if (!checked || documents.get(uri)?.version !== checked.document.version) return;
    await connection.sendDiagnostics({ uri, version: checked.document.version, diagnostics: diagnosticsOf(checked, lastYear) });
  };
  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void publish(uri), delay));
  };
  // Fired on open as well as on every change.
  documents.onDidChangeContent((e) => schedule(e.document.uri, PUSH_DELAY_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  onSettingsChanged(() => {
    for (const document of documents.all()) schedule(document.uri, 0);
  });
  lastYear.onChanged((uri) => {
    if (documents.get(uri)) schedule(uri, 0);
  });
}
