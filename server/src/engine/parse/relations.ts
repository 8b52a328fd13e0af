// The format's relations, made concrete for the rows a report actually has: which cells must add
// up to which. Built once per analysis; the balance rules and hover read them.
import { tableBRow } from '../formats/index.ts';
import type { FormatDef, RelationDef } from '../formats/types.ts';
import type { CellRef, ReadTable, RelationInstance } from '../model.ts';

/**
 * The relations depend only on the format and on which rows table B has (and whether table C is
 * there), which repeat from report to report and keystroke to keystroke: they are made once per
 * such shape and shared (read-only) by the reports that have it.
 */
const byShape = new Map<string, readonly RelationInstance[]>();
const MAX_SHAPES = 64;

export function buildRelations(format: FormatDef, b: ReadTable | null, c: ReadTable | null): readonly RelationInstance[] {
  const shape = `${format.version}|${c ? 'C' : ''}|${b ? b.rows.map((r) => r.key).join(',') : '-'}`;
  let relations = byShape.get(shape);
  if (!relations) {
    relations = Object.freeze(makeRelations(format, b, c));
    if (byShape.size >= MAX_SHAPES) byShape.clear();
    byShape.set(shape, relations);
  }
  return relations;
}

function makeRelations(format: FormatDef, b: ReadTable | null, c: ReadTable | null): RelationInstance[] {
  const out: RelationInstance[] = [];
  if (b) for (const def of format.tableB.relations) out.push(...tableBRelations(def, format, b));
  if (c) for (const def of format.tableC.relations) out.push(...tableCRelations(def, format));
  return out;
}

function tableBRelations(def: RelationDef, format: FormatDef, table: ReadTable): RelationInstance[] {
  const columns = format.tableB.columns;
  const col = (key: string) => columns.findIndex((c) => c.key === key);
  const present = new Set(table.rows.map((r) => r.key));
  const ref = (row: string, column: number): CellRef => ({ table: 'B', row, column });
  const rowLabel = (key: string) => {
    const r = tableBRow(format, key);
    return r ? `${r.numbering}${r.label.replace(/（区分处理的.*$/, '')}` : key;
  };
  switch (def.kind) {
    case 'row-total': {
      const total = col(def.total);
      const parts = def.parts.map(col);
      return table.rows.map((r) => ({
        kind: 'row-total' as const,
        left: [ref(r.key, total)],
        right: parts.map((p) => ref(r.key, p)),
        name: { zh: `${rowLabel(r.key)}：总计 = 各类申请人之和`, en: `${rowLabel(r.key)}: total = sum of applicant types` },
      }));
    }
    case 'column-total': {
      const parts = leafRows(format, def.under, def.total, present);
      return columns.map((c, i) => ({
        kind: 'column-total' as const,
        left: [ref(def.total, i)],
        right: parts.map((p) => ref(p, i)),
        name: { zh: `${c.label}列：（七）总计 = （一）至（六）各项之和`, en: `column ${c.label}: （七） total = sum of （一） to （六）` },
      }));
    }
    case 'balance':
      return columns.map((c, i) => ({
        kind: 'balance' as const,
        left: def.left.map((k) => ref(k, i)),
        right: def.right.map((k) => ref(k, i)),
        name: { zh: `${c.label}列勾稽关系：一 + 二 = （七）总计 + 四`, en: `column ${c.label}: 一 + 二 = （七） total + 四` },
      }));
    default:
      return [];
  }
}

/**
 * The rows that add up to a column total: every row under `under` except the total itself, with
 * a group that carries its own numbers (（六）其他处理 as one row) standing for its sub-rows when
 * those are absent.
 */
function leafRows(format: FormatDef, under: string, total: string, present: Set<string>): string[] {
  const rows = format.tableB.rows;
  const children = (key: string) => rows.filter((r) => r.parent === key && r.key !== total);
  const out: string[] = [];
  const walk = (key: string) => {
    for (const child of children(key)) {
      const grandchildren = children(child.key);
      if (grandchildren.length === 0) out.push(child.key);
      else if (child.mayAggregate && present.has(child.key) && !grandchildren.some((g) => present.has(g.key))) out.push(child.key);
      else walk(child.key);
    }
  };
  walk(under);
  return out;
}

function tableCRelations(def: RelationDef, format: FormatDef): RelationInstance[] {
  if (def.kind !== 'group-total') return [];
  const col = (key: string) => format.tableC.columns.findIndex((c) => c.key === key);
  return [{
    kind: 'group-total',
    left: [{ table: 'C', row: 'C', column: col(def.total) }],
    right: def.parts.map((p) => ({ table: 'C' as const, row: 'C', column: col(p) })),
    name: def.name,
  }];
}
