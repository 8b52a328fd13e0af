// Compiler-style text output: `file:line:col severity rule message`, lines and columns 1-based as
// editors and terminals expect (the JSON output is 0-based, as in LSP). Colour only on a terminal.
import pc from 'picocolors';
import type { Severity } from '../engine/model.ts';
import type { JsonFile } from './fileResult.ts';
import type { Language } from './language.ts';

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
    for (const d of file.diagnostics) {
      const where = `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const severity = colours[paint[d.severity]](severityWord[d.severity][language]);
      const fixable = d.fixes.length > 0 ? colours.dim(language === 'zh' ? ' [可修复]' : ' [fixable]') : '';
      lines.push(`${colours.bold(where)} ${severity} ${colours.dim(d.rule)} ${d.message}${fixable}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function summaryLine(files: JsonFile[], language: Language, colours: Colours): string {
  const count = (s: Severity) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  const text = language === 'zh'
    ? `${files.length} 个文件，${errors} 个错误，${warnings} 个警告`
    : `${files.length} file${files.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return (errors ? colours.red(text) : warnings ? colours.yellow(text) : text) + '\n';
}
