// tableLookup.ts numberRowsOfB tells once per format which groups of table B may carry the sum of
// their sub-rows (issue 16), where it looked each row's group up and searched the rows for its
// sub-rows: it must answer as that search did for any rows a table holds, on either format and on
// a format with more than one such group, a group without sub-rows and a key written twice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formats, tableBRow } from '../../server/src/engine/formats/index.ts';
import type { FormatDef, RowDef } from '../../server/src/engine/formats/types.ts';
import { numberRowsOfB } from '../../server/src/engine/tableLookup.ts';

/** The search numberRowsOfB made before. */
function searchedNumberRowsOfB(format: FormatDef, present: ReadonlySet<string>): RowDef[] {
  const summed = (key: string | undefined) => {
    const group = tableBRow(format, key);
    return group?.mayAggregate === true && present.has(group.key) && !format.tableB.rows.some((r) => r.parent === group.key && present.has(r.key));
  };
  return format.tableB.rows.filter((r) => (r.group ? summed(r.key) : !summed(r.parent)));
}

const base = formats['2021'];
const row = (key: string, more: Partial<RowDef> = {}): RowDef => ({ key, label: key, numbering: '', ...more });
/** Two more groups that may carry their sum, one without sub-rows, a key written twice (its first row counts). */
const moreGroups: FormatDef = {
  ...base,
  tableB: {
    ...base.tableB,
    rows: [
      ...base.tableB.rows,
      row('g', { group: true, mayAggregate: true }), row('g.a', { parent: 'g' }), row('g.b', { parent: 'g' }),
      row('lone', { group: true, mayAggregate: true }),
      row('twice', { group: true }), row('twice', { group: true, mayAggregate: true }), row('twice.a', { parent: 'twice' }),
      row('g.c', { parent: 'g' }),
    ],
  },
};

describe('numberRowsOfB', () => {
  for (const format of [formats['2021'], formats['2019'], moreGroups]) {
    const keys = [...new Set(format.tableB.rows.map((r) => r.key)), 'unknown'];
    it(`answers as the search it replaced (${format === moreGroups ? 'more groups' : format.version})`, () => {
      fc.assert(fc.property(fc.subarray(keys), (present) => {
        const set = new Set(present);
        assert.deepEqual(numberRowsOfB(format, set), searchedNumberRowsOfB(format, set));
      }), { numRuns: 3_000 });
    });
  }

  it('counts （六）其他处理 alone for its sub-rows, and the sub-rows when they are there', () => {
    const format = formats['2021'];
    const keys = (present: string[]) => numberRowsOfB(format, new Set(present)).map((r) => r.key).filter((k) => k.startsWith('other'));
    assert.deepEqual(keys(['other']), ['other']);
    assert.deepEqual(keys(['other', 'other.no-fee']), ['other.no-amend', 'other.no-fee', 'other.other']);
  });
});
