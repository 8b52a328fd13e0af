// Report files on disk, for the checks across years (lastYear.ts): which files in a folder or a
// workspace may be reports, and each one's digest (engine/workspace/digest.ts), made once per
// version of the file: (size, mtime) on disk, or the version of the document open in the editor.
// Text files are read as they are; .html, .docx and .pdf through the converters
// (documents/published.ts, loaded only when such a file is read). Beside lsp/convertedText.ts, the
// only place where the server reads files: the same agency's report of the year before, which the
// checks across years need.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../engine/analyze.ts';
import type { Message, Span } from '../engine/model.ts';
import { toHalfWidth } from '../engine/text/normalize.ts';
import { digestOf, type ReportDigest } from '../engine/workspace/index.ts';
import { defaultLimits } from '../documents/limits.ts';
import { admit, convertPublished, HEAD_BYTES } from '../documents/published.ts';
import { strictUtf8 } from '../documents/utf8.ts';
import { convertedScheme, convertedSuffix } from '../../../shared/src/protocol.ts';
import { ioMessage } from '../ioWords.ts';
import { msg } from './locale.ts';

/** The files looked at: what the CLI reads as reports. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.nianbao', '.html', '.htm', '.docx', '.pdf'];

/**
 * A workspace holds other things than reports (code, images, node_modules): the walk stops after
 * this many report-like files, and is said to have stopped.
 */
export const MAX_WORKSPACE_FILES = 2000;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', 'build']);

export interface DigestedFile {
  path: string;
  /** The uri to link to: the file's own, or its converted text's (nianbao-converted:) for .html, .docx, .pdf. */
  uri: string;
  digest: ReportDigest;
  /** Each span of the digest as a range in the file's text, by `start:end`. */
  ranges: Map<string, Range>;
}

/** What the text of a file could give: the years it names (a cheap look), and its digest once asked for. */
interface Entry {
  stamp: string;
  years: ReadonlySet<number>;
  /** Undefined until a year the file names is looked for; null when the text is no report. */
  digested?: DigestedFile | null;
}

export type OpenText = (path: string) => { text: string; version: number } | null;

export class ReportFiles {
  private readonly entries = new Map<string, Entry>();
  /** Files that could not be read, with why (said in the status when nothing else was found). */
  readonly unreadable = new Map<string, Message>();

  /**
   * @param openText the text of a file open in the editor (it wins over the file on disk)
   * @param nameOf how a file is named in messages (its path within the workspace)
   */
  constructor(private readonly openText: OpenText, readonly nameOf: (path: string) => string) {}

  /** Forgets what was read of these files (they changed on disk). */
  forget(paths: Iterable<string>): void {
    for (const path of paths) {
      this.entries.delete(path);
      this.unreadable.delete(path);
    }
  }

  /**
   * The digest of the file when its text names `year` (a report of year Y names Y in its title and
   * its statistics period); null when it does not, is no report, or cannot be read.
   */
  async digestNaming(path: string, year: number): Promise<DigestedFile | null> {
    const open = this.openText(path);
    let stamp: string;
    if (open) stamp = `v${open.version}`;
    else {
      try {
        const stats = await stat(path);
        if (!stats.isFile()) return null;
        stamp = `${stats.size}:${stats.mtimeMs}`;
      } catch (error) {
        this.unreadable.set(path, ioMessage(error));
        return null;
      }
    }
    let entry = this.entries.get(path);
    if (entry?.stamp !== stamp) entry = undefined;
    if (entry && !entry.years.has(year)) return null;
    if (entry?.digested !== undefined) return entry.digested;
    const text = open ? open.text : await this.read(path);
    // An unreadable file is not read again until it changes (why is kept in `unreadable`).
    entry = { stamp, years: text === null ? new Set() : yearsNamed(text) };
    this.entries.set(path, entry);
    if (text === null) return null;
    if (!entry.years.has(year)) return null;
    entry.digested = this.digest(path, text);
    return entry.digested;
  }

  /** A file's whole text (the comparison of two years needs more than the digest), or null. */
  async textOf(path: string): Promise<string | null> {
    const open = this.openText(path);
    return open ? open.text : this.read(path);
  }

  private digest(path: string, text: string): DigestedFile | null {
    const report = analyze(text).report;
    if (report.year === null) return null;
    const digest = digestOf(report, this.nameOf(path));
    const converted = !isTextFile(path);
    const uri = converted ? `${convertedScheme}:${pathToFileURL(path).pathname}${convertedSuffix}` : pathToFileURL(path).href;
    const document = TextDocument.create(uri, 'nianbao', 0, text);
    const ranges = new Map<string, Range>();
    for (const span of spansOf(digest)) ranges.set(spanKey(span), { start: document.positionAt(span.start), end: document.positionAt(span.end) });
    return { path, uri, digest, ranges };
  }

  /** The file's text, or null (and why, kept in `unreadable`). */
  private async read(path: string): Promise<string | null> {
    try {
      const head = await readHead(path);
      const size = (await stat(path)).size;
      const admitted = admit(head, path, size, defaultLimits);
      if ('why' in admitted) {
        this.unreadable.set(path, admitted.why);
        return null;
      }
      const bytes = await readFile(path);
      if (admitted.kind === 'text') return textOf(bytes);
      const published = await convertPublished(bytes, admitted.kind, defaultLimits);
      if ('why' in published) {
        this.unreadable.set(path, published.why);
        return null;
      }
      return published.text;
    } catch (error) {
      this.unreadable.set(path, ioMessage(error));
      return null;
    }
  }
}

export function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

function spansOf(digest: ReportDigest): Span[] {
  const cells = [...digest.carried, ...digest.pending, ...Object.values(digest.documents).flat()];
  return [digest.firstLine, ...cells.flatMap((c) => (c ? [c.span] : []))];
}

/** The report files directly in a folder, sorted by name. */
export async function filesIn(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && isReportFile(e.name)).map((e) => join(folder, e.name)).sort();
  } catch {
    return [];
  }
}

/**
 * The report files under a folder, breadth first (nearer files first), without hidden folders and
 * build output; `stopped` when there were more than `limit`.
 */
export async function filesUnder(folder: string, limit = MAX_WORKSPACE_FILES): Promise<{ files: string[]; stopped: boolean }> {
  const files: string[] = [];
  const queue = [folder];
  for (let folderAt = 0; folderAt < queue.length; folderAt++) {
    const dir = queue[folderAt]!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIPPED_FOLDERS.has(e.name)) queue.push(join(dir, e.name));
      else if (e.isFile() && isReportFile(e.name)) {
        if (files.length >= limit) return { files, stopped: true };
        files.push(join(dir, e.name));
      }
    }
  }
  return { files, stopped: false };
}

export function isReportFile(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase());
}

function isTextFile(path: string): boolean {
  return ['.txt', '.md', '.nianbao'].includes(extname(path).toLowerCase());
}

/** A path as named in messages: within the workspace folder holding it, or its base name. */
export function displayName(path: string, workspaceFolders: readonly string[]): string {
  for (const folder of workspaceFolders) {
    const within = relative(folder, path);
    if (within && !within.startsWith('..') && !within.startsWith('/')) return within.split('\\').join('/');
  }
  return basename(path);
}

const CHINESE_DIGITS = '〇零一二三四五六七八九';

/** The years from 1990 to 2099 a text names, in digits of either width or in Chinese numerals (二〇二二年). */
export function yearsNamed(text: string): Set<number> {
  const years = new Set<number>();
  for (const m of toHalfWidth(text).matchAll(/(?<!\d)(?:199|20\d)\d(?!\d)/g)) years.add(Number(m[0]));
  for (const m of text.matchAll(/[〇零一二三四五六七八九]{4}(?=\s*年)/g)) {
    const digits = [...m[0]].map((c) => Math.max(0, CHINESE_DIGITS.indexOf(c) - 1)).join('');
    years.add(Number(digits));
  }
  return years;
}

/**
 * A text file's bytes as text: UTF-8 or UTF-16 with a byte-order mark, UTF-8, or else GB18030 (what
 * older Windows machines in government offices write), which Node decodes natively.
 */
function textOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return strictUtf8(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A file's first HEAD_BYTES bytes, what `admit` needs to tell what it holds. */
export async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** What could not be read among the files looked at, in a few words; null when all could. */
export function unreadableNote(unreadable: ReadonlyMap<string, Message>, looked: ReadonlySet<string>, nameOf: (path: string) => string): Message | null {
  const among = [...unreadable.entries()].filter(([path]) => looked.has(path));
  const first = among[0];
  if (!first) return null;
  const [path, why] = first;
  const more = among.length - 1;
  return msg(`${nameOf(path)} 无法读取（${why.zh}）${more > 0 ? `，另有 ${more} 个文件无法读取` : ''}`, `${nameOf(path)} could not be read (${why.en})${more > 0 ? `, and ${more} more files` : ''}`);
}
