// Naming cells as a reader of the report would: table A's columns depend on the row's block.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { cellName, columnLabels } from '../../server/src/engine/tableLookup.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';

describe('tableLookup', () => {
  const { report } = analyze(buildReport({ layout: 'tab', year: 2023 }));
  it('names table A cells by their block\'s columns', () => {
    assert.deepEqual(columnLabels(report, 'A', 'a1.rules'), ['本年制发件数', '本年废止件数', '现行有效件数']);
    assert.equal(cellName(report, { table: 'A', row: 'a1.rules', column: 2 }).zh, '「规章」行「现行有效件数」列');
  });
  it('names table B and C cells by the format\'s columns', () => {
    assert.equal(columnLabels(report, 'B', 'open').at(-1), '总计');
    assert.equal(cellName(report, { table: 'B', row: 'open', column: 0 }).zh, '「（一）予以公开」行「自然人」列');
    assert.equal(columnLabels(report, 'C', 'C').length, 15);
  });
});
