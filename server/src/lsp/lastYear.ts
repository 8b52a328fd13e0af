// Checks across years in the editor: for each open report on disk, the same agency's report of the
// year before, looked for among the workspace's files (the report's folder first, then the
// workspace folders), read and digested in the background (reportFiles.ts), and paired with this
// year's by the engine's `workspace/…` rules (engine/workspace/). Never in the keystroke path: an
// analysis only notes what to look for; the search runs after it, one at a time, yielding between
// files; when what was found changes, listeners (diagnostics, status) are told, and the
// diagnostics then carry the findings across years. File watching (lastYearFeature) tells which
// files changed on disk.
import { dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, type InitializeParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Message } from '../engine/model.ts';
import { agencyOf, isGenericAgency } from '../engine/workspace/agency.ts';
import { crossReportFindings, digestOf } from '../engine/workspace/index.ts';
import type { Checked, Reported } from './analysisCache.ts';
import type { Feature } from './context.ts';
import { isConverted, sourcePath } from './convertedSources.ts';
import { msg } from './locale.ts';
import { displayName, filesIn, filesUnder, REPORT_EXTENSIONS, ReportFiles, unreadableNote, type DigestedFile } from './reportFiles.ts';

/** How long after an analysis the search waits (typing goes on meanwhile: only the last one runs). */
const SEARCH_DELAY_MS = 300;

/** What was found for one open report. */
export interface LastYearFound {
  /** The report's file, agency and year it was looked for. */
  key: string;
  /** Last year's report, or null when none was taken: then `why` says why. */
  previous: DigestedFile | null;
  why: Message | null;
}

interface Wanted {
  key: string;
  path: string;
  agency: string;
  year: number;
}

interface State {
  wanted: Wanted;
  /** Null while the first search for this key runs. */
  found: LastYearFound | null;
  /** Counted up each time `found` changes: part of the diagnostics' resultId. */
  generation: number;
}

export class LastYear {
  readonly files: ReportFiles;
  private readonly states = new Map<string, State>();
  /** For documents that are not looked for: why (checks off, not a file, no year…). */
  private readonly notLooked = new Map<string, Message>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly listeners: ((uri: string) => void)[] = [];
  private readonly crossMemo = new Map<string, { id: string; findings: Finding[] }>();
  /** Searches run one at a time. */
  private queue: Promise<void> = Promise.resolve();

  constructor(documents: TextDocuments<TextDocument>, private workspaceFolders: string[]) {
    this.files = new ReportFiles((path) => {
      // Only a file's own document: a converted one (nianbao-converted:) is its text, not the file.
      const open = documents.all().find((d) => d.uri.startsWith('file:') && pathOf(d.uri) === path);
      return open ? { text: open.getText(), version: open.version } : null;
    }, (path) => displayName(path, this.workspaceFolders));
  }

  /** Called when what was found for a document changes. */
  onChanged(listener: (uri: string) => void): void {
    this.listeners.push(listener);
  }

  /** After each analysis: notes what to look for, and looks when it is not known yet. */
  noticed(checked: Checked): void {
    const { uri } = checked;
    const why = this.whyNotLooked(checked);
    if (why) {
      // Findings across years were shown: they go.
      const had = this.states.delete(uri);
      this.notLooked.set(uri, why);
      if (had) this.changed(uri);
      return;
    }
    this.notLooked.delete(uri);
    const report = checked.analysis!.report;
    const path = pathOf(uri)!;
    const agency = agencyOf(report, basename(path))!;
    const year = report.year!;
    const wanted: Wanted = { key: `${path}\u0000${agency}\u0000${year}`, path, agency, year };
    const state = this.states.get(uri);
    if (state?.wanted.key === wanted.key) return;
    if (state) state.wanted = wanted;
    else this.states.set(uri, { wanted, found: null, generation: 0 });
    this.schedule(uri);
  }

  /** What was found for the document, when a search for its present key has ended. */
  found(uri: string): LastYearFound | null {
    const state = this.states.get(uri);
    return state?.found && state.found.key === state.wanted.key ? state.found : null;
  }

  /** In the status item's tooltip: which file was taken as last year's, or why none. */
  describe(uri: string): Message {
    const not = this.notLooked.get(uri);
    if (not) return not;
    const state = this.states.get(uri);
    const found = this.found(uri);
    if (!state || !found) return msg('正在查找上一年度报告…', "Looking for last year's report…");
    if (found.previous) return msg(`上一年度报告：${found.previous.digest.name}`, `Last year's report: ${found.previous.digest.name}`);
    return found.why ?? msg('未找到上一年度报告', "No report of last year found");
  }

  generation(uri: string): number {
    return this.states.get(uri)?.generation ?? 0;
  }

  /** The findings across years for this version of the document; none while last year's is not known. */
  findings(checked: Reported): Finding[] {
    const found = this.found(checked.uri);
    const state = this.states.get(checked.uri);
    if (!found?.previous || !state || !checked.settings.checkLastYear) return [];
    const id = `${checked.resultId}:${state.generation}`;
    const memo = this.crossMemo.get(checked.uri);
    if (memo?.id === id) return memo.findings;
    const current = digestOf(checked.analysis.report, this.files.nameOf(state.wanted.path));
    const findings = crossReportFindings([current, found.previous.digest], { rules: checked.settings.rules })[0] ?? [];
    this.crossMemo.set(checked.uri, { id, findings });
    return findings;
  }

  /** Files changed on disk (or last year's document was edited): looks again for every open report. */
  filesChanged(paths: readonly string[]): void {
    this.files.forget(paths);
    for (const uri of this.states.keys()) this.schedule(uri);
  }

  /** Last year's files of the open reports (an edit there changes their findings). */
  isPreviousOfAny(path: string): boolean {
    return [...this.states.values()].some((s) => s.found?.previous?.path === path);
  }

  setWorkspaceFolders(folders: string[]): void {
    this.workspaceFolders = folders;
    for (const uri of this.states.keys()) this.schedule(uri);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.states.delete(uri);
    this.notLooked.delete(uri);
    this.crossMemo.delete(uri);
  }

  private whyNotLooked(checked: Checked): Message | null {
    if (!checked.settings.checkLastYear) return msg('上一年度报告：对照检查已关闭（nianbao.checkLastYear）', "Last year's report: the checks across years are off (nianbao.checkLastYear)");
    const report = checked.analysis?.report;
    if (!report) return msg('不是报告，不查找上一年度报告', "Not a report: last year's is not looked for");
    const path = pathOf(checked.uri);
    if (path === null) return msg('文件不在本机磁盘上（未保存？），不查找上一年度报告', "Not a file on this computer's disk (unsaved?): last year's report is not looked for");
    if (report.year === null) return msg('未读出本报告的年度，无法查找上一年度报告', "The report's year was not read: last year's report cannot be looked for");
    if (agencyOf(report, basename(path)) === null) return msg('未读出本报告的机关名称（标题或文件名），无法查找上一年度报告', "The report's agency was not read (title or file name): last year's report cannot be looked for");
    return null;
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.queue = this.queue.then(() => this.search(uri)).catch(() => undefined);
    }, SEARCH_DELAY_MS));
  }

  private async search(uri: string): Promise<void> {
    const state = this.states.get(uri);
    if (!state) return;
    const wanted = state.wanted;
    const found = await this.look(wanted);
    // The document moved on, or was closed, meanwhile: its own search is scheduled.
    if (this.states.get(uri) !== state || state.wanted !== wanted) return;
    const before = state.found;
    state.found = found;
    const same = before && before.key === found.key && before.previous === found.previous && before.why?.zh === found.why?.zh;
    if (same) return;
    state.generation++;
    this.changed(uri);
  }

  /** The report's folder first, then the workspace folders: exactly one report of the agency's year before. */
  private async look(wanted: Wanted): Promise<LastYearFound> {
    const target = wanted.year - 1;
    const tried = new Set([wanted.path]);
    const matching = async (files: string[]): Promise<DigestedFile[]> => {
      const out: DigestedFile[] = [];
      for (const file of files) {
        if (tried.has(file)) continue;
        tried.add(file);
        const digested = await this.files.digestNaming(file, target);
        if (digested?.digest.agency === wanted.agency && digested.digest.year === target) out.push(digested);
        // Each file is read and analysed whole: let the editor's requests through between two.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return out;
    };
    let matches = await matching(await filesIn(dirname(wanted.path)));
    let stopped = false;
    // A generic name ("政府办") is one agency's only within the report's folder (engine/workspace/pairs.ts).
    const generic = isGenericAgency(wanted.agency);
    if (matches.length === 0 && !generic) {
      for (const folder of this.workspaceFolders) {
        const under = await filesUnder(folder);
        stopped ||= under.stopped;
        matches = [...matches, ...(await matching(under.files))];
      }
    }
    const only = matches.length === 1 ? matches[0]! : null;
    if (only) return { key: wanted.key, previous: only, why: null };
    const who = `${wanted.agency}`;
    if (matches.length > 1) {
      const names = matches.map((m) => m.digest.name).join('、');
      return { key: wanted.key, previous: null, why: msg(`${who}的${target}年报告不止一份（${names}），未作对照`, `More than one ${target} report of ${who} (${matches.map((m) => m.digest.name).join(', ')}): none compared`) };
    }
    const looked = tried.size - 1;
    const where = this.workspaceFolders.length > 0 && !generic ? msg('本文件夹和工作区', 'this folder and the workspace') : msg('本文件夹', 'this folder');
    const onlyHere = generic && this.workspaceFolders.length > 0
      ? msg(`（「${wanted.agency}」未写明所属地区，工作区其他文件夹中的同名机关不一定是本机关，未查找）`, ` ("${wanted.agency}" names no place: an office of that name elsewhere in the workspace may be another agency's, so it was not looked for)`)
      : msg('', '');
    const cut = stopped ? msg(`（工作区文件过多，只看了前 ${looked} 个）`, ` (too many files in the workspace: only the first ${looked} were looked at)`) : msg('', '');
    const unreadable = unreadableNote(this.files.unreadable, tried, this.files.nameOf);
    const note = unreadable ? msg(`；${unreadable.zh}`, `; ${unreadable.en}`) : msg('', '');
    return {
      key: wanted.key,
      previous: null,
      why: msg(`在${where.zh}的 ${looked} 个文件中未找到${who}的${target}年报告${cut.zh}${onlyHere.zh}${note.zh}`, `No ${target} report of ${who} among ${looked} files in ${where.en}${cut.en}${onlyHere.en}${note.en}`),
    };
  }

  private changed(uri: string): void {
    this.crossMemo.delete(uri);
    for (const listener of this.listeners) listener(uri);
  }
}

/** The path of the file a document is (file: uri) or was converted from (nianbao-converted:); null otherwise. */
export function pathOf(uri: string): string | null {
  if (isConverted(uri)) return sourcePath(uri);
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The workspace folders the client opened, as paths (file: uris only). */
export function workspaceFoldersOf(params: Pick<InitializeParams, 'workspaceFolders'> & { rootUri?: string | null }): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => {
    const path = uri.startsWith('file:') ? pathOf(uri) : null;
    return path === null ? [] : [path];
  });
}

/**
 * Wires the checks across years: each analysis is noticed; report files changing on disk
 * (workspace/didChangeWatchedFiles, registered here when the client allows it, else sent by the
 * client's own file events) or edited in the editor make the open reports look again.
 */
export const lastYearFeature: Feature = {
  capabilities: () => ({ workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }),

  register({ connection, documents, analyses, lastYear, client }) {
    analyses.onAnalysed((checked) => lastYear.noticed(checked));
    connection.onInitialized(() => {
      if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        const globPattern = `**/*.{${REPORT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] });
      }
      if (client.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(() => {
          void connection.workspace.getWorkspaceFolders().then((workspaceFolders) => lastYear.setWorkspaceFolders(workspaceFoldersOf({ workspaceFolders })));
        });
      }
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      const paths = changes.flatMap((c) => {
        const path = pathOf(c.uri);
        return path === null ? [] : [path];
      });
      if (paths.length > 0) lastYear.filesChanged(paths);
    });
    documents.onDidChangeContent(({ document }) => {
      const path = document.uri.startsWith('file:') ? pathOf(document.uri) : null;
      if (path !== null && lastYear.isPreviousOfAny(path)) lastYear.filesChanged([path]);
    });
  },
};
