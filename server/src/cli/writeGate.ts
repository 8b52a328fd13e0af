// --fix writes reports from worker threads too, and a run stopped midway (Ctrl-C, interrupt.ts)
// ends the process wherever each worker stands: one stopped between creating its temporary file
// and renaming it over the report (reportFile.ts) would leave that file behind. The signal cannot
// cut into a write of the main thread (its handler runs between two files), but a worker's goes on
// beside it. So every write passes a gate shared by the run's threads, and the main thread shuts
// the gate before the process exits: the writes under way are waited for (one file each, flushed:
// milliseconds), and none begins after. Every report is then either as it was or wholly fixed, and
// no temporary file is left — but for a write still under way past the limit (a disk that hangs),
// whose file the run names: it may not have been written, and its temporary file may stay.

/** Shared by the threads of a run: [writes under way, 1 once the run is stopping]. */
export type WriteGate = Int32Array;

const WRITING = 0;
const SHUT = 1;

export function newWriteGate(): WriteGate {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** Runs `write` unless the run is stopping (then null: nothing was begun). */
export function throughGate<T>(gate: WriteGate, write: () => T): T | null {
  // Counted before the look at SHUT: a thread that shuts the gate after this sees the write and waits for it.
  Atomics.add(gate, WRITING, 1);
  try {
    return Atomics.load(gate, SHUT) === 1 ? null : write();
  } finally {
    if (Atomics.sub(gate, WRITING, 1) === 1) Atomics.notify(gate, WRITING);
  }
}

/** The longest a stopping run waits for the writes under way. */
export const SHUT_LIMIT_MS = 10_000;

/**
 * Shuts the gate and waits for the writes under way, at most `limitMs` (a disk that hangs must not
 * keep a stopped run from ending). Returns how many are still under way: those the run must name,
 * since it may end before they do (workers.ts).
 */
export function shutGate(gate: WriteGate, limitMs = SHUT_LIMIT_MS): number {
  Atomics.store(gate, SHUT, 1);
  const until = Date.now() + limitMs;
  let writing = Atomics.load(gate, WRITING);
  for (; writing !== 0 && Date.now() < until; writing = Atomics.load(gate, WRITING)) {
    Atomics.wait(gate, WRITING, writing, until - Date.now());
  }
  return writing;
}

// A worker stuck on one file is stopped by the main thread (workers.ts), at a moment of the main
// thread's choosing: one stopped inside a write would leave its temporary file behind, and one
// stopped after its write but before its outcome was sent would have changed the report unsaid
// (the outcome lost, the file checked again and found with nothing left to fix). So a worker holds
// a hold of its own from the moment it begins a write until the outcome of that file is sent, and
// the main thread stops a worker only once it has taken the hold itself: while the worker holds
// it, the worker is looked at again later; once the main thread has it, no write begins.

/** One worker's, shared with the main thread: [FREE, HELD or STOPPING; the index of the file being written, or -1]. */
export type WorkerHold = Int32Array;

const STATE = 0;
const FILE = 1;
const FREE = 0;
const HELD = 1;
const STOPPING = 2;

export function newWorkerHold(): WorkerHold {
  const hold = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  hold[FILE] = -1;
  return hold;
}

/**
 * In a worker: runs `write` (file `index`) under the worker's hold, kept once the write is done
 * until `releaseHold` (the file's outcome sent); null when the main thread is stopping the worker
 * (nothing was begun, and what the worker says next is not listened to).
 */
export function underHold<T>(hold: WorkerHold, index: number, write: () => T): T | null {
  if (Atomics.compareExchange(hold, STATE, FREE, HELD) === STOPPING) return null;
  Atomics.store(hold, FILE, index);
  try {
    return write();
  } finally {
    Atomics.store(hold, FILE, -1);
  }
}

/** In a worker: true when it holds its hold (a write was begun for the file at hand: its outcome is to be sent at once). */
export function holding(hold: WorkerHold): boolean {
  return Atomics.load(hold, STATE) === HELD;
}

/** In a worker, once the outcome of the file it wrote is sent: it may be stopped again. */
export function releaseHold(hold: WorkerHold): void {
  Atomics.compareExchange(hold, STATE, HELD, FREE);
}

/** In the main thread: true when the worker held no write and now begins none (it may be stopped); false while it holds one. */
export function takeForStop(hold: WorkerHold): boolean {
  const state = Atomics.compareExchange(hold, STATE, FREE, STOPPING);
  return state === FREE || state === STOPPING;
}

/** The index of the file whose write the worker is inside, or -1 (a write cut off at the end of a run is named by it). */
export function fileBeingWritten(hold: WorkerHold): number {
  return Atomics.load(hold, FILE);
}
