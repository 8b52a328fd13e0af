// npm run bench: how long one keystroke costs in a 5 000-line report.
//  1. the engine alone: analyze() of the whole text after each typed character;
//  2. the language server: didChange (one character, incremental) then the pull for diagnostics,
//     timed from the client's side, over stdio as an editor talks to it.
// Not a test (timings depend on the machine); the figures go in the README.
import { cpus } from 'node:os';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../server/src/engine/analyze.ts';
import { buildReport } from '../test/fixtures/reportBuilder.ts';
import { docUri, LspClient } from '../test/lsp/client.ts';

const LINES = 5000;
const KEYSTROKES = 200;
const WARMUP = 20;

/** A clean synthetic report padded with prose to LINES lines (section 一 and 五 grow, as in long real reports). */
function longReport(): string {
  const lines = buildReport({ year: 2023 }).split('\n');
  const prose: string[] = [];
  for (let i = 0; prose.length < LINES - lines.length; i++) {
    if (i % 12 === 0) prose.push(`（${'一二三四五六七八九十'[(i / 12) % 10]}）第${i / 12 + 1}项工作`);
    else prose.push(`2023年，本机关围绕第${i}项重点任务发布信息${100 + (i % 50)}条，其中政策解读${i % 7}篇、图片新闻${i % 11}条，回应社会关切${i % 5}次，持续提升政务公开质量。`);
  }
  const at = lines.findIndex((l) => l.startsWith('一、')) + 2;
  return [...lines.slice(0, at), ...prose, ...lines.slice(at)].join('\n');
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return `median ${q(0.5).toFixed(1)} ms · p95 ${q(0.95).toFixed(1)} ms · max ${(sorted[sorted.length - 1] ?? NaN).toFixed(1)} ms`;
}

/** The edit of keystroke k: one character typed at the end of a prose line in the middle. */
function keystroke(doc: TextDocument, k: number): { line: number; character: number } {
  const line = Math.floor(doc.lineCount / 2) + (k % 10);
  const end = doc.offsetAt({ line: line + 1, character: 0 }) - 1;
  return doc.positionAt(end);
}

async function main(): Promise<void> {
  const text = longReport();
  let doc = TextDocument.create(docUri('bench.nianbao'), 'nianbao', 1, text);
  console.log(`nianbao bench: ${doc.lineCount} lines, ${text.length} characters; node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}`);

  const first = performance.now();
  const analysis = analyze(text);
  console.log(`  first analysis (cold): ${(performance.now() - first).toFixed(1)} ms; ${analysis.findings.length} findings, tables ${Object.values(analysis.report.tables).filter(Boolean).length}/3`);

  const engine: number[] = [];
  for (let k = 0; k < WARMUP + KEYSTROKES; k++) {
    const at = keystroke(doc, k);
    doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text: '。' }], doc.version + 1);
    const t = performance.now();
    analyze(doc.getText());
    if (k >= WARMUP) engine.push(performance.now() - t);
  }
  console.log(`  engine, analyze() per keystroke:            ${stats(engine)}`);

  const client = await LspClient.start();
  try {
    let served = TextDocument.create(docUri('bench.nianbao'), 'nianbao', 1, text);
    await client.open(served.uri, text);
    await client.request('textDocument/diagnostic', { textDocument: { uri: served.uri } });
    const server: number[] = [];
    for (let k = 0; k < WARMUP + KEYSTROKES; k++) {
      const at = keystroke(served, k);
      const change = { range: { start: at, end: at }, text: '。' };
      served = TextDocument.update(served, [change], served.version + 1);
      const t = performance.now();
      await client.change(served.uri, served.version, [change]);
      await client.request('textDocument/diagnostic', { textDocument: { uri: served.uri } });
      if (k >= WARMUP) server.push(performance.now() - t);
    }
    console.log(`  server, didChange + pull diagnostics:       ${stats(server)}`);
  } finally {
    await client.stop();
  }
}

void main();
