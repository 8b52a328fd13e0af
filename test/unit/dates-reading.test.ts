// Reading dates and the report year: every way a date is written, weekdays, ranges, roles, and
// where the report year is read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.ts';
import type { DateMention } from '../../server/src/engine/model.ts';
import { dateExists, opensSentence, weekdayOf, writeYearLike } from '../../server/src/engine/parse/dates.ts';
import { readDocument } from '../../server/src/engine/parse/document.ts';
import { splitLines } from '../../server/src/engine/text/lineIndex.ts';
import { toHalfWidth } from '../../server/src/engine/text/normalize.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';

/** What the engine reads before the tables: the dates and the year. */
function documentOf(text: string) {
  return readDocument(text, toHalfWidth(text), splitLines(text));
}

function datesOf(text: string): DateMention[] {
  return documentOf(text).dates;
}

/** A date as "yyyy-m-d role" (with "~" on an implied year), for compact comparisons. */
function short(text: string, d: DateMention): string {
  return `${text.slice(d.span.start, d.span.end)} ${d.year}-${d.month ?? ''}-${d.day ?? ''}${d.yearImplied ? '~' : ''} ${d.role}${d.range ? ` ${d.range}` : ''}`;
}

function shortAll(text: string): string[] {
  return datesOf(text).map((d) => short(text, d));
}

/** A report body: a title, the given lines, then a few lines of prose. */
function doc(...lines: string[]): string {
  return ['某某局2021年政府信息公开工作年度报告', ...lines, '一、总体情况', '本机关认真贯彻落实条例。', '二、主动公开政府信息情况', '正文。', '三、收到和处理政府信息公开申请情况', '正文。'].join('\n');
}

describe('readDates: how dates are written', () => {
  const cases: [string, string[]][] = [
    ['于2021年3月5日召开', ['2021年3月5日 2021-3-5 text']],
    ['于2021年3月召开', ['2021年3月 2021-3- text']],
    ['2021年，本机关', ['2021年 2021-- text']],
    ['2021年度报告', ['2021年度 2021-- text']],
    ['于 2021 年 3 月 5 日召开', ['2021 年 3 月 5 日 2021-3-5 text']],
    ['于２０２１年３月５日召开', ['２０２１年３月５日 2021-3-5 text']],
    ['于二〇二一年三月五日召开', ['二〇二一年三月五日 2021-3-5 text']],
    ['于二○二一年十二月三十一日召开', ['二○二一年十二月三十一日 2021-12-31 text']],
    ['于二零二二年元月十日', ['二零二二年元月十日 2022-1-10 text']],
    ['于2021年3月5号召开', ['2021年3月5号 2021-3-5 text']],
    ['于2021年13月', ['2021年13月 2021-13- text']],
    // Not dates: no 年, a longer number, a count of months, a document number.
    ['共12021年', []],
    ['历时13个月', []],
    ['国办公开办函〔2021〕30号', []],
    ['一二三四年', []],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(shortAll(text), expected));
  }
});

describe('readDates: ranges', () => {
  const cases: [string, string[]][] = [
    ['2021年1月1日至2021年12月31日，主动公开', ['2021年1月1日 2021-1-1 text start', '2021年12月31日 2021-12-31 text end']],
    ['2022年1月1日至12月31日，访问量', ['2022年1月1日 2022-1-1 text start', '12月31日 2022-12-31~ text end']],
    ['2021年1月至12月', ['2021年1月 2021-1- text start', '12月 2021-12-~ text end']],
    ['2021年3月1日—2021年5月31日', ['2021年3月1日 2021-3-1 text start', '2021年5月31日 2021-5-31 text end']],
    ['2021年3月1日起至5月31日止', ['2021年3月1日 2021-3-1 text start', '5月31日 2021-5-31~ text end']],
    ['2020年至2021年', ['2020年 2020-- text start', '2021年 2021-- text end']],
    ['2022年3月1日（星期二）至3月4日（星期五）', ['2022年3月1日 2022-3-1 text start', '3月4日 2022-3-4~ text end']],
    // Ends that do not name the same parts as the start are not ranges.
    ['2021年至今', ['2021年 2021-- text']],
    ['2021年1月至2021年12月31日', ['2021年1月 2021-1- text', '2021年12月31日 2021-12-31 text']],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(shortAll(text), expected));
  }
});

describe('readDates: weekdays', () => {
  const cases: [string, number | null, string | null][] = [
    ['2019年12月3日星期二', 2, '星期二'],
    ['2019年12月3日（星期二）', 2, '星期二'],
    ['2019年12月3日 (周二)', 2, '周二'],
    ['2023年1月22日礼拜天', 0, '礼拜天'],
    ['2023年1月22日星期日', 0, '星期日'],
    ['2019年12月3日，星期二', null, null],
    ['2019年12月星期二', null, null],
    ['2019年12月3日周年庆', null, null],
    ['2021年3月5日周一至周五开放', null, null],
  ];
  for (const [text, value, written] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const w = datesOf(text)[0]?.weekday ?? null;
      assert.equal(w?.value ?? null, value);
      assert.equal(w ? text.slice(w.span.start, w.span.end) : null, written);
    });
  }
});

describe('readDates: roles', () => {
  it('a date line under the title is the publication date', () => {
    const text = doc('', '2022年1月20日星期四');
    assert.deepEqual(datesOf(text).filter((d) => d.role === 'publication').map((d) => short(text, d)), ['2022年1月20日 2022-1-20 publication']);
  });
  it('a date line under the signature is the publication date, also in Chinese numerals or with a label', () => {
    for (const [line, expected] of [
      ['二〇二二年一月二十日', '二〇二二年一月二十日 2022-1-20 publication'],
      ['（2022年1月20日）', '2022年1月20日 2022-1-20 publication'],
      ['发布日期：2022年1月', '2022年1月 2022-1- publication'],
      ['发布时间：2022-01-20 10:30', '2022-01-20 2022-1-20 publication'],
      ['2022/1/20', '2022/1/20 2022-1-20 publication'],
    ] as const) {
      const text = `${doc()}\n某某局\n${line}\n`;
      assert.deepEqual(datesOf(text).filter((d) => d.role === 'publication').map((d) => short(text, d)), [expected], line);
    }
  });
  it('dates in prose, dates beside other words, year-only lines and ranges are not publication dates', () => {
    for (const line of ['2022年1月20日召开会议', '某某局 2022年1月20日', '2022年', '2022年1月1日至2022年1月20日']) {
      const text = doc(line);
      assert.deepEqual(datesOf(text).filter((d) => d.role === 'publication'), [], line);
    }
  });
  it('a date line in the middle of a long report is not a publication date', () => {
    const text = buildReport({ year: 2021 }).replace('二、主动公开政府信息情况', '2022年1月20日\n二、主动公开政府信息情况');
    assert.deepEqual(datesOf(text).filter((d) => d.role === 'publication'), []);
  });
  it('reads the statistics period in its usual wordings', () => {
    for (const sentence of [
      '本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
      '本报告统计期限为2021年1月1日至12月31日。',
      '数据统计时间：2021年1月1日—2021年12月31日。',
      '本年度报告中所列数据统计期限从2021年1月1日起至2021年12月31日止。',
    ]) {
      const text = doc(sentence);
      const roles = datesOf(text).filter((d) => d.role.startsWith('period')).map((d) => `${d.role} ${d.year}-${d.month}-${d.day}`);
      assert.deepEqual(roles, ['period-start 2021-1-1', 'period-end 2021-12-31'], sentence);
    }
    const wholeYear = doc('本报告统计期限为2021年度。');
    assert.deepEqual(datesOf(wholeYear).filter((d) => d.role.startsWith('period')).map((d) => d.role), ['period-start']);
  });
  it('a range far from the keyword or in another sentence is not the period', () => {
    const text = doc('统计期限按规定执行。2021年1月1日至2021年12月31日，主动公开信息18条。');
    assert.deepEqual(datesOf(text).filter((d) => d.role !== 'text'), []);
  });
});

describe('readYear', () => {
  const yearOf = (text: string) => {
    const { year, yearEvidence } = documentOf(text);
    return { year, evidence: yearEvidence };
  };
  it('reads the title year in every way it is written', () => {
    for (const [title, year] of [
      ['某某局2021年政府信息公开工作年度报告', 2021],
      ['某某局2021年度政府信息公开工作报告', 2021],
      ['某某局二〇二一年政府信息公开工作年度报告', 2021],
      ['某某局２０２１年政府信息公开工作年度报告', 2021],
      ['关于某某局2021年度政务公开工作的报告', 2021],
    ] as const) {
      const r = yearOf(`${title}\n一、总体情况`);
      assert.equal(r.year, year, title);
      assert.deepEqual(r.evidence.map((e) => e.source), ['title'], title);
      const e = r.evidence[0]!;
      assert.equal(title.slice(e.span.start, e.span.end).length, 4);
    }
  });
  it('reads the period year when the period is one whole year, and the text year when two sentences open with it', () => {
    const r = yearOf('某某局\n本报告统计期限为2021年1月1日至12月31日。\n2021年，本机关…。\n（一）主动公开。2021年，公开信息18条。');
    assert.equal(r.year, 2021);
    assert.deepEqual(r.evidence.map((e) => `${e.source} ${e.year}`), ['period 2021', 'text 2021']);
  });
  it('reads the year of a period inside one year that is not all of it, and none from a period across years', () => {
    // Its days are date/period's to report; the year it stands in is still the report's.
    const inside = yearOf('某某局\n本报告统计期限为2021年2月1日至2021年12月31日。');
    assert.deepEqual(inside.evidence.map((e) => [e.source, e.year]), [['period', 2021]]);
    assert.equal(inside.year, 2021);
    const across = yearOf('某某局\n本报告统计期限为2020年7月1日至2021年6月30日。');
    assert.deepEqual(across.evidence, []);
    assert.equal(across.year, null);
  });
  it('does not count plans, one sentence alone, or a tie as the text year', () => {
    assert.deepEqual(yearOf('某某局\n2022年，我局将继续推进。\n2022年，我局将加强。').evidence, []);
    assert.deepEqual(yearOf('某某局\n2021年，本机关…。').evidence, []);
    assert.deepEqual(yearOf('某某局\n2021年，本机关…。2021年，公开。2020年，公开。2020年，公开。').evidence, []);
  });
  it('when title and period disagree, takes the one the text sides with, else the title', () => {
    const base = '某某局2021年政府信息公开工作年度报告\n本报告统计期限为2020年1月1日至2020年12月31日。\n';
    assert.equal(yearOf(base).year, 2021);
    assert.equal(yearOf(`${base}2020年，本机关…。\n2020年，公开信息。`).year, 2020);
    assert.equal(yearOf(`${base}2021年，本机关…。\n2021年，公开信息。`).year, 2021);
  });
  it('takes no title from a line that names a report but is another document: a sentence, a letter about it, an attachment', () => {
    for (const line of ['请于2024年1月31日前报送本单位2023年政府信息公开工作年度报告。', '关于报送某局2023年政府信息公开工作年度报告的函', '附件：某局2023年政府信息公开工作年度报告']) {
      assert.deepEqual(yearOf(`${line}\n各单位：\n请按时报送。\n`).evidence.filter((e) => e.source === 'title'), [], line);
    }
    assert.equal(yearOf('某某局2023年政府信息公开工作年度报告\n').evidence[0]?.source, 'title');
  });
  it('reads the clean fixture report and the two sources agree', () => {
    const r = analyze(buildReport({ year: 2022 })).report;
    assert.equal(r.year, 2022);
    assert.deepEqual(r.yearEvidence.map((e) => `${e.source} ${e.year}`), ['title 2022', 'period 2022']);
  });
});

describe('calendar and sentence helpers', () => {
  it('knows weekdays and the days of months', () => {
    assert.equal(weekdayOf(2019, 12, 3), 2);
    assert.equal(weekdayOf(2000, 1, 1), 6);
    assert.equal(dateExists({ year: 2020, month: 2, day: 29 }), true);
    assert.equal(dateExists({ year: 2021, month: 2, day: 29 }), false);
    assert.equal(dateExists({ year: 1900, month: 2, day: 29 }), false);
    assert.equal(dateExists({ year: 2000, month: 2, day: 29 }), true);
    assert.equal(dateExists({ year: 2021, month: 4, day: 31 }), false);
    assert.equal(dateExists({ year: 2021, month: 13, day: null }), false);
    assert.equal(dateExists({ year: 2021, month: 0, day: null }), false);
  });
  it('knows where sentences open', () => {
    const text = '2020年，甲。乙2020年\n（一）2020年，丙；2020年\n  2020年';
    const at = (n: number) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = text.indexOf('2020年', i + 1);
      return i;
    };
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => opensSentence(text, at(n))), [true, false, true, true, true]);
  });
  it('writes a year in the style of another', () => {
    assert.equal(writeYearLike('2020', 2021), '2021');
    assert.equal(writeYearLike('２０２０', 2021), '２０２１');
    assert.equal(writeYearLike('二〇二〇', 2021), '二〇二一');
    assert.equal(writeYearLike('二零二零', 2021), '二零二一');
  });
});

describe('readDates never throws', () => {
  // How fast is the bench's to say (bench/adversarial.ts: dates on one line), not a timed test's.
  it('reads a 100 000-character line of dates, and garbage', () => {
    const line = '2021年1月1日至12月31日星期五，'.repeat(5000);
    assert.ok(datesOf(line).length >= 5000);
    const garbage = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 0x10000));
    assert.doesNotThrow(() => datesOf(garbage));
    assert.doesNotThrow(() => datesOf('年月日星期周至—'.repeat(1000)));
  });
});
