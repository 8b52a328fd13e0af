// parse/place.ts: a place's table is read once per definition of the table, not once per format
// (issue 16): table C, which both formats define alike, is one reading whichever format asks; table
// B, which they define differently, is read on each.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formats } from '../../server/src/engine/formats/index.ts';
import type { TableId } from '../../server/src/engine/model.ts';
import { readPlace } from '../../server/src/engine/parse/place.ts';
import { readTableB, readTableC } from '../../server/src/engine/parse/tables.ts';
import { segmentLines } from '../../server/src/engine/parse/segments.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';

const text = buildReport({ layout: 'tab', year: 2023 });
const lines = segmentLines(text);
const { report } = analyze(text);

/** The place of a table where the report read it. */
function placeOf(table: TableId) {
  const region = report.tables[table]!.region;
  const first = lines.findIndex((l) => l.end > region.start);
  let last = first;
  while (lines[last + 1] && lines[last + 1]!.start < region.end) last++;
  return readPlace(table, lines, first, last, text);
}

describe('readPlace', () => {
  it('reads table C once for both formats, as either reads it', () => {
    const place = placeOf('C');
    const on2021 = place.tableOn(formats['2021']);
    assert.ok(on2021);
    assert.equal(place.tableOn(formats['2019']), on2021);
    assert.deepEqual(on2021, readTableC(place.rows, formats['2019']));
  });

  it('reads table B on each format, as each reads it', () => {
    const place = placeOf('B');
    const on2021 = place.tableOn(formats['2021']);
    const on2019 = place.tableOn(formats['2019']);
    assert.notEqual(on2019, on2021);
    assert.equal(place.tableOn(formats['2021']), on2021);
    assert.deepEqual(on2019, readTableB(place.rows, formats['2019']));
    assert.deepEqual(on2021, readTableB(place.rows, formats['2021']));
  });
});
