// DESIGN.md's boundaries: engine/ does no I/O and knows no protocol; only lsp/ knows the protocol.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('boundaries', () => {
  it('engine/ imports no I/O, protocol or editor module, and nothing outside engine/', () => {
    const forbidden = /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads|dgram|tls|os)$|^vscode|^vscode-languageserver|^vscode-languageclient|^vscode-jsonrpc/;
    const engine = join(root, 'server', 'src', 'engine');
    const files = sources(engine);
    assert.ok(files.length > 10);
    for (const file of files) {
      for (const spec of imports(file)) {
        assert.ok(!forbidden.test(spec), `${relative(root, file)} imports ${spec}`);
        if (spec.startsWith('.')) assert.ok(!relative(engine, join(file, '..', spec)).startsWith('..'), `${relative(root, file)} reaches outside engine/: ${spec}`);
      }
    }
  });

  it('no eval or new Function anywhere in the product', () => {
    for (const dir of ['server/src', 'client/src', 'shared/src']) {
      let files: string[] = [];
      try {
        files = sources(join(root, dir));
      } catch {
        continue;
      }
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        assert.ok(!/\beval\s*\(|new\s+Function\s*\(/.test(text), relative(root, file));
      }
    }
  });
});
