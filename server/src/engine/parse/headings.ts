// Headings (一、…六、, （一）, 1. 1、, and the standard sub-topics written without a number) and the
// six statutory sections they open. Lines inside the tables are not headings: table B's rows read
// "一、本年新收…" and "（一）予以公开" and would otherwise look like the outline.
import type { Heading, Section, Span } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { RUN_IN_SECTION_TITLE, sectionRecognisers, STANDARD_SUBTOPIC } from '../formats/sections.ts';
import { isWhitespace, normalizeLabel, pastWhitespace, startsNumbering, stripEnumerator } from '../text/normalize.ts';

/** A heading is a short line; a longer one is a paragraph that starts with a number. */
const MAX_TITLE = 40;

export function sectionOfTitle(title: string): number | null {
  const t = normalizeLabel(title);
  return sectionRecognisers.find((s) => s.test(t))?.section ?? null;
}

export function readHeadings(lines: readonly Line[], tables: readonly Span[]): Heading[] {
  const headings: Heading[] = [];
  // The tables in text order, walked once beside the lines: a text pasted many times has a
  // table for every few lines, and asking every table about every line was quadratic.
  const ordered = [...tables].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const line of lines) {
    if (line.text.length === 0) continue;
    while (next < ordered.length && ordered[next]!.end <= line.start) next++;
    if (inTable(line, ordered, next)) continue;
    const heading = headingOf(line);
    if (heading) headings.push(heading);
  }
  return headings;
}

/** Whether the line overlaps a table, of those from `from` on (the earlier ones end before it). */
function inTable(line: Line, tables: readonly Span[], from: number): boolean {
  for (let i = from; i < tables.length && tables[i]!.start < line.end; i++) if (line.start < tables[i]!.end) return true;
  return false;
}

/**
 * Whether the line may start with a numbering, told by its first character after its `lead` white
 * space (/^[\s\u3000\u00a0]*[一二三四五六七八九十（(0-9０-９]/ without a pattern tried on every line):
 * most lines start otherwise, and stripEnumerator is not asked about them.
 */
export function mayBeNumbered(text: string, lead: number): boolean {
  const c = text.charCodeAt(lead);
  // 一、 1. or （一）
  return startsNumbering(c) || c === 0xff08 || c === 0x28;
}

function headingOf(line: Line): Heading | null {
  const lead = pastWhitespace(line.text, 0);
  const { enumerator, rest } = mayBeNumbered(line.text, lead) ? stripEnumerator(line.text) : { enumerator: null, rest: line.text };
  if (!enumerator) return unnumberedSubtopic(line, lead);
  const numeral = enumerator.text.trim();
  const numberSpan = { start: line.start + lead, end: line.start + lead + numeral.length };
  // "一、总体情况2021年，我区…": a section title run into its paragraph with nothing between.
  const runIn = enumerator.style === 'chinese' ? RUN_IN_SECTION_TITLE.exec(rest.trim()) : null;
  const title = runInTitle(rest) ?? runIn?.[0] ?? null;
  if (title === null) return null;
  const section = sectionOfTitle(title);
  const paren = enumerator.style === 'paren';
  // "5、 存在的主要问题及改进情况" is section 五 with a numbering fault; "1. 加强学习" is an item.
  const level = paren ? 2 : section !== null || enumerator.style === 'chinese' ? 1 : 3;
  // One literal, not a common part spread into three: V8's object spread took most of the time here.
  return { numberText: numeral, number: enumerator.value, numberSpan, numberStyle: enumerator.style, title, span: trimmedSpan(line, lead), level, section: paren ? null : section };
}

/** "（二）改进措施。聚焦短板…" has the heading "改进措施" run into its paragraph. */
function runInTitle(rest: string): string | null {
  const text = rest.trim();
  const stop = text.search(/[。：:]/);
  const title = (stop >= 0 ? text.slice(0, stop) : text).trim();
  if (title.length === 0 || title.length > MAX_TITLE) return null;
  // A sentence, not a title: "一、本机关全年共受理申请4件，…" stays prose.
  if (/[，,；;]/.test(title)) return null;
  return title;
}

function unnumberedSubtopic(line: Line, lead: number): Heading | null {
  // Measured before it is trimmed: most lines are paragraphs, and trim() would copy each.
  let end = line.text.length;
  while (end > lead && isWhitespace(line.text.charCodeAt(end - 1))) end--;
  if (end - lead > 13) return null; // longer than any sub-topic with its 。 or ：
  const trimmed = line.text.slice(lead, end);
  const title = trimmed.replace(/[。：:]$/, '');
  if (title.length > 12 || !STANDARD_SUBTOPIC.test(normalizeLabel(title))) return null;
  return { level: 2, numberText: null, number: null, numberSpan: null, numberStyle: null, title, section: null, span: trimmedSpan(line, lead) };
}

function trimmedSpan(line: Line, lead: number): Span {
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

/** Sections run from a recognised section heading to the next one (or the end of the text). */
export function sectionsOf(headings: readonly Heading[], textLength: number): Section[] {
  const starts = headings.filter((h) => h.level === 1 && h.section !== null);
  return starts.map((heading, i) => ({
    number: heading.section ?? 0,
    heading,
    span: { start: heading.span.start, end: starts[i + 1]?.span.start ?? textLength },
  }));
}
