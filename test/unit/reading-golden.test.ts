// Today's reading of the tables, pinned as reviewed text (STYLE.md §2 item 3): each input of
// test/fixtures/readingInputs.ts is read and its reading dumped (test/fixtures/readingDump.ts), and
// the dump must equal test/golden/reading/<input>.txt. Any change a reader makes, meant or not,
// shows as a difference here, and is accepted deliberately by rewriting the files:
//   NIANBAO_UPDATE_GOLDEN=1 node test/run.mjs reading-golden
// then reviewing `git diff test/golden/` like code.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { readReport } from '../../server/src/engine/parse/readReport.ts';
import { checkGolden, differenceExcerpt, staleGolden, staleMessage, updating, type GoldenDir } from '../fixtures/goldenText.ts';
import { readingDump } from '../fixtures/readingDump.ts';
import { readingInputs } from '../fixtures/readingInputs.ts';

const golden: GoldenDir = {
  dir: resolve(__dirname, '..', 'golden', 'reading'),
  command: 'node test/run.mjs reading-golden',
};

describe('the tables as read, against their golden text', () => {
  const written: string[] = [];
  after(() => {
    if (updating) console.log(written.length > 0 ? `golden files written:\n  ${written.join('\n  ')}` : 'golden files: none changed');
  });

  it('has one input per name, every name fit for a file', () => {
    const names = readingInputs.map((i) => i.name);
    assert.equal(new Set(names).size, names.length, 'input names are unique');
    for (const name of names) assert.match(name, /^[a-z0-9][a-z0-9-]*$/, name);
  });

  for (const input of readingInputs) {
    it(input.name, () => {
      const text = input.text();
      const dump = readingDump(readReport(text), input.about);
      // Read twice: the dump depends on the text alone (no state left from a reading, no Map order).
      assert.equal(readingDump(readReport(text), input.about), dump, 'the same text dumps the same twice');
      const change = checkGolden(golden, input.name, dump);
      if (change) written.push(`${change}: test/golden/reading/${input.name}.txt`);
    });
  }

  it('keeps no golden file that no input makes', () => {
    const stale = staleGolden(golden, readingInputs.map((i) => i.name));
    if (updating) written.push(...stale.map((f) => `removed: ${f}`));
    else assert.deepEqual(stale, [], staleMessage(golden, stale));
  });
});

describe('golden text differences', () => {
  it('name the first differing line, its column, and stop after a few lines', () => {
    const before = Array.from({ length: 30 }, (_, i) => `row ${i} "0"[${100 + i},${101 + i})`).join('\n');
    const after = before.replace('"0"[110,111)', '"0"[111,112)');
    const excerpt = differenceExcerpt(before, after);
    assert.match(excerpt, /first difference at line 11: 1 line\(s\) differ @@/);
    assert.match(excerpt, /^ {5}9 \| row 8/m, 'context before');
    assert.match(excerpt, /^- {3}11 \| row 10 "0"\[110,111\)$/m);
    assert.match(excerpt, /^\+ {3}11 \| row 10 "0"\[111,112\)$/m);
    assert.match(excerpt, /line 11 parts at column 14/);
    const shifted = differenceExcerpt(before, before.replace(/\[(\d+),/g, (_, n: string) => `[${Number(n) + 1},`));
    assert.match(shifted, /30 line\(s\) differ/);
    assert.match(shifted, /… 27 more line\(s\) differ/);
    assert.match(differenceExcerpt('a\nb\nc\n', 'a\nx\ny\nc\n'), /^- {4}2 \| b\n\+ {4}2 \| x\n\+ {4}3 \| y$/m, 'lines added: the file\'s lines, then the new ones');
    assert.ok(shifted.split('\n').length < 20, 'an excerpt, not the whole file');
  });

  it('fail on a missing or different file with the command that accepts it, and write only when updating', () => {
    const dir = resolve(__dirname, '..', '.tmp', `golden-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      const scratch: GoldenDir = { dir, command: 'node test/run.mjs scratch' };
      assert.throws(() => checkGolden(scratch, 'one', 'a\nb\n', false), /one\.txt is missing.*NIANBAO_UPDATE_GOLDEN=1 node test\/run\.mjs scratch/s);
      assert.equal(existsSync(resolve(dir, 'one.txt')), false, 'a missing file is not made unasked');
      assert.equal(checkGolden(scratch, 'one', 'a\nb\n', true), 'created');
      assert.equal(checkGolden(scratch, 'one', 'a\nb\n', false), null);
      assert.throws(() => checkGolden(scratch, 'one', 'a\nc\n', false), /one\.txt differs.*-    2 \| b\n\+    2 \| c.*NIANBAO_UPDATE_GOLDEN=1/s);
      assert.equal(readFileSync(resolve(dir, 'one.txt'), 'utf8'), 'a\nb\n', 'a difference leaves the file as it was');
      assert.equal(checkGolden(scratch, 'one', 'a\nc\n', true), 'rewritten');
      writeFileSync(resolve(dir, 'gone.txt'), 'x\n');
      assert.deepEqual(staleGolden(scratch, ['one'], false).map((f) => f.replace(/.*\//, '')), ['gone.txt']);
      assert.ok(existsSync(resolve(dir, 'gone.txt')), 'a stale file is only named when not updating');
      staleGolden(scratch, ['one'], true);
      assert.equal(existsSync(resolve(dir, 'gone.txt')), false, 'updating removes it');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
