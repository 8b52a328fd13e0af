// --fix writes reports from worker threads too, and a run stopped midway (Ctrl-C, interrupt.ts)
// ends the process wherever each worker stands: one stopped between creating its temporary file
// and renaming it over the report (reportFile.ts) would leave that file behind. The signal cannot
// cut into a write of the main thread (its handler runs between two files), but a worker's goes on
// beside it. So every write passes a gate shared by the run's threads, and the main thread shuts
// the gate before the process exits: the writes under way are waited for (one file each, flushed:
// milliseconds), and none begins after. Every report is then either as it was or wholly fixed, and
// no temporary file is left.

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

/** Shuts the gate and waits for the writes under way, at most `limitMs` (a disk that hangs must not keep a stopped run from ending). */
export function shutGate(gate: WriteGate, limitMs = 10_000): void {
  Atomics.store(gate, SHUT, 1);
  const until = Date.now() + limitMs;
  for (let writing = Atomics.load(gate, WRITING); writing !== 0 && Date.now() < until; writing = Atomics.load(gate, WRITING)) {
    Atomics.wait(gate, WRITING, writing, until - Date.now());
  }
}
