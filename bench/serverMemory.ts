// Budget (d): the server's resident memory (RSS) after the five seeds are opened and their
// diagnostics pulled, read from /proc/<pid>/status as the OS counts it (no collection forced); the
// live heap after a full collection beside it, to tell what the documents keep from what node takes.
import { memoryRequest, type MemoryResult } from '../server/src/lsp/memoryRequest.ts';
import { readSeed, seedNames, seedsMissing } from '../test/fixtures/seeds.ts';
import { docUri, LspClient } from '../test/lsp/client.ts';
import { processMemory } from '../test/lsp/serverMemory.ts';
import { serverNodeArgs } from './build.ts';

export interface ServerMemory {
  documents: number;
  /** Before any document is opened. */
  idleRss: number | null;
  rss: number | null;
  heapUsed: number;
}

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
    // RSS as it stands (as in the editor), then the live heap after a forced collection.
    const after = processMemory(client.pid);
    const heap = await client.request<MemoryResult>(memoryRequest, null);
    return { documents: names.length, idleRss: idle?.rss ?? null, rss: after?.rss ?? null, heapUsed: heap.heapUsed };
  } finally {
    await client.stop();
  }
}
