// The report's prose as sentences and clauses, with the counts written in them ("4件", "一起").
// Text inside the tables is not prose. Matching is done on the half-width text (Report.halfWidth,
// made once per analysis; it maps one character to one, so offsets stay those of report.text). A
// sentence wrapped over line breaks (text made from a PDF) is read across them: its text leaves the
// breaks out, and textOffset / normIndex map its offsets to those of report.text and back.
import type { Report, Span } from '../model.ts';
import { isAsciiDigit, isWhitespace } from '../text/normalize.ts';
import { tablesRead } from '../tableLookup.ts';
import { wrapJudge } from './wrappedLines.ts';

export interface Sentence {
  /** Trimmed: from the first to the last visible character, the end mark included. */
  span: Span;
  /** The sentence half-width, without the line breaks it runs over (as the span, for most sentences). */
  norm: string;
  /** The line breaks left out of `norm`, in order; empty for a sentence on one line. */
  joins: readonly Join[];
}

/**
 * A line break left out of a sentence's text: before norm[at], `removed` characters of report.text;
 * `shift` counts those of this break and of all before it (norm[at] is text[span.start + at + shift]).
 */
export interface Join {
  at: number;
  removed: number;
  shift: number;
}

export interface Clause {
  sentence: Sentence;
  /** Where the clause begins in sentence.norm. */
  from: number;
  /** Half-width text of the clause, without the separator that ends it. */
  norm: string;
}

export interface Count {
  value: number;
  unit: string;
  /** Offsets into the string the count was read from (a clause or a sentence). */
  start: number;
  end: number;
  /** True for Chinese numerals ("一件"), which also occur in idioms. */
  chinese: boolean;
}

/** The spans of the tables that were read, sorted. */
function tableSpans(report: Report): Span[] {
  const spans: Span[] = [];
  for (const t of tablesRead(report.tables)) spans.push(t.span);
  // A table written again is no prose either, though it was not read.
  for (const t of report.repeatedTables) spans.push(t.span);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The segments of each report, found once: the statements about tables B and C, those about table A
 * (twice: their sentences, and the ones beside) and text/parts-exceed-whole each ask for them.
 */
const segmentsByReport = new WeakMap<Report, readonly Span[]>();

/** The parts of the text outside the tables. */
export function proseSegments(report: Report): readonly Span[] {
  const known = segmentsByReport.get(report);
  if (known) return known;
  const segments = segmentsOf(report);
  segmentsByReport.set(report, segments);
  return segments;
}

function segmentsOf(report: Report): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  for (const t of tableSpans(report)) {
    if (t.start > cursor) out.push({ start: cursor, end: t.start });
    cursor = Math.max(cursor, t.end);
  }
  if (cursor < report.text.length) out.push({ start: cursor, end: report.text.length });
  return out;
}

function isBlank(c: number): boolean {
  return isWhitespace(c) || c === 0x200b;
}

/**
 * Sentences of the prose: split at 。！？ and at line ends, tables left out; a line end inside a
 * sentence (wrappedLines.ts) does not split it. With `wanted`, only the sentences holding one of
 * its hits (offsets, ascending) are made, and the prose between them is not cut (cutSentences).
 */
export function proseSentences(report: Report, wanted?: readonly number[]): Sentence[] {
  const bounds = cutSentences(report, wanted ?? null);
  return bounds.map(({ span, breaks }) => sentenceOf(report, span, breaks));
}

/** Where a sentence of the prose stands, and the line breaks inside it that do not end it. */
interface SentenceBounds {
  span: Span;
  breaks: readonly Span[];
}

const NO_BREAKS: readonly Span[] = [];

/** 。！？!?: a sentence ends after each, whatever stands before it. */
function isEndMark(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/**
 * The prose cut into sentences; with `wanted` (offsets, ascending), only the sentences holding one
 * of them, the prose before each skipped up to the last end mark (。！？!?) before it. Cutting every
 * sentence (a judgement of each line end, wrappedLines.ts) was most of what reading the statements
 * cost, and most sentences hold none of their words. The sentences kept are those the whole cut
 * makes: after an end mark a sentence begins whatever came before, and of the prose skipped only
 * where the mark's line begins is needed (for the judgement of its line end), found by looking back
 * over it. Each offset wanted is looked back from once, and what is looked back over is read
 * forward once more at most: the cut stays linear.
 */
function cutSentences(report: Report, wanted: readonly number[] | null): SentenceBounds[] {
  const text = report.text;
  const bounds: SentenceBounds[] = [];
  const wrapped = wrapJudge(report);
  // The line breaks inside the sentence being made.
  let breaks: Span[] = [];
  // The first offset wanted not yet passed.
  let hit = 0;
  // The offset wanted (its index) last looked back from for an end mark.
  let lookedBackFrom = -1;
  const push = (start: number, end: number) => {
    // Kept with the sentence: the list being filled is handed over, and a new one begun.
    const runOver = breaks.length > 0 ? breaks : NO_BREAKS;
    if (breaks.length > 0) breaks = [];
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    if (wanted) {
      while (hit < wanted.length && wanted[hit]! < start) hit++;
      if (hit >= wanted.length || wanted[hit]! >= end) return;
    }
    bounds.push({ span: { start, end }, breaks: runOver });
  };
  for (const seg of proseSegments(report)) {
    let start = seg.start;
    let lineStart = seg.start;
    /**
     * Called where a sentence begins at `start` (none being made): moves `start` and `lineStart`
     * on to just after the last end mark before the next offset wanted. False when the segment
     * holds no offset wanted from `start` on.
     */
    const skipAhead = (): boolean => {
      if (!wanted) return true;
      while (hit < wanted.length && wanted[hit]! < start) hit++;
      if (hit >= wanted.length || wanted[hit]! >= seg.end) return false;
      // Looked back from this offset already: its last end mark stands before `start` (which only
      // moves on), and there is nothing to skip. Looked back again at each line end that ends a
      // sentence before it, the prose of many short lines without an end mark was read once a line.
      if (hit === lookedBackFrom) return true;
      lookedBackFrom = hit;
      let mark = wanted[hit]! - 1;
      while (mark >= start && !isEndMark(text.charCodeAt(mark))) mark--;
      if (mark < start) return true;
      // Where the mark's line begins: after the last line end before it, when one stands after `start`.
      for (let i = mark - 1; i >= start; i--) {
        if (text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) {
          lineStart = i + 1;
          break;
        }
      }
      start = mark + 1;
      return true;
    };
    if (!skipAhead()) continue;
    // The ends found by a native search: a loop over every character cost several times as much.
    SENTENCE_END.lastIndex = start;
    for (let m = SENTENCE_END.exec(text); m && m.index < seg.end; m = SENTENCE_END.exec(text)) {
      const i = m.index;
      const c = text.charCodeAt(i);
      if (c !== 0x0a && c !== 0x0d) {
        push(start, i + 1);
        start = i + 1;
      } else {
        const joined = wrapped(lineStart, i, seg.end);
        // "\r\n" is one line end.
        lineStart = i + (c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1);
        SENTENCE_END.lastIndex = lineStart;
        if (joined) {
          breaks.push(joined);
          continue;
        }
        push(start, i);
        start = lineStart;
      }
      if (!skipAhead()) break;
      SENTENCE_END.lastIndex = start;
    }
    push(start, seg.end);
  }
  return bounds;
}

const NO_JOINS: readonly Join[] = [];

/** A sentence over `span`, its text without the line breaks `breaks` (inside the span, in order). */
function sentenceOf(report: Report, span: Span, breaks: readonly Span[]): Sentence {
  if (breaks.length === 0) return { span, norm: report.halfWidth.slice(span.start, span.end), joins: NO_JOINS };
  const pieces: string[] = [];
  const joins: Join[] = [];
  let from = span.start;
  let length = 0;
  let shift = 0;
  for (const b of breaks) {
    pieces.push(report.halfWidth.slice(from, b.start));
    length += b.start - from;
    shift += b.end - b.start;
    joins.push({ at: length, removed: b.end - b.start, shift });
    from = b.end;
  }
  pieces.push(report.halfWidth.slice(from, span.end));
  return { span, norm: pieces.join(''), joins };
}

/**
 * The offset in report.text of sentence.norm[i]; with `end`, of the end of a span that ends at i
 * (just after norm[i - 1]: a span that ends at a line break ends before it).
 */
export function textOffset(sentence: Sentence, i: number, end = false): number {
  const { joins } = sentence;
  // The last break before norm[i] (before norm[i - 1]'s end): found by halves, a sentence wrapped
  // over every line of a long text has as many breaks as counts.
  const k = lastJoin(joins, (join) => (end ? join.at < i : join.at <= i));
  return sentence.span.start + i + (k >= 0 ? joins[k]!.shift : 0);
}

/** Where an offset of report.text falls in sentence.norm; inside a line break left out, where the next line begins. */
export function normIndex(sentence: Sentence, offset: number): number {
  const { joins } = sentence;
  const start = sentence.span.start;
  // The last break that begins at or before the offset.
  const k = lastJoin(joins, (join) => start + join.at + join.shift - join.removed <= offset);
  if (k < 0) return offset - start;
  const join = joins[k]!;
  return offset < start + join.at + join.shift ? join.at : offset - start - join.shift;
}

/** The index of the last join for which `before` holds (it holds for a first part of the joins), or -1. */
function lastJoin(joins: readonly Join[], before: (join: Join) => boolean): number {
  let lo = 0;
  let hi = joins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(joins[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The span in report.text of sentence.norm from `start` to `end`. */
function textSpan(sentence: Sentence, start: number, end: number): Span {
  return { start: textOffset(sentence, start), end: textOffset(sentence, end, true) };
}

/** 。！？!? and line ends. */
const SENTENCE_END = /[。！？!?\n\r]/g;

/** , ; : */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a;
}

/** A sentence's clauses, split at commas, semicolons and colons (half-width after normalising). */
export function clausesOf(sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const { norm } = sentence;
  for (let i = 0; i <= norm.length; i++) {
    // By code: norm[i] would make a string of each Chinese character.
    if (i < norm.length && !isClauseMark(norm.charCodeAt(i))) continue;
    if (i > start) out.push({ sentence, from: start, norm: norm.slice(start, i) });
    start = i + 1;
  }
  return out;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese count ("四", "十二", "一百零五"), or null for digit runs such as "二〇二一". */
export function chineseCount(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // Two digits in a row only after 零 ("一百零五"); otherwise it is a year or a code.
      if (digit !== null && digit !== 0) return null;
      digit = d;
      continue;
    }
    const m = MULTIPLIERS[ch];
    if (m === undefined) return null;
    total += (digit ?? (total === 0 ? 1 : NaN)) * m;
    digit = null;
  }
  total += digit ?? 0;
  return Number.isFinite(total) ? total : null;
}

// A count: digits (with thousands separators only as "3,168", never across "，") or a Chinese
// numeral, then a measure word. Decimals and 万/亿 amounts are not counts of cases.
// The lookbehind starts a match only at the start of a number, keeping the search linear.
const COUNT = /(?<![\d零〇一二两三四五六七八九十百千])(\d{1,3}(?:,\d{3})+|\d+|[零〇一二两三四五六七八九十百千]+)[ ]?(件|宗|起|个|份|次|条|篇|项|期|家|场|人|名|例)/g;
/**
 * COUNT's counts in digits only: the same matches (a Chinese count holds no digit, so the two
 * kinds never overlap), without trying a Chinese numeral at every character.
 */
const DIGIT_COUNT = /(?<![\d零〇一二两三四五六七八九十百千])(\d{1,3}(?:,\d{3})+|\d+)[ ]?(件|宗|起|个|份|次|条|篇|项|期|家|场|人|名|例)/g;

/**
 * Counts in a half-width string. `original` (the same text before normalising) tells a real
 * thousands separator "," from a Chinese "，". `chinese: false` leaves counts in Chinese numerals out.
 */
export function countsIn(norm: string, original: string = norm, options: { chinese?: boolean } = {}): Count[] {
  const out: Count[] = [];
  eachCount(norm, original, options, (count) => {
    out.push(count);
    return true;
  });
  return out;
}

/** Each count of countsIn in turn, until `visit` returns false. */
export function eachCount(norm: string, original: string, options: { chinese?: boolean }, visit: (count: Count) => boolean): void {
  const pattern = options.chinese === false ? DIGIT_COUNT : COUNT;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(norm); m; m = pattern.exec(norm)) {
    const numberText = m[1] ?? '';
    const start = m.index;
    const before = norm[start - 1] ?? '';
    const chinese = !/\d/.test(numberText);
    let value: number | null;
    if (chinese) value = chineseCount(numberText);
    else {
      if (before === '.' || /\d/.test(before)) continue;
      if (numberText.includes(',') && original.slice(start, start + numberText.length).includes('，')) continue;
      value = Number(numberText.replace(/,/g, ''));
    }
    if (value === null || !Number.isSafeInteger(value)) continue;
    if (!visit({ value, unit: m[2] ?? '', start, end: start + m[0].length, chinese })) return;
  }
}

/** A year named before 年, not the end of a longer number. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?=年)/g;

/** The four-digit years named in a half-width text ("2021年", "2021年度"). */
export function yearsIn(norm: string): number[] {
  const out: number[] = [];
  // By exec, not matchAll: matchAll makes a copy of the pattern at each call, and every sentence
  // read is asked.
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(norm); m; m = YEAR.exec(norm)) out.push(Number(m[1]));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Statements about applications, 复议 and 诉讼: "共受理…申请4件", "办结17件", "未收到…申请",
// "全年无行政复议". Only wording whose meaning is clear is read; anything else says nothing.

/**
 * What a statement counts: table B's rows 一 (new), （七）总计 (handled), 二 (carried), 四 (pending);
 * table C's 行政复议 total (review) and both 行政诉讼 totals (litigation); and the outcomes.
 */
export type Measure = ApplicationMeasure | Outcome;

/** The measures other than the outcomes. */
type ApplicationMeasure = 'new' | 'handled' | 'carried' | 'pending' | 'review' | 'litigation';

/**
 * Table B's rows of 三、本年度办理结果 by the key of the format's row: （一）予以公开 (open), （二）部分公开
 * (partial), （三）不予公开 (withheld), （四）无法提供 (unable), （五）不予处理 (rejected), （六）其他处理 (other).
 */
export type Outcome = 'open' | 'partial' | 'withheld' | 'unable' | 'rejected' | 'other';

export interface Statement {
  measure: Measure;
  value: number;
  /** The words that say it ("受理并办结政府信息依申请公开4件", "无举报和投诉、复议或诉讼"). */
  span: Span;
  /** Said as a negation ("未收到…申请", "无…复议"): the value is 0, and the message says it in the prose's words. */
  negated?: true;
  /** Of a negated count of applications: the negation and its verb as written ("未收到", "没有受理", "无"; "没有" before 有关). */
  negation?: string;
}

/** Phrases that place a sentence among disclosure applications, and those that place it among 复议/诉讼. */
const APPLICATION_CONTEXT = /依申请|公开申请|申请公开|信息公开申请/;
const CASE_CONTEXT = /信息公开|依申请|公开申请|申请公开/;
/** The sub-heading of section 一 about applications: "（二）依申请公开", "依申请公开情况", "依申请公开方面". */
const APPLICATIONS_SUBTOPIC = /^\s*依申请公开/;

/**
 * The whole area or its parts ("全区", "各部门"): counts said of them are not the reporting office's
 * own. Here a count in the same clause is left unread; text/table-mismatch leaves out, in a
 * department's report, every count of the sentence after them.
 */
export const AREA_SCOPE = /各(?:乡|镇|街|部门|单位|区|县)|全(?:区|市|县|省|州|旗)/;
/**
 * A part of the area or of the office named as the subject of a count ("乡镇收到申请3件", "局本级
 * 收到…3件，下属单位收到4件"): the count is that part's, not the table's.
 */
const PART_UNIT = /乡镇|街道|镇街|本级|直属|区直|市直|县直|下辖|辖区|村居|社区/;
/**
 * Word lists that make a count another one, shared by the readers below. Other matters than
 * disclosure applications (咨询, 信访, 主动公开…); a comparison or a share; a rough or planned count;
 * another procedure or a part of the office's dealings (转办, 下属, 审批…).
 */
const OTHER_MATTERS = '咨询|信箱|热线|留言|来信|来电|来访|信访|投诉|举报|建议|提案|主动公开|发布|解读|回应';
const COMPARED = '%|率|同比|环比|较|比上|增加|减少|增长|下降|上升|占|累计|平均';
const ROUGH_OR_PLANNED = '超过|不足|以上|以下|约|近|余|将|计划|预计|力争|如果|假如|若';
const OTHER_PROCEDURES = '人次|第|每|转办|转交|转送|指导|督促|下属|所属|代表|系统|审批|许可|赔偿|听证|更正|补正|延期|撤回|工单|诉求';
/**
 * A part of the year ("上半年", "一季度", "12月份") or one way of applying ("纸质", "信函", "当面",
 * "网上"): the count is of that part only. Shared by the statements' and the outcomes' blocks.
 */
const PART_OF_YEAR_OR_CHANNEL = '上半年|下半年|季度|月份|纸质|信函|邮寄|传真|当面|现场|网上|网络|在线|网站|平台|电子|邮件';
/** Words that make the count about something else, part of a breakdown, a comparison or a plan. */
const BLOCK = new RegExp(`${PART_UNIT.source}|${OTHER_MATTERS}|${PART_OF_YEAR_OR_CHANNEL}|${COMPARED}|日均|其中|${ROUGH_OR_PLANNED}|自然人|法人|企业|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|告知|涉及|${OTHER_PROCEDURES}|${AREA_SCOPE.source}`);
/** Other years named in words; the 结转 phrases are taken out before this is tested. */
const RELATIVE_YEAR = /上一?年|去年|前年|明年|下一?年|今后|往年|历年|以来|同期/;
const CARRIED = /上一?年度?结转|结转上一?年度?|上年度?遗留/;
const PENDING = /结转(?:至|到|入)?下一?年度?(?:继续办理|办理)?|转入下一?年度?|下一?年度?继续办理/;
const RECEIVE = /新收|收到|接到|接收|受理|收悉/g;
const HANDLED = /办结|办理完毕|答复完毕|处理完毕/g;
/** What may stand between a keyword and its count: the application's name and filler words. */
const TAIL = /^(?:的|政府|信息|依|申请|公开|事项|件数|数量|总数|案件|共计|合计|总计|共|为|有|是|达|了|均|数|继续办理|\s)*$/;
/** What may follow a keyword of a negated statement ("未收到…申请和…", "无…复议或诉讼"). */
const NEGATED_FOLLOW = /^(?:$|[,;:。!?、)）\]\s]|案件|申请|事项|情况|情形|的情况|的情形|的案件|和|及|与|或|等|案|行为|公开(?:事项|申请|情况|$|[,;:。!?、]))/;
/** A count must be followed by the end of the clause, a joint, or the name of what it counts. */
const COUNT_FOLLOW = /^(?:$|[,;:。!?、()（）\]」”"'\s]|和|及|与|并|且|均|都|全部|已|依申请|政府信息|信息公开|公开申请|申请|行政复议|行政诉讼|复议|诉讼|案件)/;
/** Words before a negation that make it a condition or a goal, not a fact. */
const CONDITIONAL = /如果|如|若|假如|凡|是否|有无|对于|对|一旦|避免|防止|确保|杜绝|不得|严禁|禁止|以免|力争/;
/** Before 无: only time words and adverbs ("全年无", "本年度均无"). */
const BEFORE_WU = /^(?:\d{4}年度?|全年|本年度?|今年|年内|报告期内|期间|本机关|我单位|均|也|并|且|亦|暂|尚|共|全部|\s)*$/;
const NEGATION = /未|没有|无/g;
const HAS_NEGATION = new RegExp(NEGATION.source);
/** 无 as the first character of a word that is not a negation of cases: 无法, 无论, 无正当理由… */
const NOT_WU = /^(?:法|论|需|须|正当|纸|缝|误|效|关|偿|私|限|线|形|意|疑|故|理|条件|权|不|所|从|非|暇|奈|可|异|碍|损|毒|害|人)/;
const NEG_RECEIVE = /^(?:收到|接到|受理|新收|接收|有)/;
const NEG_CASE = /^(?:发生|出现|产生|有|被|收到|接到|涉及|存在)/;
/** Application nouns that are not disclosure applications. */
const OTHER_APPLICATION = /复议|诉讼|咨询|信箱|热线|留言|投诉|举报|信访|更正|补正|延期|异议|听证|撤回|赔偿|许可|审批|登记|补贴|救助|资金|项目|行政/;
const CHINESE_BEFORE = /[第每其这那某任同哪逐单唯统之]/;

/** Also cut by a line break: a wrapped sentence is read across it. */
const STATEMENT_WORDS = /申\s*请|复\s*议|诉\s*讼|办\s*结|结\s*转/;
/** The names of the outcome rows, also cut by a line break. */
const OUTCOME_WORDS = /予\s*以\s*公\s*开|同\s*意\s*公\s*开|部\s*分\s*公\s*开|不\s*予\s*公\s*开|无\s*法\s*提\s*供|不\s*予\s*处\s*理|其\s*他\s*处\s*理/;
/**
 * Both lists in one search (two searches of the text and a sort of their hits were a quarter of
 * reading the statements). The same hits as the two searches: no word of one list can overlap a
 * word of the other (none holds a character a word of the other begins with), so neither hides
 * a hit of the other, and the hits come in order.
 */
export const WORDS_TO_READ = new RegExp(`${STATEMENT_WORDS.source}|${OUTCOME_WORDS.source}`, 'g');

/** Every clear statement of the prose about the counts of tables B and C, with the sentence it is in. */
export function readStatements(report: Report): { sentence: Sentence; statements: Statement[] }[] {
  const out: { sentence: Sentence; statements: Statement[] }[] = [];
  // Sentences come in text order, so the section they stand in is found by walking forward once
  // (asking for each sentence's section afresh is sections × sentences on a text with many headings).
  const sections = report.sections;
  let at = 0;
  // The sub-heading a sentence stands under, walked the same way: the 2021 format's sub-topic
  // （二）依申请公开 of section 一 places its sentences among disclosure applications, as section 三 does.
  const headings = report.headings;
  let nextHeading = 0;
  let underApplications = false;
  // Only sentences with one of the words a statement needs are read (most sentences have none).
  const hits = proseWords(report).statements;
  if (hits.length === 0) return out;
  // The sentence read last, which outcomes may speak of ("共收到申请7件。其中，予以公开4件。").
  let last: ReadSentence | null = null;
  for (const sentence of sentencesHolding(report, 'statements')) {
    const previous = last && adjacent(report.text, last.sentence.span.end, sentence.span.start) ? last : null;
    last = null;
    // Statements about another year are not this report's.
    const years = yearsIn(sentence.norm);
    if (years.some((y) => y !== report.year)) continue;
    // Most sentences holding the words state nothing (headings, sentences that only name
    // applications): without a count's unit or a negation, they are not read further.
    if (!CAN_STATE.test(sentence.norm)) {
      last = { sentence, statements: [] };
      continue;
    }
    while (at < sections.length && sections[at]!.span.end <= sentence.span.start) at++;
    const current = sections[at];
    const section = current && current.span.start <= sentence.span.start ? current.number : null;
    while (nextHeading < headings.length && headings[nextHeading]!.span.start <= sentence.span.start) {
      const heading = headings[nextHeading++]!;
      if (heading.level <= 2) underApplications = heading.level === 2 && APPLICATIONS_SUBTOPIC.test(heading.title);
    }
    const context = {
      applications: APPLICATION_CONTEXT.test(sentence.norm) || section === 3 || underApplications,
      cases: CASE_CONTEXT.test(sentence.norm) || section === 4,
    };
    const statements: Statement[] = [];
    // Made once, for the statements and the outcomes both.
    let clauses: Clause[] | null = null;
    // A sentence made only for its outcome words is read only for them.
    if (STATEMENT_WORDS.test(sentence.norm)) {
      const unreadClear = unreadWordsClear(sentence);
      clauses = clausesOf(sentence);
      for (const clause of clauses) {
        countStatements(clause, context, statements, unreadClear);
        // One by one: a spread of the counts of a 100 000-count clause overflows the call stack.
        for (const s of negatedStatements(clause, context)) statements.push(s);
      }
    }
    // After the others: what the outcomes are said of is found among them.
    for (const s of outcomeStatements(sentence, clauses, statements, context.applications, previous)) statements.push(s);
    if (statements.length > 0) out.push({ sentence, statements });
    last = { sentence, statements };
  }
  return out;
}

/** Where the words of both readers begin in the prose (proseWords). */
export interface ProseWords {
  /** The words of the statements about tables B and C (WORDS_TO_READ). */
  statements: number[];
  /** The names of table A's documents (DOCUMENT_WORDS). */
  documents: number[];
}

/** A report's words, and the sentences that hold them, cut for the reader that asked first (sentencesHolding). */
interface WordsRead extends ProseWords {
  sentences: readonly Sentence[] | null;
}

/**
 * The words of each report, found once: readStatements and readDocumentStatements each ask. Their
 * sentences are kept in the same entry (a weak map's entry costs more to make than the words' own
 * lists, and to collect), until the other reader takes them.
 */
const wordsByReport = new WeakMap<Report, WordsRead>();

/**
 * Where the words of the statements (WORDS_TO_READ) and the names of documents (DOCUMENT_WORDS)
 * begin in the prose, in order, each list apart: one search of the prose for both (PROSE_WORDS),
 * where each reader searched it for its own. Each segment is searched alone, not the tables
 * between: they hold the same words (table B's rows name 申请, table A's rows 规章) and are no
 * prose. A word is found whole inside a segment: one that a table's edge cuts is none (the search
 * of a segment stops at its end, so the text is searched once, whatever the number of tables).
 */
function proseWords(report: Report): WordsRead {
  const known = wordsByReport.get(report);
  if (known) return known;
  const words: WordsRead = { statements: [], documents: [], sentences: null };
  for (const seg of proseSegments(report)) {
    // A slice of a flat string is a view of it, not a copy.
    const found = wordsIn(report.halfWidth.slice(seg.start, seg.end));
    for (const at of found.statements) words.statements.push(seg.start + at);
    for (const at of found.documents) words.documents.push(seg.start + at);
  }
  wordsByReport.set(report, words);
  return words;
}

/** Where the statements' words and the documents' names begin in a string, each list in order. */
export function wordsIn(prose: string): ProseWords {
  const words: ProseWords = { statements: [], documents: [] };
  PROSE_WORDS.lastIndex = 0;
  for (let m = PROSE_WORDS.exec(prose); m; m = PROSE_WORDS.exec(prose)) {
    // 规 begins the documents' names, and no word of the statements.
    (prose.charCodeAt(m.index) === 0x89c4 ? words.documents : words.statements).push(m.index);
  }
  return words;
}

/**
 * The sentences holding one of a reader's words (its list of proseWords). The prose is cut
 * once for the words of both readers, where each reader cut it for its own (looking back over the
 * prose, and judging the line ends of the sentences it made, twice). They are the sentences each
 * reader's cut made: a cut for offsets wanted makes the sentences of the whole cut that hold one
 * (cutSentences), so of those holding a word of either reader, the ones holding a word of this
 * reader are those of the whole cut that hold one.
 */
function sentencesHolding(report: Report, reader: keyof ProseWords): Sentence[] {
  const words = proseWords(report);
  const hits = words[reader];
  let cut = words.sentences;
  if (cut) {
    // The other reader's cut, taken: not kept for the rest of the analysis (a text of many
    // statements would keep all their sentences alive, and the collector copy them).
    words.sentences = null;
  } else {
    cut = proseSentences(report, mergeAscending(words.statements, words.documents));
    // Kept only for a reader that will ask: one whose words the prose holds. (A reader asking
    // again cuts again; the sentences are the same.)
    const other = reader === 'statements' ? words.documents : words.statements;
    if (other.length > 0) words.sentences = cut;
  }
  const out: Sentence[] = [];
  let hit = 0;
  for (const sentence of cut) {
    while (hit < hits.length && hits[hit]! < sentence.span.start) hit++;
    if (hit < hits.length && hits[hit]! < sentence.span.end) out.push(sentence);
  }
  return out;
}

/** Two ascending lists of offsets as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** Whether only a few blanks stand between two offsets of the text. */
function adjacent(text: string, end: number, start: number): boolean {
  return start >= end && start - end <= 8 && text.slice(end, start).trim() === '';
}

interface Context {
  /** The sentence is about disclosure applications. */
  applications: boolean;
  /** The sentence is about 复议/诉讼 over disclosure. */
  cases: boolean;
}

/** The units of the counts a statement of tables B and C may have. */
const STATEMENT_UNIT = /[件宗起个份次条]/;
/**
 * What a sentence must hold to state anything: a count's unit (countStatements; the outcomes'
 * 件 and 宗 are among them) or a negation (negatedStatements).
 */
const CAN_STATE = new RegExp(`${STATEMENT_UNIT.source}|${NEGATION.source}`);

/**
 * "受理…申请4件", "办结17件", "上年结转1件", "被申请行政复议2起"; and the count before its words
 * ("1件结转下年度继续办理", "其中95件为本年新收申请"). Added to `read`, the statements read so far
 * in the sentence; `unreadClear` is the sentence's unreadWordsClear.
 */
function countStatements(clause: Clause, context: Context, read: Statement[], unreadClear: UnreadWordsClear): void {
  // Most clauses hold none of the units read here: the search for counts, tried at every
  // character, is made only in those that do.
  if (!STATEMENT_UNIT.test(clause.norm)) return;
  const counts = countsIn(clause.norm).filter((c) => STATEMENT_UNIT.test(c.unit));
  let previousEnd = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    // The words a count answers are those since the previous count (at most 60 characters).
    const ownedStart = Math.max(previousEnd, count.start - 60);
    const owned = clause.norm.slice(ownedStart, count.start);
    const trailing = clause.norm.slice(count.end, counts[i + 1]?.start ?? clause.norm.length);
    previousEnd = count.end;
    if (count.chinese && CHINESE_BEFORE.test(owned.slice(-1))) continue;
    const lead = owned.length - owned.replace(/^[\s、和及与并且]+/, '').length;
    // Where the statement begins in the sentence's text.
    const start = clause.from + ownedStart + lead;
    const measures = COUNT_FOLLOW.test(trailing) ? measuresOf(owned, trailing, context) : [];
    if (measures.length > 0) {
      const span = textSpan(clause.sentence, start, clause.from + count.end);
      for (const measure of measures) read.push({ measure, value: count.value, span });
      continue;
    }
    const words = owned.slice(lead);
    const after = countFirstMeasure(words, trailing, context) ?? caseFirstMeasure(words, trailing, context) ?? partMeasure(words, trailing, context);
    if (!after) continue;
    // Such a count is said of what the sentence spoke of before: that must be the year's
    // applications, not a part of them, another scope or a comparison.
    if (!COUNT_FIRST_AFTER[after.measure](read[read.length - 1]?.measure) || !unreadClear(read, start)) continue;
    read.push({ measure: after.measure, value: count.value, span: textSpan(clause.sentence, start, clause.from + count.end + after.length) });
  }
}

/** Words that may stand before a count whose meaning follows it: "其中", "另有", "全年共有". */
const COUNT_FIRST_LEAD = /^(?:其中|另有|另|尚有|仍有|还有|剩余|全年|本年度?|今年|年内|共有|共计|共|有|\s)*$/;
/** The application named between a count and its meaning: "1件申请结转…", "1件依申请公开申请…". */
const NOUN = '(?:的)?(?:政府信息公开|依申请公开|信息公开|公开)?申请';
/** What a count written first is, by the words after it up to the next count or the clause's end. */
const COUNT_FIRST: { measure: ApplicationMeasure; words: RegExp }[] = [
  { measure: 'pending', words: new RegExp(`^(?:${NOUN})?(?:均|已|都|全部)*(?:为|系)?(?:${PENDING.source})`) },
  { measure: 'carried', words: new RegExp(`^(?:${NOUN})?(?:为|是|系|属于|属)?(?:${CARRIED.source})(?:${NOUN})?`) },
  { measure: 'new', words: new RegExp(`^(?:为|是|系|属于|属)?(?:本年度?|今年|当年)?新收(?:${NOUN})?`) },
  { measure: 'handled', words: new RegExp(`^(?:${NOUN})?(?:均|已|都|全部|已经)*(?:${HANDLED.source})`) },
];
/** After the words of a count written first: only the end of the clause (or of the sentence). */
const COUNT_FIRST_END = /^(?:继续办理|办理)?[\s。!?]*$/;

/**
 * "1件结转下年度继续办理", "其中95件为本年新收申请", "3件为上年结转申请", "7件已办结": the count
 * before the words that say what it counts, with nothing but filler before it in its clause and
 * nothing after those words. The measure and the length of the words after the count.
 */
function countFirstMeasure(before: string, trailing: string, context: Context): { measure: ApplicationMeasure; length: number } | null {
  if (!context.applications || !COUNT_FIRST_LEAD.test(before)) return null;
  for (const { measure, words } of COUNT_FIRST) {
    const m = words.exec(trailing);
    if (m && COUNT_FIRST_END.test(trailing.slice(m[0].length))) return { measure, length: trailing.replace(/[\s。!?]+$/, '').length };
  }
  return null;
}

/**
 * Before a count of 行政复议 or 行政诉讼 written first: filler, and at most a short subject before
 * a verb that makes the agency the one the case is against ("2024年市科委有1件…", "本机关被申请1起…").
 */
const CASE_FIRST_LEAD = /^(?:全年|本年度?|今年|年内|报告期内|\d{4}\s*年度?|共计|共|\s)*(?:[\u4e00-\u9fff]{0,12}?(?:共有|有|共发生|发生了?|出现|产生|被申请|被提起|被))?(?:了|共计|共|\s)*$/;
/**
 * Words of a subject that make the agency the reviewer or the court, or the count a part ("尚有",
 * "另有": those pending, more of them) or an outcome.
 */
const CASE_FIRST_NOT = /作为|复议|诉讼|法院|审理|办理|受理|审结|决定|纠|维持|撤销|确认|驳回|尚|仍|还|另|未|剩|其中/;
/** After such a count, up to the clause's end: what the cases are about, then 行政复议 or 行政诉讼. */
const CASE_FIRST = /^(?:的)?(?:(?:因|关于|针对|涉及)?(?:政府信息公开|信息公开|依申请公开)(?:工作|事项|答复|申请)?(?:引起|引发|产生)?的?)?(?:被申请|被提起)?(行政复议|行政诉讼)(?:案件|案)?[\s。!?]*$/;

/**
 * "1起行政复议", "有1件涉及政府信息公开工作的行政复议", "被提起2件行政诉讼": a count of table C
 * written before its name, in a sentence about 复议/诉讼 over disclosure, with nothing after the
 * name (not "1起行政复议被纠错", "2件行政复议均维持").
 */
function caseFirstMeasure(before: string, trailing: string, context: Context): { measure: ApplicationMeasure; length: number } | null {
  if (!context.cases || !CASE_FIRST_LEAD.test(before) || CASE_FIRST_NOT.test(before) || BLOCK.test(before) || RELATIVE_YEAR.test(before)) return null;
  const m = CASE_FIRST.exec(trailing);
  if (!m) return null;
  return { measure: m[1] === '行政复议' ? 'review' : 'litigation', length: trailing.replace(/[\s。!?]+$/, '').length };
}

/** After 其中, the name of a row of table B: 本年新收, 办结, 上年结转, 结转下年度. */
const PART_ROW = new RegExp(`^其中(?=(?:本年度?|今年|当年)?新收|${HANDLED.source}|${CARRIED.source}|${PENDING.source})`);

/**
 * "其中本年新收申请95件", "其中上年结转3件", "其中办结7件": a part of what the sentence spoke of
 * before, named by a row of table B (not "其中接收网上申请6件", a part by channel). Guarded as a
 * count written first is; the measure as without 其中.
 */
function partMeasure(words: string, trailing: string, context: Context): { measure: ApplicationMeasure; length: number } | null {
  if (!PART_ROW.test(words) || !COUNT_FOLLOW.test(trailing)) return null;
  const measures = measuresOf(words.slice(2), trailing, context);
  return measures.length === 1 ? { measure: measures[0]!, length: 0 } : null;
}

/**
 * The statement read just before a count written first (or after 其中) that leaves it about the
 * year's applications. "上年结转2件，1件结转下年度" may be one of those 2, "上年结转2件，2件已办结"
 * are those 2: a part of what the table counts. Names of a row ("为本年新收", "为上年结转") stand
 * after anything, and so do counts of 复议 and 诉讼, which are no part of the applications.
 */
const COUNT_FIRST_AFTER: Record<ApplicationMeasure, (previous: Measure | undefined) => boolean> = {
  new: () => true,
  carried: () => true,
  pending: (previous) => previous !== 'carried',
  handled: (previous) => previous === undefined || previous === 'new',
  review: () => true,
  litigation: () => true,
};

/** An application named outside "依申请公开" and "申请公开". */
const APPLICATION_NOUN = /申请(?!公开)/;
const CARRIED_ALL = new RegExp(CARRIED.source, 'g');
const PENDING_ALL = new RegExp(PENDING.source, 'g');

/**
 * Whether the sentence before `end` (an offset into sentence.norm), outside the statements `read`,
 * says nothing that makes a count there a part, another scope or a comparison, and names no
 * applications of its own ("本年度新收申请中，5件已办结": 5 of the new ones).
 */
type UnreadWordsClear = (read: Statement[], end: number) => boolean;

/**
 * A sentence's UnreadWordsClear, asked for ends that never shrink with statements only added:
 * each stretch of the sentence is tested once, as prefixTest does (testing the whole prefix at
 * every count was quadratic on a sentence of many counts). The statements read end before `end`,
 * so a stretch tested stays as it was; and a stretch ends where the statement it was asked for
 * begins, so no word straddles two stretches.
 */
function unreadWordsClear(sentence: Sentence): UnreadWordsClear {
  let tested = 0;
  let masked = 0;
  let clear = true;
  return (read, end) => {
    if (!clear || end <= tested) return clear;
    const chars = sentence.norm.slice(tested, end).split('');
    for (; masked < read.length; masked++) {
      const { span } = read[masked]!;
      const spanEnd = Math.min(normIndex(sentence, span.end), end);
      for (let i = Math.max(normIndex(sentence, span.start), tested); i < spanEnd; i++) chars[i - tested] = ' ';
    }
    const words = chars.join('');
    clear =
      !BLOCK.test(words) &&
      !APPLICATION_NOUN.test(words.replace(/依申请公开/g, '')) &&
      !RELATIVE_YEAR.test(words.replace(CARRIED_ALL, '').replace(PENDING_ALL, ''));
    tested = end;
    return clear;
  };
}

/** Global twins of the keyword patterns, made once: endsWithTail runs for every count. */
const globalPatterns = new Map<RegExp, RegExp>();

const CASES = /复议|诉讼/;

function endsWithTail(text: string, keyword: RegExp): boolean {
  let re = globalPatterns.get(keyword);
  if (!re) globalPatterns.set(keyword, (re = new RegExp(keyword.source, 'g')));
  const last = lastMatch(re, text);
  return last !== null && TAIL.test(text.slice(last.index + last[0].length));
}

/**
 * The last match of a global pattern in a text, or null. By exec, not matchAll, which makes a copy
 * of the pattern at each call (these are asked for every count).
 */
function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    last = m;
    // An empty match would be found again at the same place.
    if (m[0] === '') re.lastIndex++;
  }
  return last;
}

/** The measures a count answers, from the words before it (and the noun after it). */
function measuresOf(owned: string, trailing: string, context: Context): ApplicationMeasure[] {
  if (BLOCK.test(owned)) return [];
  const carried = CARRIED.test(owned);
  const pending = PENDING.test(owned);
  const review = owned.includes('复议');
  const litigation = owned.includes('诉讼');
  if (RELATIVE_YEAR.test(owned.replace(CARRIED, '').replace(PENDING, ''))) return [];
  if (carried || pending) {
    if (carried === pending || review || litigation || !context.applications) return [];
    return endsWithTail(owned, carried ? CARRIED : PENDING) ? [carried ? 'carried' : 'pending'] : [];
  }
  if (review || litigation) {
    if (review === litigation || !context.cases) return [];
    return endsWithTail(owned, CASES) ? [review ? 'review' : 'litigation'] : [];
  }
  const out: ApplicationMeasure[] = [];
  if (receivesApplication(owned, trailing, context)) out.push('new');
  if (context.applications && endsWithTail(owned, HANDLED)) out.push('handled');
  return out;
}

/**
 * "收到政府信息公开申请17件", "受理并办结政府信息依申请公开4件", "接到申请1件" (in a sentence about
 * disclosure applications), "收到3件依申请公开申请".
 */
function receivesApplication(owned: string, trailing: string, context: Context): boolean {
  const verb = lastMatch(RECEIVE, owned);
  if (!verb) return false;
  const afterVerb = owned.slice(verb.index + verb[0].length);
  const noun = afterVerb.lastIndexOf('申请');
  if (noun >= 0) {
    const object = afterVerb.slice(0, noun);
    if (OTHER_APPLICATION.test(object) || !TAIL.test(afterVerb.slice(noun + 2))) return false;
    // A bare "申请" needs a sentence about disclosure applications; "公开申请" says it itself.
    return /公开|信息/.test(afterVerb) || context.applications;
  }
  // The count before its noun: "收到3件依申请公开申请".
  if (!/^(?:并(?:办结|答复))?(?:了|共|共计)?$/.test(afterVerb)) return false;
  return /^(?:的)?(?:政府信息公开|依申请公开|信息公开|公开)?申请(?![人书表])/.test(trailing);
}

/** "未收到…公开申请", "全年无行政复议", "未发生因政府信息公开引起的行政复议和行政诉讼": counts of 0. */
function negatedStatements(clause: Clause, context: Context): Statement[] {
  const out: Statement[] = [];
  const text = clause.norm;
  // Most clauses hold no negation: nothing below is made for them.
  if (!HAS_NEGATION.test(text)) return out;
  // What stands before each negation is tested by growing prefixes, and the digits after it by
  // the last digit's place: testing the whole prefix and rest again for every negation was
  // quadratic on a long clause ("全年无申请" 16 000 times took 16 s).
  const conditionalBefore = prefixTest(CONDITIONAL, text, 8);
  const yearless = withoutYears(text);
  const blockedBefore = prefixTest(BLOCK, yearless.text, 8);
  let lastDigit = text.length - 1;
  while (lastDigit >= 0 && !isAsciiDigit(text.charCodeAt(lastDigit))) lastDigit--;
  NEGATION.lastIndex = 0;
  for (let m = NEGATION.exec(text); m; m = NEGATION.exec(text)) {
    if (conditionalBefore(m.index) || blockedBefore(yearless.at(m.index))) continue;
    const before = text.slice(0, m.index);
    let rest = text.slice(m.index + m[0].length);
    const verb = (m[0] === '无' ? null : NEG_RECEIVE.exec(rest) ?? NEG_CASE.exec(rest))?.[0] ?? '';
    if (m[0] === '无' ? !BEFORE_WU.test(before) || NOT_WU.test(rest) : verb === '') continue;
    // A count after the negation ("无法提供的申请2件") makes it something else than a zero.
    if (lastDigit >= m.index + m[0].length) continue;
    rest = rest.slice(verb.length);
    const object = rest.slice(0, 40);
    const start = clause.from + m.index;
    const reviewEnd = keywordEnd(object, REVIEW_WORD);
    const litigationEnd = keywordEnd(object, LITIGATION_WORD);
    const objectStart = start + m[0].length + verb.length;
    if (reviewEnd >= 0 || litigationEnd >= 0) {
      if (!context.cases || (verb !== '' && !NEG_CASE.test(verb) && !NEG_RECEIVE.test(verb))) continue;
      if (reviewEnd >= 0) out.push({ measure: 'review', value: 0, negated: true, span: textSpan(clause.sentence, start, objectStart + reviewEnd) });
      if (litigationEnd >= 0) out.push({ measure: 'litigation', value: 0, negated: true, span: textSpan(clause.sentence, start, objectStart + litigationEnd) });
      continue;
    }
    if (object.includes('复议') || object.includes('诉讼')) continue;
    if (m[0] !== '无' && !NEG_RECEIVE.test(verb)) continue;
    const applicationEnd = keywordEnd(object, APPLICATION_WORD);
    if (applicationEnd < 0) continue;
    const noun = object.slice(0, applicationEnd);
    if (OTHER_APPLICATION.test(noun) || BLOCK.test(noun)) continue;
    if (!/公开|信息/.test(noun) && !context.applications) continue;
    // "没有有关…申请": the 有 read as the verb is 有关's, and the prose says 没有, not 没有有.
    const negation = m[0] === '没有' && verb === '有' ? m[0] : m[0] + verb;
    out.push({ measure: 'new', value: 0, negated: true, negation, span: textSpan(clause.sentence, start, objectStart + applicationEnd) });
  }
  return out;
}

const REVIEW_WORD = /复议/g;
const LITIGATION_WORD = /诉讼/g;
const APPLICATION_WORD = /申请/g;

/**
 * Where the first match of `word` (a global pattern) in the object of a negation ends that
 * NEGATED_FOLLOW may follow, or -1. By exec on a pattern made once: a literal here and matchAll
 * made two patterns at each call, and every negation asks three times.
 */
function keywordEnd(object: string, word: RegExp): number {
  word.lastIndex = 0;
  for (let k = word.exec(object); k; k = word.exec(object)) {
    const end = k.index + k[0].length;
    if (NEGATED_FOLLOW.test(object.slice(end))) return end;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Outcomes: "其中予以公开15件，部分公开2件，不予公开1件", "无法提供的10件", "予以公开（4件）". Only a
// count right after the name of an outcome row is read, in a sentence about disclosure applications
// whose words before it name no part of them, no comparison, no other year and nothing else; and
// when it says "其中" or does not name the applications itself, only when what it speaks of is a
// count of the year's applications read just before ("共收到…申请7件，其中予以公开4件").

/** The outcomes' names; 同意公开 is 予以公开 in the words of the templates before 2019 ("同意公开答复 9 件"). */
const OUTCOME_NAME = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理/g;
const HAS_OUTCOME_NAME = new RegExp(OUTCOME_NAME.source);
const OUTCOME_OF: Record<string, Outcome> = {
  予以公开: 'open',
  同意公开: 'open',
  部分公开: 'partial',
  不予公开: 'withheld',
  无法提供: 'unable',
  不予处理: 'rejected',
  其他处理: 'other',
};
/**
 * Just before an outcome's name, words that make it another thing: a negation or a wish ("不予以公开",
 * "要求予以公开", "是否予以公开"), or a joint that makes the count a sum ("予以公开和部分公开15件";
 * after a count, "予以公开4件和部分公开1件" is a list).
 */
const OUTCOME_NOT_AFTER = /(?:不|未|非|应|拟|将|可|可以|要求|请求|申请|是否|能否|需|需要|(?<![件宗][\s)）]*)(?:或|和|及|与|、|\/))\s*$/;
/** Between the name and its count: "予以公开的10件", "部分公开答复 0 件", "予以公开（4件）", "不予公开的有2件". */
const OUTCOME_TO_COUNT = /^\s*(?:的)?(?:答复|决定|申请|情形|类)?(?:的)?(?:数量|件数)?(?:有|为|共|共计|计|达)?\s*[(（]?\s*$/;
/** After the count: the end of the clause, a closing bracket, a joint, or 申请. */
const OUTCOME_FOLLOW = /^\s*(?:$|[;。!?、)）]|和|及|与|并|申请)/;
/**
 * Words before an outcome in its sentence that make its count a part (by applicant, channel,
 * subject, carry-over), another scope, a comparison, a plan or about something else than the year's
 * disclosure applications.
 */
const OUTCOME_BLOCK = new RegExp(`${PART_UNIT.source}|${OTHER_MATTERS}|${COMPARED}|日均|${ROUGH_OR_PLANNED}|自然人|法人|企业|组织|机构|公民|群众|个人|${PART_OF_YEAR_OR_CHANNEL}|涉及|关于|有关|${OTHER_PROCEDURES}|复议|诉讼|结转|遗留`);
/** Words that make what follows a part of what was said before: "其中", "上述申请". */
const PART_OF = /其中|上述|前述|这些|此类/g;
/**
 * What may stand in an outcome's clause before its name (after the outcome read before it in the
 * clause): filler, joints and a list's numbering ("（一）", "1.", "一是"). Other words make it a
 * part ("上半年予以公开2件", "经复核后予以公开2件").
 */
const OUTCOME_LEAD = /^(?:\s|其中|另外|此外|依法|分别|均|已|共计|共|经审查|经审核|办理结果|答复结果|结果|为|是|有|的|、|和|及|与|并|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十][是、]|[①-⑩])*$/;
/** A lead longer than this is no filler (nor a phrase of AMONG_ALL): not looked at further. */
const LONGEST_LEAD = 40;
/** "…申请中": only the whole year's applications may stand before it ("所有办结的信息公开申请中"). */
const AMONG = /申请(?:事项)?中/g;
const AMONG_ALL = /^(?:在|从|对)?(?:所有|全部|本年度?|全年|今年|已|共|经|依法)*(?:办结|受理|收到|新收|处理|答复|办理)?(?:完毕|完成)?的?(?:政府信息公开|依申请公开|信息公开|公开)?申请(?:事项)?中$/;
/** What a count of the year's applications is, that outcomes may be said of. */
const WHOLE: ReadonlySet<Measure> = new Set(['new', 'handled']);

/** A sentence read before, with its statements. */
interface ReadSentence {
  sentence: Sentence;
  statements: Statement[];
}

/**
 * The outcomes a sentence states, after its other `statements` were read; `clauses`, its clauses
 * when they were made for those (or null). `applications`: it
 * stands where applications are told; `previous`: the sentence read just before it, when nothing but
 * blanks stands between them. Each test of the words before an outcome is made once for the whole
 * sentence (prefixTest, offsets found once): a sentence of thousands of outcomes stays linear.
 */
function outcomeStatements(sentence: Sentence, clauses: readonly Clause[] | null, statements: Statement[], applications: boolean, previous: ReadSentence | null): Statement[] {
  const out: Statement[] = [];
  const { norm } = sentence;
  if (!HAS_OUTCOME_NAME.test(norm)) return out;
  const counts = countsIn(norm);
  const ofWhole = countsWithin(sentence, counts, statements.filter((s) => WHOLE.has(s.measure)));
  const blocked = prefixTest(OUTCOME_BLOCK, norm, 4);
  const otherYear = prefixTest(RELATIVE_YEAR, norm, 4);
  const firstApplication = norm.indexOf('申请');
  const notAmongAll = firstNotAmongAll(norm);
  // By exec, not matchAll: matchAll made a copy of each pattern at each call, and the names were
  // searched again in each clause.
  const markers: number[] = [];
  PART_OF.lastIndex = 0;
  for (let m = PART_OF.exec(norm); m; m = PART_OF.exec(norm)) markers.push(m.index);
  let nextMarker = 0;
  // The outcomes' names, found once in the sentence: a name holds no clause mark, so each lies
  // inside one clause, and the clauses' names are these (a search of each clause found the same).
  const names: { index: number; name: string }[] = [];
  OUTCOME_NAME.lastIndex = 0;
  for (let m = OUTCOME_NAME.exec(norm); m; m = OUTCOME_NAME.exec(norm)) names.push({ index: m.index, name: m[0] });
  let nextName = 0;
  // An outcome named twice in a sentence is said of parts ("期限内予以公开2件，延期后予以公开2件"):
  // neither count is the row's.
  const named = new Map<Outcome, number>();
  for (const { name } of names) named.set(OUTCOME_OF[name]!, (named.get(OUTCOME_OF[name]!) ?? 0) + 1);
  // The counts before the outcome being read, walked once: the last that is no outcome read, and
  // the last that is neither an outcome nor a count of the year's applications.
  const outcomeCounts = new Set<number>();
  let nextCount = 0;
  let lastUnread: Count | null = null;
  let lastForeign: Count | null = null;
  let previousOfWhole: boolean | null = null;
  const previousIsWhole = () => (previousOfWhole ??= lastCountOfWhole(previous));
  for (const clause of clauses ?? clausesOf(sentence)) {
    // Where the clause's words before the next outcome start: after the last outcome read in it.
    let leadFrom = 0;
    const clauseEnd = clause.from + clause.norm.length;
    while (nextName < names.length && names[nextName]!.index < clause.from) nextName++;
    for (; nextName < names.length && names[nextName]!.index < clauseEnd; nextName++) {
      const { name } = names[nextName]!;
      // Where the name stands in the clause.
      const at = names[nextName]!.index - clause.from;
      if (OUTCOME_NOT_AFTER.test(clause.norm.slice(Math.max(0, at - 12), at))) continue;
      const nameEnd = at + name.length;
      const rest = clause.norm.slice(nameEnd, nameEnd + 40);
      const count = firstCount(rest);
      if (!count || !/^[件宗]$/.test(count.unit) || !OUTCOME_TO_COUNT.test(rest.slice(0, count.start))) continue;
      if (!OUTCOME_FOLLOW.test(clause.norm.slice(nameEnd + count.end, nameEnd + count.end + 4))) continue;
      if (count.chinese && CHINESE_BEFORE.test(rest.slice(0, count.start).slice(-1))) continue;
      const lead = at - leadFrom <= LONGEST_LEAD ? clause.norm.slice(leadFrom, at) : null;
      if (lead === null || !(OUTCOME_LEAD.test(lead) || AMONG_ALL.test(lead))) continue;
      const start = clause.from + at;
      while (nextCount < counts.length && counts[nextCount]!.end <= start) {
        const c = counts[nextCount++]!;
        if (outcomeCounts.has(c.start)) continue;
        lastUnread = c;
        if (!ofWhole.has(c.start)) lastForeign = c;
      }
      while (nextMarker < markers.length && markers[nextMarker]! < start) nextMarker++;
      if (blocked(start) || otherYear(start) || notAmongAll <= start) continue;
      const marker = nextMarker > 0 ? markers[nextMarker - 1]! : undefined;
      if (marker !== undefined) {
        // "其中": of the count just before, which must be the year's applications; between 其中 and
        // the outcome, only other outcomes ("其中予以公开4件，部分公开1件，…").
        if (lastUnread && lastUnread.start >= marker) continue;
        const whole = lastCountBefore(counts, marker);
        if (whole ? !ofWhole.has(whole.start) : norm.slice(0, marker).trim() !== '' || !previousIsWhole()) continue;
      } else if (lastForeign) {
        // After a count that is none of the year's applications, the outcome may be of that count
        // ("土地征收类3件，予以公开2件").
        continue;
      } else if (firstApplication < 0 || firstApplication + 2 > start) {
        // Words that do not say which applications they count: those of the year's counts before
        // ("全年办结7件，予以公开4件"), or of the sentence just before when none stands in this one.
        if (!lastUnread && !previousIsWhole()) continue;
      } else if (!(applications || APPLICATION_CONTEXT.test(norm))) continue;
      const countStart = clause.from + nameEnd + count.start;
      outcomeCounts.add(countStart);
      leadFrom = nameEnd + count.end;
      if (named.get(OUTCOME_OF[name]!)! > 1) continue;
      out.push({ measure: OUTCOME_OF[name]!, value: count.value, span: textSpan(sentence, start, clause.from + nameEnd + count.end) });
    }
  }
  return out;
}

/** The starts of the counts (ascending, apart) that lie in one of the statements' spans. */
function countsWithin(sentence: Sentence, counts: Count[], statements: Statement[]): Set<number> {
  const out = new Set<number>();
  const spans = statements.map((s) => s.span).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const c of counts) {
    const at = textOffset(sentence, c.start);
    while (k < spans.length && spans[k]!.end <= at) k++;
    for (let j = k; j < spans.length && spans[j]!.start <= at; j++) {
      if (at < spans[j]!.end) {
        out.add(c.start);
        break;
      }
    }
  }
  return out;
}

/** The last count that ends at or before `end`, found by halves. */
function lastCountBefore(counts: Count[], end: number): Count | null {
  let lo = 0;
  let hi = counts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (counts[mid]!.end <= end) lo = mid + 1;
    else hi = mid;
  }
  return counts[lo - 1] ?? null;
}

/** The first count of countsIn, the others not read. */
function firstCount(norm: string): Count | undefined {
  let first: Count | undefined;
  eachCount(norm, norm, {}, (count) => {
    first = count;
    return false;
  });
  return first;
}

/** Where the first "…申请中" not said of all the year's applications ends (Infinity for none). */
function firstNotAmongAll(norm: string): number {
  // By exec, not matchAll (a copy of the pattern at each call): every sentence with an outcome asks.
  AMONG.lastIndex = 0;
  for (let m = AMONG.exec(norm); m; m = AMONG.exec(norm)) {
    const end = m.index + m[0].length;
    // AMONG_ALL is short: a clause that begins further back is not one of its phrases.
    const from = Math.max(0, end - 40);
    const window = norm.slice(from, end);
    const mark = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(':'));
    if ((mark < 0 && from > 0) || !AMONG_ALL.test(window.slice(mark + 1).trim())) return end;
  }
  return Infinity;
}

/** Whether the last count of a sentence read before is one of the year's applications (new or handled). */
function lastCountOfWhole(read: ReadSentence | null): boolean {
  if (!read) return false;
  const last = countsIn(read.sentence.norm).pop();
  return last !== undefined && countsWithin(read.sentence, [last], read.statements.filter((s) => WHOLE.has(s.measure))).size > 0;
}

/**
 * Whether `re` (no anchors, no lookarounds, no word longer than `longest`) matches inside
 * text.slice(0, end), asked for ends that never shrink. A match once found stays found; otherwise
 * only the new characters are tested, with `longest` characters of overlap for a word that
 * straddles the previous end. Linear over all the calls, where testing every prefix is quadratic.
 */
export function prefixTest(re: RegExp, text: string, longest: number): (end: number) => boolean {
  let found = false;
  let tested = 0;
  return (end) => {
    if (!found && end > tested) {
      found = re.test(text.slice(Math.max(0, tested - longest), end));
      tested = end;
    }
    return found;
  };
}

const YEAR_WORD = /\d{4}年度?/g;

/**
 * The text with its years ("2021年", "2021年度") taken out, and where an offset of the text falls in
 * it: the prefix text.slice(0, i) with its years taken out is yearless.text.slice(0, at(i)) when no
 * year straddles i.
 */
export function withoutYears(text: string): { text: string; at(i: number): number } {
  const kept: string[] = [];
  const removed: { start: number; end: number; before: number }[] = [];
  let from = 0;
  let removedSoFar = 0;
  // By exec, not matchAll (a copy of the pattern at each call): every clause with a negation asks.
  YEAR_WORD.lastIndex = 0;
  for (let m = YEAR_WORD.exec(text); m; m = YEAR_WORD.exec(text)) {
    kept.push(text.slice(from, m.index));
    removed.push({ start: m.index, end: m.index + m[0].length, before: removedSoFar });
    removedSoFar += m[0].length;
    from = m.index + m[0].length;
  }
  kept.push(text.slice(from));
  let r = 0;
  return {
    text: kept.join(''),
    // Asked for growing offsets, like prefixTest: the years passed are walked once.
    at(i) {
      while (r < removed.length && removed[r]!.end <= i) r++;
      const year = removed[r];
      const gone = year && year.start < i ? year.before + (i - year.start) : (year?.before ?? removedSoFar);
      return i - gone;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Statements about table A's first block: "2023年制发行政规范性文件5件，废止1件，现行有效54件",
// "规范性文件制发5件", "现行有效规章3件". Read only as one clause of fixed shape: the verb and the
// kind of document side by side (either first), the count right after them and nothing after it.
// "废止1件" and "现行有效54件" alone are read only right after such a clause, as its kind's.

/** Table A's rows 规章 (rules) and 行政规范性文件 (normative). */
export type DocumentKind = 'rules' | 'normative';
/** Table A's columns 本年制发件数 / 本年新制作数量 (issued), 本年废止件数 (repealed), 现行有效件数 (valid). */
export type DocumentMeasure = 'issued' | 'repealed' | 'valid';

export interface DocumentStatement {
  kind: DocumentKind;
  measure: DocumentMeasure;
  value: number;
  /** Said as a negation ("未制发规章"): the value is 0, and the message says it in the prose's words. */
  negated?: true;
  /** The clause that says it ("制发行政规范性文件5件", "现行有效54件"). */
  span: Span;
  /** The kind's name as the prose writes it (规章, 规范性文件, 行政规范性文件): the message quotes it. */
  name: string;
}

/** The kinds' names, also cut by a line break: the sentences to read. */
export const DOCUMENT_WORDS = /规\s*章|规\s*范\s*性\s*文\s*件/;
/**
 * The statements' words and the documents' names in one search (proseWords). It finds the hits of
 * the two searches it replaces: no word of one list holds a character a word of the other begins
 * with (规 for the names; 申复诉办结予同部不无其 for the others), so neither hides a hit of the other.
 */
const PROSE_WORDS = new RegExp(`${WORDS_TO_READ.source}|${DOCUMENT_WORDS.source}`, 'g');
const DOCUMENT_KIND = '(行政规范性文件|规范性文件|规章)';
/** Verbs of making a document ("印发" and "出台" issue it); not 公开/发布 (published, maybe others'), 审核, 清理, 备案. */
const DOCUMENT_VERB = '(新制发|制发|印发|出台|制定|新制作|废止|现行有效)';
const MEASURE_OF_VERB: Record<string, DocumentMeasure> = {
  新制发: 'issued',
  制发: 'issued',
  印发: 'issued',
  出台: 'issued',
  制定: 'issued',
  新制作: 'issued',
  废止: 'repealed',
  现行有效: 'valid',
};
/** Before the statement in its clause: time words and the office itself, nothing else ("局本级", "区政府办公室代…" are not read). */
const DOCUMENT_LEAD = '(?:\\s|\\d{4}年度?|全年|本年度?|今年|年内|报告期内|本机关|本单位|我单位|本部门|我部门|本局|我局|本委|我委|本办|我办|本厅|我厅|共计|共|新)*';
const DOCUMENT_COUNT = '\\s*(\\d+|[零〇一二两三四五六七八九十百]+)\\s*(?:件|个|份|部|项)[\\s。!?]*$';
const DOCUMENT_FILLER = '(?:共计|共|计|为|有|数量为|件数为)?';
/** "制发行政规范性文件5件", "现行有效的规章3件". */
const VERB_FIRST = new RegExp(`^${DOCUMENT_LEAD}${DOCUMENT_VERB}(?:了|的)?(?:共计|共)?${DOCUMENT_KIND}${DOCUMENT_FILLER}${DOCUMENT_COUNT}`);
/** "行政规范性文件制发5件", "规范性文件现行有效54件". */
const KIND_FIRST = new RegExp(`^${DOCUMENT_LEAD}${DOCUMENT_KIND}(?:共计|共)?${DOCUMENT_VERB}(?:了|的)?${DOCUMENT_FILLER}${DOCUMENT_COUNT}`);
/**
 * "本年度未制发规章", "未制发规章和行政规范性文件", "全年没有废止规范性文件": none issued (or repealed)
 * of the kinds named, a count of 0. Only the whole clause: "未制发新的规章制度" is of another thing.
 */
const DOCUMENT_NEGATED = new RegExp(`^${DOCUMENT_LEAD}(?:未|没有|无)(?:新)?(新制发|制发|印发|出台|制定|新制作|废止)(?:任何|新的)?${DOCUMENT_KIND}(?:(?:和|及|与|或|、)${DOCUMENT_KIND})?[\\s。!?]*$`);
/** "废止1件", "现行有效54件": after a clause read, of its kind. */
const FOLLOWING = new RegExp(`^\\s*(废止|现行有效)(?:的)?${DOCUMENT_FILLER}${DOCUMENT_COUNT}`);
/**
 * A count in a clause not read ("区政府办制发2件", "宣布失效2件", "部门规范性文件2件"): the sentence
 * breaks its documents down, and its other counts may be parts. Chinese numerals only before 件/个/份
 * ("统一部署" is no count).
 */
const OTHER_COUNT = /\d+\s*(?:件|个|份|部|项)|[零〇一二两三四五六七八九十百]+(?:件|个|份)/;
/**
 * Words anywhere in the sentence that may make its counts other ones: another
 * scope or a part (全区, 各部门, 下属, 本级, 其中, 含), a comparison, an approximation, a plan or
 * condition, other years, the other counts said of documents (清理, 审核, 备案, 解读,
 * 征求意见, 公开, 发布 …), the party's documents (党内, 党组), and a count at the time of writing
 * (目前, 截止发稿时, 报告编制时) rather than at the year's end, and an exclusion ("除上述文件外，未制发
 * 规范性文件": none of the others).
 */
const DOCUMENT_BLOCK = new RegExp(
  `除[^。]*?外|除了|${AREA_SCOPE.source}|${PART_UNIT.source}|${RELATIVE_YEAR.source}|下属|所属|系统|代表|代为|牵头|指导|督促|其中|含|包括|分别|${COMPARED}|${ROUGH_OR_PLANNED}|拟|清理|审核|审查|合法性|备案|解读|征求|意见|公开|公布|发布|报送|修订|修改|修正|起草|评估|宣传|培训|涉及|关于|第|每|目前|当前|至今|截至|截止|发稿|编制|联合|会同|名义|名下|办公室|党内|党组|党委`,
);
const KIND_OF: Record<string, DocumentKind> = { 规章: 'rules', 规范性文件: 'normative', 行政规范性文件: 'normative' };
/**
 * Documents said made or repealed in a clause not read ("相关文件由区政府制发", "已宣布失效"): beside a
 * negation of the measure, by whom is unclear, and the table may count them. "规章制定权" (the power
 * to make rules) and "制定主体" make none.
 */
const MADE_SAID = /(制发|印发|出台|制定|新制作|废止|失效)(?!权|主体)/g;

/**
 * A count of documents made, repealed or in force, with or without the kind named ("区政府办制发2件",
 * "另以区政府名义印发规范性文件2件"): in a sentence beside one read, it may be a part the table counts
 * too, of its measure.
 */
const DOCUMENT_COUNT_SAID = /(制发|印发|出台|制定|新制作|废止|失效|现行有效)[^。!?]*?(?:\d+\s*(?:件|个|份|部|项)|[零〇一二两三四五六七八九十百]+(?:件|个|份))/g;
const MEASURE_OF_COUNT_SAID: Record<string, DocumentMeasure> = { ...MEASURE_OF_VERB, 失效: 'repealed' };

/** Every clear statement of the prose about table A's 规章 and 行政规范性文件, with the sentence it is in. */
export function readDocumentStatements(report: Report): { sentence: Sentence; statements: DocumentStatement[] }[] {
  const hits = proseWords(report).documents;
  if (hits.length === 0) return [];
  const read: { sentence: Sentence; statements: DocumentStatement[] }[] = [];
  for (const sentence of sentencesHolding(report, 'documents')) {
    const statements = documentStatementsOf(report, sentence);
    if (statements.length > 0) read.push({ sentence, statements });
  }
  if (read.length === 0) return [];
  // A sentence right before or after one read (only blanks between: the same paragraph, or the next
  // line, which a page's text may have broken a paragraph at) that counts documents but was not read
  // itself ("制发规范性文件3件。另外，区政府办制发2件。"): the count read of that measure may leave out
  // that part. Its other counts stand ("废止1个行政处罚。" beside "现行有效54件").
  // Only those sentences are cut, not the whole prose: the one before holds the last character
  // before the sentence read that is no white space (as trim() counts it), the one after the first
  // after it. A table between them is not blank: the sentences on two sides of a table are not
  // beside.
  const { text } = report;
  const sides = read.map(({ sentence }) => {
    let before = sentence.span.start - 1;
    while (before >= 0 && isWhitespace(text.charCodeAt(before))) before--;
    let after = sentence.span.end;
    while (after < text.length && isWhitespace(text.charCodeAt(after))) after++;
    return { before, after };
  });
  // In order, an offset twice or more (two sentences read side by side) as well.
  const wanted = sides.flatMap(({ before, after }) => [before, after]).filter((at) => at >= 0 && at < text.length).sort((a, b) => a - b);
  const beside = proseSentences(report, wanted);
  const readStarts = new Set(read.map((r) => r.sentence.span.start));
  const measuresBeside = (at: number): Set<DocumentMeasure> => {
    const measures = new Set<DocumentMeasure>();
    const sentence = sentenceHolding(beside, at);
    if (!sentence || readStarts.has(sentence.span.start)) return measures;
    for (const m of report.halfWidth.slice(sentence.span.start, sentence.span.end).matchAll(DOCUMENT_COUNT_SAID)) measures.add(MEASURE_OF_COUNT_SAID[m[1]!]!);
    return measures;
  };
  const out: { sentence: Sentence; statements: DocumentStatement[] }[] = [];
  for (const [k, { sentence, statements }] of read.entries()) {
    const before = measuresBeside(sides[k]!.before);
    const after = measuresBeside(sides[k]!.after);
    const kept = statements.filter((s) => !before.has(s.measure) && !after.has(s.measure));
    if (kept.length > 0) out.push({ sentence, statements: kept });
  }
  return out;
}

/** The sentence of `sentences` (in order) that holds the offset `at`, found by halves. */
function sentenceHolding(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.span.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const sentence = sentences[lo - 1];
  return sentence && at < sentence.span.end ? sentence : undefined;
}

/** The statements about table A one sentence makes, or none when any of its words leaves them unclear. */
function documentStatementsOf(report: Report, sentence: Sentence): DocumentStatement[] {
  if (yearsIn(sentence.norm).some((y) => y !== report.year)) return [];
  // Anywhere in the sentence: "制发规范性文件9件，同比增加2件" is left unread too.
  if (DOCUMENT_BLOCK.test(withoutYears(sentence.norm).text)) return [];
  const statements: DocumentStatement[] = [];
  // The kind of the clause read just before, which "废止1件" alone speaks of.
  let previousKind: DocumentKind | null = null;
  let previousName = '';
  let brokenDown = false;
  // The measures another clause, not read, says documents were made or repealed of.
  const madeUnread = new Set<DocumentMeasure>();
  for (const clause of clausesOf(sentence)) {
    const end = clause.from + clause.norm.replace(/[\s。!?]+$/, '').length;
    const start = clause.from + (clause.norm.length - clause.norm.trimStart().length);
    const none = DOCUMENT_NEGATED.exec(clause.norm);
    if (none) {
      for (const name of [none[2], none[3]]) if (name) statements.push({ kind: KIND_OF[name]!, name, measure: MEASURE_OF_VERB[none[1]!]!, value: 0, negated: true, span: textSpan(sentence, start, end) });
      // One kind named ("未制发行政规范性文件，现行有效54件"): the next clause's count alone is of it; of two, of neither.
      previousKind = none[3] ? null : KIND_OF[none[2]!]!;
      previousName = none[2]!;
      continue;
    }
    const m = VERB_FIRST.exec(clause.norm);
    const k = m ? null : KIND_FIRST.exec(clause.norm);
    const f: RegExpExecArray | null = m || k || !previousKind ? null : FOLLOWING.exec(clause.norm);
    const kindName = m ? m[2] : k ? k[1] : null;
    const verb = m ? m[1] : k ? k[2] : f ? f[1] : null;
    const number = m ? m[3] : k ? k[3] : f ? f[2] : null;
    const kind: DocumentKind | null = kindName ? KIND_OF[kindName]! : f ? previousKind : null;
    const name = kindName ?? previousName;
    previousKind = null;
    if (!kind || !verb || !number) {
      brokenDown ||= OTHER_COUNT.test(clause.norm);
      for (const made of clause.norm.matchAll(MADE_SAID)) madeUnread.add(MEASURE_OF_COUNT_SAID[made[1]!]!);
      continue;
    }
    const value = /\d/.test(number) ? Number(number) : chineseCount(number);
    if (value === null || !Number.isSafeInteger(value)) continue;
    statements.push({ kind, name, measure: MEASURE_OF_VERB[verb]!, value, span: textSpan(sentence, start, end) });
    previousKind = kind;
    previousName = name;
  }
  if (brokenDown) return [];
  // One count said twice of a kind in a sentence is said of parts: neither is the table's.
  const key = (s: DocumentStatement) => `${s.kind} ${s.measure}`;
  const times = new Map<string, number>();
  for (const s of statements) times.set(key(s), (times.get(key(s)) ?? 0) + 1);
  // "未制发规范性文件，相关文件由区政府制发": none of its own, and the ones made said beside it.
  return statements.filter((s) => times.get(key(s)) === 1 && !(s.negated && madeUnread.has(s.measure)));
}
