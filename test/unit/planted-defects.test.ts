// One defect planted in a clean report, in every layout the builder writes and both formats: the
// analysis finds that defect by the rule that owns it, and nothing else — no second rule reporting
// the same cause, no finding elsewhere. (The scenarios hold whole reports with many defects; this
// holds each defect to every layout.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import { allLayouts, buildReport, cleanValues, type Layout, type TableValues } from '../fixtures/reportBuilder.ts';

interface Plant {
  name: string;
  plant: (values: TableValues) => void;
  /** The findings' rules, sorted. */
  rules: string[];
  /** Layouts that cannot show the defect as planted, and what they give instead. */
  except?: Partial<Record<Layout, string[]>>;
}

const blankAll = (values: TableValues, key: string) => {
  values.A[key] = values.A[key]!.map(() => null);
};

// The spaces layout cannot show a blank at all: it writes "-", read as none (0).
const plants: Plant[] = [
  { name: '（一）予以公开 · 自然人 4 for 3', plant: (v) => { v.B.open = [4, 1, 0, 0, 0, 0, 4]; }, rules: ['balance/cell'] },
  { name: '（七）总计 · 总计 8 for 7', plant: (v) => { v.B.total = [5, 1, 0, 0, 0, 1, 8]; }, rules: ['balance/cell'] },
  { name: '5.属于三类内部事务信息 · 总计 2 for 1', plant: (v) => { v.B['withheld.internal'] = [1, 0, 0, 0, 0, 0, 2]; }, rules: ['balance/cell'] },
  { name: 'table C 行政复议 总计 3 for 2', plant: (v) => { v.C[4] = 3; }, rules: ['balance/relation'] },
  { name: 'table C 行政复议 总计 left blank', plant: (v) => { v.C[4] = null; }, rules: ['balance/blank-total'], except: { spaces: ['balance/relation'] } },
  { name: '（一）予以公开 · 总计 left blank', plant: (v) => { v.B.open = [3, 1, 0, 0, 0, 0, null]; }, rules: ['balance/blank-total'], except: { spaces: ['balance/cell'] } },
  { name: 'table C first cell left blank', plant: (v) => { v.C[0] = null; v.C[4] = 1; }, rules: ['table/blank-cells'], except: { spaces: [] } },
  { name: 'table C last cell left blank', plant: (v) => { v.C[14] = null; }, rules: ['table/blank-cells'], except: { spaces: [] } },
  { name: '行政强制 left blank', plant: (v) => blankAll(v, 'a6.coercion'), rules: ['table/blank-cells'], except: { spaces: [] } },
  { name: '行政许可 left blank', plant: (v) => blankAll(v, 'a5.license'), rules: ['table/blank-cells'], except: { spaces: [] } },
  { name: '行政事业性收费 left blank', plant: (v) => blankAll(v, 'a8.fees'), rules: ['table/blank-cells'], except: { spaces: [] } },
  { name: '规章 left blank', plant: (v) => blankAll(v, 'a1.rules'), rules: ['table/blank-cells'], except: { spaces: [] } },
  {
    name: '二、上年结转 left blank',
    plant: (v) => {
      v.B.carried = [null, null, null, null, null, null, null];
      v.B.new = [6, 1, 0, 0, 0, 1, 8];
    },
    rules: ['table/blank-cells'],
    except: { spaces: [] },
  },
  {
    name: 'table C: the zeros of its last group left blank',
    plant: (v) => { v.C = [1, null, null, 1, 2, null, null, null, 1, 1, null, null, null, null, null]; },
    rules: ['table/blank-cells'],
    except: { spaces: [] },
  },
  { name: 'a count of −1 in table A', plant: (v) => { v.A['a1.normative'] = [5, -1, 54]; }, rules: ['table/invalid-value'] },
  { name: '行政处罚 one more (table A has no relations)', plant: (v) => { v.A['a6.penalty'] = v.A['a6.penalty']!.map((x, i, all) => (i === all.length - 1 ? 13 : x)); }, rules: [] },
];

/**
 * Each layout as the builder writes it, and tabs as Word pastes a table: no tab closing a row
 * ("…\t0\t7"), so a row that ends with a tab ends with a blank cell.
 */
const variants: { name: string; layout: Layout; text: (built: string) => string }[] = [
  ...allLayouts.map((layout) => ({ name: layout, layout, text: (built: string) => built })),
  { name: 'tab, rows not closed by a tab', layout: 'tab', text: (built) => built.replace(/\t$/gm, '') },
];

describe('a defect planted in every layout', () => {
  for (const version of ['2021', '2019'] as const) {
    for (const { name, plant, rules, except } of plants) {
      it(`${version}: ${name}`, () => {
        for (const variant of variants) {
          const values = cleanValues(version);
          plant(values);
          const text = variant.text(buildReport({ layout: variant.layout, values, year: version === '2021' ? 2023 : 2020 }));
          const findings = analyze(text).findings;
          assert.deepEqual(findings.map((f) => f.rule).sort(), except?.[variant.layout] ?? rules, `${variant.name}: ${findings.map((f) => f.message.en).join(' | ')}`);
        }
      });
    }
  }
});
