// How dates and the places the report year is read are said to a reader, for the date rules'
// messages.
import type { Message, YearEvidence } from '../model.ts';

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function dateWords(d: DateParts): Message {
  if (d.month === null) return { zh: `${d.year}年`, en: String(d.year) };
  const mm = String(d.month).padStart(2, '0');
  if (d.day === null) return { zh: `${d.year}年${d.month}月`, en: `${d.year}-${mm}` };
  return { zh: `${d.year}年${d.month}月${d.day}日`, en: `${d.year}-${mm}-${String(d.day).padStart(2, '0')}` };
}

export const sourceWords: Record<YearEvidence['source'], Message> = {
  title: { zh: '标题', en: 'the title' },
  period: { zh: '统计期限', en: 'the statistics period' },
  text: { zh: '正文', en: 'the text' },
};

/** Weekday names: 0 = Sunday. */
export const weekdayWords: Message[] = [
  { zh: '星期日', en: 'Sunday' },
  { zh: '星期一', en: 'Monday' },
  { zh: '星期二', en: 'Tuesday' },
  { zh: '星期三', en: 'Wednesday' },
  { zh: '星期四', en: 'Thursday' },
  { zh: '星期五', en: 'Friday' },
  { zh: '星期六', en: 'Saturday' },
];
