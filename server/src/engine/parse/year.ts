// The report year: from the title, the statistics-period sentence and (as weaker evidence) the
// text. Every place it is read is kept, so that date rules can name the odd one out.
// Years may be written in full-width digits or Chinese numerals (二〇二一年): they are read from
// Report.dateText (dates.ts dateTextOf), which keeps offsets.
import type { DateMention, YearEvidence } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { opensSentence, sentenceFrom } from './dates.ts';

const TITLE = /((?:19|20)\d\d)\s*年(?:度)?[^。\n]{0,40}?(?:政府信息公开|政务公开|信息公开)[^。\n]{0,12}?(?:年度)?(?:工作)?报告/;
/** How many lines from the top the title may stand on, and how long it may be. */
const TITLE_LINES = 12;
const TITLE_MAX_LENGTH = 80;

/** A sentence about next year's plans: its year says nothing about the report's. */
const PLAN = /将|计划|拟|力争|下一步/;

export interface YearReading {
  /**
   * The year the evidence agrees on: the title's and the period's when they agree or only one is
   * there; when they disagree, the one the text sides with (the title's when the text says
   * neither); the text's when there is neither.
   */
  year: number | null;
  evidence: YearEvidence[];
}

/**
 * A line that names a report but is no report's title, as an evaluator's folder holds them beside
 * the reports: a sentence ("请于2024年1月31日前报送本单位2023年政府信息公开工作年度报告。"), a document
 * about the report ("关于报送某局2023年政府信息公开工作年度报告的函", "…的通知"), an attachment's name
 * ("附件：…"). (The notice's first year, 2024, was taken for its report year.)
 */
function namesAnotherDocument(line: string): boolean {
  const t = line.trim();
  return /[。；，,;]$/.test(t) || /报告的[\u4e00-\u9fff]{1,4}$/.test(t) || t.startsWith('附件');
}

function titleEvidence(s: string, lines: Line[]): YearEvidence | null {
  for (const line of lines.slice(0, TITLE_LINES)) {
    if (line.text.length >= TITLE_MAX_LENGTH) continue;
    const own = s.slice(line.start, line.end);
    if (namesAnotherDocument(own)) continue;
    const m = TITLE.exec(own);
    if (m && m[1]) {
      const at = line.start + m.index;
      return { year: Number(m[1]), span: { start: at, end: at + 4 }, source: 'title', lines: { start: line.start, end: line.end } };
    }
    const wrapped = wrappedTitle(s, own, lines[line.index + 1]);
    if (wrapped) {
      const at = line.start + wrapped.index;
      return { year: wrapped.year, span: { start: at, end: at + 4 }, source: 'title', lines: { start: line.start, end: wrapped.end } };
    }
  }
  return null;
}

/**
 * A title wrapped onto the next line, as a PDF's or a Word page's text keeps it ("2024年上海市科委
 * 政府信息公开工作" over "年度报告"): the next line is the title's end and nothing else, so a
 * sentence that runs on ("…编制了2024年度政务公开工作" over "报告，报告全文包括…") is no title.
 */
function wrappedTitle(s: string, own: string, next: Line | undefined): { year: number; index: number; end: number } | null {
  if (!next) return null;
  const rest = s.slice(next.start, next.end).trim();
  if (rest === '' || own.length + rest.length >= TITLE_MAX_LENGTH || namesAnotherDocument(rest)) return null;
  const m = TITLE.exec(own + rest);
  if (!m || !m[1] || m.index + 4 > own.length || m.index + m[0].length !== own.length + rest.length) return null;
  return { year: Number(m[1]), index: m.index, end: next.start + s.slice(next.start, next.end).lastIndexOf(rest) + rest.length };
}

/**
 * The period's year, when both its ends stand in one year ("2021年1月1日至2021年12月31日",
 * "2021年1月1日至12月31日", "2021年度"). A period inside one year that does not cover all of it
 * ("2021年1月2日至2021年12月31日") still names that year: its days are date/period's to report, and
 * losing the year over them would silence every rule that needs it. A period across years names none.
 */
function periodEvidence(dates: DateMention[]): YearEvidence | null {
  const i = dates.findIndex((d) => d.role === 'period-start');
  const start = dates[i];
  if (!start) return null;
  const end = dates[i + 1]?.role === 'period-end' ? dates[i + 1] : undefined;
  if (end && end.year !== start.year) return null;
  return { year: start.year, span: { start: start.span.start, end: start.span.start + 4 }, source: 'period' };
}

/**
 * The year most sentences open with ("2021年，本机关…"), when at least two do and no other year
 * does as often; plans for next year do not count.
 */
function textEvidence(text: string, dates: DateMention[]): YearEvidence | null {
  const counts = new Map<number, { count: number; first: DateMention }>();
  for (const d of dates) {
    if (d.role !== 'text' || d.month !== null || d.range) continue;
    if (!/^[ \t]*[，,]/.test(text.slice(d.span.end, d.span.end + 3))) continue;
    if (!opensSentence(text, d.span.start) || PLAN.test(sentenceFrom(text, d.span.start))) continue;
    const entry = counts.get(d.year);
    if (entry) entry.count++;
    else counts.set(d.year, { count: 1, first: d });
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const top = ranked[0];
  if (!top || top.count < 2 || (ranked[1]?.count ?? 0) === top.count) return null;
  return { year: top.first.year, span: { start: top.first.span.start, end: top.first.span.start + 4 }, source: 'text' };
}

/** The year, from the text, its dateText (dateTextOf), its lines and its dates (readDates). */
export function readYear(text: string, dateText: string, lines: Line[], dates: DateMention[]): YearReading {
  const title = titleEvidence(dateText, lines);
  const period = periodEvidence(dates);
  const prose = textEvidence(text, dates);
  const evidence = [title, period, prose].filter((e): e is YearEvidence => e !== null);
  let year: number | null;
  if (title && period && title.year !== period.year) year = prose?.year === period.year ? period.year : title.year;
  else year = title?.year ?? period?.year ?? prose?.year ?? null;
  return { year, evidence };
}
