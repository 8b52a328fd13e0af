// The formats are data: validated here against a schema, and checked for the facts of FORMAT.md
// (row and column counts, every relation naming rows and columns that exist).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { formats } from '../../server/src/engine/formats/index.ts';

const message = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const column = z.object({ key: z.string().min(1), label: z.string().min(1), variants: z.array(z.string().min(1)).optional() });
const row = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  numbering: z.string(),
  variants: z.array(z.string().min(1)).optional(),
  group: z.boolean().optional(),
  mayAggregate: z.boolean().optional(),
  parent: z.string().optional(),
  explain: z.object({ article: z.string().min(1), text: message }).optional(),
}).strict();
const relation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('row-total'), total: z.string(), parts: z.array(z.string()).min(2) }),
  z.object({ kind: z.literal('column-total'), total: z.string(), under: z.string() }),
  z.object({ kind: z.literal('balance'), left: z.array(z.string()).min(1), right: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('group-total'), name: message, total: z.string(), parts: z.array(z.string()).min(2) }),
]);
const formatSchema = z.object({
  version: z.enum(['2019', '2021']),
  source: z.string().min(1),
  markers: z.array(z.string().min(1)).min(1),
  tableA: z.object({ blocks: z.array(z.object({
    key: z.string(), caption: z.string().regex(/^第二十条第（[一二三四五六七八九十]+）项$/), item: z.number().int(),
    columns: z.array(column).min(1), rows: z.array(row).min(1),
  }).strict()).min(4) }),
  tableB: z.object({ columns: z.array(column).length(7), rows: z.array(row), relations: z.array(relation) }),
  tableC: z.object({ columns: z.array(column).length(15), headers: z.array(z.string()), relations: z.array(relation).length(3) }),
}).strict();

describe('formats', () => {
  for (const format of Object.values(formats)) {
    it(`${format.version} is valid data`, () => {
      formatSchema.parse(format);
    });
    it(`${format.version}: every relation names rows and columns that exist; parents exist`, () => {
      const rows = new Set(format.tableB.rows.map((r) => r.key));
      const columns = new Set(format.tableB.columns.map((c) => c.key));
      for (const r of format.tableB.rows) if (r.parent) assert.ok(rows.has(r.parent), r.key);
      for (const rel of format.tableB.relations) {
        if (rel.kind === 'row-total') for (const c of [rel.total, ...rel.parts]) assert.ok(columns.has(c), c);
        if (rel.kind === 'column-total') assert.ok(rows.has(rel.total) && rows.has(rel.under));
        if (rel.kind === 'balance') for (const k of [...rel.left, ...rel.right]) assert.ok(rows.has(k), k);
      }
      const cColumns = new Set(format.tableC.columns.map((c) => c.key));
      for (const rel of format.tableC.relations) if (rel.kind === 'group-total') for (const c of [rel.total, ...rel.parts]) assert.ok(cColumns.has(c), c);
      assert.equal(new Set(format.tableB.rows.map((r) => r.key)).size, format.tableB.rows.length, 'row keys are unique');
    });
    it(`${format.version}: every table B number row explains what it counts and its article`, () => {
      for (const r of format.tableB.rows) assert.ok(r.explain?.article && r.explain.text.zh, r.key);
    });
  }
  it('table B has 25 number rows in 2021 and 23 in 2019', () => {
    assert.equal(formats['2021'].tableB.rows.filter((r) => !r.group).length, 25);
    assert.equal(formats['2019'].tableB.rows.filter((r) => !r.group).length, 23);
  });
  it('no label marks both formats', () => {
    const both = formats['2019'].markers.filter((m) => formats['2021'].markers.includes(m));
    assert.deepEqual(both, []);
  });
});
