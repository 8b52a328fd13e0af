// How much memory a spawned server holds, read from outside the process so that the server needs
// no debug request: VmRSS (resident now) and VmHWM (the peak) of /proc/<pid>/status on Linux,
// `ps -o rss=` elsewhere (no peak there). Null when neither can be read.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Resident set size, bytes. */
  rss: number;
  /** Peak resident set size, bytes (Linux only). */
  peak: number | null;
}

export function processMemory(pid: number): ProcessMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => {
      const m = new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) * 1024 : null;
    };
    const rss = kb('VmRSS');
    if (rss !== null) return { rss, peak: kb('VmHWM') };
  } catch {
    // not Linux, or the process is gone: try ps
  }
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return /^\d+$/.test(out) ? { rss: Number(out) * 1024, peak: null } : null;
  } catch {
    return null;
  }
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
