// The report year: from the title, the statistics-period sentence and (as weaker evidence) the
// text. Every place it is read is kept, so that date rules can name the odd one out.
import type { YearEvidence } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';
import { toHalfWidth } from '../text/normalize.ts';

const TITLE = /((?:19|20)\d\d)\s*年(?:度)?[^。\n]{0,40}?(?:政府信息公开|政务公开|信息公开)[^。\n]{0,12}?(?:年度)?(?:工作)?报告/;
const PERIOD = /统计期限[^。\n]{0,12}?((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日/;

export interface YearReading {
  /** The title's year when there is one, else the statistics period's. */
  year: number | null;
  evidence: YearEvidence[];
}

export function readYear(text: string, lines: Line[]): YearReading {
  const evidence: YearEvidence[] = [];
  for (const line of lines.slice(0, 12)) {
    const m = TITLE.exec(toHalfWidth(line.text));
    if (m && m[1] && line.text.length < 80) {
      const at = line.start + (m.index ?? 0);
      evidence.push({ year: Number(m[1]), span: { start: at, end: at + m[1].length }, source: 'title' });
      break;
    }
  }
  const period = PERIOD.exec(toHalfWidth(text));
  if (period && period[1]) {
    const at = (period.index ?? 0) + period[0].indexOf(period[1]);
    evidence.push({ year: Number(period[1]), span: { start: at, end: at + 4 }, source: 'period' });
  }
  return { year: evidence[0]?.year ?? null, evidence };
}
