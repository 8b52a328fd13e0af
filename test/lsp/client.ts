// A real LSP client for the tests: it bundles the server from its sources (so the tests never run a
// stale dist/), spawns it as `node server.js --stdio` like any editor would, and talks JSON-RPC to
// it. Server-to-client requests are answered like VS Code answers them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import {
  CancellationTokenSource,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import type { StatusParams } from '../../shared/src/protocol.ts';

export const root = resolve(__dirname, '..', '..');

let bundled: Promise<string> | null = null;

/**
 * The server bundled once per test process, into test/.tmp (ignored by git), removed at exit. As
 * esbuild.mjs bundles it: the published-documents converters in a bundle of their own beside it,
 * loaded only when a published file is read, and pdf.js left to Node (found in node_modules).
 */
export function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    // Directly in test/.tmp/lsp: the server finds the rule pages in the nearest folder above it
    // (at most 4 up) that holds a package.json.
    const dir = join(root, 'test', '.tmp', 'lsp');
    mkdirSync(dir, { recursive: true });
    const server = join(dir, `server-${process.pid}.js`);
    const documents = join(dir, `documents-${process.pid}.js`);
    process.once('exit', () => [server, documents].forEach((f) => rmSync(f, { force: true })));
    const options = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' } as const;
    const documentsApart: Plugin = {
      name: 'documents-apart',
      setup(b) {
        b.onResolve({ filter: /\/documents\/index\.ts$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: `./${basename(documents)}`, external: true }));
      },
    };
    await Promise.all([
      build({ ...options, entryPoints: [join(root, 'server', 'src', 'lsp', 'server.ts')], outfile: server, plugins: [documentsApart] }),
      build({ ...options, entryPoints: [join(root, 'server', 'src', 'documents', 'index.ts')], outfile: documents, external: ['pdfjs-dist'] }),
    ]);
    return server;
  })();
  return bundled;
}

export interface ClientOptions {
  /** Declare support for pull diagnostics (textDocument/diagnostic). Default true. */
  pull?: boolean;
  /** Declare support for workspace/configuration. Default true. */
  configuration?: boolean;
  /** What workspace/configuration answers for section `nianbao` (per scope URI when a function). */
  settings?: unknown | ((scopeUri: string | undefined) => unknown);
  locale?: string;
  documentChanges?: boolean;
  /** ClientCapabilities.experimental (e.g. the preview command a client has). */
  experimental?: Record<string, unknown>;
  /** Options for the server's node (e.g. --expose-gc, so nianbao/debug/memory collects first). */
  nodeArgs?: string[];
  /** A server bundle to run instead of the one built from the sources for the tests (the bench runs the shipped build). */
  server?: string;
  /** Workspace folders (file: uris) opened. Default none. */
  workspaceFolders?: string[];
}

export class LspClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly statuses: StatusParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** How many times the server asked for workspace/diagnostic/refresh. */
  refreshes = 0;
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  initializeResult!: InitializeResult;
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly connection: ProtocolConnection, private readonly child: ChildProcess, private readonly options: ClientOptions) {}

  /** The server's process id (its memory is read from /proc by serverMemory.ts). */
  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** False once the server process has exited (a crash, or stop()). */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Bytes written straight to the server's stdin, bypassing JSON-RPC framing (fault tests). */
  writeRaw(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.child.stdin?.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.server ?? (await serverBundle()), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    if (!child.stdout || !child.stdin) throw new Error('no stdio');
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(connection, child, options);
    client.answerServerRequests();
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0] ?? null,
      locale: options.locale ?? 'zh-cn',
      capabilities: capabilities(options),
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: basename(uri) })) ?? null,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private answerServerRequests(): void {
    const c = this.connection;
    c.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => {
        const s = this.options.settings;
        return typeof s === 'function' ? (s as (u: string | undefined) => unknown)(item.scopeUri) : s ?? {};
      }));
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.wake();
      return null;
    });
    c.onRequest('workspace/inlayHint/refresh', () => null);
    c.onRequest('workspace/codeLens/refresh', () => null);
    c.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.wake();
      return null;
    });
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      this.wake();
    });
    c.onNotification('nianbao/status', (p: StatusParams) => {
      this.statuses.push(p);
      this.wake();
    });
    c.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
      this.wake();
    });
    c.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      this.wake();
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `check` holds after some notification, or rejects after `ms`. */
  async waitFor<T>(check: () => T | undefined | null | false, ms = 5000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for the server');
      await new Promise<void>((r) => {
        const timer = setTimeout(r, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          r();
        });
      });
    }
  }

  open(uri: string, text: string, languageId = 'nianbao', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  closeDocument(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // A trailing undefined would be sent as a second positional parameter.
    return token ? this.connection.sendRequest<R>(method, params, token.token) : this.connection.sendRequest<R>(method, params);
  }

  /** textDocument/diagnostic, expecting a full report. */
  async pullDiagnostics(uri: string): Promise<FullDocumentDiagnosticReport> {
    const report = await this.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report;
  }

  /** shutdown + exit, then make sure the process is gone. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    const exited = new Promise<void>((r) => (this.child.exitCode !== null ? r() : this.child.once('exit', () => r())));
    const timer = setTimeout(() => this.child.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

function capabilities(options: ClientOptions): ClientCapabilities {
  return {
    ...(options.experimental ? { experimental: options.experimental } : {}),
    workspace: {
      configuration: options.configuration ?? true,
      workspaceEdit: { documentChanges: options.documentChanges ?? true },
      diagnostics: { refreshSupport: true },
      didChangeConfiguration: { dynamicRegistration: false },
      didChangeWatchedFiles: { dynamicRegistration: true },
    },
    textDocument: {
      synchronization: { didSave: false, dynamicRegistration: false },
      ...(options.pull ?? true ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'refactor'] } },
        isPreferredSupport: true,
      },
      codeLens: {},
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      inlayHint: {},
    },
  };
}

/** A file URI for a test document (never read from disk: the text is sent in didOpen). */
export function docUri(name: string): string {
  return `file:///nianbao-test/${encodeURIComponent(name)}`;
}
