// The batch report's comparison of each agency's two consecutive years, from the reports' digests
// (engine/workspace/digest.ts: a batch keeps no more of a report): table B's 二、上年结转 beside
// last year's 四、结转下年度, table A's 规章 and 行政规范性文件 (last year's 现行有效 + 本年制发 −
// 本年废止 against this year's 现行有效), and the share of this year's text reused from last
// year's. Each pair links to both reports' details, and below comes the editor's own comparison
// (yearsHtml.ts: both years' whole tables with each change, each section's reused sentences),
// made at the end of the run from the two files (cli/comparedYears.ts).
import { formats } from '../engine/formats/index.ts';
import type { NumberCell, ReportDigest } from '../engine/workspace/digest.ts';
import { reusedShare } from '../engine/workspace/similarText.ts';
import { html, type Html } from './escape.ts';
import { packedMarkup } from './packedMarkup.ts';
import type { Language } from './tablesHtml.ts';
import { yearsCss } from './yearsHtml.ts';

export interface YearPair {
  current: ReportDigest;
  previous: ReportDigest;
  /** The reports' places in the run: their details' anchors are `report-<index>`. */
  currentIndex: number;
  previousIndex: number;
  /** Both years' tables and text compared (render/yearsHtml.ts), when the two files could be read again. */
  compared?: string | null;
}

/**
 * The pairs of each agency in one block that is drawn when it comes near the screen, as the charts
 * are (batchPage.ts pageEnd): its markup, escaped as always, waits in an inert script element, so
 * a page of hundreds of agencies holds three elements a block until they are seen.
 */
export function yearPairsSection(pairs: readonly YearPair[], language: Language): string {
  if (pairs.length === 0) return '';
  const zh = language === 'zh';
  const byAgency = new Map<string, YearPair[]>();
  for (const p of pairs) {
    const key = p.current.agency ?? p.current.name;
    const list = byAgency.get(key);
    if (list) list.push(p);
    else byAgency.set(key, [p]);
  }
  // Gzipped, as a report's details are (batchPage.ts reportSection): both years' whole tables of
  // hundreds of agencies are megabytes of markup.
  const blocks = [...byAgency.values()].map((list, k) => {
    const markup = list.map((p) => `${pairHtml(p, language).value}${p.compared ?? ''}`).join('');
    return html`<div class="chart" data-chart="pairs-${k}" data-gzip="1"><div class="plot" style="min-height:${list.length * 220}px"></div><script type="text/x-nianbao-gzip" id="pairs-${k}">${packedMarkup(markup)}</script></div>`;
  });
  return html`<style>${yearsCss}</style><h2>${zh ? '各单位两个年度对比' : 'Each agency\'s two years side by side'}</h2>${blocks}
`.value;
}

/** Table B's columns in English, in the format's order (the Chinese are the format's own labels). */
const COLUMNS_EN = ['Natural persons', 'Businesses', 'Research institutions', 'Public-interest organisations', 'Legal service agencies', 'Others', 'Total'];
/** Table A's two rows the pairs compare, in English. */
const DOCUMENTS_EN: Record<string, string> = { 'a1.rules': 'Rules', 'a1.normative': 'Normative documents' };

function pairHtml({ current, previous, currentIndex, previousIndex }: YearPair, language: Language): Html {
  const zh = language === 'zh';
  const columns = formats[current.format ?? '2021'].tableB.columns.map((c, i) => (zh ? c.label : COLUMNS_EN[i] ?? c.label));
  const share = reusedShare(current, previous);
  const carried = html`<tr><th>${zh ? '二、上年结转（本年）' : 'Carried over (this year)'}</th>${current.carried.map((now, i) => cell(now, previous.pending[i] ?? null))}</tr>`;
  const documents = Object.entries(current.documents).map(([key, cells]) => {
    const label = zh ? (formats['2021'].tableA.blocks.flatMap((b) => b.rows).find((r) => r.key === key)?.label ?? key) : (DOCUMENTS_EN[key] ?? key);
    const [issued, repealed, valid] = cells;
    const before = previous.documents[key]?.[2] ?? null;
    const expected = before && issued && repealed ? before.value + issued.value - repealed.value : null;
    return html`<tr><th>${label}</th><td>${show(issued)}</td><td>${show(repealed)}</td><td class="${expected !== null && valid && valid.value !== expected ? 'changed' : ''}">${show(valid)}<span class="then">${zh ? '上年' : 'last year'} ${show(before)}${expected !== null ? ` → ${expected}` : ''}</span></td></tr>`;
  });
  return html`<h3><a href="#report-${currentIndex}">${current.agency ?? current.name} ${current.year ?? ''}</a> ↔ <a href="#report-${previousIndex}">${previous.year ?? ''}</a></h3>
<table class="report-table years"><caption>${zh ? '二、上年结转（其下为上年“四、结转下年度继续办理”）' : 'Carried over from last year (last year\'s carried into this year below)'}</caption>
<tr><th></th>${columns.map((c) => html`<th>${c}</th>`)}</tr>${carried}</table>
${documents.length > 0 ? html`<table class="report-table years"><caption>${zh ? '规章与行政规范性文件（现行有效件数其下为上年现行有效及推算值）' : 'Rules and normative documents (in force: last year\'s, and what it gives, below)'}</caption>
<tr><th></th><th>${zh ? '本年制发' : 'issued'}</th><th>${zh ? '本年废止' : 'repealed'}</th><th>${zh ? '现行有效' : 'in force'}</th></tr>${documents}</table>` : ''}
<p>${share === null ? (zh ? '正文未读出句子。' : 'No sentences read in the text.') : zh ? `正文与上年相同的约 ${Math.round(share * 100)}%（数字不同的句子计为相同）。` : `About ${Math.round(share * 100)}% of the text is the same as last year's (sentences differing only in numbers count as the same).`}</p>`;
}

function cell(now: NumberCell | null, then: NumberCell | null): Html {
  const delta = now && then ? now.value - then.value : null;
  return html`<td class="${delta ? 'changed' : ''}">${show(now)}<span class="then">${show(then)}${delta ? html` <span class="${delta > 0 ? 'up' : 'down'}">${delta > 0 ? `+${delta}` : `−${-delta}`}</span>` : ''}</span></td>`;
}

function show(c: NumberCell | null | undefined): string {
  return c ? String(c.value) : '·';
}
