// The language server's entry point (dist/server.js). VS Code starts it over node IPC; other
// editors run `node dist/server.js --stdio` (createConnection reads the transport from argv).
// This file only wires: each feature file declares its capabilities and registers its handlers,
// all of them reading the one AnalysisCache.
import {
  createConnection,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../version.ts';
import { AnalysisCache } from './analysisCache.ts';
import { blankTablesFeature } from './blankTablesRequest.ts';
import { codeActions } from './codeActions.ts';
import { codeLens } from './codeLens.ts';
import { compare } from './compareRequest.ts';
import { completion } from './completion.ts';
import { convertedText } from './convertedText.ts';
import type { ConvertedSources } from './convertedSources.ts';
import type { Feature, ServerContext } from './context.ts';
import { diagnostics } from './diagnostics.ts';
import { folding } from './folding.ts';
import { hover } from './hover.ts';
import { inlayHints } from './inlayHints.ts';
import { LastYear, lastYearFeature, workspaceFoldersOf } from './lastYear.ts';
import { langOf } from './locale.ts';
import { memory } from './memoryRequest.ts';
import { nextYear } from './nextYearRequest.ts';
import { preview } from './previewRequest.ts';
import { SettingsStore } from './settings.ts';
import { status } from './status.ts';
import { symbols } from './symbols.ts';
import { tables } from './tablesRequest.ts';
import { totalsRequest } from './totalsRequest.ts';

const features: Feature[] = [
  // First: each analysis is noticed before the status and the diagnostics read what was found.
  lastYearFeature,
  diagnostics,
  codeActions,
  hover,
  inlayHints,
  codeLens,
  symbols,
  folding,
  completion,
  tables,
  totalsRequest,
  blankTablesFeature,
  preview,
  status,
  memory,
  convertedText,
  nextYear,
  compare,
];

function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settingsListeners: (() => void)[] = [];

  connection.onInitialize((params): InitializeResult => {
    const client = params.capabilities;
    const clientLocale = params.locale;
    const settings = new SettingsStore(connection, client.workspace?.configuration === true, () => langOf('auto', clientLocale));
    const sources: ConvertedSources = new Map();
    const analyses = new AnalysisCache(documents, settings, () => clientLocale, sources);
    const lastYear = new LastYear(documents, workspaceFoldersOf(params));
    const context: ServerContext = {
      connection,
      documents,
      analyses,
      settings,
      sources,
      client,
      lastYear,
      onSettingsChanged: (listener) => settingsListeners.push(listener),
    };
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    };
    for (const feature of features) {
      Object.assign(capabilities, feature.capabilities(client));
      feature.register(context);
    }
    connection.onDidChangeConfiguration((change) => {
      settings.changed(change.settings);
      for (const listener of settingsListeners) listener();
    });
    documents.onDidClose((e) => {
      analyses.forget(e.document.uri);
      sources.delete(e.document.uri);
      settings.forget(e.document.uri);
      lastYear.forget(e.document.uri);
    });
    return { capabilities, serverInfo: { name: 'nianbao', version: version } };
  });

  documents.listen(connection);
  connection.listen();
}

startServer(createConnection());
