// `nianbao --help`, and each command's own (`nianbao check --help`), in the user's language. The
// command is named as the user ran it (programName.ts): a command shown can be typed as it is.
import type { Language } from './language.ts';

/** The commands, each with a help of its own. */
export type CommandName = 'check' | 'extract' | 'text' | 'next';

export function helpText(language: Language, program = 'nianbao'): string {
  return asRun(globalHelp(language), program);
}

/** `nianbao check --help`: what the command does, its options only, and examples to copy. */
export function commandHelp(command: CommandName, language: Language, program = 'nianbao'): string {
  return asRun(commandHelps[command][language], program);
}

/** Each command line shown (`nianbao check …`) with the command as it was run; the title's name stays. */
function asRun(help: string, program: string): string {
  return help.replace(/\bnianbao (?=[a-z-]|命令|COMMAND)/g, () => `${program} `);
}

function globalHelp(language: Language): string {
  if (language === 'en') {
    return `nianbao — proofreads 政府信息公开工作年度报告 (annual government information disclosure reports)

Usage:
  nianbao check [--format text|json|sarif|html] [--output FILE] [--fix] [options] FILE|FOLDER…
  nianbao extract [--format json|csv] FILE|FOLDER…
  nianbao text FILE|FOLDER…
  nianbao next FILE…
  nianbao --version | --help
  nianbao COMMAND --help       (each command's own options, with examples)

check     reports what is wrong: tables that do not add up, dates, sections, text against tables.
          --fix writes every safe fix back (encoding, BOM and line ends kept).
          --format html --output FILE writes one self-contained page: every report, its tables
          with the wrong cells marked, and each agency across years. Many files are checked on
          every core, with a progress bar on a terminal.
extract   prints the three tables as read.
text      prints the text that is analysed: for a web page, .docx or PDF, what it was converted to.
next      writes next year's draft beside the report (never over an existing file): year and period
          moved on, 结转下年度 carried into 上年结转, every other count blank, the date emptied.

Reports may be text (.txt, .md, .nianbao), web pages (.html, .htm), Word (.docx) or PDF files;
- as the file reads one report from standard input.
In a converted file, lines and columns are those of \`nianbao text\`; the page or paragraph is
named after them. --fix writes text files only. Old .doc/.wps files must be saved as .docx first
(one that holds a web page or text is read as such); a scanned PDF needs OCR first.

Options:
  --format, -f                 the output format (each command's own, as above)
  --output, -o FILE            check: write the result to FILE instead of printing it (needed by
                               --format html; the terminal then shows the summary)
  --fix                        check: write every safe fix back into the text files (see above)
  --lang zh|en                 language of messages (default: from LANG, else Chinese)
  --rule ID=SEVERITY           error|warning|information|hint|off, for a rule id or a group like date/
                               (or date)
  --report-kind department|government   which deadline applies (default: guessed from the title)
  --no-workspace               do not compare reports of the same agency across years
  --skip-non-reports           skip a named file that is no report instead of counting it as unchecked

Folders are searched for .txt, .md, .nianbao, .html, .htm, .docx and .pdf files (and old .doc/.wps,
to say they must be saved as .docx); a file found in a folder that is not a report (a README),
or of another type, is skipped and listed with why. Text lines and columns are 1-based;
JSON and SARIF follow their own conventions (JSON: 0-based, as in LSP).
Exit status: 0 no errors, 1 errors found, 2 usage or file errors.
`;
  }
  return `nianbao — 政府信息公开工作年度报告校对工具

用法：
  nianbao check [--format text|json|sarif|html] [--output 文件] [--fix] [选项] 文件|文件夹…
  nianbao extract [--format json|csv] 文件|文件夹…
  nianbao text 文件|文件夹…
  nianbao next 文件…
  nianbao --version | --help
  nianbao 命令 --help          （各命令的选项和示例）

check     检查报告：表格合计与勾稽关系、日期、章节结构、正文与表格是否一致。
          --fix 将所有安全修复写回文件（保留编码、BOM 和换行符）。
          --format html --output 文件：生成一个独立的网页，列出每份报告、标出错误单元格的表格、
          各单位历年情况图。文件多时用全部 CPU 核并行检查，终端上显示进度条。
extract   输出读取到的三张表格。
text      输出实际检查的文本：网页、.docx、PDF 文件输出转换所得的文本。
next      在报告旁生成下一年度草稿（不覆盖已有文件）：年度与统计期限顺延一年，结转下年度填入上年结转，
          其余数字留空，发布日期清空。

报告可以是文本文件（.txt、.md、.nianbao）、网页（.html、.htm）、Word（.docx）或 PDF 文件；
文件写 - 时从标准输入读取一份报告。
转换所得的文件，行号、列号是 \`nianbao text\` 输出中的位置，其后注明页码或段落。--fix 只写回文本文件。
旧版 .doc/.wps 文件请先另存为 .docx（内容其实是网页或文本的，按网页或文本读取）；扫描版 PDF 需先做文字识别（OCR）。

选项：
  --format, -f                 输出格式（各命令可用的格式见上）
  --output, -o 文件            check：结果写入该文件，不在终端打印（--format html 必须给出，
                               终端只显示摘要）
  --fix                        check：将所有安全修复写回文本文件（见上）
  --lang zh|en                 提示语言（默认按 LANG 环境变量，否则中文）
  --rule 规则=级别             error|warning|information|hint|off，可写一组规则，如 date/（或 date）
  --report-kind department|government   适用哪个发布期限（默认由标题推断）
  --no-workspace               不比对同一单位不同年度的报告
  --skip-non-reports           跳过不是年度报告的文件，而不算作无法检查的文件

文件夹中查找 .txt、.md、.nianbao、.html、.htm、.docx、.pdf 文件（旧版 .doc/.wps 也会列出，提示另存为 .docx），其中不是年度报告的文件（如说明文档）和其他类型的文件跳过，并列出原因。文本输出的行号、列号从 1 开始；JSON 输出从 0 开始（与 LSP 一致）。
退出码：0 无错误，1 有错误，2 用法或文件错误。
`;
}

const commandHelps: Record<CommandName, Record<Language, string>> = {
  check: {
    zh: `用法：nianbao check [选项] 文件|文件夹…

检查报告：表格合计与勾稽关系、日期、章节结构、正文与表格是否一致。文件夹中查找
.txt、.md、.nianbao、.html、.htm、.docx、.pdf 文件；文件写 - 时从标准输入读取一份报告。

选项：
  --format, -f text|json|sarif|html   输出格式（默认 text）
  --output, -o 文件            结果写入该文件，终端只显示摘要（--format html 必须给出）
  --fix                        将所有安全修复写回文本文件（.docx、PDF、网页不写入）
  --rule 规则=级别             error|warning|information|hint|off，可写一组规则，如 date/
  --report-kind department|government   适用哪个发布期限（默认由标题推断）
  --no-workspace               不比对同一单位不同年度的报告
  --skip-non-reports           跳过不是年度报告的文件，而不算作无法检查的文件
  --lang zh|en                 提示语言

示例：
  nianbao check 报告文件夹
  nianbao check --format html --output 结果.html 报告文件夹
  nianbao check --fix 2023年报告.txt

退出码：0 无错误，1 有错误，2 用法或文件错误。
`,
    en: `Usage: nianbao check [options] FILE|FOLDER…

Checks reports: tables that do not add up, dates, sections, text against tables. Folders are
searched for .txt, .md, .nianbao, .html, .htm, .docx and .pdf files; - reads one report from
standard input.

Options:
  --format, -f text|json|sarif|html   the output format (default text)
  --output, -o FILE            write the result to FILE, the terminal shows the summary (needed by
                               --format html)
  --fix                        write every safe fix back into the text files (never a .docx, PDF
                               or web page)
  --rule ID=SEVERITY           error|warning|information|hint|off, for a rule id or a group like date/
  --report-kind department|government   which deadline applies (default: guessed from the title)
  --no-workspace               do not compare reports of the same agency across years
  --skip-non-reports           skip a named file that is no report instead of counting it as unchecked
  --lang zh|en                 language of messages

Examples:
  nianbao check reports/
  nianbao check --format html --output results.html reports/
  nianbao check --fix report-2023.txt

Exit status: 0 no errors, 1 errors found, 2 usage or file errors.
`,
  },
  extract: {
    zh: `用法：nianbao extract [选项] 文件|文件夹…

输出读取到的三张表格（每个单元格的数值、原文和位置），供核对或导入表格软件。

选项：
  --format, -f json|csv        输出格式（默认 json）
  --lang zh|en                 提示语言

示例：
  nianbao extract 2023年报告.txt
  nianbao extract --format csv 报告文件夹 > 表格.csv
`,
    en: `Usage: nianbao extract [options] FILE|FOLDER…

Prints the three tables as read (each cell's value, text and place), to check them or to open them
in a spreadsheet.

Options:
  --format, -f json|csv        the output format (default json)
  --lang zh|en                 language of messages

Examples:
  nianbao extract report-2023.txt
  nianbao extract --format csv reports/ > tables.csv
`,
  },
  text: {
    zh: `用法：nianbao text [选项] 文件|文件夹…

输出实际检查的文本：网页、.docx、PDF 文件输出转换所得的文本。检查结果中这些文件的行号、列号即此文本中的位置。

选项：
  --lang zh|en                 提示语言

示例：
  nianbao text 2023年报告.pdf
`,
    en: `Usage: nianbao text [options] FILE|FOLDER…

Prints the text that is analysed: for a web page, .docx or PDF, what it was converted to. The lines
and columns \`check\` gives for such a file are those of this text.

Options:
  --lang zh|en                 language of messages

Example:
  nianbao text report-2023.pdf
`,
  },
  next: {
    zh: `用法：nianbao next [选项] 文件…

在报告旁生成下一年度草稿（不覆盖已有文件）：年度与统计期限顺延一年，结转下年度填入上年结转，
其余数字留空，发布日期清空。

选项：
  --lang zh|en                 提示语言

示例：
  nianbao next 2023年报告.txt
`,
    en: `Usage: nianbao next [options] FILE…

Writes next year's draft beside the report (never over an existing file): year and period moved
on, 结转下年度 carried into 上年结转, every other count blank, the date emptied.

Options:
  --lang zh|en                 language of messages

Example:
  nianbao next report-2023.txt
`,
  },
};
