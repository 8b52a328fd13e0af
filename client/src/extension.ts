// The VS Code side: starts the language server (dist/server.js, over node IPC) for reports, plain
// text and Markdown, and shows what it says. It knows nothing of reports: which documents are
// checked, and everything about them, the server decides.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { convertedScheme } from '../../shared/src/protocol.ts';
import { registerCommands } from './commands.ts';
import { registerConvertedText } from './convertedText.ts';
import { previewFeature, registerPreview } from './preview/panel.ts';
import { restartHandler } from './serverRestarts.ts';
import { StatusItem } from './statusItem.ts';

let client: LanguageClient | undefined;

/**
 * Node options of the server process. `--v8-pool-size=1`: one background thread for V8's garbage
 * collector and optimising compiler instead of four; each thread that allocates keeps memory of its
 * own (a malloc arena). Measured on Node 20, Linux (test/.tmp runs of bench/serverMemory.ts and
 * bench/keystrokes.ts): RSS after the five seeds 61.0 → 58.7 MB, the same keystroke latency and CPU
 * time per keystroke on 10 KB and 1 MB reports. `--max-semi-space-size=2`: a young generation of at
 * most 2 MB a half (16 MB by default), collected more often in shorter pauses — measured in
 * alternating runs (issue 16): RSS after the five seeds 1.3 MB lower (62.9 → 61.5 MB, three pairs),
 * the p99 of a 1 MB report's keystroke 81–84 → 50–70 ms, 10 KB unchanged. The bench runs the server
 * with the same options (bench/build.ts, serverNodeArgs).
 */
const serverExecArgv = ['--v8-pool-size=1', '--max-semi-space-size=2'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('nianbao', { log: true });
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: serverExecArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Plain text and Markdown too: the server checks them only when their content is a report.
    // And the text of a .pdf, .docx or web page ("Check as text"), whatever its language.
    documentSelector: [
      ...['file', 'untitled'].flatMap((scheme) => ['nianbao', 'plaintext', 'markdown'].map((language) => ({ scheme, language }))),
      { scheme: convertedScheme },
    ],
    // The server pulls settings per document; this only tells it when they change.
    synchronize: { configurationSection: 'nianbao' },
    outputChannel: output,
    traceOutputChannel: output,
    // A server that dies is restarted a few times in a row at most, with a message (restartPolicy.ts).
    errorHandler: restartHandler(output),
  };
  // The client reads `nianbao.trace.server` by its id.
  client = new LanguageClient('nianbao', vscode.l10n.t('Nianbao report checker'), serverOptions, clientOptions);
  client.registerFeature(previewFeature);
  const status = new StatusItem(client);
  context.subscriptions.push(output, status, ...registerCommands(client, output), ...registerPreview(client, context.extensionUri), ...registerConvertedText(client));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
