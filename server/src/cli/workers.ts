// Checks files on every core. The main thread checks files itself and, when there are enough to
// share, starts one worker thread per other core (a worker costs its start-up: a new V8 and the
// bundle compiled again, a tenth of a second; the main thread checks files meanwhile). Once
// started, each worker is handed a few files at a time, with the next few already waiting so that
// it never idles on the main thread, and sends back what it checked a few at a time. Outcomes come
// back in any order; the caller puts them back in input order.
// No file holds up the run: each analysis has a time budget (the engine stops running rules once it
// is spent and says which it did not run), and a worker stuck on one file past FILE_GIVE_UP_MS (a
// stage of reading that never ends) is stopped, the file named as not checked, its other files put
// back in the queue and a new worker started.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileTask, type CheckSettings, type FileOutcome } from './checkFile.ts';
import type { JsonFile } from './fileResult.ts';
import { undoIfInterrupted } from './interrupt.ts';
import { newWriteGate, shutGate } from './writeGate.ts';

/** Below this many files the main thread checks them alone: starting a worker costs more than it saves. */
const PARALLEL_FROM = 16;
/** Files handed to a worker at a time, at most (fewer towards the end, so that all finish together). */
const MAX_CHUNK = 16;
/** Chunks a worker holds at once: one being checked, one waiting. */
const CHUNKS_AHEAD = 2;
/** Each file's analysis budget: past it, the remaining rules are left out and the file says so. */
export const FILE_TIME_LIMIT_MS = 10_000;
/** A worker on one file this long is stuck (the budget is looked at between stages, not within one). */
const FILE_GIVE_UP_MS = 60_000;
/** How often the main thread looks for a stuck worker. */
const WATCH_EVERY_MS = 1_000;

interface WorkerData {
  nianbaoWorker: true;
  settings: CheckSettings;
  /** Shared with the main thread: [index of the file being checked, or -1; Date.now() when it began]. */
  current: Float64Array;
}

export async function checkFiles(tasks: CheckFileTask[], given: CheckSettings, onDone: (outcome: FileOutcome) => void): Promise<void> {
  const gate = given.fix ? newWriteGate() : null;
  const settings: CheckSettings = { ...given, options: { timeLimitMs: FILE_TIME_LIMIT_MS, ...given.options }, ...(gate ? { writeGate: gate } : {}) };
  // Stopped midway (Ctrl-C): the workers' fixes being written are finished first, and none is begun.
  const undo = gate ? undoIfInterrupted(() => shutGate(gate)) : () => undefined;
  const queue = [...tasks].reverse(); // taken from the end: pop() is cheap
  const script = workerScript();
  const helpers = tasks.length < PARALLEL_FROM || !script ? 0 : Math.min(availableParallelism() - 1, Math.floor(tasks.length / 8));
  const threads = helpers + 1;
  let wake: (() => void) | null = null;
  const changed = () => {
    wake?.();
    wake = null;
  };
  const pool = Array.from({ length: helpers }, () => helper(script ?? '', settings, queue, threads, onDone, changed));
  try {
    for (;;) {
      const task = queue.pop();
      if (task) {
        onDone(forMainThread(await checkFile(task, settings), settings));
        // Lets the workers' messages in between two files: they are answered with more files at once.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      // Nothing left to take: wait for the workers' last files (a worker that dies puts its files back).
      if (pool.every((h) => h.idle())) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // Also when a check throws (a bug): live workers would keep the process from exiting, and are
    // stopped only once the fixes they are writing are written.
    if (gate) shutGate(gate);
    for (const h of pool) h.close();
    undo();
  }
}

interface Helper {
  /** Holds no files (it has sent back all it was given, or it is gone). */
  idle(): boolean;
  close(): void;
}

function helper(script: string, settings: CheckSettings, queue: CheckFileTask[], threads: number, onDone: (outcome: FileOutcome) => void, changed: () => void): Helper {
  const current = new Float64Array(new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT)).fill(-1);
  let worker = new Worker(script, { workerData: { nianbaoWorker: true, settings, current } satisfies WorkerData });
  /** The chunks sent and not yet answered, oldest first (a worker answers them in order). */
  const held: CheckFileTask[][] = [];
  /** Files go to a worker only once it has started: until then the main thread may check them all. */
  let ready = false;
  let gone = false;
  const feed = () => {
    while (ready && !gone && held.length < CHUNKS_AHEAD && queue.length > 0) {
      const size = Math.max(1, Math.min(MAX_CHUNK, Math.floor(queue.length / (threads * 4))));
      const chunk = queue.splice(-size).reverse();
      held.push(chunk);
      worker.postMessage(chunk);
    }
  };
  const listen = (w: Worker) => {
    w.on('message', (outcomes: FileOutcome[] | 'ready') => {
      // A worker stopped as stuck may still have sent a chunk: its files went back to the queue.
      if (w !== worker) return;
      if (outcomes === 'ready') ready = true;
      else {
        held.shift();
        for (const outcome of outcomes) onDone(outcome);
      }
      feed();
      changed();
    });
    // A worker that dies takes nothing down: the files it held go back to the queue, for the main
    // thread and the other workers.
    w.on('error', () => undefined);
    w.on('exit', () => {
      if (gone || w !== worker) return;
      gone = true;
      requeue();
      changed();
    });
  };
  const requeue = () => {
    for (const chunk of held.splice(0).reverse()) queue.push(...[...chunk].reverse());
  };
  listen(worker);
  // A worker stuck on one file is stopped; the file is named as not checked, the others it held go
  // back to the queue, and a new worker takes its place.
  const watch = setInterval(() => {
    const [index, since] = current;
    if (gone || index === undefined || since === undefined || index < 0 || Date.now() - since < FILE_GIVE_UP_MS) return;
    const stuck = held.flat().find((t) => t.index === index);
    for (const chunk of held) chunk.splice(0, chunk.length, ...chunk.filter((t) => t !== stuck));
    requeue();
    void worker.terminate();
    current.fill(-1);
    if (stuck) onDone(givenUp(stuck, settings));
    ready = false;
    worker = new Worker(script, { workerData: { nianbaoWorker: true, settings, current } satisfies WorkerData });
    listen(worker);
    changed();
  }, WATCH_EVERY_MS);
  watch.unref();
  return {
    idle: () => gone || held.length === 0,
    close: () => {
      gone = true;
      clearInterval(watch);
      void worker.terminate();
    },
  };
}

/** A file a worker was stuck on: named as not checked (exit 2), and the run goes on. */
function givenUp(task: CheckFileTask, settings: CheckSettings): FileOutcome {
  const seconds = FILE_GIVE_UP_MS / 1000;
  const why = settings.language === 'zh' ? `检查超过 ${seconds} 秒仍未完成，已放弃` : `not checked: still running after ${seconds} s, given up`;
  return { index: task.index, path: task.path, problems: [{ path: task.path, message: why }], notes: [], failed: true, skipped: null, result: null, digest: null, digestPlaces: null, entry: null, details: null, json: null };
}

/**
 * A file's outcome made ready for the main thread, where the file was checked: with `--format json`
 * its result serialised once, as it stands in the output, as UTF-8 bytes (outside the JavaScript
 * heap, moved rather than copied from a worker, written out as they are); and with json or html only
 * what the run summary and the exit status read kept of the result. Less crosses between threads,
 * and the main thread, which also checks files, neither serialises nor holds thousands of results.
 */
export function forMainThread(outcome: FileOutcome, settings: CheckSettings): FileOutcome {
  if (!outcome.result || !(settings.json || settings.html)) return outcome;
  return { ...outcome, json: settings.json ? jsonOfFile(outcome.result) : null, result: summaryOnly(outcome.result) };
}

const utf8 = new TextEncoder();

/**
 * One file of the `--format json` output, as UTF-8: compact, on a line of its own (see jsonOfFiles).
 * TextEncoder gives each file a buffer of its own, which a worker can hand over (Buffer.from may
 * share one pool among small strings).
 */
export function jsonOfFile(result: JsonFile): Uint8Array {
  return utf8.encode(JSON.stringify(result));
}

/**
 * The whole `--format json` output, in pieces to be written one after the other: each file's
 * serialised result (jsonOfFile) on a line of its own — a batch of thousands is thousands of lines
 * a reader can take one at a time (`grep`, `jq -c '.files[]'`), and no string of the whole is built —
 * then the other keys (what could not be checked, what was skipped).
 */
export function jsonOfFiles(files: readonly Uint8Array[], rest: Record<string, unknown> = {}): Uint8Array[] {
  const pieces: Uint8Array[] = [utf8.encode('{"files":[')];
  const between = utf8.encode(',\n');
  files.forEach((file, i) => pieces.push(i === 0 ? utf8.encode('\n') : between, file));
  const others = Object.entries(rest).map(([key, value]) => `,${JSON.stringify(key)}:${JSON.stringify(value)}`).join('');
  pieces.push(utf8.encode(`${files.length > 0 ? '\n' : ''}]${others}}\n`));
  return pieces;
}

/** A file's result reduced to what the run summary and the exit status read: its errors and warnings, by rule. */
export function summaryOnly(result: JsonFile): JsonFile {
  const empty = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    ...result,
    diagnostics: result.diagnostics
      .filter((d) => d.severity === 'error' || d.severity === 'warning')
      .map((d) => ({ rule: d.rule, severity: d.severity, message: '', range: empty, related: [], fixes: [] })),
  };
}

/** The bundled CLI is its own worker script; run from source (tests via tsx) there is none. */
function workerScript(): string | null {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : null;
}

/** In a worker: check each chunk of files the main thread sends, in order. Returns true when this thread is a worker. */
export function serveAsWorker(): boolean {
  const data = workerData as WorkerData | null;
  if (isMainThread || !data?.nianbaoWorker) return false;
  const { settings, current } = data;
  let done: Promise<void> = Promise.resolve();
  parentPort?.on('message', (chunk: CheckFileTask[]) => {
    done = done.then(async () => {
      const outcomes: FileOutcome[] = [];
      for (const task of chunk) {
        current[1] = Date.now();
        current[0] = task.index;
        outcomes.push(forMainThread(await checkFile(task, settings), settings));
        current[0] = -1;
      }
      // The serialised results are moved, not copied: the worker has no further use for them.
      parentPort?.postMessage(outcomes, outcomes.flatMap((o) => (o.json ? [o.json.buffer as ArrayBuffer] : [])));
    });
  });
  parentPort?.postMessage('ready');
  return true;
}
