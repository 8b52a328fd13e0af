// Ctrl-C (SIGINT), a closed terminal (SIGHUP) or a kill (SIGTERM) in the middle of a run: what the
// run holds is put back before the process ends — the cursor the progress bar hid is shown again,
// temporary files (the HTML page's details, an --output not yet renamed into place) are removed,
// the fixes worker threads are writing are finished and no other begun (writeGate.ts; one not
// finished within its limit is named) —
// and the process ends as an interrupted one does (128 + the signal's number), so a shell or a
// script sees that it was stopped, not that it finished.
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/** What is to be undone if the run is stopped now, the latest first. */
const pending: Array<() => void> = [];
let listening = false;

/** Registers `undo` to run if the process is interrupted; the returned function unregisters it. */
export function undoIfInterrupted(undo: () => void): () => void {
  pending.push(undo);
  if (!listening) {
    listening = true;
    for (const [signal, number] of Object.entries(SIGNALS)) process.on(signal, () => stop(128 + number));
  }
  return () => {
    const at = pending.lastIndexOf(undo);
    if (at >= 0) pending.splice(at, 1);
  };
}

function stop(status: number): never {
  for (const undo of pending.splice(0).reverse()) {
    try {
      undo();
    } catch {
      // One undo failing (a file already gone) must not keep the others from running.
    }
  }
  process.exit(status);
}
