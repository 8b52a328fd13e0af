// --output FILE: the report is written beside its destination and renamed into place, so a run
// that fails midway never leaves half a report where the last good one was.
import { renameSync, writeFileSync } from 'node:fs';

export function writeOutput(path: string, text: string): void {
  const temp = `${path}.nianbao-${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}
