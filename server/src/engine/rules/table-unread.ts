// table/unread: table B or C is there but was not read whole (or a row of table A ran its digits
// together past splitting), numbers stand in table A or B that no row took, or a table is written
// again after another. A checker that passes a table it could not read is worse than none: one warning on
// the table says how many rows were read, where reading stopped and which rows are missing — or
// which numbers no row took (a row written twice, a row the format does not have) — so the report
// is never counted as checked in full.
// (Each row's own trouble is said by table/missing-row, table/cell-count and table/glued-digits.)
// Which rows were not read is tableReading's decision, shared with every output of the tables as read.
import { rowName, rowOf, tableNames } from '../tableLookup.ts';
import type { Finding, Message, ReadTable, Related, RepeatedTable, Report, TableRow, UnplacedNumbers } from '../model.ts';
import { readWhole, tableReading, unsplit } from '../tableReading.ts';
import { firstLineOf } from '../text/lineIndex.ts';
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

function rowPlace(row: TableRow | undefined, table: ReadTable) {
  return row?.labelSpan ?? row?.cells[0]?.span ?? { start: table.span.start, end: table.span.start };
}

/** At most this many characters of the words before unplaced numbers are quoted. */
const QUOTED_LABEL = 30;

/** At most this many places are listed as related information (a table has 26 rows at most; more is noise in the editor). */
const MAX_RELATED = 30;

/** One group of numbers no row took, in words: the row written twice, words no row has, or numbers alone. */
function describeUnplaced(report: Report, table: ReadTable, group: UnplacedNumbers): Message {
  const values = group.values.join(' ');
  if (group.repeats) {
    const name = rowName(report, table.id, group.repeats);
    return { zh: `「${name}」行又出现一次（${values}）`, en: `row "${name}" written again (${values})` };
  }
  if (group.label !== null) {
    const label = group.label.length > QUOTED_LABEL ? `${group.label.slice(0, QUOTED_LABEL)}…` : group.label;
    // "Matches no row", not "is no row": a row whose label was written too far from the format's reads so too.
    return { zh: `「${label}」对不上本表的任何一行（${values}）`, en: `"${label}" matches no row of the table (${values})` };
  }
  return { zh: `一组前面没有行名的数字（${values}）`, en: `numbers with no row name before them (${values})` };
}

/** Numbers in table A or B that no row took: said once per table, each group a related place. */
function unplacedFinding(rule: typeof tableUnread, report: Report, table: ReadTable): Finding | null {
  const groups = table.unplaced ?? [];
  if (groups.length === 0) return null;
  const described = groups.map((g) => describeUnplaced(report, table, g));
  const listed = (language: 'zh' | 'en') => described.slice(0, 3).map((d) => d[language]).join(language === 'zh' ? '；' : '; ') + (described.length > 3 ? (language === 'zh' ? ` 等 ${described.length} 处` : ` and ${described.length - 3} more`) : '');
  const related: Related[] = groups.slice(0, MAX_RELATED).map((g, i) => ({ message: { zh: `未读入任何一行：${described[i]!.zh}`, en: `read into no row: ${described[i]!.en}` }, span: g.span }));
  return finding(rule, {
    zh: `${tableNames[table.id].zh}中有 ${groups.length} 处数字没有读入任何一行，未参与核对：${listed('zh')}`,
    en: `${tableNames[table.id].en} has ${groups.length} group${groups.length === 1 ? '' : 's'} of numbers read into no row, not checked: ${listed('en')}`,
  }, groups[0]!.span, { related });
}

/**
 * A table written again after another one (each time, in text order): its numbers were not read,
 * and are said not to be checked — on the first time, the others as related places.
 */
function repeatedFinding(rule: typeof tableUnread, report: Report, times: RepeatedTable[]): Finding {
  const id = times[0]!.table;
  const name = tableNames[id];
  const first = report.tables[id];
  const again = times.length === 1 ? { zh: '又出现一次', en: 'appears again' } : { zh: `又出现 ${times.length} 次`, en: `appears ${times.length} more times` };
  const related: Related[] = [
    ...(first ? [{ message: { zh: `前面的${name.zh}（已读取、已核对）`, en: `the ${name.en} above (read and checked)` }, span: first.span }] : []),
    ...times.slice(1, MAX_RELATED).map((t) => ({ message: { zh: `${name.zh}又一次出现，未读取`, en: `${name.en} again, not read` }, span: firstLineOf(report.text, t.span) })),
  ];
  return finding(rule, {
    zh: `${name.zh}在其他表格之后${again.zh}（可能重复粘贴了报告或表格）：${times.length === 1 ? '这一处' : '这些地方'}未读取、未核对${first ? '，只核对了前面的一处' : ''}。如为重复请删除，如内容不同请核对哪一处正确`,
    en: `${name.en} ${again.en} after another table (the report or the table may have been pasted twice): not read or checked there${first ? ', only the one above' : ''}. Delete a copy; if they differ, check which is right`,
  }, firstLineOf(report.text, times[0]!.span), { related });
}

export const tableUnread: Rule = {
  id: 'table/unread',
  severity: 'warning',
  description: {
    zh: '表二或表三未能完整读出（表一某行数字粘连无法拆分时也是），表一、表二中有数字没有读入任何一行（重复的一行、本表没有的行），或有表格在其他表格之后又出现一次（重复粘贴）：说明读出了多少行、读到哪里为止、哪些数字或哪张表未读入，这份报告的表格未全部核对。',
    en: 'Table B or C was not read whole (or a row of table A whose digits ran together), numbers in table A or B were read into no row (a row written twice, a row the table does not have), or a table appears again after another (pasted twice): what was read, where reading stopped, which numbers or table were left; the report was not checked in full.',
  },
  check(report) {
    const out: Finding[] = [];
    for (const id of ['A', 'B', 'C'] as const) {
      const times = report.repeatedTables.filter((t) => t.table === id);
      if (times.length > 0) out.push(repeatedFinding(this, report, times));
    }
    for (const table of [report.tables.A, report.tables.B]) {
      const unplaced = table && unplacedFinding(this, report, table);
      if (unplaced) out.push(unplaced);
    }
    const b = report.tables.B;
    if (b) {
      const { notRead: unread, wanted } = tableReading(report, b);
      if (unread.length > 0) {
        const read = wanted - unread.length;
        const lastRead = [...b.rows].reverse().find((r) => readWhole(r));
        const stopped = lastRead ? rowName(report, 'B', lastRead.key) : null;
        const names = unread.map((key) => `「${rowName(report, 'B', key)}」`);
        const related: Related[] = unread.slice(0, MAX_RELATED).map((key) => ({
          message: { zh: `未读出：${rowName(report, 'B', key)}`, en: `not read: ${rowName(report, 'B', key)}` },
          span: rowPlace(rowOf(report, 'B', key) ?? lastRead, b),
        }));
        out.push(finding(this, {
          zh: `${tableNames.B.zh}未能完整读出：${wanted} 行中读出 ${read} 行${stopped ? `（读出的最后一行是「${stopped}」）` : ''}；未读出 ${names.slice(0, 6).join('')}${names.length > 6 ? ` 等 ${names.length} 行` : ''}。这些行未参与核对`,
          en: `${tableNames.B.en} was not read whole: ${read} of ${wanted} rows read${stopped ? ` (the last read is "${stopped}")` : ''}; ${unread.length} not read, and not checked`,
        }, b.span, { related }));
      }
    }
    // Table A's rows whose digits ran together (table A has no relations to split them by): their
    // numbers are not known, so the report is not read whole (table/glued-digits gives the digits).
    const a = report.tables.A;
    const unreadOfA = a ? tableReading(report, a).notRead : [];
    if (a && unreadOfA.length > 0) {
      const names = unreadOfA.map((key) => `「${rowName(report, 'A', key)}」`);
      const related: Related[] = unreadOfA.slice(0, MAX_RELATED).map((key) => ({
        message: { zh: `数字粘连，未读出：${rowName(report, 'A', key)}`, en: `digits run together, not read: ${rowName(report, 'A', key)}` },
        span: rowPlace(rowOf(report, 'A', key), a),
      }));
      out.push(finding(this, {
        zh: `${tableNames.A.zh}未能完整读出：${names.length} 行数字粘连、无法拆分，未读出 ${names.slice(0, 6).join('')}${names.length > 6 ? ` 等 ${names.length} 行` : ''}。这些行未参与核对`,
        en: `${tableNames.A.en} was not read whole: the digits of ${names.length} row${names.length === 1 ? '' : 's'} ran together and could not be split; not read, and not checked`,
      }, a.span, { related }));
    }
    const c = report.tables.C;
    const row = c?.rows[0];
    if (c && tableReading(report, c).notRead.length > 0) {
      const count = row && !unsplit(row) ? row.cells.length : 0;
      out.push(finding(this, {
        zh: `${tableNames.C.zh}未能完整读出：应有 ${row?.expected ?? 15} 个数，读出 ${count} 个；这张表未核对`,
        en: `${tableNames.C.en} was not read whole: ${count} of ${row?.expected ?? 15} numbers read; the table was not checked`,
      }, c.span));
    }
    return out;
  },
};
