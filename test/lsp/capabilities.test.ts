// Every capability the server advertises has a handler, and every request it answers is
// advertised: each known LSP request is sent, and "method not found" must come back exactly for
// those not advertised. Checked for a pull client and a push client, over stdio and node IPC.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { describe, test } from 'node:test';
import { ErrorCodes, IPCMessageReader, IPCMessageWriter, createProtocolConnection, ResponseError, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver/node';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { docUri, LspClient, serverBundle } from './client.ts';

const uri = docUri('capabilities.nianbao');
const textDocument = { uri };
const position = { line: 0, character: 0 };
const range = { start: position, end: position };

/** LSP requests by the capability that announces them, with valid params for each. */
const requests: { capability: keyof ServerCapabilities; method: string; params: unknown; advertised?: (c: ServerCapabilities) => boolean }[] = [
  { capability: 'hoverProvider', method: 'textDocument/hover', params: { textDocument, position } },
  { capability: 'completionProvider', method: 'textDocument/completion', params: { textDocument, position } },
  { capability: 'completionProvider', method: 'completionItem/resolve', params: { label: 'x' }, advertised: (c) => c.completionProvider?.resolveProvider === true },
  { capability: 'codeActionProvider', method: 'textDocument/codeAction', params: { textDocument, range, context: { diagnostics: [] } } },
  { capability: 'codeActionProvider', method: 'codeAction/resolve', params: { title: 'x' }, advertised: (c) => typeof c.codeActionProvider === 'object' && c.codeActionProvider.resolveProvider === true },
  { capability: 'codeLensProvider', method: 'textDocument/codeLens', params: { textDocument } },
  { capability: 'codeLensProvider', method: 'codeLens/resolve', params: { range }, advertised: (c) => c.codeLensProvider?.resolveProvider === true },
  { capability: 'documentSymbolProvider', method: 'textDocument/documentSymbol', params: { textDocument } },
  { capability: 'foldingRangeProvider', method: 'textDocument/foldingRange', params: { textDocument } },
  { capability: 'inlayHintProvider', method: 'textDocument/inlayHint', params: { textDocument, range } },
  { capability: 'inlayHintProvider', method: 'inlayHint/resolve', params: { position, label: 'x' }, advertised: (c) => typeof c.inlayHintProvider === 'object' && 'resolveProvider' in c.inlayHintProvider && c.inlayHintProvider.resolveProvider === true },
  { capability: 'diagnosticProvider', method: 'textDocument/diagnostic', params: { textDocument } },
  { capability: 'diagnosticProvider', method: 'workspace/diagnostic', params: { previousResultIds: [] }, advertised: (c) => c.diagnosticProvider?.workspaceDiagnostics === true },
  { capability: 'definitionProvider', method: 'textDocument/definition', params: { textDocument, position } },
  { capability: 'declarationProvider', method: 'textDocument/declaration', params: { textDocument, position } },
  { capability: 'typeDefinitionProvider', method: 'textDocument/typeDefinition', params: { textDocument, position } },
  { capability: 'implementationProvider', method: 'textDocument/implementation', params: { textDocument, position } },
  { capability: 'referencesProvider', method: 'textDocument/references', params: { textDocument, position, context: { includeDeclaration: true } } },
  { capability: 'documentHighlightProvider', method: 'textDocument/documentHighlight', params: { textDocument, position } },
  { capability: 'documentLinkProvider', method: 'textDocument/documentLink', params: { textDocument } },
  { capability: 'colorProvider', method: 'textDocument/documentColor', params: { textDocument } },
  { capability: 'documentFormattingProvider', method: 'textDocument/formatting', params: { textDocument, options: { tabSize: 2, insertSpaces: true } } },
  { capability: 'documentRangeFormattingProvider', method: 'textDocument/rangeFormatting', params: { textDocument, range, options: { tabSize: 2, insertSpaces: true } } },
  { capability: 'documentOnTypeFormattingProvider', method: 'textDocument/onTypeFormatting', params: { textDocument, position, ch: '\n', options: { tabSize: 2, insertSpaces: true } } },
  { capability: 'renameProvider', method: 'textDocument/rename', params: { textDocument, position, newName: 'x' } },
  { capability: 'signatureHelpProvider', method: 'textDocument/signatureHelp', params: { textDocument, position } },
  { capability: 'selectionRangeProvider', method: 'textDocument/selectionRange', params: { textDocument, positions: [position] } },
  { capability: 'semanticTokensProvider', method: 'textDocument/semanticTokens/full', params: { textDocument } },
  { capability: 'linkedEditingRangeProvider', method: 'textDocument/linkedEditingRange', params: { textDocument, position } },
  { capability: 'callHierarchyProvider', method: 'textDocument/prepareCallHierarchy', params: { textDocument, position } },
  { capability: 'typeHierarchyProvider', method: 'textDocument/prepareTypeHierarchy', params: { textDocument, position } },
  { capability: 'monikerProvider', method: 'textDocument/moniker', params: { textDocument, position } },
  { capability: 'inlineValueProvider', method: 'textDocument/inlineValue', params: { textDocument, range, context: { frameId: 0, stoppedLocation: range } } },
  { capability: 'workspaceSymbolProvider', method: 'workspace/symbol', params: { query: '' } },
  { capability: 'executeCommandProvider', method: 'workspace/executeCommand', params: { command: 'x', arguments: [] } },
];

/** True unless the server answered "method not found". */
async function handled(client: LspClient, method: string, params: unknown): Promise<boolean> {
  try {
    await client.request(method, params);
    return true;
  } catch (error) {
    if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) return false;
    return true; // any other error comes from a handler
  }
}

function isAdvertised(capabilities: ServerCapabilities, r: (typeof requests)[number]): boolean {
  if (r.advertised) return r.advertised(capabilities);
  const value = capabilities[r.capability];
  return value !== undefined && value !== false;
}

for (const pull of [true, false]) {
  describe(`capabilities and handlers agree (${pull ? 'pull' : 'push'} diagnostics)`, () => {
    test('each known request is handled exactly when it is advertised', async () => {
      const client = await LspClient.start({ pull });
      try {
        await client.open(uri, buildReport());
        const capabilities = client.initializeResult.capabilities;
        const wrong: string[] = [];
        for (const r of requests) {
          const advertised = isAdvertised(capabilities, r);
          if (advertised !== (await handled(client, r.method, r.params))) wrong.push(`${r.method}: advertised ${advertised}`);
        }
        assert.deepEqual(wrong, []);
        // And nothing is advertised that the table above does not know (and so did not check).
        // workspace: workspace folders and their changes, notifications only (lastYear.ts).
        const known = new Set<string>([...requests.map((r) => r.capability), 'textDocumentSync', 'positionEncoding', 'workspace']);
        assert.deepEqual(Object.keys(capabilities).filter((k) => !known.has(k)), []);
        assert.equal(capabilities.diagnosticProvider !== undefined, pull);
      } finally {
        await client.stop();
      }
    });
  });
}

describe('the features the extension relies on are advertised', () => {
  test('incremental sync, hover, code actions with fixAll, lenses, hints, symbols, folding, completion', async () => {
    const client = await LspClient.start();
    try {
      const c = client.initializeResult.capabilities;
      assert.deepEqual(c.textDocumentSync, { openClose: true, change: 2 });
      assert.ok(c.hoverProvider && c.codeLensProvider && c.inlayHintProvider && c.documentSymbolProvider && c.foldingRangeProvider && c.completionProvider);
      assert.deepEqual(typeof c.codeActionProvider === 'object' ? c.codeActionProvider.codeActionKinds : [], ['quickfix', 'source.fixAll.nianbao']);
      assert.equal(client.initializeResult.serverInfo?.name, 'nianbao');
    } finally {
      await client.stop();
    }
  });

  test('the server also runs over node IPC, as VS Code starts it', async () => {
    const child = fork(await serverBundle(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.ok(result.capabilities.hoverProvider);
      await connection.sendRequest('shutdown');
      const exited = new Promise((r) => child.once('exit', r));
      await connection.sendNotification('exit');
      await exited;
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
