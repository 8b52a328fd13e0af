// "以文本校对 / Check as text": a published file (.html, .docx, .pdf) opened beside as the text the
// server checks. The text is a read-only document of the nianbao-converted scheme, whose content
// the server gives (nianbao/convertedText) and then checks like any report, without offering edits.
// The client only maps the file's uri to that document's uri (shared/src/protocol.ts) and back.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { commands, convertedScheme, convertedSuffix, convertedTextRequest, type ConvertedTextResult } from '../../shared/src/protocol.ts';
import { sendRequest } from './contract.ts';

const published = /\.(docx|pdf|html?)$/i;

export function registerConvertedText(client: LanguageClient): vscode.Disposable[] {
  const provider = new ConvertedTextProvider(client);
  return [
    vscode.workspace.registerTextDocumentContentProvider(convertedScheme, provider),
    // From the explorer: the file right-clicked, and every published file selected with it.
    vscode.commands.registerCommand(commands.checkAsText, async (uri?: vscode.Uri, selected?: vscode.Uri[]) => {
      const chosen = selected?.filter((u) => published.test(u.path)) ?? [];
      const files = chosen.length > 0 ? chosen : uri instanceof vscode.Uri ? [uri] : await pickFiles();
      for (const file of files) await checkAsText(provider, file);
    }),
    provider,
  ];
}

/** From the command palette: the published file in the active tab, or one to choose. */
async function pickFiles(): Promise<vscode.Uri[]> {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const active = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  if (active && active.scheme === 'file' && published.test(active.path)) return [active];
  return await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: vscode.l10n.t('Check as text'),
    filters: { [vscode.l10n.t('Web pages, Word and PDF files')]: ['html', 'htm', 'docx', 'pdf'] },
  }) ?? [];
}

async function checkAsText(provider: ConvertedTextProvider, file: vscode.Uri): Promise<void> {
  const name = file.path.split('/').pop() ?? file.path;
  // The server reads the file itself: it has to be on the disk the extension runs on.
  if (file.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot check {0} as text: only files on disk can be read.', name));
    return;
  }
  const uri = file.with({ scheme: convertedScheme, path: file.path + convertedSuffix });
  let result: ConvertedTextResult;
  try {
    result = await provider.convert(uri);
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot check {0} as text: {1}', name, result.message));
    return;
  }
  // Opened with the text just read; a document already open keeps its text until it is told to
  // read again (the file may have changed since).
  provider.hold(uri, result.text);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.getText() !== result.text) provider.refresh(uri);
  else provider.release(uri);
  // Shown where it already is, else beside the active editor.
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside, preview: false });
}

class ConvertedTextProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** Text the command has just read, for the document it is about to open. */
  private readonly held = new Map<string, string>();
  /** Each open converted document follows its file: saved again, it is read again. */
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly closing: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.closing = vscode.workspace.onDidCloseTextDocument((d) => {
      const key = d.uri.toString();
      this.watchers.get(key)?.dispose();
      this.watchers.delete(key);
    });
  }

  convert(uri: vscode.Uri): Promise<ConvertedTextResult> {
    return sendRequest(this.client, convertedTextRequest, { uri: uri.toString() });
  }

  hold(uri: vscode.Uri, text: string): void {
    this.held.set(uri.toString(), text);
  }

  release(uri: vscode.Uri): void {
    this.held.delete(uri.toString());
  }

  /** Makes the editor ask for the document's text again (the held text, or the file read again). */
  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const key = uri.toString();
    this.watch(uri);
    const held = this.held.get(key);
    if (held !== undefined) {
      this.held.delete(key);
      return held;
    }
    // Reopened without the command (a tab restored, the file saved again): read it now. A file
    // that cannot be read any more leaves no empty document: the editor says why instead.
    const result = await this.convert(uri);
    if (!result.ok) throw new Error(result.message);
    return result.text;
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key) || !uri.path.endsWith(convertedSuffix)) return;
    const file = uri.with({ scheme: 'file', path: uri.path.slice(0, -convertedSuffix.length) });
    const folder = vscode.Uri.joinPath(file, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, file.path.split('/').pop() ?? ''), false, false, true);
    // Saving may replace the file rather than write into it: a creation counts as a change.
    watcher.onDidChange(() => this.refresh(uri));
    watcher.onDidCreate(() => this.refresh(uri));
    this.watchers.set(key, watcher);
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.closing.dispose();
    this.changed.dispose();
  }
}
