// "预览表格 / Preview tables": a webview beside the editor with the report's tables as the server
// draws them (nianbao/preview). One panel per document; it follows the text (redrawn 300 ms after
// the last change) and the cursor (the cell under it highlighted); a click on a cell moves the
// cursor there and gives the editor the keyboard focus, "recompute" on a red cell applies the
// repair the server gave for it.
// "与上一年度对比 / Compare with last year" is the same panel on nianbao/compare (both years' tables
// and the text reused from last year), beside VS Code's diff editor on the two files.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { FeatureState, LanguageClient, StaticFeature } from 'vscode-languageclient/node';
import {
  commands,
  compareRequest,
  previewCapability,
  previewRequest,
  type DocumentParams,
  type LspRange,
  type PreviewResult,
  type RequestSpec,
} from '../../../shared/src/protocol.ts';
import { sendRequest } from '../contract.ts';
import type { FromWebview, ToWebview } from './messages.ts';
import { previewPage } from './page.ts';

const viewType = 'nianbao.preview';
const debounceMs = 300;

export function registerPreview(client: LanguageClient, extensionUri: vscode.Uri): vscode.Disposable[] {
  const panels = new Map<string, TablesPreview>();
  const documentOf = (arg?: unknown): vscode.TextDocument | undefined => {
    // From the editor title the resource comes as a Uri, from the code lens as a string.
    const uri = arg instanceof vscode.Uri ? arg.toString() : typeof arg === 'string' ? arg : vscode.window.activeTextEditor?.document.uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  };
  const open = (document: vscode.TextDocument, request: RequestSpec<DocumentParams, PreviewResult>, title: string): void => {
    const key = `${request.method} ${document.uri.toString()}`;
    const shown = panels.get(key);
    if (shown) shown.reveal();
    else panels.set(key, new TablesPreview(client, extensionUri, document, request, title, () => panels.delete(key)));
  };
  const name = (uri: vscode.Uri): string => uri.path.split('/').pop() ?? '';
  const show = (arg?: unknown) => {
    const document = documentOf(arg);
    if (document) open(document, previewRequest, vscode.l10n.t('Tables: {0}', name(document.uri)));
  };
  const compare = async (arg?: unknown) => {
    const document = documentOf(arg);
    if (!document) return;
    const result = await sendRequest(client, compareRequest, { textDocument: { uri: document.uri.toString() } });
    if (!result.previous) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No report of last year to compare with: {0}', result.why ?? ''));
      return;
    }
    // Last year's text on the left, this year's on the right; the years' tables beside them.
    const title = vscode.l10n.t('{0} ↔ {1}', result.previous.name, name(document.uri));
    await vscode.commands.executeCommand('vscode.diff', vscode.Uri.parse(result.previous.uri), document.uri, title);
    open(document, compareRequest, vscode.l10n.t('Compared with last year: {0}', name(document.uri)));
  };
  return [
    vscode.commands.registerCommand(commands.previewTables, show),
    vscode.commands.registerCommand(commands.compareWithLastYear, compare),
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
  ];
}

/** Tells the server that this client has the preview command, so that it offers the code lens. */
export const previewFeature: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), [previewCapability]: true };
  },
  initialize() {},
  getState: (): FeatureState => ({ kind: 'static' }),
  clear() {},
};

class TablesPreview implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private last: PreviewResult | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to older requests that arrive after newer ones are dropped. */
  private asked = 0;
  private disposed = false;
  /**
   * Set when a click on a cell gave the keyboard focus to the editor, until the page says it holds
   * the focus itself. VS Code learns that a webview was focused by polling it (every 250 ms), so on
   * a busy machine the click's own "the preview is focused" can arrive after the editor was shown:
   * the preview becomes the active editor again while the keys go to the text (the status bar has
   * no line and column, Go to Line has no editor). When the panel turns active meanwhile, the page
   * is asked whether it really holds the focus, and if it does not, the editor is shown again.
   */
  private focusToEditor = false;

  constructor(
    private readonly client: LanguageClient,
    extensionUri: vscode.Uri,
    private readonly document: vscode.TextDocument,
    /** nianbao/preview, or nianbao/compare: both answer a PreviewResult. */
    private readonly request: RequestSpec<DocumentParams, PreviewResult>,
    title: string,
    private readonly onDispose: () => void,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    this.panel = vscode.window.createWebviewPanel(viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [dist],
      enableFindWidget: true,
    });
    const webview = this.panel.webview;
    this.disposables.push(
      webview.onDidReceiveMessage((m: FromWebview) => void this.receive(m)),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.active && this.focusToEditor) this.post({ type: 'askFocus' });
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.postCursor(e.selections[0]?.active);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nianbao', this.document.uri)) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.dispose();
      }),
    );
    this.panel.onDidDispose(() => this.dispose());
    // Set last, once its 'ready' message has a listener.
    webview.html = previewPage({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
      language: vscode.env.language,
    });
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), debounceMs);
  }

  private async refresh(): Promise<void> {
    const asked = ++this.asked;
    let result: PreviewResult;
    try {
      result = await sendRequest(this.client, this.request, { textDocument: { uri: this.document.uri.toString() } });
    } catch {
      return; // cancelled by a newer change, or the server restarting: the next change asks again
    }
    if (this.disposed || asked !== this.asked) return;
    this.last = result;
    this.post({
      type: 'update',
      recognised: result.recognised,
      html: result.html,
      css: result.css,
      fixes: result.fixes.map((f) => ({ offset: f.offset, title: f.title })),
      labels: {
        recompute: vscode.l10n.t('Recompute'),
        notReport: vscode.l10n.t('This document is not recognised as an annual report.'),
      },
    });
  }

  private async receive(message: FromWebview): Promise<void> {
    if (message?.type === 'ready') {
      // Also after the panel was hidden and shown again: the page was rebuilt, empty.
      await this.refresh();
      this.postCursor(this.editor()?.selection.active);
    } else if (message?.type === 'reveal' && Number.isInteger(message.offset)) {
      await this.moveCursor(message.offset);
    } else if (message?.type === 'fix' && Number.isInteger(message.offset)) {
      await this.applyFix(message.offset);
    } else if (message?.type === 'focus') {
      if (message.focused === true) this.focusToEditor = false; // the user went into the preview
      else if (this.focusToEditor && this.panel.active) await this.showEditor();
    }
  }

  private async moveCursor(offset: number): Promise<void> {
    const position = this.document.positionAt(offset);
    this.focusToEditor = true;
    const editor = await this.showEditor();
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The document's editor, shown with the keyboard focus: where the preview was opened from. */
  private showEditor(): Thenable<vscode.TextEditor> {
    return vscode.window.showTextDocument(this.document, { viewColumn: this.editor()?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  }

  private async applyFix(offset: number): Promise<void> {
    const fix = this.last?.fixes.find((f) => f.offset === offset);
    if (!fix) return;
    // The edits were computed for one version: if the text moved on since, they are not applied.
    if (this.document.version !== this.last?.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The document changed since the preview was drawn; please try again.'));
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.set(this.document.uri, fix.edits.map((e) => new vscode.TextEdit(toRange(e.range), e.newText)));
    await vscode.workspace.applyEdit(edit);
  }

  private editor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === this.document);
  }

  private postCursor(position: vscode.Position | undefined): void {
    this.post({ type: 'cursor', offset: position ? this.document.offsetAt(position) : null });
  }

  private post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.onDispose();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
