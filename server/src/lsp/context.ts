// What every feature file gets: the connection, the open documents, the one analysis cache, the
// settings, and what the client said it can do. A feature declares the capabilities it serves
// next to the handlers that serve them, so the two cannot drift apart.
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysisCache.ts';
import type { ConvertedSources } from './convertedSources.ts';
import type { LastYear } from './lastYear.ts';
import type { SettingsStore } from './settings.ts';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyses: AnalysisCache;
  settings: SettingsStore;
  /** What the conversion of each open converted document (.pdf, .docx, web page) knew. */
  sources: ConvertedSources;
  client: ClientCapabilities;
  /** Last year's report of each open report, and the findings across the two years. */
  lastYear: LastYear;
  /** Features that must act when settings change (re-publish, refresh) register here. */
  onSettingsChanged(listener: () => void): void;
}

export interface Feature {
  /** What this feature adds to the server's capabilities, given the client's. */
  capabilities(client: ClientCapabilities): ServerCapabilities;
  /** Registers the handlers for exactly those capabilities. */
  register(context: ServerContext): void;
}
