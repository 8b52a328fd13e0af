// One Analysis per document version (and settings generation), computed lazily by the first
// feature that asks and shared by all the others. Requests queued behind an edit are cancelled
// rather than analysed: the cache yields to the event loop before analysing, so that a $/cancelRequest
// or a newer didChange that arrived meanwhile is seen first.
import { LSPErrorCodes, ResponseError, type CancellationToken, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../engine/analyze.ts';
import type { Analysis } from '../engine/model.ts';
import type { AnalyzeOptions } from '../engine/options.ts';
import type { Settings } from '../../../shared/src/settings.ts';
import { langOf, type Lang } from './locale.ts';
import { isConverted, type ConvertedSource, type ConvertedSources } from './convertedSources.ts';
import { isReport } from '../engine/rules/reportLike.ts';
import { checkMode, mayBeReport } from './recognise.ts';
import { tooLarge, type TooLarge } from './sizeLimit.ts';
import type { SettingsStore } from './settings.ts';

/**
 * How long an analysis may take before its remaining checks are left out (the engine looks at the
 * clock between reading the text and each rule): the editor gets what was found, with an
 * information diagnostic naming the checks not run, rather than a server frozen on one document.
 * Linear reading makes a 1 MB report take well under a tenth of this.
 */
export const ANALYSIS_TIME_LIMIT_MS = 2_000;

export interface Checked {
  uri: string;
  /** The document version that was analysed. */
  document: TextDocument;
  settings: Settings;
  lang: Lang;
  /** Null when the document is not checked: not recognised as a report, or detection is off. */
  analysis: Analysis | null;
  /** Changes with the version and the settings (the resultId of pull diagnostics). */
  resultId: string;
  /**
   * A converted document (a .pdf, .docx or web page shown as text): always checked as a report,
   * read-only, so no feature offers edits for it.
   */
  readOnly: boolean;
  /** For a converted document, what its conversion knew (null when not known, e.g. after a restart). */
  source: ConvertedSource | null;
  /** Set when a document that would be checked is past nianbao.maxDocumentSize: not analysed. */
  tooLarge?: TooLarge | null;
}

/** A checked document that is a report: what every feature but diagnostics works on. */
export type Reported = Checked & { analysis: Analysis };

export class AnalysisCache {
  private readonly entries = new Map<string, Checked>();
  private readonly pending = new Map<string, { key: string; promise: Promise<Checked> }>();
  private readonly listeners: ((checked: Checked) => void)[] = [];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly clientLocale: () => string | undefined,
    private readonly sources: ConvertedSources,
  ) {}

  /** Called once per analysis made (the status notification). */
  onAnalysed(listener: (checked: Checked) => void): void {
    this.listeners.push(listener);
  }

  /** The analysis of the document as it is now; null when the document is not open. */
  async get(uri: string, token?: CancellationToken): Promise<Checked | null> {
    throwIfCancelled(token);
    if (!this.documents.get(uri)) return null;
    const settings = await this.settings.get(uri);
    const document = this.documents.get(uri);
    if (!document) return null;
    const key = `${document.version}:${this.settings.generation}`;
    const cached = this.entries.get(uri);
    if (cached?.resultId === key) return cached;
    const running = this.pending.get(uri);
    if (running?.key === key) return running.promise;

    const promise = this.analyse(uri, document, settings, key);
    this.pending.set(uri, { key, promise });
    try {
      const checked = await promise;
      throwIfCancelled(token);
      return checked;
    } finally {
      if (this.pending.get(uri)?.promise === promise) this.pending.delete(uri);
    }
  }

  /** The analysis when the document is open and checked as a report; null otherwise. */
  async report(uri: string, token?: CancellationToken): Promise<Reported | null> {
    const checked = await this.get(uri, token);
    return checked?.analysis ? (checked as Reported) : null;
  }

  /** The language to speak for a resource (its `nianbao.locale`, or the client's). */
  async langFor(uri: string): Promise<Lang> {
    return langOf((await this.settings.get(uri)).locale, this.clientLocale());
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
  }

  private async analyse(uri: string, document: TextDocument, settings: Settings, key: string): Promise<Checked> {
    await new Promise((resolve) => setImmediate(resolve));
    const text = document.getText();
    const readOnly = isConverted(uri);
    const mode = readOnly ? 'always' : checkMode(document.languageId, settings);
    const options: AnalyzeOptions = { rules: settings.rules, timeLimitMs: ANALYSIS_TIME_LIMIT_MS };
    if (settings.reportKind !== 'auto') options.reportKind = settings.reportKind;
    const wanted = mode === 'always' || (mode === 'detect' && mayBeReport(text));
    // Past the size setting, nothing is analysed: diagnostics say so once (sizeLimit.ts).
    const over = wanted ? tooLarge(text, settings.maxDocumentSize) : null;
    let analysis: Analysis | null = wanted && !over ? analyze(text, options) : null;
    if (analysis && mode === 'detect' && !isReport(analysis.report)) analysis = null;
    const source = readOnly ? this.sources.get(uri) ?? null : null;
    const checked: Checked = { uri, document, settings, lang: langOf(settings.locale, this.clientLocale()), analysis, resultId: key, readOnly, source, tooLarge: over };
    // A newer version may have been analysed meanwhile: keep the newest.
    const current = this.entries.get(uri);
    if (!current || current.document.version <= document.version) this.entries.set(uri, checked);
    for (const listener of this.listeners) listener(checked);
    return checked;
  }
}

/** Ends a request whose client no longer wants the answer. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}
