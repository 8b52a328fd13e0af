// The status bar item: for the active document, the report year, its format, the error and
// warning counts, how long the last analysis took and which file is last year's report, as the
// server reports them (nianbao/status).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { commands, statusNotification, type StatusParams } from '../../shared/src/protocol.ts';
import { onNotification } from './contract.ts';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nianbao.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(client: LanguageClient) {
    this.item.name = vscode.l10n.t('Nianbao report');
    this.item.command = commands.showOutput;
    this.disposables.push(
      this.item,
      onNotification(client, statusNotification, (params) => {
        this.byUri.set(params.uri, params);
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status?.recognised) {
      this.item.hide();
      return;
    }
    const year = status.year === null ? '?' : String(status.year);
    const format = status.format ?? '?';
    const icon = status.errors > 0 ? '$(error)' : status.warnings > 0 ? '$(warning)' : '$(check)';
    this.item.text = `${icon} ${vscode.l10n.t('Report {0} · format {1}', year, format)}`;
    const counts = vscode.l10n.t('{0} errors, {1} warnings · analysed in {2} ms', status.errors, status.warnings, status.elapsedMs);
    // Which file was taken as last year's report, or why none (said by the server in its language).
    this.item.tooltip = status.lastYear ? `${counts}\n${status.lastYear}` : counts;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
