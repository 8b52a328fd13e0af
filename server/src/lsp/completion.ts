// Completion: inside table A or B, the format's row labels (with their numbering for table B);
// elsewhere, while a table is missing, a snippet that inserts the three blank tables of the
// report's format.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import type { RowDef } from '../engine/formats/types.ts';
import type { Report } from '../engine/model.ts';
import { formatOf } from '../engine/tableLookup.ts';
import type { Reported } from './analysisCache.ts';
import { blankTablesText, tablesFormat } from '../engine/blankTables.ts';
import type { Feature } from './context.ts';
import { msg, say, type Lang } from './locale.ts';
import { contains } from './ranges.ts';

export const completion: Feature = {
  capabilities: () => ({ completionProvider: { resolveProvider: false } }),

  register({ connection, analyses }) {
    connection.onCompletion(async (params, token) => {
      const checked = await analyses.report(params.textDocument.uri, token);
      // A converted document (.pdf, .docx, web page as text) is read-only: nothing to type.
      if (!checked || checked.readOnly) return [];
      return completionsAt(checked, checked.document.offsetAt(params.position));
    });
  },
};

export function completionsAt(checked: Reported, offset: number): CompletionItem[] {
  const report = checked.analysis.report;
  if (report.tables.B && contains(report.tables.B.region, offset)) {
    return formatOf(report, 'B').tableB.rows.map((r, i) => labelItem(`${r.numbering}${r.label}`, r, checked.lang, i));
  }
  if (report.tables.A && contains(report.tables.A.region, offset)) {
    return formatOf(report, 'A').tableA.blocks.flatMap((b) => b.rows).map((r, i) => labelItem(r.label, r, checked.lang, i));
  }
  if (report.tables.C && contains(report.tables.C.region, offset)) return [];
  return missingTable(report) ? [tablesSnippet(checked, report)] : [];
}

function labelItem(label: string, row: RowDef, lang: Lang, order: number): CompletionItem {
  const item: CompletionItem = { label, kind: CompletionItemKind.Field, sortText: String(order).padStart(3, '0') };
  if (row.explain) {
    item.detail = `条例${row.explain.article}`;
    item.documentation = say(row.explain.text, lang);
  }
  return item;
}

function missingTable(report: Report): boolean {
  return !report.tables.A || !report.tables.B || !report.tables.C;
}

function tablesSnippet(checked: Reported, report: Report): CompletionItem {
  const format = tablesFormat(report);
  return {
    label: say(msg('插入三张空白表格', 'Insert the three blank tables'), checked.lang),
    kind: CompletionItemKind.Snippet,
    detail: format.source,
    // Typed as pinyin, Chinese or English: any of these finds it.
    filterText: 'biaoge 表格 tables nianbao',
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: `${escapeSnippet(blankTablesText(format))}$0`,
    sortText: 'zzz',
  };
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
