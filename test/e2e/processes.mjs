// Every server, browser and editor the e2e run starts is registered here and ended by its process
// id: when its step is done, and, whatever happens, when the run ends (normally, on an uncaught
// error or on Ctrl-C). Processes are started detached (their own process group), so ending the group
// also ends what they started themselves (code-server's extension host and language server).
import { spawn } from 'node:child_process';

const running = new Map(); // pid -> name

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid, sig) {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, sig);
    } catch {
      /* already gone */
    }
  }
}

/** Ends one process (and its group) by id: SIGTERM, then SIGKILL after `graceMs`. */
export async function end(pid, graceMs = 3000) {
  if (!pid) return;
  running.delete(pid);
  signal(pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  signal(pid, 'SIGKILL');
}

export function track(pid, name) {
  if (pid) running.set(pid, name);
}

/** Starts a detached process whose output goes to `logStream`, tracked until ended. */
export function start(name, command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  track(child.pid, name);
  child.on('exit', () => running.delete(child.pid));
  return child;
}

export async function endAll() {
  await Promise.all([...running.keys()].map((pid) => end(pid, 1000)));
}

/** Synchronous last resort at exit: SIGKILL whatever is still registered. */
function killAllNow() {
  for (const pid of running.keys()) signal(pid, 'SIGKILL');
  running.clear();
}
process.on('exit', killAllNow);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAllNow();
    process.exit(130);
  });
}
