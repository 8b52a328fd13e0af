// nianbao/debug/memory: the server's own memory figures, for the storm test and the bench (is
// memory after many edits what it was before?). When node runs with --expose-gc, a full garbage
// collection runs first, so heapUsed is what is really kept alive; otherwise the figures are as
// they stand. Read-only and cheap: harmless if a client calls it.
import type { Feature } from './context.ts';

export const memoryRequest = 'nianbao/debug/memory';

export interface MemoryResult {
  /** Whether a full collection ran first (node --expose-gc). */
  collected: boolean;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export const memory: Feature = {
  capabilities: () => ({}),

  register({ connection }) {
    connection.onRequest(memoryRequest, (): MemoryResult => {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (gc) gc();
      const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
      return { collected: gc !== undefined, rss, heapUsed, heapTotal, external, arrayBuffers };
    });
  },
};
