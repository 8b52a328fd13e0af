// Code actions: every fix of a finding under the cursor as a quick fix (safe fixes first, the first
// of them preferred); source.fixAll.nianbao applying every safe fix at once (for
// editor.codeActionsOnSave); "recompute every total of this table" when that balances it; and, after
// them, "turn off rule X" for each rule with a finding under the cursor, as linters offer: the
// client's command writes `nianbao.rules` (the server cannot write settings), so it is offered to
// any document, read-only ones too.
// Edits are tied to the document version they were computed for, so a stale action is refused
// by the client instead of changing text it was not meant for.
import {
  CodeActionKind,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { applyEdits, safeEdits } from '../engine/fixes.ts';
import type { Finding, TableId, TextEdit } from '../engine/model.ts';
import { isRuleId } from '../engine/rules/ruleIds.ts';
import { tableNames } from '../engine/tableLookup.ts';
import { commands } from '../../../shared/src/protocol.ts';
import type { Reported } from './analysisCache.ts';
import type { Feature } from './context.ts';
import { toDiagnostic } from './diagnostics.ts';
import { msg, say } from './locale.ts';
import { toRange, toSpan, touches } from './ranges.ts';
import { recomputeTotals } from './totals.ts';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.nianbao`;

export const codeActions: Feature = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: false },
  }),

  register({ connection, analyses, client }) {
    connection.onCodeAction(async (params, token) => {
      const checked = await analyses.report(params.textDocument.uri, token);
      if (!checked) return [];
      const wanted = (kind: string) => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
      const actions: CodeAction[] = [];
      // A converted document (.pdf, .docx, web page as text) is read-only: nothing to edit.
      if (checked.readOnly) return wanted(CodeActionKind.QuickFix) ? turnOffActions(checked, params) : [];
      if (wanted(CodeActionKind.QuickFix)) actions.push(...quickFixes(checked, params, client), ...totalsActions(checked, params, client), ...turnOffActions(checked, params));
      if (wanted(fixAllKind)) {
        const all = fixAll(checked, client);
        if (all) actions.push(all);
      }
      return actions;
    });
  },
};

function quickFixes(checked: Reported, params: CodeActionParams, client: ClientCapabilities): CodeAction[] {
  const range = toSpan(checked.document, params.range);
  const actions: CodeAction[] = [];
  for (const finding of checked.analysis.findings) {
    if (finding.fixes.length === 0 || !touches(finding.span, range)) continue;
    const diagnostic = sentDiagnostic(checked, finding, params.context.diagnostics);
    const ordered = [...finding.fixes].sort((a, b) => Number(b.safe) - Number(a.safe));
    ordered.forEach((fix, i) => {
      const action: CodeAction = {
        title: say(fix.title, checked.lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(checked, fix.edits, client),
      };
      if (i === 0 && fix.safe) action.isPreferred = true;
      actions.push(action);
    });
  }
  return actions;
}

/** The diagnostic the client holds for a finding (same code and range), else a fresh one. */
function sentDiagnostic(checked: Reported, finding: Finding, sent: Diagnostic[]): Diagnostic {
  const own = toDiagnostic(checked, finding);
  return sent.find((d) => d.code === own.code && sameRange(d, own)) ?? own;
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
    && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/**
 * One "turn off rule X" per rule with a finding under the cursor (not the server's own notices,
 * such as internal/time-limit, which no setting turns off). Runs the client's command with the
 * rule id and the document, whose settings scope it writes to.
 */
function turnOffActions(checked: Reported, params: CodeActionParams): CodeAction[] {
  const range = toSpan(checked.document, params.range);
  const byRule = new Map<string, Finding[]>();
  for (const finding of checked.analysis.findings) {
    if (!touches(finding.span, range) || !isRuleId(finding.rule)) continue;
    const same = byRule.get(finding.rule);
    if (same) same.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  return [...byRule].map(([rule, findings]) => {
    const title = say(msg(`在设置中关闭规则 ${rule}`, `Turn off rule ${rule} in the settings`), checked.lang);
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: findings.map((f) => sentDiagnostic(checked, f, params.context.diagnostics)),
      command: { title, command: commands.turnOffRule, arguments: [rule, checked.uri] },
    };
  });
}

function totalsActions(checked: Reported, params: CodeActionParams, client: ClientCapabilities): CodeAction[] {
  const report = checked.analysis.report;
  const range = toSpan(checked.document, params.range);
  const actions: CodeAction[] = [];
  for (const id of ['B', 'C'] as TableId[]) {
    const table = report.tables[id];
    if (!table || !touches(table.span, range)) continue;
    const edits = recomputeTotals(report, id);
    if (!edits) continue;
    const title = msg(`重算${tableNames[id].zh}的全部合计`, `Recompute every total of ${tableNames[id].en}`);
    actions.push({ title: say(title, checked.lang), kind: CodeActionKind.QuickFix, edit: workspaceEdit(checked, edits, client) });
  }
  return actions;
}

function fixAll(checked: Reported, client: ClientCapabilities): CodeAction | null {
  const findings = checked.analysis.findings;
  // Overlapping edits are dropped by applyEdits, never merged: what is left applies cleanly.
  const { applied } = applyEdits(checked.document.getText(), safeEdits(findings));
  if (applied.length === 0) return null;
  return {
    title: say(msg(`修复全部可安全修复的问题（${applied.length} 处）`, `Fix all safely fixable problems (${applied.length})`), checked.lang),
    kind: fixAllKind,
    edit: workspaceEdit(checked, applied, client),
  };
}

export function lspEdits(checked: Reported, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(checked.document, e.span), newText: e.newText }));
}

function workspaceEdit(checked: Reported, edits: readonly TextEdit[], client: ClientCapabilities): WorkspaceEdit {
  const lsp = lspEdits(checked, edits);
  if (client.workspace?.workspaceEdit?.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: checked.uri, version: checked.document.version }, edits: lsp }] };
  }
  return { changes: { [checked.uri]: lsp } };
}
