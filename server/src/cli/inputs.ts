// Which files the CLI reads: the files named, and inside every folder named the report files
// (.txt, .md, .nianbao, and published .html/.htm, .docx, .pdf), sorted so output is stable.
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Message } from '../engine/model.ts';
import { ioMessage } from '../ioWords.ts';
import type { Language } from './language.ts';
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
  /** Paths that do not exist or cannot be listed, and links to reports that are gone, with why. */
  failures: InputFailure[];
  /** Files found again under another path (a symbolic link to a file already found): listed as skipped, not checked twice. */
  duplicates: { path: string; of: string }[];
  /**
   * Files found inside folders of a type not searched for (a scan, a spreadsheet, an archive, an
   * .ofd): listed as skipped with why, never dropped in silence.
   */
  otherTypes: string[];
}

/**
 * What a path that could not be checked is, when it is not a file (a link to a report that is gone
 * is a file): a folder that could not be listed; a folder named in which no report file was found;
 * a path named that could not be reached (one that does not exist may have been meant for a file or
 * a folder). Runs count each apart: a folder is not "a file that could not be checked".
 */
export type NotAFile = 'folder' | 'folder-without-reports' | 'path';

export interface InputFailure {
  path: string;
  why: Message;
  /** Absent for a file. */
  what?: NotAFile;
}

/** A failure as the outputs list it: its why in the user's language, and what it is when not a file. */
export function saidIn(failure: InputFailure, language: Language): { path: string; message: string; what?: NotAFile } {
  return { path: failure.path, message: failure.why[language], ...(failure.what ? { what: failure.what } : {}) };
}

export function collectInputs(paths: readonly string[]): Inputs {
  const files: string[] = [];
  const found = new Set<string>();
  const failures: Inputs['failures'] = [];
  const walk = new FolderWalk(failures);
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    try {
      if (statSync(path).isDirectory()) {
        const walkedBefore = walk.walkedAlready(path);
        const duplicatesBefore = walk.duplicates.length;
        const failuresBefore = failures.length;
        const reports = walk.reports(path);
        for (const f of reports) {
          files.push(f);
          found.add(f);
        }
        // A folder with no report file in it (empty, the wrong folder, scans only) is said, never
        // passed as "0 files, 0 errors" (one holding only links to reports found before is not empty;
        // one that could not be read in whole or in part has said so, and may hold reports).
        if (reports.length === 0 && !walkedBefore && walk.duplicates.length === duplicatesBefore && failures.length === failuresBefore) {
          failures.push({ path, why: noReportFiles(), what: 'folder-without-reports' });
        }
      } else files.push(path);
    } catch (error) {
      failures.push({ path, why: ioMessage(error), what: 'path' });
    }
  }
  return { files: [...new Set(files)], found, failures, duplicates: walk.duplicates, otherTypes: walk.otherTypes };
}

/**
 * The files found that are not read at all, each with why: a second path to a file already found
 * (a symbolic link), and files of a type not searched for. Listed by every command, never dropped.
 */
export function skippedInputs(inputs: Pick<Inputs, 'duplicates' | 'otherTypes'>): { path: string; why: Message }[] {
  return [
    ...inputs.duplicates.map((d) => ({ path: d.path, why: { zh: `与 ${d.of} 是同一文件，只读取一次`, en: `the same file as ${d.of}, read once` } })),
    ...inputs.otherTypes.map((path) => ({ path, why: notSearchedFor(path) })),
  ];
}

/** Why a file of Inputs.otherTypes was not checked. */
export function notSearchedFor(path: string): Message {
  const type = extname(path);
  return type
    ? { zh: `文件夹中不查找 ${type} 文件`, en: `${type} files are not searched for in a folder` }
    : { zh: '文件夹中不查找无扩展名的文件', en: 'files without an extension are not searched for in a folder' };
}

/** Why a folder named gave nothing to read: what it was searched for. */
function noReportFiles(): Message {
  return {
    zh: `文件夹中没有报告文件（查找 ${reportExtensions.join('、')} 文件）`,
    en: `no report files in this folder (looked for ${reportExtensions.join(', ')} files)`,
  };
}

/** The order of localeCompare, from one collator: ten times faster than localeCompare over a folder of thousands. */
const byName = new Intl.Collator();

/**
 * The report files in folders and their folders. A symbolic link is followed, to a file or to a
 * folder; each folder is walked once and each file found once (links may loop, or lead to a file
 * found under its own name: checked twice, it would be two reports of one agency and year, which
 * the year-to-year checks leave alone). A link that leads nowhere, and a folder that cannot be
 * read, are said in `failures`; the other files are still found.
 */
class FolderWalk {
  readonly duplicates: Inputs['duplicates'] = [];
  readonly otherTypes: string[] = [];
  private readonly walked = new Set<string>();
  /** Each file found, by its real path: the path it was found under first. */
  private readonly files = new Map<string, string>();

  constructor(private readonly failures: Inputs['failures']) {}

  /** Whether `dir` was walked already (named twice, or inside a folder named before it). */
  walkedAlready(dir: string): boolean {
    try {
      return this.walked.has(realpathSync(dir));
    } catch {
      return false;
    }
  }

  reports(dir: string, found: string[] = []): string[] {
    let entries: Dirent[];
    try {
      const real = realpathSync(dir);
      if (this.walked.has(real)) return found;
      this.walked.add(real);
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName.compare(a.name, b.name));
    } catch (error) {
      const why = ioMessage(error);
      this.failures.push({ path: dir, why: { zh: `无法读取文件夹：${why.zh}`, en: `cannot read the folder: ${why.en}` }, what: 'folder' });
      return found;
    }
    for (const entry of entries) {
      if (isLeftOut(entry.name)) continue;
      const path = join(dir, entry.name);
      const kind = this.kindOf(entry, path);
      if (kind === 'folder') this.reports(path, found);
      else if (kind === 'file') {
        if (isReportName(entry.name)) this.add(path, found);
        else this.otherTypes.push(path);
      }
    }
    return found;
  }

  private add(path: string, found: string[]): void {
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      // gone meanwhile: reading it will say so
    }
    const first = this.files.get(real);
    if (first !== undefined) this.duplicates.push({ path, of: first });
    else {
      this.files.set(real, path);
      found.push(path);
    }
  }

  /** What an entry is, through a symbolic link; null for anything else (a pipe, a device, a broken link). */
  private kindOf(entry: Dirent, path: string): 'file' | 'folder' | null {
    if (entry.isDirectory()) return 'folder';
    if (entry.isFile()) return 'file';
    if (!entry.isSymbolicLink()) return null;
    try {
      const target = statSync(path);
      // A link into node_modules or a hidden folder is left out as the folder itself would be.
      if (target.isDirectory()) return isLeftOut(basename(realpathSync(path))) ? null : 'folder';
      return target.isFile() ? 'file' : null;
    } catch (error) {
      // A link to a report that is gone is said, with where it points (the link itself is there:
      // "no such file" alone would puzzle); one to something else is no report either way.
      if (isReportName(entry.name)) this.failures.push({ path, why: brokenLink(path, error) });
      return null;
    }
  }
}

function brokenLink(path: string, error: unknown): Message {
  const why = ioMessage(error);
  let target: string;
  try {
    target = readlinkSync(path);
  } catch {
    return why;
  }
  return { zh: `符号链接指向 ${target}：${why.zh}`, en: `symbolic link to ${target}: ${why.en}` };
}

/** Hidden files and folders, and node_modules, are not searched. */
function isLeftOut(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function isReportName(name: string): boolean {
  return reportExtensions.some((e) => name.toLowerCase().endsWith(e));
}
