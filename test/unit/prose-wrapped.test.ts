import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normIndex, proseSentences, readStatements, textOffset, type Sentence } from '../../server/src/engine/parse/prose.ts';
import { readReport } from '../../server/src/engine/parse/readReport.ts';
import type { Report } from '../../server/src/engine/model.ts';
import { buildReport } from '../fixtures/reportBuilder.ts';
import { readSeed, seedNames, seedsMissing } from '../fixtures/seeds.ts';

const corpusDir = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const corpusMissing: string | false = existsSync(corpusDir) ? false : `skipped: no published reports at ${corpusDir} (../shared is not beside the repo)`;

/** The prose sentences of a text as written (their spans' text). */
function sentencesOf(text: string): string[] {
  return proseSentences(readReport(text)).map((s) => text.slice(s.span.start, s.span.end));
}

/** Every character of a sentence's text stands at its offset in the report's half-width text. */
function assertMapsBack(report: Report, sentence: Sentence): void {
  for (let i = 0; i < sentence.norm.length; i++) {
    const offset = textOffset(sentence, i);
    assert.equal(report.halfWidth[offset], sentence.norm[i], `norm[${i}] of ${JSON.stringify(sentence.norm)}`);
    assert.equal(normIndex(sentence, offset), i);
  }
  assert.equal(textOffset(sentence, sentence.norm.length, true), sentence.span.end);
}

// A paragraph as a PDF's text gives it: lines as wide as the page, broken inside words.
const WRAPPED = [
  '一、总体情况',
  '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，本年度共收到政府信息公开申',
  '请95件，办结94件，1件结转下年度继续办理；全年未发生因政府信息公开引起的行政复议。',
  '',
].join('\n');

describe('prose: sentences wrapped over line breaks', () => {
  it('reads a sentence across a line break inside it, with spans in the text as written', () => {
    const report = readReport(WRAPPED);
    const sentences = proseSentences(report);
    const wrapped = sentences.find((s) => s.joins.length > 0);
    assert.ok(wrapped, 'the wrapped sentence is one sentence');
    assert.equal(WRAPPED.slice(wrapped.span.start, wrapped.span.end), WRAPPED.split('\n').slice(1, 3).join('\n'));
    assert.match(wrapped.norm, /政府信息公开申请95件/);
    assertMapsBack(report, wrapped);
    const read = readStatements(report).flatMap((r) => r.statements);
    const said = read.map((s) => `${s.measure} ${s.value} ${WRAPPED.slice(s.span.start, s.span.end)}`);
    assert.ok(said.includes('new 95 本年度共收到政府信息公开申\n请95件'), said.join(' | '));
    assert.ok(said.includes('handled 94 办结94件'), said.join(' | '));
  });

  it('keeps spans exact over "\\r\\n", blanks before the break, lines set in alike, and a number before its measure word', () => {
    const text = WRAPPED.replace('申\n请95件', '申请 95 \n件').replace(/\n/g, '\r\n');
    const report = readReport(text);
    const read = readStatements(report).flatMap((r) => r.statements);
    const fresh = read.find((s) => s.measure === 'new');
    assert.equal(fresh?.value, 95);
    assert.equal(text.slice(fresh.span.start, fresh.span.end), '本年度共收到政府信息公开申请 95 \r\n件');
    for (const s of proseSentences(report)) assertMapsBack(report, s);
    // Every line set in alike: the break is still inside the sentence.
    const indented = WRAPPED.replace(/^(?=[^\n])/gm, '　　');
    const again = readStatements(readReport(indented)).flatMap((r) => r.statements).find((s) => s.measure === 'new');
    assert.equal(again?.value, 95);
    assert.equal(indented.slice(again.span.start, again.span.end), '本年度共收到政府信息公开申\n　　请95件');
  });

  it('reads a word cut by the break ("行政复\\n议") and a count on the next line ("数为\\n0件")', () => {
    const text = [
      '2023年政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '本机关认真做好政府信息公开答复工作，2023年本机关有1件涉及政府信息公开工作的行政复',
      '议，被提起政府信息公开行政诉讼',
      '0件。',
    ].join('\n');
    const report = readReport(text);
    const said = readStatements(report).flatMap((r) => r.statements).map((s) => `${s.measure} ${s.value} ${text.slice(s.span.start, s.span.end)}`);
    assert.deepEqual(said, ['review 1 2023年本机关有1件涉及政府信息公开工作的行政复\n议', 'litigation 0 被提起政府信息公开行政诉讼\n0件']);
  });

  it('joins no heading, table row, list item, blank line or short title into a sentence', () => {
    // Each text: its lines, none of which may be joined to the next (a line of the list is one sentence).
    const cases: string[][] = [
      // A heading after a line without a full stop.
      ['本机关全年共收到政府信息公开申请9件，均已按时答复完毕', '二、主动公开政府信息情况'],
      // A heading before a paragraph; a heading without a number after a line without a full stop.
      ['（二）依申请公开', '全年共收到政府信息公开申请9件，均已按时答复。'],
      ['（二）本机关依申请公开政府信息的办理情况及相关工作', '全年共收到政府信息公开申请9件。'],
      ['本机关全年共收到政府信息公开申请9件，均已按时答复完毕', '依申请公开'],
      // A table's row after prose, in tabs, pipes, aligned columns, or numbers alone.
      ['本机关全年共收到政府信息公开申请的情况如下表所示', '一、本年新收\t5\t1\t0\t0\t0\t1\t7'],
      ['本机关全年共收到政府信息公开申请的情况如下表所示', '| 本年新收 | 5 | 7 |'],
      ['本机关全年共收到政府信息公开申请的情况如下表所示', '本年新收申请    5    7'],
      ['本机关全年共收到政府信息公开申请的情况如下表所示', '7'],
      // Cells a line each, set in by a tab (Word's text of a table).
      ['\t本年制发件数', '\t本年废止件数', '\t现行有效件数'],
      // A table's label over its number, the number over the next label.
      ['信息内容本年处理决定数量', '7', '行政许可 97', '第二十条第（六）项'],
      // A numbered list (an item's own continuation stays with it, below).
      ['主要做法如下，本机关从以下三个方面推进政府信息公开工作', '1. 加强学习培训', '2、完善制度', '（3）强化监督', '一是规范流程', '- 加强培训'],
      // A paragraph set in further than the line before it.
      ['本机关全年共收到政府信息公开申请9件，均已按时答复完毕', '　　全年未发生行政复议，未发生行政诉讼'],
      ['  本机关全年共收到政府信息公开申请9件，均已按时答复完毕', '    全年未发生行政复议，未发生行政诉讼'],
      // A blank line between paragraphs.
      ['本机关全年共收到政府信息公开申请9件，均已按时答复完毕', '', '全年未发生行政复议'],
      // A short title line beside the paragraph line after it; a signature over its date; fields.
      ['正文', '本机关全年共收到政府信息公开申请9件，均已按时答复完毕。'],
      ['某某市某某局', '2024年1月17日'],
      ['标题：某某局2023年政府信息公开工作年度报告', '来源：http://example.gov.cn/a.html'],
      ['发布机构：某某市某某局办公室', '成文日期：2024年1月17日'],
      // A number at a line's end runs on only into its measure word.
      ['本机关本年度共收到政府信息公开申请的数量为9', '5件由本机关直接答复完毕'],
    ];
    for (const lines of cases) {
      const text = lines.join('\n');
      assert.deepEqual(sentencesOf(text), lines.filter((l) => l !== '').map((l) => l.trim()), JSON.stringify(text));
    }
    const item = '1. 加强学习培训，提升政府信息公开工作人员的业务能力和\n水平\n2. 完善制度';
    assert.deepEqual(sentencesOf(item), ['1. 加强学习培训，提升政府信息公开工作人员的业务能力和\n水平', '2. 完善制度']);
  });

  // proseSentences(report, wanted) skips the prose between the offsets wanted (up to the last
  // 。！？!? before each) instead of cutting it: it must give what cutting everything and keeping
  // the sentences that hold an offset wanted gives.
  it('the sentences holding offsets wanted are those of the whole cut that hold one', () => {
    // Mostly runs of words, full stops and line ends, so that lines wrap (a line runs on into the
    // next as wide or narrower) and full stops stand inside lines; the rest, now and then.
    const words = fc.constantFrom('本机关全年共收到政府信息公开申请', '政府信息公开', '办结', '9件', '，', '。', '\n', '\n', '\r\n');
    const others = fc.constantFrom(
      '！', '？', '!', '?', '；', '：', '”', '\r', '\n\n', ' ', '　　', '\u200b', '\t', '一、总体情况\n', '（二）依申请公开\n', '1. ',
      '一是', '2024年1月17日', '标题：', '| 5 | 7 |', '全年未发生因政府信息公开引起的行政复议和行政诉讼',
    );
    const prose = fc.array(fc.oneof({ arbitrary: words, weight: 6 }, { arbitrary: others, weight: 1 }), { maxLength: 60 }).map((a) => a.join(''));
    // Prose alone, or around a report's tables: the tables cut the prose into segments.
    const text = fc.oneof(prose, fc.tuple(prose, prose, prose).map(([a, b, c]) => `${a}\n${buildReport().replace('二、主动公开政府信息情况', `${b}\n二、主动公开政府信息情况`)}\n${c}`));
    const holding = (text: string, word: string) => proseSentences(readReport(text), [text.indexOf(word)]).map((s) => text.slice(s.span.start, s.span.end));
    // Skipped to after "。": the line "政府。办结" is judged from where it begins, not from the line
    // before (as wide as that one, it would run on into the next).
    assert.deepEqual(holding('本机关全年共收到政府信息公开申请\n政府。办结\n本机关全年共收到政府信息公开申请', '办结'), ['办结']);
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 4 }), (text, picks) => {
        const report = readReport(text);
        // Ascending, an offset twice as well.
        const wanted = picks.map((p) => p % (text.length + 1)).sort((a, b) => a - b);
        const holds = (s: Sentence) => wanted.some((w) => w >= s.span.start && w < s.span.end);
        assert.deepEqual(proseSentences(report, wanted), proseSentences(report).filter(holds));
      }),
      { numRuns: 1_000 },
    );
  });

  // Counted, not timed: the reads of the text's characters while the sentence holding an offset
  // is found. Before, the prose before the offset was looked back over again at each line end that
  // ended a sentence (every short line here), a read per character and line: twice the lines took
  // four times the reads (20 000 such lines took 12 s to analyse).
  it('looks back over the prose before an offset wanted once, however many sentences end before it', () => {
    const shape = (lines: number) => `${'本机关推进工作\n\n'.repeat(lines)}全年共收到政府信息公开申请5件。\n`;
    const reads = (lines: number) => {
      const text = shape(lines);
      const report = readReport(text);
      const at = text.indexOf('申请');
      const charCodeAt = String.prototype.charCodeAt;
      let count = 0;
      String.prototype.charCodeAt = function (this: string, index: number) {
        count++;
        return charCodeAt.call(this, index);
      };
      let found: Sentence[];
      try {
        found = proseSentences(report, [at]);
      } finally {
        String.prototype.charCodeAt = charCodeAt;
      }
      assert.deepEqual(found.map((s) => text.slice(s.span.start, s.span.end)), ['全年共收到政府信息公开申请5件。']);
      return count;
    };
    const [once, twice] = [reads(500), reads(1_000)];
    assert.ok(twice < 2.5 * once, `${once} reads for 500 lines, ${twice} for 1 000`);
  });

  it('reads the seeds and the corpus with spans that map back, and joins nothing in the seeds\' one-line paragraphs', { skip: seedsMissing }, () => {
    for (const name of seedNames()) {
      const report = readReport(readSeed(name));
      const sentences = proseSentences(report);
      for (const s of sentences) assertMapsBack(report, s);
      // A seed's paragraph is one line (Word's text): a join there would be a heading or a cell.
      assert.deepEqual(sentences.filter((s) => s.joins.length > 0 && !/年度报告$/.test(s.norm)).map((s) => s.norm), [], name);
    }
  });

  it('reads corpus 007 (text made from a PDF) across its line breaks', { skip: corpusMissing }, () => {
    const text = readFileSync(join(corpusDir, '007.txt'), 'utf8');
    const report = readReport(text);
    for (const s of proseSentences(report)) assertMapsBack(report, s);
    const said = readStatements(report).flatMap((r) => r.statements).map((s) => `${s.measure} ${s.value}`);
    // "上年结转政府信息公开\n申请 2 件" and "有 1 件涉及政府信息公开工作的行政复\n议": unread before.
    // The outcomes of "所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2\n件，…"
    // (同意公开: 予以公开 in the older templates' words), which all agree with its table B.
    assert.deepEqual(said, ['review 1', 'new 34', 'carried 2', 'open 9', 'partial 0', 'withheld 2', 'unable 10', 'rejected 0', 'other 14']);
  });
});
