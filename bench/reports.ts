// The reports the bench runs on, generated (never seed text): one report padded to a size, and a
// folder of many.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allLayouts, buildReport, cleanValues } from '../test/fixtures/reportBuilder.ts';

/**
 * A report of about `bytes` of UTF-8 (never less): a clean synthetic report whose section 一 grows
 * with prose, as long real reports do.
 */
export function reportOfSize(bytes: number): string {
  const lines = buildReport({ year: 2023 }).split('\n');
  const prose: string[] = [];
  let size = Buffer.byteLength(lines.join('\n'));
  for (let i = 0; size < bytes; i++) {
    const line = i % 12 === 0
      ? `（${'一二三四五六七八九十'[(i / 12) % 10]}）第${i / 12 + 1}项工作`
      : `2023年，本机关围绕第${i}项重点任务发布信息${100 + (i % 50)}条，其中政策解读${i % 7}篇、图片新闻${i % 11}条，回应社会关切${i % 5}次，持续提升政务公开质量。`;
    prose.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const at = lines.findIndex((l) => l.startsWith('一、')) + 2;
  return [...lines.slice(0, at), ...prose, ...lines.slice(at)].join('\n');
}

/** `count` reports: every text layout, five years of each of many agencies, one in five with a wrong total. */
export function writeReports(dir: string, count: number): void {
  const years = [2019, 2020, 2021, 2022, 2023];
  for (let i = 0; i < count; i++) {
    const year = years[i % years.length] as number;
    const agency = `某某市第${Math.floor(i / years.length) + 1}局`;
    const values = cleanValues(year <= 2020 ? '2019' : '2021');
    if (i % 5 === 0) values.B.total = [5, 1, 0, 0, 0, 1, 9];
    const layout = allLayouts[Math.floor(i / years.length) % allLayouts.length];
    writeFileSync(join(dir, `${agency}${year}年政府信息公开工作年度报告.txt`), buildReport({ year, agency, values, layout }));
  }
}

