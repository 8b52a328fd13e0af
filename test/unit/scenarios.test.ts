// Whole reports with every finding marked where it stands, after markdownlint's scenario tests:
// each file in test/fixtures/scenarios is a report in one layout with defects planted on purpose
// (the folder's README says which), and a line that carries a finding ends with " ⟦rule/id⟧", one
// mark per finding. The marks are taken off, the text analysed, and the findings must be the marks
// exactly, all rules at once: one too few is a rule gone deaf, one too many a false alarm or a
// cascade from another rule's defect. Then every safe fix is applied as `--fix` applies them and
// the text analysed again: each finding that had a safe fix is gone, and nothing new appears.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixText } from '../../server/src/cli/fixFile.ts';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { Finding } from '../../server/src/engine/model.ts';
import { allRules } from '../../server/src/engine/rules/index.ts';
import { buildLineIndex, positionAt } from '../../server/src/engine/text/lineIndex.ts';

const folder = join(__dirname, '..', 'fixtures', 'scenarios');
const scenarios = readdirSync(folder).filter((name) => /^\d\d-.*\.(txt|md)$/.test(name)).sort();

/** " ⟦rule/id⟧⟦rule/id⟧" at the end of a line: one space, then the marks. */
const MARKS = / ((?:⟦[a-z]+\/[a-z-]+⟧)+)$/;

interface Scenario {
  /** The report without its marks. */
  text: string;
  /** "line:rule" for each mark (1-based lines), sorted. */
  marked: string[];
}

function readScenario(name: string): Scenario {
  const marked: string[] = [];
  const lines = readFileSync(join(folder, name), 'utf8').split('\n').map((line, i) => {
    const m = MARKS.exec(line);
    if (!m) return line;
    for (const rule of m[1]!.slice(1, -1).split('⟧⟦')) marked.push(`${i + 1}:${rule}`);
    return line.slice(0, m.index);
  });
  return { text: lines.join('\n'), marked: marked.sort() };
}

/** "line:rule" for each finding, sorted. */
function places(text: string, findings: readonly Finding[]): string[] {
  const lines = buildLineIndex(text);
  return findings.map((f) => `${positionAt(lines, f.span.start).line + 1}:${f.rule}`).sort();
}

describe('scenarios: whole reports with their findings marked', () => {
  it('has scenarios, and every mark names a rule', () => {
    assert.ok(scenarios.length > 0, folder);
    const ids = new Set(allRules.map((r) => r.id));
    for (const name of scenarios) {
      for (const mark of readScenario(name).marked) assert.ok(ids.has(mark.slice(mark.indexOf(':') + 1)), `${name}: ${mark} names no rule`);
    }
  });

  it('marks every rule of a single report somewhere', () => {
    const marked = new Set(scenarios.flatMap((name) => readScenario(name).marked.map((m) => m.slice(m.indexOf(':') + 1))));
    assert.deepEqual(allRules.map((r) => r.id).filter((id) => !marked.has(id)), []);
  });

  for (const name of scenarios) {
    it(`${name}: finds exactly what is marked, and --fix leaves nothing new`, () => {
      const { text, marked } = readScenario(name);
      const analysis = analyze(text);
      assert.deepEqual(places(text, analysis.findings), marked, `${name}: the findings (line:rule) against the marks`);

      const fixed = fixText(analysis, {});
      const after = places(fixed.analysis.report.text, fixed.analysis.findings);
      const safelyFixed = places(text, analysis.findings.filter((f) => f.fixes.some((x) => x.safe)));
      assert.deepEqual(after.filter((p) => safelyFixed.includes(p)), [], `${name}: still there after their safe fix`);
      assert.deepEqual(after.filter((p) => !marked.includes(p)), [], `${name}: new after the safe fixes`);
    });
  }
});
