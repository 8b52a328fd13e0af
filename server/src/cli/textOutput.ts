// Compiler-style text output: `file:line:col severity rule message`, lines and columns 1-based as
// editors and terminals expect (the JSON output is 0-based, as in LSP). Colour only on a terminal.
import pc from 'picocolors';
import { describePlace } from '../documents/places.ts';
import type { Severity } from '../engine/model.ts';
import { problemsByKind, type FileProblem, type JsonFile } from './fileResult.ts';
import type { NotAFile } from './inputs.ts';
import type { UncheckedKind } from '../render/batchPage.ts';
import { readInPart } from '../render/batchEntry.ts';
import { labelled, type Language } from './language.ts';

const severityWord: Record<Severity, Record<Language, string>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  information: { zh: '信息', en: 'info' },
  hint: { zh: '提示', en: 'hint' },
};

export interface Colours {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export function coloursFor(enabled: boolean): Colours {
  const c = pc.createColors(enabled);
  return { red: c.red, yellow: c.yellow, blue: c.blue, dim: c.dim, bold: c.bold };
}

const paint: Record<Severity, keyof Colours> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'dim' };

export function textOutput(files: JsonFile[], language: Language, colours: Colours): string {
  const lines: string[] = [];
  for (const file of files) {
    lines.push(...fixLines(file, language));
    for (const d of file.diagnostics) {
      // In a converted document, line and column are those of `nianbao text`; the page says where to look.
      const where = `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}${d.place ? ` [${describePlace(d.place)[language]}]` : ''}`;
      const severity = colours[paint[d.severity]](severityWord[d.severity][language]);
      // A safe fix is applied by --fix and fix-all on save; a suggestion waits for a person.
      const fixable = d.fixes.length === 0 ? ''
        : d.fixes.some((x) => x.safe) ? colours.dim(language === 'zh' ? ' [可自动修复]' : ' [auto-fixable]')
        : colours.dim(language === 'zh' ? ' [有修改建议]' : ' [suggested fix]');
      lines.push(`${colours.bold(where)} ${severity} ${colours.dim(d.rule)} ${d.message}${fixable}`);
      lines.push(...relatedLines(file.path, d.related, language, colours));
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** How many of a finding's related places are printed under it; the JSON and SARIF outputs have them all. */
const RELATED_SHOWN = 5;

/**
 * A finding's related places (the cells a total adds up, the other places of a table written
 * twice), each under it, indented, as compilers print their notes: a terminal makes `file:line:col`
 * a link, as it does the finding's own place.
 */
function relatedLines(path: string, related: JsonFile['diagnostics'][number]['related'], language: Language, colours: Colours): string[] {
  const zh = language === 'zh';
  const lines = related.slice(0, RELATED_SHOWN).map((r) => `  ${path}:${r.range.start.line + 1}:${r.range.start.character + 1}${r.place ? ` [${describePlace(r.place)[language]}]` : ''} ${colours.dim(zh ? '相关' : 'related')} ${r.message}`);
  const more = related.length - RELATED_SHOWN;
  if (more > 0) lines.push(colours.dim(zh ? `  ……另有 ${more} 处相关位置（--format json 列出全部）` : `  … and ${more} more related place${more === 1 ? '' : 's'} (--format json lists them all)`));
  return lines;
}

/** With --fix, per file: each fix written (`已修复：第 341 行 0 → 30`), then what was left for a person and why. */
export function fixLines(file: JsonFile, language: Language): string[] {
  if (!file.fixed) return [];
  const zh = language === 'zh';
  // Control characters (a stray NUL) are named, not written to the terminal.
  const named = (t: string) => t.replace(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const shown = (t: string) => (t.trim() === '' ? (zh ? '（空白）' : '(blank)') : named(t.trim()));
  const applied = file.fixed.applied.map((a) => {
    const what = a.from !== undefined && a.to !== undefined ? `${shown(a.from)} → ${shown(a.to)}` : `${a.title}${zh ? `（${a.edits} 处）` : ` (${a.edits} edits)`}`;
    return `${file.path}: ${zh ? `已修复：第 ${a.line} 行 ${what}` : `fixed: line ${a.line} ${what}`} (${a.rule})`;
  });
  const left = file.fixed.left.map((l) => `${file.path}: ${zh
    ? `未自动修复：第 ${l.line} 行 ${l.rule}：${l.suggestions > 1 ? `有 ${l.suggestions} 种改法，需要人来选择` : '修改建议不能确定是对的，需要人来确认'}`
    : `not fixed: line ${l.line} ${l.rule}: ${l.suggestions > 1 ? `${l.suggestions} possible repairs, a person must choose` : 'the suggested repair may not be right, a person must confirm it'}`}`);
  return [...applied, ...left];
}

/** Each file that could not be read, checked or written back, with why, one a line. */
export function problemLines(problems: readonly FileProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}\n`).join('');
}

/** How many skipped files the summary names one by one; the JSON output and the HTML page name them all. */
const SKIPPED_SHOWN = 20;

/**
 * The end of a run: files, errors and warnings, information and hints when there are any; how many reports were read only in part
 * (`table/unread`); the rules that fired most (what an evaluator looks at first across hundreds of
 * reports); the files skipped as no report, each with why; how many files, folders and paths could
 * not be checked, and how many were checked but their fixes not written (each was already named with why, on
 * stderr or above in an --output file).
 */
export function runSummary(files: JsonFile[], problems: readonly FileProblem[], skipped: readonly FileProblem[], language: Language, colours: Colours): string {
  const zh = language === 'zh';
  const count = (s: Severity) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  // Information and hints are printed above with the rest: counted too, when there are any (the
  // HTML page's totals count the same).
  const information = count('information');
  const hints = count('hint');
  const total = files.length;
  const notes = zh
    ? `${information ? `，${information} 条信息` : ''}${hints ? `，${hints} 个提示` : ''}`
    : `${information ? `, ${information} info` : ''}${hints ? `, ${hints} hint${hints === 1 ? '' : 's'}` : ''}`;
  const head = zh
    ? `${total} 个文件，${errors} 个错误，${warnings} 个警告${notes}`
    : `${total} file${total === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${notes}`;
  const lines = [errors ? colours.red(head) : warnings ? colours.yellow(head) : head];
  const partly = files.filter((f) => readInPart(f.diagnostics.map((d) => d.rule), f.notes)).length;
  if (partly > 0) lines.push(colours.yellow(zh ? `${partly} 份报告读取不全（table/unread，或文件有未读取的部分）` : `${partly} report${partly === 1 ? '' : 's'} not read whole (table/unread, or parts of the file not read)`));
  const byRule = new Map<string, number>();
  for (const f of files) for (const d of f.diagnostics) if (d.severity === 'error' || d.severity === 'warning') byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
  const top = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  if (files.length > 1 && top.length > 0) {
    lines.push((zh ? '最常见：' : 'most frequent: ') + top.map(([rule, n]) => `${rule} ×${n}`).join(zh ? '，' : ', '));
  }
  if (skipped.length > 0) {
    // Each line says why: no report, the same file found twice, a type not searched for.
    lines.push(zh ? `跳过 ${skipped.length} 个文件，未检查：` : `skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}, not checked:`);
    for (const s of skipped.slice(0, SKIPPED_SHOWN)) lines.push(`  ${s.path}${zh ? '：' : ': '}${s.message}`);
    const more = skipped.length - SKIPPED_SHOWN;
    if (more > 0) lines.push(zh ? `  ……另有 ${more} 个（--format json 列出全部）` : `  … and ${more} more (--format json lists them all)`);
  }
  // A file checked whose fixes could not be written (--fix) is a problem too, but not one unchecked.
  const byKind = problemsByKind(problems, files.map((f) => f.path));
  const unwritten = byKind.unwritten.length;
  for (const count of uncheckedCounts(byKind.unchecked, language)) lines.push(colours.red(zh ? `${count}（原因见上）` : `${count} (why is above)`));
  if (unwritten > 0) {
    lines.push(colours.red(zh ? `${unwritten} 个文件已检查，但修复未写入（原因见上）` : `${unwritten} file${unwritten === 1 ? '' : 's'} checked, but fixes not written (why is above)`));
  }
  return lines.join('\n') + '\n';
}

/**
 * How many could not be checked, each kind in its own words ("2 个文件无法检查", "1 个文件夹无法读取"):
 * a folder, or a path that does not exist, is not counted as a file. The summary and the HTML page say these.
 */
export function uncheckedCounts(unchecked: readonly FileProblem[], language: Language): string[] {
  const zh = language === 'zh';
  const s = (n: number) => (n === 1 ? '' : 's');
  const phrases: Record<'file' | NotAFile, (n: number) => string> = {
    file: (n) => (zh ? `${n} 个文件无法检查` : `${n} file${s(n)} could not be checked`),
    folder: (n) => (zh ? `${n} 个文件夹无法读取` : `${n} folder${s(n)} could not be read`),
    'folder-without-reports': (n) => (zh ? `${n} 个文件夹中没有报告文件` : `${n} folder${s(n)} with no report files`),
    path: (n) => (zh ? `${n} 个路径不存在或无法访问` : `${n} path${s(n)} not found or not accessible`),
  };
  return (Object.keys(phrases) as (keyof typeof phrases)[]).flatMap((what) => {
    const n = unchecked.filter((p) => (p.what ?? 'file') === what).length;
    return n > 0 ? [phrases[what](n)] : [];
  });
}

/** Which kinds the paths not checked are (the HTML page's heading names them): a folder with no reports is a folder, a path not found of no known kind. */
export function uncheckedKinds(unchecked: readonly FileProblem[]): UncheckedKind[] {
  const kindOf = (what: NotAFile | undefined): UncheckedKind => (what === undefined ? 'file' : what === 'path' ? 'path' : 'folder');
  return [...new Set(unchecked.map((p) => kindOf(p.what)))];
}

/** What the reading of each converted document noted, one a line as stderr says it (readInput.ts noteLines): for an --output file. */
export function notedLines(files: readonly JsonFile[], language: Language): string {
  return files.flatMap((f) => (f.notes ?? []).map((n) => `${f.path}: ${labelled(language, { zh: '注意', en: 'note' }, n.message)}\n`)).join('');
}
