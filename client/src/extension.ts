// The VS Code side: starts the language server (dist/server.js, over node IPC) for reports, plain
// text and Markdown, and shows what it says. It knows nothing of reports: which documents are
// checked, and everything about them, the server decides.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands.ts';
import { previewFeature, registerPreview } from './preview/panel.ts';
import { StatusItem } from './statusItem.ts';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('nianbao', { log: true });
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Plain text and Markdown too: the server checks them only when their content is a report.
    documentSelector: ['file', 'untitled'].flatMap((scheme) => ['nianbao', 'plaintext', 'markdown'].map((language) => ({ scheme, language }))),
    // The server pulls settings per document; this only tells it when they change.
    synchronize: { configurationSection: 'nianbao' },
    outputChannel: output,
    traceOutputChannel: output,
  };
  // The client reads `nianbao.trace.server` by its id, and restarts the server if it dies.
  client = new LanguageClient('nianbao', vscode.l10n.t('Nianbao report checker'), serverOptions, clientOptions);
  client.registerFeature(previewFeature);
  const status = new StatusItem(client);
  context.subscriptions.push(output, status, ...registerCommands(client, output), ...registerPreview(client, context.extensionUri));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
