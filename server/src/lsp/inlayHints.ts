// Inlay hints after a number that is not what its relations give: "应为 30" on the one wrong cell
// found by triangulation, and on a total left blank or differing from its parts when no single
// cell explains it.
import { InlayHintKind, type InlayHint } from 'vscode-languageserver/node';
import { balanceOf } from '../engine/balance.ts';
import { cellAt } from '../engine/tableLookup.ts';
import type { Feature } from './context.ts';
import { msg, say } from './locale.ts';
import { toSpan, touches } from './ranges.ts';

export const inlayHints: Feature = {
  capabilities: () => ({ inlayHintProvider: { resolveProvider: false } }),

  register({ connection, analyses }) {
    connection.languages.inlayHint.on(async (params, token) => {
      const checked = await analyses.report(params.textDocument.uri, token);
      if (!checked) return [];
      const report = checked.analysis.report;
      const range = toSpan(checked.document, params.range);
      const balance = balanceOf(report);
      const hints = new Map<number, { value: number; tooltip: string }>();
      for (const w of balance.wrongCells) {
        hints.set(w.cell.span.end, { value: w.expected, tooltip: say(msg(`${w.relations.length} 项勾稽关系因此格不平衡`, `${w.relations.length} relations break because of this cell`), checked.lang) });
      }
      for (const r of balance.unexplained.concat(balance.relations.filter((x) => x.status === 'unfilled'))) {
        const ref = r.relation.left[0];
        if (r.relation.kind === 'balance' || r.relation.left.length !== 1 || !ref) continue;
        const cell = cellAt(report, ref);
        if (!cell || hints.has(cell.span.end)) continue;
        hints.set(cell.span.end, { value: r.right, tooltip: say(r.relation.name, checked.lang) });
      }
      const out: InlayHint[] = [];
      for (const [offset, h] of hints) {
        if (!touches({ start: offset, end: offset }, range)) continue;
        out.push({
          position: checked.document.positionAt(offset),
          label: say(msg(`应为 ${h.value}`, `should be ${h.value}`), checked.lang),
          kind: InlayHintKind.Parameter,
          paddingLeft: true,
          tooltip: h.tooltip,
        });
      }
      return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
    });
  },
};
