// The command line, parsed: `check`, `extract`, `text` and `next`, their flags, and the files or folders named.
import { parseArgs } from 'node:util';
import type { Severity } from '../engine/model.ts';
import type { AnalyzeOptions, ReportKind } from '../engine/options.ts';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; format: 'text' | 'json' | 'sarif' | 'html'; fix: boolean; paths: string[]; lang?: string; options: AnalyzeOptions; workspace: boolean; output?: string }
  | { kind: 'extract'; format: 'json' | 'csv'; paths: string[]; lang?: string; options: AnalyzeOptions }
  | { kind: 'text'; paths: string[]; lang?: string }
  | { kind: 'next'; paths: string[]; lang?: string };

export class UsageError extends Error {}

const severities = ['error', 'warning', 'information', 'hint', 'off'] as const;

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  if (name === '--version' || name === '-v' || name === 'version') return { kind: 'version' };
  if (name !== 'check' && name !== 'extract' && name !== 'text' && name !== 'next') throw new UsageError(`unknown command "${name}"`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        lang: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'report-kind': { type: 'string' },
        'no-workspace': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) throw new UsageError('no file or folder given');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang must be zh or en, not "${values.lang}"`);
  if (name === 'text') {
    if (values.fix || values.format || values.output || values.rule || values['report-kind']) throw new UsageError('text takes only --lang and files');
    return { kind: 'text', paths: positionals, lang: values.lang };
  }
  if (name === 'next') {
    if (values.fix || values.format || values.output || values.rule || values['report-kind'] || values['no-workspace']) throw new UsageError('next takes only --lang and files');
    return { kind: 'next', paths: positionals, lang: values.lang };
  }
  const options = analyzeOptions(values.rule ?? [], values['report-kind']);
  if (name === 'check') {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'html') throw new UsageError(`check --format must be text, json, sarif or html, not "${format}"`);
    if (format === 'html' && !values.output) throw new UsageError('check --format html needs --output FILE');
    return { kind: 'check', format, fix: values.fix ?? false, paths: positionals, lang: values.lang, options, workspace: !values['no-workspace'], output: values.output };
  }
  if (values.fix) throw new UsageError('extract does not take --fix');
  if (values.output) throw new UsageError('extract prints to standard output; redirect it to a file');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`extract --format must be json or csv, not "${format}"`);
  return { kind: 'extract', format, paths: positionals, lang: values.lang, options };
}

/** `--rule balance/blank-total=off --rule date/=warning` and `--report-kind government`. */
function analyzeOptions(rules: string[], kind: string | undefined): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  for (const setting of rules) {
    const at = setting.lastIndexOf('=');
    const id = setting.slice(0, at);
    const severity = setting.slice(at + 1);
    if (at <= 0 || !(severities as readonly string[]).includes(severity)) {
      throw new UsageError(`--rule wants id=${severities.join('|')}, not "${setting}"`);
    }
    options.rules = { ...options.rules, [id]: severity as Severity | 'off' };
  }
  if (kind !== undefined) {
    if (kind !== 'department' && kind !== 'government') throw new UsageError(`--report-kind must be department or government, not "${kind}"`);
    options.reportKind = kind satisfies ReportKind;
  }
  return options;
}
