// Which files the CLI reads: the files named, and inside every folder named the report files
// (.txt, .md, .nianbao, and published .html/.htm, .docx, .pdf), sorted so output is stable.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../engine/model.ts';
import { ioMessage } from '../ioWords.ts';
import { STDIN } from './readInput.ts';

/**
 * What a folder is searched for. Old Word files (.doc, .wps) cannot be read, but are picked up so
 * that the user is told to save them as .docx rather than have them skipped in silence.
 */
export const reportExtensions = ['.txt', '.md', '.nianbao', '.html', '.htm', '.shtml', '.xhtml', '.docx', '.pdf', '.doc', '.wps'];

export interface Inputs {
  files: string[];
  /** Files found inside folders (not named by the user): checked only if they are reports. */
  found: Set<string>;
  /** Paths that do not exist or cannot be listed, with why. */
  failures: { path: string; why: Message }[];
}

export function collectInputs(paths: readonly string[]): Inputs {
  const files: string[] = [];
  const found = new Set<string>();
  const failures: Inputs['failures'] = [];
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    try {
      if (statSync(path).isDirectory()) {
        for (const f of walk(path, failures)) {
          files.push(f);
          found.add(f);
        }
      } else files.push(path);
    } catch (error) {
      failures.push({ path, why: ioMessage(error) });
    }
  }
  return { files: [...new Set(files)], found, failures };
}

/** The order of localeCompare, from one collator: ten times faster than localeCompare over a folder of thousands. */
const byName = new Intl.Collator();

/**
 * The report files in `dir` and its folders. A symbolic link is followed (to a file, or to a folder
 * not already walked: links may loop); one that leads nowhere is said in `failures`, as a path the
 * user named would be.
 */
function walk(dir: string, failures: Inputs['failures'], found: string[] = [], walked = new Set<string>()): string[] {
  walked.add(realpathSync(dir));
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName.compare(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const kind = kindOf(entry, path, failures);
    if (kind === 'folder' && !walked.has(realpathSync(path))) walk(path, failures, found, walked);
    else if (kind === 'file' && isReportName(entry.name)) found.push(path);
  }
  return found;
}

function isReportName(name: string): boolean {
  return reportExtensions.some((e) => name.toLowerCase().endsWith(e));
}

/** What an entry is, through a symbolic link; null for anything else (a pipe, a device, a broken link). */
function kindOf(entry: Dirent, path: string, failures: Inputs['failures']): 'file' | 'folder' | null {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return null;
  try {
    const target = statSync(path);
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : null;
  } catch (error) {
    // A link to a report that is gone is said; one to something else is no report either way.
    if (isReportName(entry.name)) failures.push({ path, why: ioMessage(error) });
    return null;
  }
}
