// text/parts-exceed-whole: "发布信息3168条，其中A 8条、B 2255条、C 905条" where the parts named
// after 其中 add up to more than the whole. Parts that add up to less are a partial breakdown and
// fine. Only parts in the whole's own unit count; a breakdown that mixes units, compares, nests
// or sums again is not read.
import type { Finding } from '../model.ts';
import { eachCount, proseSegments, type Count } from '../parse/prose.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

/** The whole: a count, then only punctuation before 其中 ("3168条。其中，"). */
// The lookbehind starts a match only at the first digit of a run, keeping the search linear.
const WHOLE = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)[ ]?(件|宗|起|个|份|次|条|篇|项|期|家|场|人|名|例)[\s,。:]*其中/g;
/** Words that make the breakdown something other than parts of the whole. */
const NOT_PARTS = /同比|环比|较|增长|增加|减少|下降|上升|累计|以上|超过|至少|以内|平均|日均|合计|总计|共计|其余|剩余|另有|分别占|占比|重复|万|亿|\d年/;
/** The breakdown ends at the sentence's end, at the next 其中, or 400 characters on. */
function listEnd(norm: string, from: number): number {
  const limit = Math.min(norm.length, from + 400);
  for (let i = from; i < limit; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d) return i;
    if (c === 0x5176 && norm.charCodeAt(i + 1) === 0x4e2d && i + 1 < limit) return i; // 其中
  }
  return limit;
}

export const textPartsExceedWhole: Rule = {
  id: 'text/parts-exceed-whole',
  severity: 'warning',
  description: {
    zh: '“共X条，其中A a条、B b条……”中分项之和大于总数。',
    en: 'A breakdown "X in all, of which A a, B b…" whose parts add up to more than the whole.',
  },
  check(report) {
    const findings: Finding[] = [];
    for (const segment of proseSegments(report)) {
      const original = report.text.slice(segment.start, segment.end);
      const norm = report.halfWidth.slice(segment.start, segment.end);
      WHOLE.lastIndex = 0;
      for (let m = WHOLE.exec(norm); m; m = WHOLE.exec(norm)) {
        const wholeText = m[1] ?? '';
        const unit = m[2] ?? '';
        const start = m.index;
        if (wholeText.includes(',') && original.slice(start, start + wholeText.length).includes('，')) continue;
        const whole = Number(wholeText.replace(/,/g, ''));
        const partsStart = m.index + m[0].length;
        const list = withoutBrackets(norm.slice(partsStart, listEnd(norm, partsStart)));
        // The parts, as long as they are in the whole's unit (a part in another unit ends the reading).
        const parts: Count[] = [];
        let sameUnit = true;
        eachCount(list, original.slice(partsStart, partsStart + list.length), { chinese: false }, (part) => {
          sameUnit = part.unit === unit;
          if (sameUnit) parts.push(part);
          return sameUnit;
        });
        if (parts.length === 0 || !sameUnit || NOT_PARTS.test(list)) continue;
        const sum = parts.reduce((a, p) => a + p.value, 0);
        if (sum <= whole) continue;
        const last = parts[parts.length - 1]!;
        const wholeSpan = { start: segment.start + start, end: segment.start + start + m[0].indexOf(unit, wholeText.length) + unit.length };
        findings.push(
          finding(
            textPartsExceedWhole,
            {
              zh: `分项之和${sum}${unit}（${parts.map((p) => p.value).join(' + ')}）大于总数${whole}${unit}。`,
              en: `The parts add up to ${sum} (${parts.map((p) => p.value).join(' + ')}), more than the whole, ${whole}.`,
            },
            { start: wholeSpan.start, end: segment.start + partsStart + last.end },
            { related: [{ message: { zh: `总数：${whole}${unit}`, en: `the whole: ${whole}` }, span: wholeSpan }] },
          ),
        );
      }
    }
    return findings;
  },
};

/** The text with bracketed asides blanked out (same length): "A 100条（含B 20条）" counts A only. */
function withoutBrackets(s: string): string {
  if (!s.includes('(') && !s.includes('[')) return s;
  let depth = 0;
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (ch === '(' || ch === '[') depth++;
    const hidden = depth > 0;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    out.push(hidden ? ' ' : ch);
  }
  return out.join('');
}
