// Checks files on every core. The main thread checks files itself and, when there are enough to
// share, starts one worker thread per other core (a worker costs its start-up: a new V8 and the
// bundle compiled again, a tenth of a second; the main thread checks files meanwhile). Once
// started, each worker is handed a few files at a time, with the next few already waiting so that
// it never idles on the main thread, and sends back what it checked a few at a time. Outcomes come
// back in any order; the caller puts them back in input order.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileTask, type CheckSettings, type FileOutcome } from './checkFile.ts';

/** Below this many files the main thread checks them alone: starting a worker costs more than it saves. */
const PARALLEL_FROM = 16;
/** Files handed to a worker at a time, at most (fewer towards the end, so that all finish together). */
const MAX_CHUNK = 16;
/** Chunks a worker holds at once: one being checked, one waiting. */
const CHUNKS_AHEAD = 2;

interface WorkerData {
  nianbaoWorker: true;
  settings: CheckSettings;
}

export async function checkFiles(tasks: CheckFileTask[], settings: CheckSettings, onDone: (outcome: FileOutcome) => void): Promise<void> {
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
        onDone(await checkFile(task, settings));
        // Lets the workers' messages in between two files: they are answered with more files at once.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      // Nothing left to take: wait for the workers' last files (a worker that dies puts its files back).
      if (pool.every((h) => h.idle())) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // Also when a check throws (a bug): live workers would keep the process from exiting.
    for (const h of pool) h.close();
  }
}

interface Helper {
  /** Holds no files (it has sent back all it was given, or it is gone). */
  idle(): boolean;
  close(): void;
}

function helper(script: string, settings: CheckSettings, queue: CheckFileTask[], threads: number, onDone: (outcome: FileOutcome) => void, changed: () => void): Helper {
  const worker = new Worker(script, { workerData: { nianbaoWorker: true, settings } satisfies WorkerData });
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
  worker.on('message', (outcomes: FileOutcome[] | 'ready') => {
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
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    if (gone) return;
    gone = true;
    for (const chunk of held.splice(0).reverse()) queue.push(...[...chunk].reverse());
    changed();
  });
  return {
    idle: () => gone || held.length === 0,
    close: () => {
      gone = true;
      void worker.terminate();
    },
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
  const { settings } = data;
  let done: Promise<void> = Promise.resolve();
  parentPort?.on('message', (chunk: CheckFileTask[]) => {
    done = done.then(async () => {
      const outcomes: FileOutcome[] = [];
      for (const task of chunk) outcomes.push(await checkFile(task, settings));
      parentPort?.postMessage(outcomes);
    });
  });
  parentPort?.postMessage('ready');
  return true;
}
