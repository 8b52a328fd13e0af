// text/leftover: what converting Word or a web page to text leaves behind: "[bookmark: _GoBack]",
// HTML entities ("&nbsp;", "&amp;") and tags ("<p>", "<br/>") in plain text, the replacement
// character U+FFFD, and control characters other than tab and line ends. An HTML table pasted as
// text is left alone: there the tags are the table (and so in a whole table written as markup, one
// row a line, as the converters write a page's other tables).
import type { Finding, Fix, Message, Report, Span } from '../model.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';
import { tablesRead } from '../tableLookup.ts';

/** Beyond this many leftovers a text is garbage, not a report with leftovers: stop listing. */
const MAX_FINDINGS = 200;

const BOOKMARK = /\[bookmark:[^\]\n]{0,120}\]/g;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});|&nbsp(?![a-zA-Z;])/g;
const TAG = /<\/?(?:p|br|span|div|font|b|i|u|s|strong|em|a|img|table|tbody|thead|tfoot|tr|td|th|li|ul|ol|h[1-6]|sup|sub|o:p|style|script|section|article|center|hr|col|colgroup|caption|label|input|meta|link)(?:\s[^<>\n]{0,300})?\s*\/?>/gi;
const REPLACEMENT = /\uFFFD+/g;
// C0 controls except \t \n \r, DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]+/g;
/** The same, for the words around one (its own regex: replacing with CONTROL would reset the scan's lastIndex). */
// eslint-disable-next-line no-control-regex
const CONTROL_AROUND = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]+/g;
/**
 * The first character of every entity, tag, U+FFFD and run of control characters. The searches
 * for them start where the first of these stands (none can match before it), and a text without
 * any, as most reports are, is searched once rather than four times: the four searches were each
 * a pass over the whole text, the control characters' the costliest (a class of ranges).
 */
// eslint-disable-next-line no-control-regex
const LEFTOVER_START = /[&<\uFFFD\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;

/** Entities for visible characters are written out; those for spaces are deleted. */
const NAMED: Record<string, string> = {
  nbsp: '', ensp: '', emsp: '', thinsp: '', zwsp: '',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±', yen: '¥', sect: '§',
  copy: '©', reg: '®', laquo: '«', raquo: '»',
};

export const textLeftover: Rule = {
  id: 'text/leftover',
  severity: 'hint',
  description: {
    zh: '文本中残留的格式转换痕迹：Word 书签、HTML 实体和标签、乱码替换符、控制字符。',
    en: 'Conversion leftovers in the text: Word bookmarks, HTML entities and tags, U+FFFD, control characters.',
  },
  check(report) {
    const text = report.text;
    // Read only when an entity or a tag is found: most texts have none.
    let htmlTables: Span[] | undefined;
    const inHtmlTable = (s: Span) => (htmlTables ??= htmlTableSpans(report)).some((t) => s.start < t.end && s.end > t.start);
    const found: Finding[] = [];
    const add = (span: Span, message: Message, replacement: string, title: Message) => {
      if (found.length >= MAX_FINDINGS) return;
      // Deleting what stands between two digits ("5&nbsp;1", "5</td><td>1") or a table's tags
      // (a table not read as one of the three) would glue numbers together: offered, not applied.
      const safe = !(replacement === '' && (gluesDigits(text, span) || TABLE_TAG.test(text.slice(span.start, span.end))));
      const fix: Fix = { title, edits: [{ span, newText: replacement }], safe };
      found.push(finding(textLeftover, message, span, { fixes: [fix] }));
    };
    const each = (re: RegExp, visit: (m: RegExpExecArray, span: Span) => void, from = 0) => {
      re.lastIndex = from;
      for (let m = re.exec(text); m && found.length < MAX_FINDINGS; m = re.exec(text)) {
        visit(m, { start: m.index, end: m.index + m[0].length });
      }
    };
    const remove = { zh: '删除', en: 'Delete it' };

    each(BOOKMARK, (m, span) =>
      add(span, { zh: `Word 书签残留“${m[0]}”。`, en: `Word bookmark left over: "${m[0]}".` }, '', remove));
    // Entities, tags, U+FFFD and control characters are searched for from the first that may be one.
    const start = text.search(LEFTOVER_START);
    if (start < 0) return found;
    each(ENTITY, (m, span) => {
      if (inHtmlTable(span)) return;
      const decoded = decodeEntity(m[0]);
      if (decoded === null) return;
      if (decoded === '') add(span, { zh: `HTML 实体残留“${m[0]}”。`, en: `HTML entity left over: "${m[0]}".` }, '', remove);
      else add(span, { zh: `HTML 实体残留“${m[0]}”，应为“${decoded}”。`, en: `HTML entity left over: "${m[0]}" stands for "${decoded}".` }, decoded, { zh: `改为“${decoded}”`, en: `Write "${decoded}"` });
    }, start);
    each(TAG, (m, span) => {
      if (inHtmlTable(span)) return;
      add(span, { zh: `HTML 标签残留“${m[0].slice(0, 40)}”。`, en: `HTML tag left over: "${m[0].slice(0, 40)}".` }, '', remove);
    }, start);
    each(REPLACEMENT, (_m, span) =>
      add(span, { zh: '乱码替换符“\uFFFD”：此处原有字符在转换中丢失。', en: 'Replacement character U+FFFD: a character was lost in conversion.' }, '', remove), start);
    each(CONTROL, (m, span) => {
      const codes = [...m[0].slice(0, 3)].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
      // Invisible in most editors: the words around it say where it stands.
      const before = text.slice(Math.max(0, span.start - 8), span.start).split('\n').pop()!.replace(CONTROL_AROUND, '');
      const after = text.slice(span.end, span.end + 8).split('\n')[0]!.replace(CONTROL_AROUND, '');
      const where: Message = before && after ? { zh: `，位于“${before}”与“${after}”之间`, en: `, between "${before}" and "${after}"` }
        : after ? { zh: `，位于“${after}”之前`, en: `, before "${after}"` }
        : before ? { zh: `，位于“${before}”之后`, en: `, after "${before}"` } : { zh: '', en: '' };
      add(span, { zh: `控制字符残留（${codes}）${where.zh}。`, en: `Control character left over (${codes})${where.en}.` }, '', remove);
    }, start);
    return found.sort((a, b) => a.span.start - b.span.start);
  },
};

/** The tags that make a table's rows and cells. */
const TABLE_TAG = /^<\/?(?:table|tbody|thead|tfoot|tr|td|th|col|colgroup|caption)\b/i;
const DIGIT = /[0-9０-９]/;

/** Whether the characters on both sides of a span are digits, so deleting it would join them. */
function gluesDigits(text: string, span: Span): boolean {
  return DIGIT.test(text[span.start - 1] ?? '') && DIGIT.test(text[span.end] ?? '');
}

/** The character an entity stands for ('' for spaces), or null when it is not an entity we know. */
function decodeEntity(entity: string): string | null {
  const body = entity.replace(/^&/, '').replace(/;$/, '');
  let code: number | null = null;
  if (/^#[xX]/.test(body)) code = parseInt(body.slice(2), 16);
  else if (body.startsWith('#')) code = parseInt(body.slice(1), 10);
  if (code !== null) {
    if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    // Spaces and control characters are deleted, everything else written out.
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff) return '';
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? null;
}

/**
 * The HTML tables pasted as text, from their <table> to their </table> (the span read as table
 * may start at the first row).
 */
function htmlTableSpans(report: Report): Span[] {
  const text = report.text;
  const out: Span[] = [];
  for (const t of tablesRead(report.tables)) {
    if (t.layout !== 'html') continue;
    let start = t.span.start;
    const open = text.lastIndexOf('<table', start);
    if (open >= 0 && start - open < 5000 && text.lastIndexOf('</table', start) < open) start = open;
    let end = t.span.end;
    const close = text.indexOf('</table>', Math.max(0, end - 8));
    if (close >= 0 && close - end < 5000) end = Math.max(end, close + '</table>'.length);
    out.push({ start, end });
  }
  // A whole table laid out as markup, one row a line, as the converters write a page's or a
  // document's other tables (the metadata table of a web page): a table, not tags left in prose.
  WHOLE_TABLE.lastIndex = 0;
  for (let m = WHOLE_TABLE.exec(text); m; m = WHOLE_TABLE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const WHOLE_TABLE = /^<table\b[^>\n]*>\r?\n(?:<tr\b[^\n]*<\/tr>\r?\n)*<\/table>/gm;
