// readInput reads a file once, its head first: whatever its size next to the head, the text and
// the bytes kept for --fix are the whole file.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HEAD_BYTES } from '../../server/src/documents/published.ts';
import { readInput } from '../../server/src/cli/readInput.ts';
import { root, runCli, tempDir } from './cliRunner.ts';

/** A UTF-8 text of exactly `bytes` bytes: Chinese (3 bytes a character) padded with ASCII. */
function textOf(bytes: number): string {
  const chinese = '年度报告'.repeat(Math.floor(bytes / 12));
  return chinese + 'x'.repeat(bytes - Buffer.byteLength(chinese));
}

describe('readInput', () => {
  const sizes = [0, 1, HEAD_BYTES - 1, HEAD_BYTES, HEAD_BYTES + 1, 3 * HEAD_BYTES + 5, 1 << 20];
  for (const size of sizes) {
    it(`a text file of ${size} bytes is read whole`, async () => {
      const path = join(tempDir(), 'r.txt');
      const text = textOf(size);
      writeFileSync(path, text);
      const input = await readInput(path);
      assert.equal(input.kind, 'text');
      if (input.kind !== 'text') return;
      assert.equal(input.text, text);
      assert.ok(input.file.bytes.equals(readFileSync(path)), 'the bytes kept for --fix are the file');
    });
  }
  it('a multi-byte character across the end of the head is read whole', async () => {
    const path = join(tempDir(), 'r.txt');
    const text = 'x'.repeat(HEAD_BYTES - 1) + '年度';
    writeFileSync(path, text);
    assert.equal((await readInput(path)).text, text);
  });
  it('a web page saved as .txt is read as the page: the same findings as the .html, no markup left over', () => {
    // Read as text before, each tag outside the tables was a text/leftover hint.
    const page = join(root, 'examples', '05-page.html');
    const saved = join(tempDir(), 'page.txt');
    copyFileSync(page, saved);
    const findings = (path: string): string[] => JSON.parse(runCli(['check', '--format', 'json', path]).stdout).files[0].diagnostics.map((d: { rule: string; range: { start: { line: number } } }) => `${d.range.start.line}:${d.rule}`);
    assert.deepEqual(findings(saved), findings(page));
    assert.ok(!findings(saved).some((f) => f.endsWith('text/leftover')));
  });
});
