// Which agency a report is by, so that reports of the same agency in consecutive years can be
// compared: the agency the text names (parse/agency.ts: title, the line above it, a crawler's
// metadata, the signature). Only when the text names none, the file name, and only when it holds
// Chinese ("新华区政府办2021年报.txt" -> 新华区政府办): a name made of hash letters ("fddff") names
// no agency. When none of these gives a name, the report is not paired.
//
// A name that says which kind of office but not whose ("政府办", "区财政局", "市场监督管理局") is
// generic: every district has one. The file name qualifies it when it names the same office with
// its place (title "政府办…", file "新华区政府办2021年报.txt" -> 新华区政府办); otherwise the name stays
// generic, and pairs.ts pairs generic names only within one folder, where they are one agency's
// files rather than a folder of many areas' reports.
import type { Report } from '../model.ts';
import { agencyNameIn } from '../parse/agency.ts';

export function agencyOf(report: Report, fileName: string): string | null {
  const named = report.agency?.name ?? null;
  if (named !== null && !isGenericAgency(named)) return named;
  const fromFile = agencyNameIn(fileName.replace(/\.[^.]*$/, '').replace(/[0-9０-９_\-]+/g, ''));
  // Three Chinese characters at least: "fddff" names no agency at all.
  const han = fromFile?.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const file = han >= 3 ? fromFile : null;
  if (named === null) return file;
  return file !== null && file !== named && file.endsWith(named) && !isGenericAgency(file) ? file : named;
}

/** An agency's own place named before its level: 新华区…, 洪泽区人民政府, 某某市…, 平潭综合实验区, 宁河镇. */
const PLACE_FIRST = /^[\u4e00-\u9fff]{2,}?(?:省|自治区|市|自治州|州|盟|区|县|自治县|旗|镇|乡|街道)/;
/** National bodies name no place and need none. */
const NATIONAL = /^(?:国家|中国|中华人民共和国|国务院|全国|最高人民)/;

/** Whether the name says which kind of office but not whose ("政府办", "区财政局"). */
export function isGenericAgency(name: string): boolean {
  return !PLACE_FIRST.test(name) && !NATIONAL.test(name);
}
