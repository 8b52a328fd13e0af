// Which agency a report is by, so that reports of the same agency in consecutive years can be
// compared: the agency the text names (parse/agency.ts: title, the line above it, a crawler's
// metadata, the signature). Only when the text names none, the file name, and only when it holds
// Chinese ("新华区政府办2021年报.txt" -> 新华区政府办): a name made of hash letters ("fddff") names
// no agency. When none of these gives a name, the report is not paired.
import type { Report } from '../model.ts';
import { agencyNameIn } from '../parse/agency.ts';

export function agencyOf(report: Report, fileName: string): string | null {
  if (report.agency) return report.agency.name;
  const name = agencyNameIn(fileName.replace(/\.[^.]*$/, '').replace(/[0-9０-９_\-]+/g, ''));
  // Three Chinese characters at least: "fddff" names no agency at all.
  const han = name?.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han >= 3 ? name : null;
}
