// The outline: the six sections, their sub-headings, and the three tables, nested by where they
// stand (a table inside the section or sub-heading that holds it).
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { Report, Span, TableId } from '../engine/model.ts';
import { sectionNumerals } from '../engine/formats/sections.ts';
import { tableNames } from '../engine/tableLookup.ts';
import type { Reported } from './analysisCache.ts';
import type { Feature } from './context.ts';
import { msg, say } from './locale.ts';
import { toRange } from './ranges.ts';

export const symbols: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'nianbao' } }),

  register({ connection, analyses }) {
    connection.onDocumentSymbol(async (params, token) => {
      const checked = await analyses.report(params.textDocument.uri, token);
      return checked ? outline(checked) : [];
    });
  },
};

interface Item {
  /** 1–3 for headings; tables hold no children. */
  level: number;
  span: Span;
  selection: Span;
  symbol: DocumentSymbol;
}

const headingKinds = { 1: SymbolKind.Module, 2: SymbolKind.Namespace, 3: SymbolKind.Field } as const;

export function outline(checked: Reported): DocumentSymbol[] {
  const report = checked.analysis.report;
  const items = [...headingItems(checked, report), ...tableItems(checked, report)].sort((a, b) => a.span.start - b.span.start || a.level - b.level);
  const roots: DocumentSymbol[] = [];
  const stack: Item[] = [];
  for (const item of items) {
    const isHeading = item.level <= 3;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top && top.span.end > item.span.start && (!isHeading || top.level < item.level)) break;
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent) (parent.symbol.children ??= []).push(item.symbol);
    else roots.push(item.symbol);
    if (isHeading) stack.push(item);
  }
  return roots;
}

function headingItems(checked: Reported, report: Report): Item[] {
  const { headings } = report;
  return headings.map((h, i) => {
    // A heading reaches to the next heading of its level or above (a section: to the next section).
    const next = headings.slice(i + 1).find((x) => x.level <= h.level);
    const section = h.level === 1 ? report.sections.find((s) => s.heading.span.start === h.span.start) : undefined;
    const span = section?.span ?? { start: h.span.start, end: next?.span.start ?? report.text.length };
    const name = `${h.numberText ?? ''}${h.title}`.trim() || report.text.slice(h.span.start, h.span.end).trim() || '—';
    const symbol: DocumentSymbol = {
      name,
      kind: headingKinds[h.level],
      range: toRange(checked.document, span),
      selectionRange: toRange(checked.document, h.span),
    };
    if (section) symbol.detail = say(msg(`第${sectionNumerals[section.number] ?? section.number}部分`, `section ${section.number}`), checked.lang);
    return { level: h.level, span, selection: h.span, symbol };
  });
}

function tableItems(checked: Reported, report: Report): Item[] {
  const out: Item[] = [];
  for (const id of ['A', 'B', 'C'] as TableId[]) {
    const table = report.tables[id];
    if (!table) continue;
    const range = toRange(checked.document, table.span);
    out.push({
      level: 4,
      span: table.span,
      selection: table.span,
      symbol: {
        name: say(tableNames[id], checked.lang),
        detail: say(msg(`${table.rows.length} 行`, `${table.rows.length} rows`), checked.lang),
        kind: SymbolKind.Struct,
        range,
        selectionRange: range,
      },
    });
  }
  return out;
}
