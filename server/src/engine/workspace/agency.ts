// Which agency a report is by, so that reports of the same agency in consecutive years can be
// compared. Read, in this order of trust, from:
//   1. the title line, without its year and the words 政府信息公开工作年度报告 ("2020年宁河镇政府信息
//      公开工作年度报告" -> 宁河镇);
//   2. a short line just above the title ("宁河区人民政府合作交流办公室" over "2021年政府信息公开…");
//   3. the file name, without digits and the same words ("新华区政府办2021年报.txt" -> 新华区政府办).
// The name is normalised (widths, spaces, punctuation) so that small differences do not split one
// agency in two; when none of these gives a name, the report is not paired.
import type { Report } from '../model.ts';
import { normalizeLabel, toHalfWidth } from '../text/normalize.ts';

const REPORT_WORDS = /(?:关于)?(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年(?:度)?|政府信息公开工作年度报告|政府信息公开年度报告|政务公开工作年度报告|信息公开工作年度报告|工作年度报告|年度报告|年报|的$/g;

export function agencyOf(report: Report, fileName: string): string | null {
  const title = report.yearEvidence.find((e) => e.source === 'title');
  if (title) {
    const lineStart = Math.max(report.text.lastIndexOf('\n', title.span.start), report.text.lastIndexOf('\r', title.span.start)) + 1;
    const lineEnd = report.text.slice(title.span.start).search(/\r|\n|$/) + title.span.start;
    const fromTitle = clean(report.text.slice(lineStart, lineEnd));
    if (fromTitle) return fromTitle;
    const above = report.text.slice(0, lineStart).split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').pop();
    if (above && above.length <= 30 && !/\d/.test(toHalfWidth(above))) {
      const name = clean(above);
      if (name) return name;
    }
  }
  return clean(fileName.replace(/\.[^.]*$/, '').replace(/[0-9０-９_\-]+/g, ''));
}

function clean(text: string): string | null {
  const name = normalizeLabel(toHalfWidth(text).replace(REPORT_WORDS, ''));
  // Two characters ("政府", "本局") name no agency in particular.
  return name.length >= 3 ? name : null;
}
