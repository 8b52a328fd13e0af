// Budget (b): keystroke to diagnostics in the server. One character typed (an incremental
// didChange), then the pull of diagnostics, timed from the client's side over stdio as an editor
// talks to it, on a report of a given size (reports.ts).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docUri, LspClient } from '../test/lsp/client.ts';
import { percentile } from './measure.ts';

export interface KeystrokeTiming {
  bytes: number;
  samples: number;
  p50: number;
  p99: number;
}

/** Where keystroke k types: the end of one of ten lines around the middle (prose when padded). */
function at(doc: TextDocument, k: number) {
  const line = Math.floor(doc.lineCount / 2) + (k % 10);
  return doc.positionAt(doc.offsetAt({ line: line + 1, character: 0 }) - 1);
}

export async function keystrokes(server: string, text: string, samples: number, warmup: number, nodeArgs: string[] = []): Promise<KeystrokeTiming> {
  const client = await LspClient.start({ server, nodeArgs });
  try {
    const doc = TextDocument.create(docUri('keystrokes.nianbao'), 'nianbao', 1, text);
    await client.open(doc.uri, text);
    await client.pullDiagnostics(doc.uri);
    const times: number[] = [];
    for (let k = 0; k < warmup + samples; k++) {
      const position = at(doc, k);
      const change = { range: { start: position, end: position }, text: '。' };
      TextDocument.update(doc, [change], doc.version + 1);
      const t = performance.now();
      await client.change(doc.uri, doc.version, [change]);
      await client.pullDiagnostics(doc.uri);
      if (k >= warmup) times.push(performance.now() - t);
    }
    return { bytes: Buffer.byteLength(text), samples, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
  } finally {
    await client.stop();
  }
}
