// PDF pages (texts with positions, drawn lines) -> text, on pages made here so that each way a
// real PDF lays a report out is tested on its own: ruled tables with merged cells and vertically
// centred wrapped labels, a table continued on the next page with its header repeated, running
// headers and footers, paragraphs wrapped over lines and pages, a table drawn without borders.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Segment } from '../../server/src/documents/pdfGrid.ts';
import { findGrids } from '../../server/src/documents/pdfGrid.ts';
import { layoutPdf, type PdfItem, type PdfPage } from '../../server/src/documents/pdfLayout.ts';

const SIZE = 10;

/** A text as a PDF places it: baseline y, CJK characters a font size wide, digits half. */
function item(text: string, x: number, y: number, size = SIZE): PdfItem {
  const width = [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0);
  return { text, x, y, width, size };
}

interface Cell {
  row: number;
  col: number;
  rowspan?: number;
  colspan?: number;
  /** Its lines of text, centred in the cell as a word processor centres them. */
  lines: string[];
}

/**
 * A ruled table: each cell drawn with its own four borders (as LibreOffice and Word draw them), or,
 * with `spacing`, each cell its own box that many points from its neighbours (a web page's table
 * with cell spacing, as a browser prints it).
 */
function table(xs: number[], ys: number[], cells: Cell[], spacing = 0): { items: PdfItem[]; segments: Segment[] } {
  const items: PdfItem[] = [];
  const segments: Segment[] = [];
  for (const c of cells) {
    const left = xs[c.col]!;
    const right = xs[c.col + (c.colspan ?? 1)]!;
    const top = ys[c.row]!;
    const bottom = ys[c.row + (c.rowspan ?? 1)]!;
    const [l, r, t, b] = [left + spacing / 2, right - spacing / 2, top + spacing / 2, bottom - spacing / 2];
    segments.push({ x1: l, y1: t, x2: r, y2: t }, { x1: l, y1: b, x2: r, y2: b });
    segments.push({ x1: l, y1: t, x2: l, y2: b }, { x1: r, y1: t, x2: r, y2: b });
    const height = c.lines.length * SIZE * 1.2;
    c.lines.forEach((line, i) => {
      const w = item(line, 0, 0).width;
      items.push(item(line, (left + right - w) / 2, (top + bottom - height) / 2 + (i + 1) * SIZE * 1.2 - 2));
    });
  }
  return { items, segments };
}

function page(number: number, parts: { items: PdfItem[]; segments?: Segment[] }[]): PdfPage {
  return { number, width: 600, height: 800, items: parts.flatMap((p) => p.items), segments: parts.flatMap((p) => p.segments ?? []) };
}

const lines = (...texts: [string, number, number][]) => ({ items: texts.map(([t, x, y]) => item(t, x, y)) });

describe('PDF tables from their ruling lines', () => {
  it('finds the grid and the merged cells', () => {
    const t = table([100, 200, 300, 350], [100, 120, 140, 160], [
      { row: 0, col: 0, colspan: 2, lines: ['项目'] },
      { row: 0, col: 2, lines: ['数'] },
      { row: 1, col: 0, rowspan: 2, lines: ['（三）不', '予公开'] },
      { row: 1, col: 1, lines: ['1.甲'] },
      { row: 1, col: 2, lines: ['7'] },
      { row: 2, col: 1, lines: ['2.乙'] },
      { row: 2, col: 2, lines: ['0'] },
    ]);
    const [grid, ...more] = findGrids(t.segments);
    assert.deepEqual(more, []);
    assert.deepEqual(grid?.cells.map((c) => [c.row, c.col, c.rowspan, c.colspan]), [[0, 0, 1, 2], [0, 2, 1, 1], [1, 0, 2, 1], [1, 1, 1, 1], [1, 2, 1, 1], [2, 1, 1, 1], [2, 2, 1, 1]]);
    // The wrapped label, centred between its two rows, is one cell in the first of them.
    assert.equal(layoutPdf([page(1, [t])]).text, [
      '| 项目 | 数 |',
      '| --- | --- | --- |',
      '| （三）不予公开 | 1.甲 | 7 |',
      '| 2.乙 | 0 |',
      '',
      '',
    ].join('\n'));
  });

  it('reads a table whose cells are drawn apart (cell spacing) as the table it is, beside a table ruled a few points off', () => {
    const cells = [
      { row: 0, col: 0, colspan: 2, lines: ['项目'] },
      { row: 0, col: 2, lines: ['数'] },
      { row: 1, col: 0, rowspan: 2, lines: ['（三）不', '予公开'] },
      { row: 1, col: 1, lines: ['1.甲'] },
      { row: 1, col: 2, lines: ['7'] },
      { row: 2, col: 1, lines: ['2.乙'] },
      { row: 2, col: 2, lines: [] },
    ];
    // Above it, a table whose column border stands 4.5 points left of the spaced table's.
    const above = table([100, 300, 350], [40, 60], [{ row: 0, col: 0, lines: ['甲'] }, { row: 0, col: 1, lines: ['1'] }]);
    const apart = table([100, 200, 304.5, 350], [100, 120, 140, 160], cells, 3);
    assert.equal(layoutPdf([page(1, [above, apart])]).text, [
      '| 甲 | 1 |',
      '| --- | --- |',
      '',
      '| 项目 | 数 |',
      '| --- | --- | --- |',
      '| （三）不予公开 | 1.甲 | 7 |',
      '| 2.乙 | |',
      '',
      '',
    ].join('\n'));
  });

  it('blank cells stay blank and in their column', () => {
    const t = table([100, 200, 250, 300], [100, 120], [
      { row: 0, col: 0, lines: ['规范性文件'] },
      { row: 0, col: 1, lines: ['12'] },
      { row: 0, col: 2, lines: [] },
    ]);
    assert.equal(layoutPdf([page(1, [t])]).text, '| 规范性文件 | 12 | |\n| --- | --- | --- |\n\n');
  });

  it('lines that cross nothing (an underline, a rule under the title) are no table', () => {
    assert.deepEqual(findGrids([{ x1: 100, y1: 100, x2: 500, y2: 100 }, { x1: 100, y1: 300, x2: 500, y2: 300 }]), []);
    // A single framed box is a frame.
    assert.deepEqual(findGrids(table([100, 500], [100, 200], [{ row: 0, col: 0, lines: [] }]).segments), []);
  });

  it('reads a table continued on the next page as one: header rows once, a cut label joined', () => {
    const xs = [100, 160, 260, 300];
    const head = { row: 0, col: 0, colspan: 3, lines: ['（本列数据的勾稽关系）'] };
    const first = table(xs, [600, 620, 640, 660], [
      head,
      { row: 1, col: 0, rowspan: 2, lines: ['三、本年', '度办理结', '果'] },
      { row: 1, col: 1, lines: ['（一）予以公开'] },
      { row: 1, col: 2, lines: ['150'] },
      { row: 2, col: 1, lines: ['（二）部分公开'] },
      { row: 2, col: 2, lines: ['20'] },
    ]);
    const second = table(xs, [60, 80, 100, 120], [
      { ...head },
      { row: 1, col: 0, rowspan: 2, lines: [] },
      { row: 1, col: 1, lines: ['（三）不予公开'] },
      { row: 1, col: 2, lines: ['0'] },
      { row: 2, col: 1, lines: ['（七）总计'] },
      { row: 2, col: 2, lines: ['170'] },
    ]);
    const header = (n: number) => lines(['某某市某某局政府信息公开', 250, 30], ['—', 280, 780], [String(n), 292, 780], ['—', 300, 780]);
    const doc = layoutPdf([page(1, [header(1), lines(['三、收到和处理政府信息公开申请情况', 100, 580]), first]), page(2, [header(2), second])]);
    assert.equal(doc.text, [
      '三、收到和处理政府信息公开申请情况',
      '| （本列数据的勾稽关系） |',
      '| --- | --- | --- |',
      '| 三、本年度办理结果 | （一）予以公开 | 150 |',
      '| （二）部分公开 | 20 |',
      '| （三）不予公开 | 0 |',
      '| （七）总计 | 170 |',
      '',
      '',
    ].join('\n'));
    // Each row maps back to its page.
    assert.deepEqual(doc.places, [{ start: 0, place: { page: 1 } }, { start: doc.text.indexOf('| （三）'), place: { page: 2 } }]);
  });

  it('reads the rows at a page break of a table a browser printed without its top and bottom borders there', () => {
    const xs = [100, 160, 260, 300];
    const open = (t: { items: PdfItem[]; segments: Segment[] }, y: number) => ({ items: t.items, segments: t.segments.filter((s) => !(s.y1 === y && s.y2 === y)) });
    const first = table(xs, [600, 620, 640, 680], [
      { row: 0, col: 0, colspan: 2, lines: ['（一）予以公开'] },
      { row: 0, col: 2, lines: ['150'] },
      { row: 1, col: 0, rowspan: 2, lines: ['（三）不予公开'] },
      { row: 1, col: 1, lines: ['1.属于国家秘密'] },
      { row: 1, col: 2, lines: ['3'] },
      { row: 2, col: 1, lines: ['2.其他法律', '行政法规禁止公开'] },
      { row: 2, col: 2, lines: ['4'] },
    ]);
    const second = table(xs, [60, 90, 110], [
      { row: 0, col: 0, rowspan: 2, lines: [] },
      { row: 0, col: 1, lines: ['3.危及“三安', '全一稳定”'] },
      { row: 0, col: 2, lines: ['5'] },
      { row: 1, col: 1, lines: ['4.保护第三方'] },
      { row: 1, col: 2, lines: ['6'] },
    ]);
    const doc = layoutPdf([page(1, [open(first, 680)]), page(2, [open(second, 60)])]);
    assert.equal(doc.text, [
      '| （一）予以公开 | 150 |',
      '| --- | --- | --- |',
      '| （三）不予公开 | 1.属于国家秘密 | 3 |',
      '| 2.其他法律行政法规禁止公开 | 4 |',
      '| 3.危及“三安全一稳定” | 5 |',
      '| 4.保护第三方 | 6 |',
      '',
      '',
    ].join('\n'));
  });

  it('reads a table as one when its part before the page break lacks the borders its spanning rows do not cross', () => {
    // As a browser prints table B: on page 1 the header and the rows 一、二 span the three label
    // columns, so their inner borders are not drawn there; page 2 repeats the header and has them.
    const xs = [100, 160, 260, 300, 340];
    const header = [
      { row: 0, col: 0, colspan: 2, lines: ['项目'] },
      { row: 0, col: 2, lines: ['甲'] },
      { row: 0, col: 3, lines: ['乙'] },
    ];
    const first = table(xs, [600, 620, 640, 660], [
      ...header,
      { row: 1, col: 0, colspan: 2, lines: ['一、本年新收'] },
      { row: 1, col: 2, lines: ['1'] },
      { row: 1, col: 3, lines: [] },
      { row: 2, col: 0, colspan: 2, lines: ['二、上年结转'] },
      { row: 2, col: 2, lines: [] },
      { row: 2, col: 3, lines: [] },
    ]);
    const second = table(xs, [60, 80, 100, 120], [
      ...header.map((c) => ({ ...c })),
      { row: 1, col: 0, rowspan: 2, lines: ['三、本年度', '办理结果'] },
      { row: 1, col: 1, lines: ['（一）予以公开'] },
      { row: 1, col: 2, lines: [] },
      { row: 1, col: 3, lines: [] },
      { row: 2, col: 1, lines: ['（二）部分公开'] },
      { row: 2, col: 2, lines: ['3'] },
      { row: 2, col: 3, lines: [] },
    ]);
    assert.deepEqual(findGrids(first.segments)[0]?.xs, [100, 260, 300, 340]);
    assert.equal(layoutPdf([page(1, [first]), page(2, [second])]).text, [
      '| 项目 | 甲 | 乙 |',
      '| --- | --- | --- | --- |',
      '| 一、本年新收 | 1 | |',
      '| 二、上年结转 | | |',
      '| 三、本年度办理结果 | （一）予以公开 | | |',
      '| （二）部分公开 | 3 | |',
      '',
      '',
    ].join('\n'));
  });

  it('a blank cell at the top of the next page stays in its row: only a cell left of the row\'s label continues one above', () => {
    const xs = [100, 200, 240, 280];
    const first = table(xs, [700, 720], [
      { row: 0, col: 0, lines: ['（一）予以公开'] },
      { row: 0, col: 1, lines: ['5'] },
      { row: 0, col: 2, lines: [] },
    ]);
    const second = table(xs, [60, 80], [
      { row: 0, col: 0, lines: ['（二）部分公开'] },
      { row: 0, col: 1, lines: [] },
      { row: 0, col: 2, lines: ['2'] },
    ]);
    assert.equal(layoutPdf([page(1, [first]), page(2, [second])]).text, '| （一）予以公开 | 5 | |\n| --- | --- | --- |\n| （二）部分公开 | | 2 |\n\n');
  });

  it('reads a table cut by hand, "续表" over its part on the next page, as one: the line and the repeated header dropped', () => {
    const xs = [100, 200, 240, 280];
    const header = [{ row: 0, col: 0, lines: ['项目'] }, { row: 0, col: 1, lines: ['总计'] }, { row: 0, col: 2, lines: ['其他'] }];
    const first = table(xs, [680, 700, 720], [...header, { row: 1, col: 0, lines: ['（一）予以公开'] }, { row: 1, col: 1, lines: ['5'] }, { row: 1, col: 2, lines: [] }]);
    const second = table(xs, [80, 100, 120], [...header.map((c) => ({ ...c })), { row: 1, col: 0, lines: ['（七）总计'] }, { row: 1, col: 1, lines: [] }, { row: 1, col: 2, lines: ['2'] }]);
    const text = (marker: string) => layoutPdf([page(1, [first]), page(2, [lines([marker, 100, 70]), second])]).text;
    assert.equal(text('续表'), '| 项目 | 总计 | 其他 |\n| --- | --- | --- |\n| （一）予以公开 | 5 | |\n| （七）总计 | | 2 |\n\n');
    assert.equal(text('（续表）'), text('续表'));
    // Any other line between them keeps the parts apart, and is kept.
    assert.match(text('注：单位为件'), /^\| 项目 [^]*\n注：单位为件\n\| 项目 /);
  });

  it('two tables with other columns on consecutive pages stay two tables', () => {
    const a = table([100, 200, 300], [700, 720], [{ row: 0, col: 0, lines: ['甲'] }, { row: 0, col: 1, lines: ['1'] }]);
    const b = table([100, 150, 300], [60, 80], [{ row: 0, col: 0, lines: ['乙'] }, { row: 0, col: 1, lines: ['2'] }]);
    // Each table has its rule under its first row.
    assert.equal(layoutPdf([page(1, [a]), page(2, [b])]).text.match(/^\| --- \|/gm)?.length, 2);
  });
});

describe('PDF text from positioned pieces', () => {
  it('joins a paragraph wrapped over lines and over a page break, and keeps headings apart', () => {
    const right = 500;
    const full = (chars: number) => '字'.repeat(chars);
    const doc = layoutPdf([
      page(1, [lines(
        ['某某局2023年政府信息公开工作年度报告', 150, 60],
        ['一、总体情况', 100, 100],
        [full(38), 120, 120],
        [full(40), 100, 140],
        ['末行。', 100, 160],
        [full(38), 120, 740],
        [full(40), 100, 760],
      )]),
      page(2, [lines([`接上页${'。'}`, 100, 60], ['二、主动公开政府信息情况', 100, 80])]),
    ]);
    assert.equal(right, 100 + 40 * SIZE);
    assert.equal(doc.text, [
      '某某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      `${full(38)}${full(40)}末行。`,
      `${full(38)}${full(40)}接上页。`,
      '二、主动公开政府信息情况',
      '',
    ].join('\n'));
  });

  it('drops page numbers and running headers, keeps a title that appears once', () => {
    const pages = [1, 2, 3].map((n) => page(n, [lines(
      ['某某市人民政府', 260, 30],
      ...(n === 1 ? [['某某市2023年年度报告', 200, 70] as [string, number, number]] : []),
      [`正文第${n}页`, 100, 400],
      [`第 ${n} 页 共 3 页`, 260, 780],
    )]));
    assert.equal(layoutPdf(pages).text, '某某市2023年年度报告\n正文第1页\n正文第2页\n正文第3页\n');
    // A single page: only what is plainly a page number goes.
    assert.equal(layoutPdf([page(1, [lines(['某某市人民政府', 260, 30], ['正文', 100, 400], ['- 1 -', 280, 780])])]).text, '某某市人民政府\n正文\n');
  });

  it('writes a table drawn without borders as cells apart, and keeps words apart', () => {
    const doc = layoutPdf([page(1, [lines(
      ['一、本年新收政府信息公开申请数量', 100, 200], ['217', 420, 200], ['1', 460, 200], ['218', 500, 200],
      ['Word', 100, 300], ['file', 130, 300],
      ['2', 100, 400], ['0', 108, 400], ['2', 116, 400], ['3', 124, 400], ['年', 132, 400],
    )])]);
    assert.equal(doc.text, '一、本年新收政府信息公开申请数量    217    1    218\nWord file\n2023年\n');
  });

  it('takes out the spaces pdf.js writes inside letter-spaced text: between Chinese characters and the digits of a spaced-out number', () => {
    const cell = table([100, 200, 260], [300, 320], [{ row: 0, col: 0, lines: ['（一）予以 公开'] }, { row: 0, col: 1, lines: ['1 7'] }]);
    const doc = layoutPdf([page(1, [lines(['2 0 1 9年1 2月3日', 100, 100], ['工作年 度报告', 100, 130], ['Word file 12 3', 100, 160]), cell])]);
    // Words and numbers of several digits stay apart.
    assert.equal(doc.text, '2019年12月3日\n工作年度报告\nWord file 12 3\n| （一）予以公开 | 17 |\n| --- | --- |\n\n');
  });

  it('survives empty and odd input', () => {
    assert.equal(layoutPdf([]).text, '');
    assert.equal(layoutPdf([page(1, [{ items: [], segments: [{ x1: 0, y1: 0, x2: 0, y2: 0 }, { x1: 1, y1: 5, x2: 9, y2: 400 }] }])]).text, '');
    const many = Array.from({ length: 300 }, (_, i) => ({ x1: 0, y1: i * 2, x2: 500, y2: i * 2 })).concat(Array.from({ length: 300 }, (_, i) => ({ x1: i * 2, y1: 0, x2: i * 2, y2: 600 })));
    assert.doesNotThrow(() => layoutPdf([page(1, [{ items: [item('字', 3, 3)], segments: many }])]));
  });
});
