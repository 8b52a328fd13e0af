// text/spam: gambling or porn spam that hacked government web pages carry and that ends up in a
// report copied from the web ("365bet网上娱乐_365BETAPP官网_365体育平台网址" in place of the agency's
// name). One finding per report, on the first occurrence, with the others as related information.
// Only terms with no ordinary use in a government report count; words of a crackdown around them
// ("打击…博彩") make them ordinary again.
import type { Finding, Report, Span } from '../model.ts';
import { finding } from './finding.ts';
import { termsMarked } from './spamMarks.ts';
import { SPAM_TERMS } from './spamTerms.ts';
import type { Rule } from './types.ts';

/**
 * The terms as global expressions, made once (matchAll needs the g flag), in SPAM_TERMS' order. They
 * are matched on the text with its ASCII letters in lower case, as the terms are written: the same
 * matches as ignoring case (without the u flag no other character folds into ASCII), and several
 * times as fast for the brand names, which the i flag keeps from being searched for by their first
 * characters.
 */
const SPAM_SEARCHES = SPAM_TERMS.map(({ term }) => ({ search: new RegExp(term.source, 'g') }));

/** Words of a crackdown or a warning: "打击网络博彩", "谨防…百家乐" are not spam. */
const CRACKDOWN = /打击|查处|整治|取缔|严厉|专项|违法|犯罪|非法|涉赌|涉黄|扫黄|禁止|严禁|举报|防范|警惕|谨防|治理|清理/;
/** What the "_"-joined keywords of a spam page title end with. */
const SEO_SUFFIX = /官网|网址|app|登录|注册|下载|首页|入口/g;

export const textSpam: Rule = {
  id: 'text/spam',
  severity: 'warning',
  description: {
    zh: '文本中有被篡改网页植入的赌博、色情垃圾信息。',
    en: 'Gambling or porn spam injected into a hacked web page ended up in the text.',
  },
  check(report) {
    const runs = spamRuns(report);
    const first = runs[0];
    if (!first) return [];
    const quote = (s: Span) => {
      const t = report.text.slice(s.start, s.end);
      return t.length > 40 ? `${t.slice(0, 40)}…` : t;
    };
    const others = runs.length - 1;
    const f: Finding = finding(
      textSpam,
      {
        zh: `疑似被篡改网页植入的赌博或色情垃圾信息“${quote(first)}”${others > 0 ? `，另有${others}处` : ''}。请核对原文并删除。`,
        en: `Gambling or porn spam from a hacked web page: "${quote(first)}"${others > 0 ? `, and ${others} more` : ''}. Check the original and remove it.`,
      },
      first,
      {
        related: runs.slice(1, 50).map((span) => ({
          message: { zh: `同样的垃圾信息“${quote(span)}”`, en: `The same spam: "${quote(span)}"` },
          span,
        })),
      },
    );
    return [f];
  },
};

/** Every stretch of spam: the terms found, widened to the "_"-joined keywords around them. */
function spamRuns(report: Report): Span[] {
  const half = report.halfWidth;
  // Lower case for ASCII only: toLowerCase() may change the length of other characters.
  const norm = half.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const hits: Span[] = [];
  const marked = termsMarked(norm);
  for (const [k, { search }] of SPAM_SEARCHES.entries()) {
    // Without any of its marks the text cannot hold the term (spamTerms.ts): not searched.
    if ((marked & (1 << k)) === 0) continue;
    for (const m of norm.matchAll(search)) {
      const start = m.index;
      if (CRACKDOWN.test(half.slice(Math.max(0, start - 12), start + m[0].length + 6))) continue;
      hits.push({ start, end: start + m[0].length });
      if (hits.length > 1000) break;
    }
  }
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.start - b.start);
  const runs: Span[] = [];
  for (const hit of hits) {
    const last = runs[runs.length - 1];
    // Hits that touch, or are joined by letters, digits and "_", are one stretch.
    if (last && hit.start <= last.end + 3 && /^[a-z0-9_ ]*$/.test(norm.slice(last.end, hit.start))) {
      last.end = Math.max(last.end, hit.end);
      continue;
    }
    if (last && hit.start < last.end) continue;
    runs.push({ ...hit });
  }
  for (const run of runs) widen(norm, run);
  // Widening may make stretches meet.
  const merged: Span[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && run.start <= last.end) last.end = Math.max(last.end, run.end);
    else merged.push(run);
  }
  return merged;
}

/** Widens a stretch over the keywords of a spam title around it ("…APP官网_365体育平台网址"). */
function widen(norm: string, run: Span): void {
  const segment = /^[^\s_,;:。、()《》“”"'!?\n\r]{1,20}/;
  for (let guard = 0; guard < 50; guard++) {
    // Letters, digits and keyword endings stuck to it: "365bet" + "app官网".
    const stuck = /^(?:[a-z0-9]|官网|网址|app|登录|注册|下载|首页|入口|平台|体育|娱乐)+/.exec(norm.slice(run.end, run.end + 40));
    if (stuck) run.end += stuck[0].length;
    if (norm[run.end] !== '_') break;
    // After "_": the next keyword, to the next "_" or to its last keyword ending.
    const next = segment.exec(norm.slice(run.end + 1))?.[0] ?? '';
    let end = -1;
    if (norm[run.end + 1 + next.length] === '_') end = next.length;
    else for (const m of next.matchAll(SEO_SUFFIX)) end = m.index + m[0].length;
    if (end <= 0) break;
    run.end += 1 + end;
  }
  for (let guard = 0; guard < 50; guard++) {
    if (norm[run.start - 1] !== '_') break;
    const before = norm.slice(Math.max(0, run.start - 21), run.start - 1);
    const m = /[^\s_,;:。、()《》“”"'!?\n\r]{1,20}$/.exec(before);
    if (!m || !new RegExp(SEO_SUFFIX.source).test(m[0])) break;
    run.start -= 1 + m[0].length;
  }
}
