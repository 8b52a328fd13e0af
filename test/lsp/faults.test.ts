// Faults over real JSON-RPC: requests with positions past the end, unknown documents, parameters
// of the wrong type, methods that do not exist, malformed notifications and bytes that are not
// JSON-RPC at all. Each gets a JSON-RPC error or the empty result the protocol allows, and the
// server lives on: after every fault it still answers, with the right diagnostics for the text it
// holds.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ErrorCodes, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docUri, LspClient } from './client.ts';
import { engineDiagnostics, reportWithWrongTotal } from './reports.ts';

function essentials(items: Diagnostic[]) {
  return items.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));
}

type Outcome = { result: unknown } | { error: { code: number; message: string } };

/** A request's outcome, or a failure if the server does not answer within `ms`. */
async function outcome(client: LspClient, method: string, ...params: unknown[]): Promise<Outcome> {
  const send = client.connection.sendRequest as (method: string, ...params: unknown[]) => Promise<unknown>;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 10_000);
  });
  try {
    return { result: await Promise.race([send.call(client.connection, method, ...params), timeout]) };
  } catch (error) {
    const e = error as { code?: unknown; message?: string };
    if (typeof e.code !== 'number') throw error;
    return { error: { code: e.code, message: e.message ?? '' } };
  } finally {
    clearTimeout(timer);
  }
}

/** A JSON-RPC error code: the reserved range -32768..-32000 (LSP's own codes are in it too). */
function isJsonRpcError(o: Outcome): boolean {
  return 'error' in o && Number.isInteger(o.error.code) && o.error.code >= -32768 && o.error.code <= -32000;
}

function isEmpty(o: Outcome): boolean {
  if (!('result' in o)) return false;
  const r = o.result as { kind?: string; items?: unknown[]; recognised?: boolean } | unknown[] | null;
  if (r === null) return true;
  if (Array.isArray(r)) return r.length === 0;
  return (r.kind === 'full' && r.items?.length === 0) || r.recognised === false;
}

const requests = [
  'textDocument/diagnostic',
  'textDocument/hover',
  'textDocument/codeAction',
  'textDocument/completion',
  'textDocument/inlayHint',
  'textDocument/codeLens',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'nianbao/tables',
  'nianbao/recomputeTotals',
  'nianbao/preview',
];

describe('faults', () => {
  let client: LspClient;
  const uri = docUri('faults.nianbao');
  const text = reportWithWrongTotal();
  let healthy: ReturnType<typeof essentials>;

  /** The server is running and answers a pull on the open report with its findings. */
  async function assertAlive(what: string): Promise<void> {
    assert.ok(client.running, `the server died after ${what}`);
    const pulled = await outcome(client, 'textDocument/diagnostic', { textDocument: { uri } });
    assert.ok('result' in pulled, `a pull after ${what}: ${JSON.stringify(pulled)}`);
    assert.deepEqual(essentials((pulled.result as { items: Diagnostic[] }).items), healthy, `diagnostics after ${what}`);
  }

  before(async () => {
    client = await LspClient.start();
    await client.open(uri, text);
    healthy = essentials((await client.pullDiagnostics(uri)).items);
    assert.ok(healthy.some((d) => d.code === 'balance/cell'), 'the fixture has a finding to keep seeing');
  });
  after(() => client.stop());

  test('positions and ranges out of range (past the end, negative, huge): clamped and answered', async () => {
    const far = { line: 1e9, character: 5 };
    const negative = { line: -3, character: -1 };
    const wide = { line: 2, character: 1e12 };
    for (const [start, end] of [[far, far], [negative, far], [far, negative], [wide, wide], [negative, negative]]) {
      for (const method of requests) {
        const o = await outcome(client, method, { textDocument: { uri }, position: start, range: { start, end }, context: { diagnostics: [] } });
        assert.ok('result' in o, `${method} at ${JSON.stringify(start)}–${JSON.stringify(end)}: ${JSON.stringify(o)}`);
      }
    }
    await assertAlive('out-of-range positions');
  });

  test('documents the server does not have: empty results, not errors', async () => {
    for (const missing of ['file:///nowhere/x.nianbao', 'untitled:Untitled-9', 'not a uri at all', '']) {
      for (const method of requests) {
        const o = await outcome(client, method, { textDocument: { uri: missing }, position: { line: 0, character: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [] } });
        assert.ok(isEmpty(o), `${method} on ${JSON.stringify(missing)}: ${JSON.stringify(o).slice(0, 200)}`);
      }
    }
    await assertAlive('unknown documents');
  });

  test('parameters of the wrong type: a JSON-RPC error (InvalidParams where the method declares its parameters) or an empty result', async () => {
    const wrong: unknown[][] = [
      [null],
      [42],
      ['a string'],
      [1, 2],
      [{}],
      [{ textDocument: 5, position: 'x', range: 7, context: null }],
      [{ textDocument: { uri: 42 }, position: { line: 'a', character: null } }],
      [{ textDocument: { uri }, position: { line: 'a', character: null }, range: { start: 'x', end: {} }, context: { diagnostics: 'no', only: 5 } }],
      [{ textDocument: { uri }, position: null, range: null, context: { diagnostics: null } }],
    ];
    const codes = new Set<number>();
    for (const params of wrong) {
      for (const method of requests) {
        const o = await outcome(client, method, ...params);
        assert.ok(isJsonRpcError(o) || 'result' in o, `${method}(${JSON.stringify(params)}): ${JSON.stringify(o)}`);
        if ('error' in o) codes.add(o.error.code);
      }
    }
    // A standard request given positional parameters is refused before any handler runs.
    const positional = await outcome(client, 'textDocument/hover', 1, 2);
    assert.ok('error' in positional && positional.error.code === ErrorCodes.InvalidParams, JSON.stringify(positional));
    assert.ok(codes.has(ErrorCodes.InvalidParams), 'InvalidParams among the errors');
    await assertAlive('parameters of the wrong type');
  });

  test('a method the server does not have: MethodNotFound', async () => {
    for (const method of ['nianbao/nothing', 'textDocument/rename', 'workspace/executeCommand', 'x'.repeat(10_000)]) {
      const o = await outcome(client, method, { textDocument: { uri } });
      assert.ok('error' in o && o.error.code === ErrorCodes.MethodNotFound, `${method.slice(0, 40)}: ${JSON.stringify(o).slice(0, 200)}`);
    }
    await assertAlive('unknown methods');
  });

  test('malformed notifications are logged and ignored; odd but valid changes keep the server\'s text the client\'s', async () => {
    const logged = client.logs.length;
    const send = (method: string, params: unknown) => client.connection.sendNotification(method, params);
    await send('textDocument/didOpen', null);
    await send('textDocument/didOpen', { textDocument: { uri: 42 } });
    await send('textDocument/didChange', { textDocument: { uri, version: 50 }, contentChanges: 'not an array' });
    await send('textDocument/didChange', { textDocument: { uri: docUri('never-opened.nianbao'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await send('textDocument/didClose', { textDocument: { uri: docUri('never-opened.nianbao') } });
    await send('nianbao/unknownNotification', { anything: true });
    await client.waitFor(() => client.logs.length > logged);
    await assertAlive('malformed notifications');

    // A second document taken through changes the protocol allows but editors rarely send: a range
    // given end first, ranges past the end of the text, two changes in one notification, an
    // insertion inside a line end. The server must apply them exactly as TextDocument does.
    const other = docUri('odd-changes.nianbao');
    const mirror = TextDocument.create(other, 'nianbao', 1, text.replace(/\n/g, '\r\n'));
    await client.open(other, mirror.getText(), 'nianbao', 1);
    const changes = [
      [{ range: { start: { line: 30, character: 4 }, end: { line: 29, character: 0 } }, text: '9' }],
      [{ range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 9 } }, text: '\n（补）' }],
      [{ range: { start: { line: 5, character: 1e6 }, end: { line: 6, character: 0 } }, text: '' }, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\r' }],
      [{ range: { start: { line: -5, character: -5 }, end: { line: 0, character: 2 } }, text: '' }],
    ];
    for (const [i, change] of changes.entries()) {
      TextDocument.update(mirror, change, i + 2);
      await client.change(other, i + 2, change);
    }
    const pulled = await client.pullDiagnostics(other);
    assert.deepEqual(essentials(pulled.items), engineDiagnostics(mirror.getText()));
    await client.closeDocument(other);
  });

  test('bytes that are not JSON-RPC: dropped (logged when they parse as JSON), and what follows is answered', async () => {
    const frame = (body: string | Buffer) => {
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
    };
    const garbage: [string, Buffer | string][] = [
      ['a body that is not JSON', frame('{"jsonrpc": "2.0", "id": 77, "method": ')],
      ['binary bytes as the body', frame(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0xc3, 0x28]))],
      ['JSON that is not a message (a number)', frame('42')],
      ['JSON that is not a message (null)', frame('null')],
      ['a request whose method is a number', frame('{"jsonrpc":"2.0","id":78,"method":42}')],
      ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n'],
      ['a Content-Length that is not a number', 'Content-Length: many\r\n\r\n'],
      ['a frame of invalid UTF-8', frame(Buffer.from([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]))],
    ];
    for (const [what, bytes] of garbage) {
      await client.writeRaw(bytes);
      // The reader takes what it has read in one go; after a bad header it waits for more bytes
      // before it reads on (vscode-jsonrpc), so the next request is sent on its own.
      await new Promise((r) => setTimeout(r, 50));
      await assertAlive(what);
    }
    assert.ok(client.logs.some((l) => l.type === 1 && /neither a response nor a notification/.test(l.message)), 'a message that is not JSON-RPC is logged');
  });
});
