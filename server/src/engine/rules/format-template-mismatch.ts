// format/template-mismatch: a report of 2021 or later filled in on the 2019 trial format, or an
// earlier one on the 2021 format (国办公开办函〔2021〕30号 applies from the 2021 reports). Each table
// shows its own format (a table pasted from another year's report is on another one than the
// rest): the finding names the tables whose own labels show the other format, with those labels,
// and what the right format has instead. Said only when labels show it.
import { formatForYear, formats } from '../formats/index.ts';
import type { FormatDef } from '../formats/types.ts';
import { evidenceWithin, tableBEvidence, versionFromEvidence } from '../parse/formatDetect.ts';
import type { FormatVersion, Message, ReadTable, Report } from '../model.ts';
import { tableNames, tablesRead } from '../tableLookup.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

type Evidence = Report['format']['evidence'][number];

const formatName = { '2019': { zh: '2019年试行格式', en: 'the 2019 trial format' }, '2021': { zh: '2021年新格式', en: 'the 2021 format' } };

/** A table (or, for labels outside every table read, the tables at large) and the format its own labels show. */
interface Shown {
  table: ReadTable | null;
  version: FormatVersion;
  evidence: Evidence[];
}

export const formatTemplateMismatch: Rule = {
  id: 'format/template-mismatch',
  severity: 'warning',
  description: {
    zh: '报告年度与所用表格格式不符（2021年及以后应使用新格式）。',
    en: 'The tables use the format of another year (reports for 2021 on use the 2021 format).',
  },
  check(report) {
    const { year } = report;
    if (year === null) return [];
    const due = formatForYear(year);
    const wrong = shownFormats(report).filter((s) => s.version !== due);
    const used = wrong[0]?.version;
    const first = wrong[0]?.evidence[0];
    if (used === undefined || !first) return [];
    const evidence = wrong.flatMap((s) => s.evidence);
    const labels = evidence.slice(0, 3).map((e) => `“${e.label.trim()}”`).join('');
    const named = wrong.flatMap((s) => (s.table ? [tableNames[s.table.id]] : []));
    const which: Message = named.length === 0
      ? { zh: '表格', en: 'the tables' }
      : { zh: named.map((n) => n.zh).join('、'), en: named.map((n) => n.en).join(' and ') };
    const instead = wrong.flatMap((s) => (s.table ? [whatDueHas(s.table, formats[due], formats[used])] : [])).filter((m) => m !== null);
    // A format older than the year's is most likely last year's tables pasted in.
    const older = used < due;
    const [it, them, these] = named.length === 0 ? ['表格', 'the tables', ''] : named.length === 1 ? ['此表', 'it', 'It was'] : ['这些表', 'them', 'These tables were'];
    return [finding(this, {
      zh: `${year}年度报告应使用${formatName[due].zh}（${formats[due].source}），而${which.zh}用的是${formatName[used].zh}（${labels}）${older ? '，可能沿用了往年的表格' : ''}。`
        + `请按${formatName[due].zh}重新填写${it}${instead.length > 0 ? `：${instead.map((m) => m.zh).join('；')}` : ''}`
        + (named.length > 0 ? `。${it}已按${formatName[used].zh}核对` : ''),
      en: `A ${year} report should use ${formatName[due].en} (${formats[due].source}), but ${which.en} ${named.length === 1 ? 'is' : 'are'} on ${formatName[used].en} (${labels})${older ? ', perhaps copied from an earlier report' : ''}. `
        + `Fill ${them} in again on ${formatName[due].en}${instead.length > 0 ? `: ${instead.map((m) => m.en).join('; ')}` : ''}`
        + (named.length > 0 ? `. ${these} checked on ${formatName[used].en}` : ''),
    }, first.span, {
      related: evidence.slice(1).map((e) => ({ message: { zh: `${formatName[used].zh}的栏目`, en: `a label of ${formatName[used].en}` }, span: e.span })),
    })];
  },
};

/**
 * Each table read with the format its own labels show (table B also by the rows only one format
 * has, parse/formatDetect.ts), and the labels outside every table read taken together.
 */
function shownFormats(report: Report): Shown[] {
  const shown: Shown[] = [];
  let outside = report.format.evidence;
  for (const table of tablesRead(report.tables)) {
    const own = evidenceWithin(report.format.evidence, table.region);
    outside = outside.filter((e) => !own.includes(e));
    const rows = table.id === 'B' && report.format.version !== null ? tableBEvidence(table, report.format.version) : [];
    const evidence = [...own, ...rows.filter((r) => !own.some((e) => e.span.start === r.span.start))];
    const version = versionFromEvidence(evidence);
    if (version !== null) shown.push({ table, version, evidence: evidence.filter((e) => e.version === version) });
  }
  const version = versionFromEvidence(outside);
  if (version !== null) shown.push({ table: null, version, evidence: outside.filter((e) => e.version === version) });
  return shown;
}

/** What the due format has instead, for a table on the other one: table A's columns, table B's （六） as one row. */
function whatDueHas(table: ReadTable, due: FormatDef, used: FormatDef): Message | null {
  if (table.id === 'A') {
    const usedColumns = new Set(used.tableA.blocks.flatMap((b) => b.columns.map((c) => c.label)));
    const columns = [...new Set(due.tableA.blocks.flatMap((b) => b.columns.map((c) => c.label)))].filter((l) => !usedColumns.has(l)).slice(0, 3);
    if (columns.length === 0) return null;
    const list = columns.map((l) => `“${l}”`);
    return { zh: `${tableNames.A.zh}的栏目应为${list.join('')}等`, en: `table A's columns are ${columns.map((l) => `"${l}"`).join(', ')} and so on` };
  }
  if (table.id !== 'B') return null;
  // Table B shows a format only by rows that format alone has (the 2021 format's under （六）):
  // the due format is the one that keeps their group as one row.
  const dueKeys = new Set(due.tableB.rows.map((r) => r.key));
  const parent = used.tableB.rows.find((r) => !dueKeys.has(r.key))?.parent;
  const group = due.tableB.rows.find((r) => r.key === parent);
  if (!group) return null;
  const name = `${group.numbering}${group.label}`;
  return { zh: `${tableNames.B.zh}的「${name}」应为一行，不分项`, en: `in table B, "${name}" is one row, without sub-rows` };
}
