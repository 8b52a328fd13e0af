// Checks files on every core: a pool of worker threads, each running checkFile() on one file at a
// time, results handed back in any order and put back in input order by the caller. Few files are
// checked in the main thread: starting workers costs more than it saves.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileTask, type FileOutcome } from './checkFile.ts';

/** Below this many files the main thread checks them itself. */
const PARALLEL_FROM = 16;

export async function checkFiles(tasks: CheckFileTask[], onDone: (outcome: FileOutcome) => void): Promise<void> {
  const threads = Math.min(availableParallelism(), Math.ceil(tasks.length / 4));
  if (tasks.length < PARALLEL_FROM || threads < 2 || !workerScript()) {
    for (const task of tasks) onDone(await checkFile(task));
    return;
  }
  const queue = [...tasks];
  await Promise.all(Array.from({ length: threads }, () => runWorker(queue, onDone)));
}

function runWorker(queue: CheckFileTask[], onDone: (outcome: FileOutcome) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(workerScript() ?? '', { workerData: { nianbaoWorker: true } });
    let current: CheckFileTask | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (outcome: FileOutcome) => {
      onDone(outcome);
      next();
    });
    worker.on('error', () => {
      // A worker that dies takes nothing down: its file and the rest of the queue are checked
      // in this thread.
      void (async () => {
        if (current) onDone(await checkFile(current));
        current = undefined;
        for (let task = queue.shift(); task; task = queue.shift()) onDone(await checkFile(task));
        resolve();
      })();
    });
    next();
  });
}

/** The bundled CLI is its own worker script; run from source (tests via tsx) there is none. */
function workerScript(): string | null {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : null;
}

/** In a worker: check each file the main thread sends. Returns true when this thread is a worker. */
export function serveAsWorker(): boolean {
  if (isMainThread || !(workerData as { nianbaoWorker?: boolean } | null)?.nianbaoWorker) return false;
  parentPort?.on('message', (task: CheckFileTask) => void checkFile(task).then((outcome) => parentPort?.postMessage(outcome)));
  return true;
}
