// Budget (d): the server's resident memory (RSS) with the five seeds open, read from
// /proc/<pid>/status as the OS counts it, no collection forced: once just after their diagnostics
// are pulled (the analyses' garbage still held), and once the server has been left alone for
// SETTLE_MS, as it is in an editor whose user reads. V8 then shrinks the heap by itself: its memory
// reducer runs a compacting collection about 8 s after the allocation rate drops, and hands the
// freed pages and most of the young generation back (measured: 61 MB just after, 56 MB from about
// 8 s on, unchanged at 15 s). The budget is held against the settled figure, the memory the server
// keeps while documents are open; the figure just after is printed beside it. Then the live heap
// after a full collection, to tell what the documents keep from what node takes.
import { memoryRequest, type MemoryResult } from '../server/src/lsp/memoryRequest.ts';
import { readSeed, seedNames, seedsMissing } from '../test/fixtures/seeds.ts';
import { docUri, LspClient } from '../test/lsp/client.ts';
import { processMemory } from '../test/lsp/serverMemory.ts';
import { serverNodeArgs } from './build.ts';

export interface ServerMemory {
  documents: number;
  /** Before any document is opened. */
  idleRss: number | null;
  /** Just after the five pulls. */
  rss: number | null;
  /** After SETTLE_MS with nothing asked of the server. */
  settledRss: number | null;
  heapUsed: number;
}

/** Long enough for V8's memory reducer (its first run: about 8 s after allocation slows). */
export const SETTLE_MS = 12_000;

/** `nodeArgs`: the server's node options, by default those the client starts it with. */
export async function serverMemory(server: string, nodeArgs: string[] = serverNodeArgs): Promise<ServerMemory | string> {
  if (seedsMissing) return seedsMissing;
  const client = await LspClient.start({ server, nodeArgs: ['--expose-gc', ...nodeArgs] });
  try {
    const idle = processMemory(client.pid);
    const names = seedNames();
    for (const name of names) {
      await client.open(docUri(name), readSeed(name), 'plaintext');
      await client.pullDiagnostics(docUri(name));
    }
    // RSS as it stands (as in the editor), then settled, then the live heap after a forced collection.
    const after = processMemory(client.pid);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settled = processMemory(client.pid);
    const heap = await client.request<MemoryResult>(memoryRequest, null);
    return { documents: names.length, idleRss: idle?.rss ?? null, rss: after?.rss ?? null, settledRss: settled?.rss ?? null, heapUsed: heap.heapUsed };
  } finally {
    await client.stop();
  }
}
