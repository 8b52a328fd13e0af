// The extension's commands. Each asks the server (custom requests of shared/src/protocol.ts) and
// applies or shows the answer; none of them reads the report itself.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  blankTablesRequest,
  commands,
  nextYearRequest,
  recomputeTotalsRequest,
  tablesRequest,
  type LspRange,
} from '../../shared/src/protocol.ts';
import { sendRequest } from './contract.ts';
import { tablesCsv, type CsvWords } from './csv.ts';

export function registerCommands(client: LanguageClient, output: vscode.OutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(commands.recomputeTotals, (uri?: string, table?: 'A' | 'B' | 'C') => recomputeTotals(client, uri, table)),
    vscode.commands.registerCommand(commands.insertTables, () => insertTables(client)),
    vscode.commands.registerCommand(commands.copyTablesCsv, () => copyTablesCsv(client)),
    vscode.commands.registerCommand(commands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(commands.newReportForNextYear, () => newReportForNextYear(client)),
    vscode.commands.registerCommand(commands.turnOffRule, (rule?: unknown, uri?: unknown) => turnOffRule(rule, uri)),
  ];
}

function activeDocument(uri?: string): vscode.TextDocument | undefined {
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  return vscode.window.activeTextEditor?.document;
}

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

async function recomputeTotals(client: LanguageClient, uri?: string, table?: 'A' | 'B' | 'C'): Promise<void> {
  const document = activeDocument(uri);
  if (!document) return;
  const result = await sendRequest(client, recomputeTotalsRequest, { textDocument: { uri: document.uri.toString() }, table });
  if (!result || result.edits.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No total needs recomputing, or recomputing them would not balance the table.'));
    return;
  }
  // The edits were computed for one version: if the text moved on since, they are not applied.
  if (document.version !== result.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while the totals were computed; please try again.'));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, result.edits.map((e) => new vscode.TextEdit(toRange(e.range), e.newText)));
  await vscode.workspace.applyEdit(edit);
}

async function insertTables(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const result = await sendRequest(client, blankTablesRequest, { textDocument: { uri: editor.document.uri.toString() } });
  await editor.edit((builder) => builder.insert(editor.selection.active, result.text));
}

async function copyTablesCsv(client: LanguageClient): Promise<void> {
  const document = activeDocument();
  if (!document) return;
  const result = await sendRequest(client, tablesRequest, { textDocument: { uri: document.uri.toString() } });
  if (result.tables.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No table was found in this document.'));
    return;
  }
  await vscode.env.clipboard.writeText(tablesCsv(result, csvWords));
  // A table not read whole (rows not read, numbers no row took) says so in the CSV; counted here
  // too, so a table pasted without those lines is not taken as whole.
  const partial = result.tables.filter((t) => !t.reading.complete).length;
  if (partial === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0} tables as CSV.', result.tables.length));
  else void vscode.window.showWarningMessage(vscode.l10n.t('Copied {0} tables as CSV; {1} of them not read whole (what was not read is listed after each) and not checked in full.', result.tables.length, partial));
}

const csvWords: CsvWords = {
  unsplit: () => vscode.l10n.t('(digits ran together and could not be split one way only: not read)'),
  partial: (table, notRead, glued, unplaced) => {
    const rows = glued > 0 ? vscode.l10n.t('{0} rows not read ({1} with digits run together)', notRead, glued) : vscode.l10n.t('{0} rows not read', notRead);
    const numbers = vscode.l10n.t('{0} groups of numbers read into no row', unplaced);
    const what = notRead > 0 && unplaced > 0 ? vscode.l10n.t('{0}, {1}', rows, numbers) : notRead > 0 ? rows : numbers;
    return vscode.l10n.t('{0} not read whole: {1}; not checked', table, what);
  },
  notRead: (count) => vscode.l10n.t('Rows not read ({0})', count),
  title: (count) => vscode.l10n.t('Numbers read into no row ({0}, not checked)', count),
  place: (line, label, again) => {
    if (label === null) return vscode.l10n.t('line {0}', line);
    return again ? vscode.l10n.t('line {0}: {1} (written again)', line, label) : vscode.l10n.t('line {0}: {1}', line, label);
  },
};

/** Next year's draft, as the server makes it, written beside the report (never over a file) and opened. */
async function newReportForNextYear(client: LanguageClient): Promise<void> {
  const document = activeDocument();
  if (!document) return;
  const result = await sendRequest(client, nextYearRequest, { textDocument: { uri: document.uri.toString() } });
  if (!result.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No report for next year: {0}', result.message));
    return;
  }
  // A converted document (nianbao-converted:/…/report.pdf.nianbao) stands for the file it was made from.
  const source = document.uri.scheme === 'file' ? document.uri : vscode.Uri.file(document.uri.path);
  const target = vscode.Uri.joinPath(source, '..', result.fileName);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists: it was not overwritten.', result.fileName));
    return;
  } catch {
    // absent: written below
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  void vscode.window.showInformationMessage(`${vscode.l10n.t('Wrote {0}.', result.fileName)} ${result.notes.join('; ')}`);
}

/**
 * Sets `nianbao.rules[rule]` to "off" (the code action "turn off rule X"): in the workspace's
 * settings when a folder is open, else in the user's, keeping the other rules' entries. The server
 * re-checks on the settings change, so the rule's findings go at once; "Undo" puts the entry back.
 */
async function turnOffRule(rule: unknown, uri: unknown): Promise<void> {
  if (typeof rule !== 'string' || rule === '') return;
  const scope = typeof uri === 'string' ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  const settings = vscode.workspace.getConfiguration('nianbao', scope);
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const set = settings.inspect<Record<string, string>>('rules');
  const before = inWorkspace ? set?.workspaceValue : set?.globalValue;
  await settings.update('rules', { ...before, [rule]: 'off' }, target);
  const undo = vscode.l10n.t('Undo');
  const said = inWorkspace
    ? vscode.l10n.t('Rule {0} is off in this workspace (setting nianbao.rules).', rule)
    : vscode.l10n.t('Rule {0} is off in your user settings (setting nianbao.rules).', rule);
  // Not awaited: the command is done once the setting is written, whether or not the message is answered.
  void vscode.window.showInformationMessage(said, undo).then(async (choice) => {
    if (choice === undo) await settings.update('rules', before, target);
  });
}
