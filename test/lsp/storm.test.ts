// The server under a storm, over real JSON-RPC: 10 000 small incremental edits (didChange with
// ranges, a few with two changes at once) spread over several documents, while diagnostic pulls,
// hovers, code actions and other requests overlap them and some are cancelled ($/cancelRequest).
// Afterwards: the server is still running, every request got an answer or a cancellation, the
// diagnostics of each document equal those a fresh server gives for the final text (and, for the
// nianbao language, the engine's findings on it), and the server's memory is within a bound of
// what it was before the storm. Edits are generated from a fixed seed, so a failure replays.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, type Diagnostic, type DocumentDiagnosticReport, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { readSeed, seedNames } from '../fixtures/seeds.ts';
import { docUri, LspClient } from './client.ts';
import { engineDiagnostics } from './reports.ts';
import { memoryRequest, type MemoryResult } from '../../server/src/lsp/memoryRequest.ts';
import { mb, processMemory } from './serverMemory.ts';

const EDITS = 10_000;
/** Edits between two waits for the requests in flight: requests overlap this many edits. */
const BATCH = 50;
/** Edits of one document after which its text is pasted anew (so it stays a report with findings). */
const RESET_EVERY = 400;
/**
 * How much the live heap (after a full collection) may grow over the storm: keeping each version's
 * text, or an analysis per version, would take well over 100 MB; bounded caches (the engine's
 * normalised labels, dropped at a cap) fill to about 12 MB and fall back, again and again.
 */
const HEAP_GROWTH_LIMIT = 24 * 1024 * 1024;
/** The resident set may grow more (V8 keeps the pages it grew into): a loose bound, printed. */
const RSS_GROWTH_LIMIT = 160 * 1024 * 1024;

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface StormDocument {
  uri: string;
  languageId: string;
  /** The client's copy, updated with exactly the changes sent. */
  mirror: TextDocument;
  /** The text it was opened with, pasted back every RESET_EVERY of its edits. */
  original: string;
  edits: number;
}

function stormDocuments(): StormDocument[] {
  const wrong = cleanValues('2021');
  wrong.B.total = [5, 1, 0, 0, 0, 1, 9];
  const texts: [string, string, string][] = [
    ['storm-tab.nianbao', 'nianbao', buildReport({ layout: 'tab' })],
    ['storm-cells.nianbao', 'nianbao', buildReport({ layout: 'cell-per-line', values: wrong })],
    ['storm-pipe.txt', 'plaintext', buildReport({ layout: 'pipe', year: 2020 })],
    ['storm-markdown.md', 'markdown', buildReport({ layout: 'markdown', year: 2022 })],
    // Seeds, when present, as a user opens them: plain text recognised by its content.
    ...seedNames().slice(0, 2).map((name): [string, string, string] => [`storm-${name}`, 'plaintext', readSeed(name)]),
  ];
  return texts.map(([name, languageId, text]) => ({
    uri: docUri(name),
    languageId,
    mirror: TextDocument.create(docUri(name), languageId, 1, text),
    original: text,
    edits: 0,
  }));
}

/** What a user types: digits (tables), separators, line ends of every kind, CJK, an astral character. */
const typed = ['0', '1', '2', '3', '5', '7', '9', '12', '\t', '\n', '\r\n', ' ', '|', '、', '年', '（', '）', '一', '合计', '信息公开', '2023年', '𠀀', '\u00a0'];

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** An offset moved off the middle of a surrogate pair (a lone half would not survive UTF-8 on the wire). */
function whole(text: string, offset: number): number {
  return offset > 0 && isHigh(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

/** One random change of the text, as a range and its new text. */
function randomChange(text: string, doc: TextDocument, random: () => number, baseLength: number): TextDocumentContentChangeEvent {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const start = whole(text, Math.floor(random() * (text.length + 1)));
  // Deletions grow likelier as the document grows, so sizes stay near the original.
  const deleteBias = Math.min(0.8, Math.max(0.1, 0.35 + (text.length - baseLength) / baseLength));
  const r = random();
  let end = start;
  let insert = '';
  if (r < deleteBias) {
    end = whole(text, Math.min(text.length, start + 1 + Math.floor(random() * 4)));
  } else if (r < deleteBias + 0.2) {
    // Overwrite a few characters with digits: numbers in tables change.
    end = whole(text, Math.min(text.length, start + 1 + Math.floor(random() * 2)));
    insert = String(Math.floor(random() * 100));
  } else {
    insert = pick(typed);
  }
  const range: Range = { start: doc.positionAt(start), end: doc.positionAt(end) };
  return { range, text: insert };
}

function randomPosition(doc: TextDocument, random: () => number) {
  // Now and then past the end of the document or of a line: clamped, not an error.
  if (random() < 0.03) return { line: doc.lineCount + Math.floor(random() * 10), character: Math.floor(random() * 200) };
  return doc.positionAt(Math.floor(random() * (doc.getText().length + 1)));
}

interface Tally {
  sent: number;
  answered: number;
  cancelled: number;
  failures: string[];
}

function isCancellation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === LSPErrorCodes.RequestCancelled || code === LSPErrorCodes.ServerCancelled;
}

describe('a storm of edits and requests', () => {
  let client: LspClient;
  before(async () => {
    // --expose-gc: nianbao/debug/memory collects before it measures.
    client = await LspClient.start({ nodeArgs: ['--expose-gc'] });
  });
  after(() => client.stop());

  test(`${EDITS} incremental edits with overlapping, cancelled requests: no crash, the final diagnostics are a fresh analysis's, memory bounded`, { timeout: 240_000 }, async () => {
    const random = prng(0x9e3779b9);
    const docs = stormDocuments();
    for (const d of docs) await client.open(d.uri, d.mirror.getText(), d.languageId, d.mirror.version);
    for (const d of docs) await client.pullDiagnostics(d.uri);
    const heapBefore = await client.request<MemoryResult>(memoryRequest, null);
    const before = processMemory(client.pid);

    const tally: Tally = { sent: 0, answered: 0, cancelled: 0, failures: [] };
    let inFlight: Promise<void>[] = [];
    const lastResultId = new Map<string, string>();
    const send = (method: string, params: unknown, check?: (result: unknown) => void): void => {
      tally.sent++;
      let source: CancellationTokenSource | undefined;
      const cancel = random() < 0.25;
      if (cancel) source = new CancellationTokenSource();
      const promise = client.request<unknown>(method, params, source).then(
        (result) => {
          tally.answered++;
          try {
            check?.(result);
          } catch (error) {
            tally.failures.push(`${method}: ${String(error)}`);
          }
        },
        (error: unknown) => {
          if (cancel && isCancellation(error)) tally.cancelled++;
          // A pull may be answered "server cancelled, pull again" when an edit overtakes it.
          else if (method === 'textDocument/diagnostic' && (error as { code?: unknown }).code === LSPErrorCodes.ServerCancelled) tally.cancelled++;
          else tally.failures.push(`${method}: ${String((error as Error).message ?? error)}`);
        },
      );
      if (source) {
        // At once (likely before the server reads the request) or a moment later (while it runs).
        const s = source;
        if (random() < 0.5) s.cancel();
        else setTimeout(() => s.cancel(), Math.floor(random() * 4));
      }
      inFlight.push(promise);
    };

    const started = performance.now();
    for (let k = 0; k < EDITS; k++) {
      const d = docs[Math.floor(random() * docs.length)] as StormDocument;
      const changes: TextDocumentContentChangeEvent[] = [];
      // Mostly one change per didChange; sometimes two, each range on the text after the one before.
      const count = random() < 0.03 ? 2 : 1;
      for (let c = 0; c < count; c++) {
        const text = d.mirror.getText();
        // Still a range edit: the whole text selected and the report pasted over it.
        const change = ++d.edits % RESET_EVERY === 0
          ? { range: { start: { line: 0, character: 0 }, end: d.mirror.positionAt(text.length) }, text: d.original }
          : randomChange(text, d.mirror, random, d.original.length);
        TextDocument.update(d.mirror, [change], d.mirror.version);
        changes.push(change);
      }
      const version = d.mirror.version + 1;
      TextDocument.update(d.mirror, [], version);
      void client.change(d.uri, version, changes);

      const r = random();
      const textDocument = { uri: d.uri };
      if (r < 0.12) {
        const previousResultId = random() < 0.5 ? lastResultId.get(d.uri) : undefined;
        send('textDocument/diagnostic', { textDocument, ...(previousResultId ? { previousResultId } : {}) }, (result) => {
          const report = result as DocumentDiagnosticReport;
          assert.ok(report.kind === 'full' || report.kind === 'unchanged', `kind ${report.kind}`);
          if (report.resultId) lastResultId.set(d.uri, report.resultId);
        });
      } else if (r < 0.2) {
        send('textDocument/hover', { textDocument, position: randomPosition(d.mirror, random) });
      } else if (r < 0.25) {
        const a = randomPosition(d.mirror, random);
        const b = randomPosition(d.mirror, random);
        send('textDocument/codeAction', { textDocument, range: a.line <= b.line ? { start: a, end: b } : { start: b, end: a }, context: { diagnostics: [] } }, (result) => {
          assert.ok(Array.isArray(result), 'code actions are an array');
        });
      } else if (r < 0.28) {
        const method = ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/inlayHint', 'textDocument/codeLens'][Math.floor(random() * 4)] ?? '';
        const range = { start: { line: 0, character: 0 }, end: { line: d.mirror.lineCount, character: 0 } };
        send(method, { textDocument, range });
      }
      if ((k + 1) % BATCH === 0) {
        await Promise.all(inFlight);
        inFlight = [];
        assert.ok(client.running, `the server exited during the storm (after ${k + 1} edits)`);
      }
    }
    await Promise.all(inFlight);
    const stormMs = performance.now() - started;

    assert.ok(client.running, 'the server is still running');
    assert.deepEqual(tally.failures, [], 'every request answered or cancelled');
    assert.equal(tally.answered + tally.cancelled, tally.sent);
    assert.ok(tally.cancelled > 0 && tally.answered > tally.sent / 2, `answered ${tally.answered}, cancelled ${tally.cancelled} of ${tally.sent}`);
    assert.deepEqual(client.logs.filter((l) => l.type === 1).map((l) => l.message), [], 'no errors logged by the server');

    // The final diagnostics: those of the storm server, of a fresh server given the final texts,
    // and (nianbao language, always checked) the engine's own.
    const stormed = new Map<string, Diagnostic[]>();
    for (const d of docs) stormed.set(d.uri, (await client.pullDiagnostics(d.uri)).items);
    const heapAfter = await client.request<MemoryResult>(memoryRequest, null);
    const after = processMemory(client.pid);
    const fresh = await LspClient.start();
    try {
      let findings = 0;
      for (const d of docs) {
        await fresh.open(d.uri, d.mirror.getText(), d.languageId);
        const expected = (await fresh.pullDiagnostics(d.uri)).items;
        const actual = stormed.get(d.uri) ?? [];
        assert.deepEqual(actual, expected, `${d.uri}: the storm server's diagnostics are a fresh server's`);
        if (d.languageId === 'nianbao') {
          assert.deepEqual(actual.map((x) => ({ code: x.code, severity: x.severity, message: x.message, range: x.range })), engineDiagnostics(d.mirror.getText()), `${d.uri}: the engine's findings`);
        }
        findings += actual.length;
        // Outlines too: they depend on every line of the text.
        const symbols = (uri: string, c: LspClient) => c.request('textDocument/documentSymbol', { textDocument: { uri } });
        assert.deepEqual(await symbols(d.uri, client), await symbols(d.uri, fresh), `${d.uri}: symbols`);
      }
      assert.ok(findings > 0, 'the edited documents have findings to compare');
      const sizes = docs.map((d) => d.mirror.getText().length);
      console.log(`storm: ${EDITS} edits on ${docs.length} documents (${Math.min(...sizes)}–${Math.max(...sizes)} characters at the end) in ${(stormMs / 1000).toFixed(1)} s; `
        + `${tally.sent} requests: ${tally.answered} answered, ${tally.cancelled} cancelled; ${findings} diagnostics at the end`);
    } finally {
      await fresh.stop();
    }

    assert.ok(heapAfter.collected, 'the server ran with --expose-gc');
    console.log(`storm: server heap in use after a full GC ${mb(heapBefore.heapUsed)} before, ${mb(heapAfter.heapUsed)} after; bound: before + ${mb(HEAP_GROWTH_LIMIT)}`);
    assert.ok(heapAfter.heapUsed <= heapBefore.heapUsed + HEAP_GROWTH_LIMIT, `live heap grew from ${mb(heapBefore.heapUsed)} to ${mb(heapAfter.heapUsed)}`);
    if (before && after) {
      console.log(`storm: server RSS ${mb(before.rss)} before, ${mb(after.rss)} after (peak ${after.peak === null ? '?' : mb(after.peak)}); bound: before + ${mb(RSS_GROWTH_LIMIT)}`);
      assert.ok(after.rss <= before.rss + RSS_GROWTH_LIMIT, `RSS grew from ${mb(before.rss)} to ${mb(after.rss)}`);
    } else {
      console.log('storm: the server\'s resident memory cannot be read on this system; not checked');
    }
  });
});
