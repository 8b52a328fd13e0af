// Checks files on every core. The main thread checks files itself and, when there are enough to
// share, starts one worker thread per other core (a worker costs its start-up: a new V8 and the
// bundle compiled again, a tenth of a second; the main thread checks files meanwhile). Once
// started, each worker is handed a few files at a time, with the next few already waiting so that
// it never idles on the main thread, and sends back what it checked a few at a time. Outcomes come
// back in any order; the caller puts them back in input order.
// No file holds up the run: each analysis has a time budget (the engine stops running rules once it
// is spent and says which it did not run), and a worker stuck on one file past FILE_GIVE_UP_MS (a
// stage of reading that never ends) is stopped, the file named as not checked, its other files put
// back in the queue and a new worker started — but never while it is writing a fix, nor before it
// has sent the outcome of a file it wrote (writeGate.ts, WorkerHold).
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkFile, type CheckFileTask, type CheckSettings, type FileOutcome } from './checkFile.ts';
import type { JsonFile } from './fileResult.ts';
import { undoIfInterrupted } from './interrupt.ts';
import { fileBeingWritten, holding, newWorkerHold, newWriteGate, releaseHold, SHUT_LIMIT_MS, shutGate, takeForStop, type WorkerHold, type WriteGate } from './writeGate.ts';

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

/** What a worker is started with. */
export interface WorkerData {
  nianbaoWorker: true;
  settings: CheckSettings;
  /** Shared with the main thread: [index of the file being checked, or -1; Date.now() when it began]. */
  current: Float64Array;
  /** Its hold on its writes (writeGate.ts): without it, it may be stopped as stuck. */
  hold: WorkerHold;
  /**
   * Where it sends what it checked: a port of its own, which the main thread empties at once
   * (receiveMessageOnPort) before it stops the worker, so that nothing sent is dropped with it.
   */
  port: MessagePort;
}

/** What a worker sends: 'ready' once started, then the outcomes of the files it checked. */
type WorkerMessage = 'ready' | FileOutcome[];

/** Starts a worker thread with the options given (its data, and the port it is handed). */
export type StartWorker = (options: { workerData: WorkerData; transferList: MessagePort[] }) => Worker;

export interface CheckFilesOptions {
  /**
   * With --fix, when the run stops (Ctrl-C, or a failure of ours) while fixes are still being
   * written past the gate's limit (waitedMs): the files whose fixes may not have been written, to
   * be said (the process may end before those writes do).
   */
  onWritesCutOff?: (paths: string[], waitedMs: number) => void;
}

export async function checkFiles(tasks: CheckFileTask[], given: CheckSettings, onDone: (outcome: FileOutcome) => void, options: CheckFilesOptions = {}): Promise<void> {
  const gate = given.fix ? newWriteGate() : null;
  const settings: CheckSettings = { ...given, options: { timeLimitMs: FILE_TIME_LIMIT_MS, ...given.options }, ...(gate ? { writeGate: gate } : {}) };
  const queue = [...tasks].reverse(); // taken from the end: pop() is cheap
  const script = workerScript();
  const helpers = tasks.length < PARALLEL_FROM || !script ? 0 : Math.min(availableParallelism() - 1, Math.floor(tasks.length / 8));
  const threads = helpers + 1;
  let wake: (() => void) | null = null;
  const changed = () => {
    wake?.();
    wake = null;
  };
  const start: StartWorker = (o) => new Worker(script ?? '', o);
  const pool = Array.from({ length: helpers }, () => startHelper({ start, settings, queue, threads, onDone, changed }));
  const stop = () => {
    const cutOff = stopPool(gate, pool, SHUT_LIMIT_MS);
    if (cutOff.length > 0) options.onWritesCutOff?.(cutOff, SHUT_LIMIT_MS);
  };
  // Stopped midway (Ctrl-C): the workers' fixes being written are finished first (those that do not
  // finish in time are named), and none is begun.
  const undo = gate ? undoIfInterrupted(stop) : () => undefined;
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
    stop();
    undo();
  }
}

/**
 * Ends the run's writing and its workers: the gate shut, the writes under way waited for (at most
 * `limitMs`), then the workers stopped. Returns the files whose fixes were still being written:
 * each report is as it was or wholly fixed (the temporary file is renamed over it in one step),
 * but which is not known, and a temporary file may be left beside it.
 */
export function stopPool(gate: WriteGate | null, pool: readonly Helper[], limitMs = SHUT_LIMIT_MS): string[] {
  const still = gate ? shutGate(gate, limitMs) : 0;
  // Only a worker's write can be under way: the main thread's are done before it runs this.
  const cutOff = still > 0 ? pool.flatMap((h) => h.writing() ?? []) : [];
  for (const h of pool) h.close();
  return cutOff;
}

export interface Helper {
  /** Holds no files (it has sent back all it was given, or it is gone). */
  idle(): boolean;
  /** Stops the worker if it is stuck on one file, unless it holds a write: then it is looked at again next time. */
  lookForStuck(): void;
  /** The file whose fixes the worker is writing, or null. */
  writing(): string | null;
  close(): void;
}

interface HelperRun {
  /** Starts its worker, and each that takes the place of one stopped. */
  start: StartWorker;
  settings: CheckSettings;
  /** The run's files not yet handed out, taken from the end; a worker stopped puts its files back there. */
  queue: CheckFileTask[];
  threads: number;
  onDone: (outcome: FileOutcome) => void;
  /** Something the main thread may wait for happened (files came back, or were put back). */
  changed: () => void;
  /** How long a worker may stay on one file before it is stuck (tests: 0, every file at once). */
  giveUpMs?: number;
  /** How often the main thread looks for a stuck worker; null: only when lookForStuck is called (tests). */
  watchEveryMs?: number | null;
}

/** One worker thread fed files from the shared queue, replaced when it is stuck on one. */
export function startHelper({ start, settings, queue, threads, onDone, changed, giveUpMs = FILE_GIVE_UP_MS, watchEveryMs = WATCH_EVERY_MS }: HelperRun): Helper {
  /** The chunks sent and not yet answered, oldest first; a file is taken off its chunk when its outcome comes back. */
  const held: CheckFileTask[][] = [];
  /** Files go to a worker only once it has started: until then the main thread may check them all. */
  let ready = false;
  let gone = false;
  const launch = () => {
    const current = new Float64Array(new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT)).fill(-1);
    const hold = newWorkerHold();
    const { port1, port2 } = new MessageChannel();
    const worker = start({ workerData: { nianbaoWorker: true, settings, current, hold, port: port2 }, transferList: [port2] });
    const mine = { worker, port: port1, current, hold };
    port1.on('message', (message: WorkerMessage) => {
      // A worker stopped as stuck sends nothing more that is listened to: its files went back to the queue.
      if (mine !== live) return;
      take(message);
      feed();
      changed();
    });
    // A worker that dies takes nothing down: what it sent is taken, the files it held go back to the
    // queue, for the main thread and the other workers.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (gone || mine !== live) return;
      drain();
      gone = true;
      port1.close();
      requeue();
      changed();
    });
    return mine;
  };
  const take = (message: WorkerMessage) => {
    if (message === 'ready') {
      ready = true;
      return;
    }
    for (const outcome of message) {
      // A worker sends the outcome of a file it wrote at once, the others with the rest of their chunk.
      for (const chunk of held) {
        const at = chunk.findIndex((t) => t.index === outcome.index);
        if (at >= 0) {
          chunk.splice(at, 1);
          break;
        }
      }
      onDone(outcome);
    }
    for (let i = held.length - 1; i >= 0; i--) if (held[i]!.length === 0) held.splice(i, 1);
  };
  /** Takes at once what the worker has sent and the main thread has not yet read. */
  const drain = () => {
    for (let m = receiveMessageOnPort(live.port); m; m = receiveMessageOnPort(live.port)) take(m.message as WorkerMessage);
  };
  const feed = () => {
    while (ready && !gone && held.length < CHUNKS_AHEAD && queue.length > 0) {
      const size = Math.max(1, Math.min(MAX_CHUNK, Math.floor(queue.length / (threads * 4))));
      const chunk = queue.splice(-size).reverse();
      held.push(chunk);
      live.worker.postMessage(chunk);
    }
  };
  const requeue = () => {
    for (const chunk of held.splice(0).reverse()) queue.push(...[...chunk].reverse());
  };
  let live = launch();
  // A worker stuck on one file is stopped; the file is named as not checked, the others it held go
  // back to the queue, and a new worker takes its place.
  const lookForStuck = () => {
    const [index, since] = live.current;
    if (gone || index === undefined || since === undefined || index < 0 || Date.now() - since < giveUpMs) return;
    // Inside a write, or with a file written whose outcome is not yet sent, it is left to finish
    // (a write takes milliseconds): stopped there it would leave a temporary file beside the report,
    // or a report changed and nothing said of it. Once taken, the hold lets no write begin.
    if (!takeForStop(live.hold)) return;
    // What it sent is taken, not dropped with it: a file it wrote is never checked a second time
    // (found then with nothing to fix, its fixes would go unsaid). The file it is stuck on may have
    // ended just now, unwritten: it is named as given up all the same.
    drain();
    const stuck = held.flat().find((t) => t.index === index);
    for (const chunk of held) chunk.splice(0, chunk.length, ...chunk.filter((t) => t !== stuck));
    requeue();
    void live.worker.terminate();
    live.port.close();
    if (stuck) onDone(givenUp(stuck, settings, giveUpMs));
    ready = false;
    live = launch();
    changed();
  };
  const watch = watchEveryMs === null ? null : setInterval(lookForStuck, watchEveryMs);
  watch?.unref();
  return {
    idle: () => gone || held.length === 0,
    lookForStuck,
    writing: () => {
      const index = fileBeingWritten(live.hold);
      return index < 0 ? null : (held.flat().find((t) => t.index === index)?.path ?? null);
    },
    close: () => {
      gone = true;
      if (watch) clearInterval(watch);
      void live.worker.terminate();
      live.port.close();
    },
  };
}

/** A file a worker was stuck on: named as not checked (exit 2), and the run goes on. */
function givenUp(task: CheckFileTask, settings: CheckSettings, giveUpMs: number): FileOutcome {
  const seconds = giveUpMs / 1000;
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

/** A file's result reduced to what the run summary and the exit status read: its findings' rules and severities (each severity is counted). */
export function summaryOnly(result: JsonFile): JsonFile {
  const empty = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    ...result,
    diagnostics: result.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: '', range: empty, related: [], fixes: [] })),
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
  const { current, hold, port } = data;
  const settings: CheckSettings = { ...data.settings, ...(data.settings.fix ? { workerHold: hold } : {}) };
  // The serialised results are moved, not copied: the worker has no further use for them.
  const send = (message: WorkerMessage) => port.postMessage(message, message === 'ready' ? [] : message.flatMap((o) => (o.json ? [o.json.buffer as ArrayBuffer] : [])));
  let done: Promise<void> = Promise.resolve();
  parentPort?.on('message', (chunk: CheckFileTask[]) => {
    done = done.then(async () => {
      const outcomes: FileOutcome[] = [];
      for (const task of chunk) {
        current[1] = Date.now();
        current[0] = task.index;
        const outcome = forMainThread(await checkFile(task, settings), settings);
        current[0] = -1;
        // A file whose fixes were written (or begun) is sent at once, and only then may the worker
        // be stopped (writeGate.ts): the report changed, its outcome must not be lost with the worker.
        if (holding(hold)) {
          send([outcome]);
          releaseHold(hold);
        } else outcomes.push(outcome);
      }
      if (outcomes.length > 0) send(outcomes);
    });
  });
  send('ready');
  return true;
}
