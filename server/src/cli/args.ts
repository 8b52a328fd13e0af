// The command line, parsed: `check`, `extract`, `text` and `next`, their flags, and the files or folders named.
import { parseArgs } from 'node:util';
import type { Message, Severity } from '../engine/model.ts';
import type { AnalyzeOptions, ReportKind } from '../engine/options.ts';
import { ruleSettingKey } from '../ruleSettings.ts';
import type { CommandName } from './help.ts';

export type Command =
  /** `command`: that command's own help (`nianbao check --help`, `nianbao help check`). */
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { kind: 'check'; format: 'text' | 'json' | 'sarif' | 'html'; fix: boolean; paths: string[]; lang?: string; options: AnalyzeOptions; workspace: boolean; output?: string; skipNonReports: boolean }
  | { kind: 'extract'; format: 'json' | 'csv'; paths: string[]; lang?: string }
  | { kind: 'text'; paths: string[]; lang?: string }
  | { kind: 'next'; paths: string[]; lang?: string };

/**
 * A mistake in the command line, said in both languages (main prints the user's); `command`: the
 * command it was given to, whose own help is then the one to read.
 */
export class UsageError extends Error {
  constructor(readonly why: Message, readonly command?: CommandName) {
    super(why.en);
  }
}

const usage = (zh: string, en: string) => new UsageError({ zh, en });

const severities = ['error', 'warning', 'information', 'hint', 'off'] as const;

const commands: readonly string[] = ['check', 'extract', 'text', 'next'] satisfies CommandName[];

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = commandFirst(argv);
  // `nianbao help check` is `nianbao check --help`.
  if (name === 'help' && commands.includes(rest[0] ?? '')) return { kind: 'help', command: rest[0] as CommandName };
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  if (name === '--version' || name === '-v' || name === 'version') return { kind: 'version' };
  // No command, only options: one of them may ask for the help or the version after the others
  // (`nianbao --lang en --help` is the help in English, as `nianbao check --lang en --help` is).
  if (name.startsWith('-') && name !== '-') {
    const asked = optionWords(argv);
    if (asked.has('--help') || asked.has('-h')) return { kind: 'help' };
    if (asked.has('--version') || asked.has('-v')) return { kind: 'version' };
  }
  if (name.startsWith('-') && name !== '-') throw usage('没有给出命令（可用：check、extract、text、next）', 'no command given (known: check, extract, text, next)');
  if (name !== 'check' && name !== 'extract' && name !== 'text' && name !== 'next') throw usage(`未知的命令“${name}”（可用：check、extract、text、next）`, `unknown command "${name}" (known: check, extract, text, next)`);
  try {
    return parseOf(name, rest);
  } catch (error) {
    throw error instanceof UsageError ? new UsageError(error.why, name) : error;
  }
}

/** The words after the command: its options and the files or folders named. */
function parseOf(name: CommandName, rest: string[]): Command {
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
        'skip-non-reports': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw parseError(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', command: name };
  if (positionals.length === 0) throw usage('没有给出文件或文件夹', 'no file or folder given');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw usage(`--lang 只能是 zh 或 en，不能是“${values.lang}”`, `--lang must be zh or en, not "${values.lang}"`);
  if (name === 'text') {
    if (values.fix || values.format || values.output || values.rule || values['report-kind']) throw usage('text 只接受 --lang 和文件', 'text takes only --lang and files');
    return { kind: 'text', paths: positionals, lang: values.lang };
  }
  if (name === 'next') {
    if (values.fix || values.format || values.output || values.rule || values['report-kind'] || values['no-workspace']) throw usage('next 只接受 --lang 和文件', 'next takes only --lang and files');
    return { kind: 'next', paths: positionals, lang: values.lang };
  }
  if (name === 'check') {
    const options = analyzeOptions(values.rule ?? [], values['report-kind']);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'html') throw usage(`check --format 只能是 text、json、sarif 或 html，不能是“${format}”`, `check --format must be text, json, sarif or html, not "${format}"`);
    if (format === 'html' && !values.output) throw usage('check --format html 需要 --output 文件', 'check --format html needs --output FILE');
    if (values.fix && positionals.includes('-')) throw usage('--fix 不能写回标准输入（-）', '--fix cannot write back to standard input (-)');
    return { kind: 'check', format, fix: values.fix ?? false, paths: positionals, lang: values.lang, options, workspace: !values['no-workspace'], output: values.output, skipNonReports: values['skip-non-reports'] ?? false };
  }
  if (values.fix) throw usage('extract 不接受 --fix', 'extract does not take --fix');
  // extract prints the tables as read: the rules' options change no table, and a folder's files
  // that are no report are left out anyway. Taken in silence they would look as if they applied.
  if (values.rule || values['report-kind'] || values['no-workspace'] || values['skip-non-reports']) {
    throw usage('extract 只接受 --format、--lang 和文件（--rule、--report-kind 等只用于 check）', 'extract takes only --format, --lang and files (--rule, --report-kind and the like are for check)');
  }
  if (values.output) throw usage('extract 输出到标准输出，请重定向到文件', 'extract prints to standard output; redirect it to a file');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw usage(`extract --format 只能是 json 或 csv，不能是“${format}”`, `extract --format must be json or csv, not "${format}"`);
  return { kind: 'extract', format, paths: positionals, lang: values.lang };
}

/** The options that take a value in the next word when written without "=". */
const VALUED = new Set(['--format', '-f', '--output', '-o', '--lang', '--rule', '--report-kind']);

/**
 * The words with the command first: options may come before it too (`nianbao --lang en check
 * FOLDER`), as people who type commands expect. The command is the first word that is neither an
 * option nor an option's value; without one, the words stay as they are (`--help`, `--version`).
 */
function commandFirst(argv: string[]): string[] {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (!word.startsWith('-') || word === '-') return i === 0 ? argv : [word, ...argv.slice(0, i), ...argv.slice(i + 1)];
    if (VALUED.has(word)) i++;
  }
  return argv;
}

/** The options written before `--`, without the values of those that take one in the next word. */
function optionWords(argv: string[]): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    words.add(word);
    if (VALUED.has(word)) i++;
  }
  return words;
}

/** `--rule balance/blank-total=off --rule date/=warning --rule text=hint` and `--report-kind government`. */
function analyzeOptions(rules: string[], kind: string | undefined): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  for (const setting of rules) {
    const at = setting.lastIndexOf('=');
    const id = setting.slice(0, at);
    const severity = setting.slice(at + 1);
    if (at <= 0 || !(severities as readonly string[]).includes(severity)) {
      throw usage(`--rule 的写法是 规则=${severities.join('|')}，不是“${setting}”`, `--rule wants id=${severities.join('|')}, not "${setting}"`);
    }
    const named = ruleSettingKey(id);
    if ('unknown' in named) {
      const nearest = named.unknown.nearest;
      const hint = nearest ? { zh: `，是否指“${nearest}”？`, en: `; did you mean "${nearest}"?` } : { zh: '', en: '' };
      throw usage(`--rule：没有规则“${id}”${hint.zh}`, `--rule: there is no rule "${id}"${hint.en}`);
    }
    options.rules = { ...options.rules, [named.key]: severity as Severity | 'off' };
  }
  if (kind !== undefined) {
    if (kind !== 'department' && kind !== 'government') throw usage(`--report-kind 只能是 department 或 government，不能是“${kind}”`, `--report-kind must be department or government, not "${kind}"`);
    options.reportKind = kind satisfies ReportKind;
  }
  return options;
}

/** node:util parseArgs's errors (English, with advice about `--`), said in the user's words. */
function parseError(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(?:-\w, )?(-[^' ]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage(`未知的选项 ${option}`, `unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(text)
      ? usage(`选项 ${option} 不带值`, `option ${option} takes no value`)
      : usage(`选项 ${option} 需要一个值`, `option ${option} needs a value`);
  }
  return usage(`命令行有误：${text}`, `bad command line: ${text}`);
}
