// Web pages -> text: a real parser, paragraphs as lines, data tables as Markdown rows (a merged
// cell written once), page chrome and code dropped, entities decoded, a report in a script string found,
// the page's charset honoured. Near misses (layout tables, an article's own header) stay as they are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeHtml, htmlInScript, readHtml } from '../../server/src/documents/html.ts';
import { detectKind } from '../../server/src/documents/kinds.ts';
import { describePlace, placeAt } from '../../server/src/documents/places.ts';

const text = (html: string) => readHtml(html).text;

describe('web pages as text', () => {
  const cases: { name: string; html: string; want: string }[] = [
    { name: 'paragraphs and line breaks are lines', html: '<p>一、总体情况</p><div>第一行<br>第二行</div>', want: '一、总体情况\n第一行\n第二行\n' },
    { name: 'entities decoded, spaces of any kind collapsed and trimmed', html: '<p>&nbsp;&nbsp;3.危及&ldquo;三安全一稳定&rdquo; &amp; 其他&#12288;</p>', want: '3.危及“三安全一稳定” & 其他\n' },
    { name: 'a line break of the source between Chinese characters is nothing', html: '<p>本机关认真\n      贯彻落实 2023\n年 Word\nfile</p>', want: '本机关认真贯彻落实 2023 年 Word file\n' },
    { name: 'inline markup joins', html: '<p><span>2023</span><span>年</span><b>1</b>月</p>', want: '2023年1月\n' },
    { name: 'scripts, styles and hidden parts are dropped', html: '<style>p{}</style><p>正文</p><script>var a = "<p>x</p>";</script><div style="display: none">隐藏</div><p hidden>也隐藏</p>', want: '正文\n' },
    { name: 'page navigation is dropped', html: '<nav>首页</nav><div class="nav">导航</div><ul role="navigation"><li>栏目</li></ul><div id="footer">版权</div><footer>主办</footer><p>正文</p>', want: '正文\n' },
    { name: "an article's own header and footer stay", html: '<article><header><h1>某局2023年报告</h1></header><p>正文</p><footer>2024年1月20日</footer></article>', want: '某局2023年报告\n正文\n2024年1月20日\n' },
    { name: 'so do a header and footer deep in the content', html: '<html><body><header>网站</header><div class="w"><div class="content"><header>某局2023年报告</header><p>正文</p></div></div></body></html>', want: '某局2023年报告\n正文\n' },
    { name: 'class words are matched whole', html: '<div class="article-header navigation-text">标题</div>', want: '标题\n' },
    { name: 'a one-column table only frames text', html: '<table><tr><td>第一段</td></tr><tr><td>第二段</td></tr></table>', want: '第一段\n第二段\n' },
    {
      name: 'a layout table around the article is read as paragraphs, the data table inside it as a table',
      html: '<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></td><td>侧栏</td></tr></table>',
      want: '标题\n| 规章 | 0 |\n| --- | --- |\n\n侧栏\n',
    },
    {
      name: 'a merged cell is written once, in the first row it covers; blank cells are blank; "<" is text',
      html: '<table><tr><th colspan="2" rowspan="2">项目</th><td>a&lt;b</td></tr><tr><td><p>1.</p><p>属于</p><p>国家秘密</p></td><td>&nbsp;</td><td></td></tr></table>',
      want: '| 项目 | a<b |\n| --- | --- | --- |\n| 1.属于国家秘密 | | |\n\n',
    },
    { name: 'a span that is no number is none', html: '<table><tr><td colspan="x">a</td><td rowspan="0">b</td></tr></table>', want: '| a | b |\n| --- | --- |\n\n' },
    { name: 'a "|" inside a cell separates nothing', html: '<table><tr><td>a|b</td><td>1</td></tr></table>', want: '| a｜b | 1 |\n| --- | --- |\n\n' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(text(c.html), c.want));

  it('numbers paragraphs and table rows for the map back', () => {
    const doc = readHtml('<p>甲</p><p></p><p>乙</p><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table><p>丙</p>', 'docx');
    assert.equal(doc.format, 'docx');
    const at = (s: string) => placeAt(doc.places, doc.text.indexOf(s));
    assert.deepEqual(at('甲'), { paragraph: 1 });
    // An empty paragraph counts, as in Word.
    assert.deepEqual(at('乙'), { paragraph: 3 });
    assert.deepEqual(at('| b |'), { table: 1, row: 2 });
    assert.deepEqual(at('丙'), { paragraph: 4 });
    assert.equal(placeAt(doc.places, -1), null);
    assert.deepEqual(describePlace({ table: 1, row: 2 }), { zh: '第 1 个表格第 2 行', en: 'table 1, row 2' });
    assert.deepEqual(describePlace({ page: 3 }), { zh: '第 3 页', en: 'page 3' });
  });

  it('reads a report that a script writes into the page', () => {
    const report = '<p>某某局2023年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>1320</td></tr></table>'
      + `<p>${'本机关认真贯彻落实政府信息公开条例。'.repeat(3)}</p>`;
    const literal = JSON.stringify(report).replace(/<\//g, '<\\/').replace(/[\u4e00-\u9fff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    const page = `<body><div id="c"></div><script>// the CMS\nvar s = ${literal}; /* write it */ document.getElementById('c').innerHTML = s + '<br>';</script></body>`;
    assert.match(text(page), /^某某局2023年政府信息公开工作年度报告\n\| 行政许可 \| 1320 \|\n\| --- \| --- \|\n\n本机关/);
    // Scripts with a little markup (a share button, a statistics snippet) are not reports.
    assert.equal(htmlInScript('document.write("<a href=\\"#\\">分享到微信</a>");'), null);
    assert.equal(htmlInScript('var x = 1; // <p>' + '中'.repeat(100)), null);
    assert.equal(text('<script src="app.js"></script><p>正文</p>'), '正文\n');
  });

  it('reads a long report in a script whole: the tags in its string are no page nested too deep', () => {
    // Closing tags in a script's string are written "<\/span>": counted from the page's tags, every
    // paragraph's <span> stayed open, and a long report passed for one nested past the limit.
    const paragraphs = '<p><span>本机关认真贯彻落实政府信息公开条例，本年度共受理申请5件。<\\/span><\\/p>'.repeat(1200);
    const read = readHtml(`<body><script>document.write("${paragraphs}<table><tr><td>行政许可<\\/td><td>1320<\\/td><\\/tr><\\/table>");</script></body>`);
    assert.deepEqual(read.problems, []);
    assert.equal(read.text.split('\n').filter((l) => l.startsWith('本机关')).length, 1200);
    assert.match(read.text, /\| 行政许可 \| 1320 \|/);
  });

  it('decodes the page by its byte-order mark, its declared charset, or what its bytes are', () => {
    const body = '<p>政府信息公开工作年度报告</p>';
    const gbk = (head: string) => iconv.encode(`<html><head>${head}</head><body>${body}</body></html>`, 'gbk');
    assert.match(decodeHtml(gbk('<meta charset="gb2312">')).join(''), /年度报告/);
    assert.match(decodeHtml(gbk('<meta http-equiv="Content-Type" content="text/html; charset=GBK">')).join(''), /年度报告/);
    // Not declared, not UTF-8: the Chinese encoding.
    assert.match(decodeHtml(gbk('')).join(''), /年度报告/);
    // Declared GB2312 but saved as UTF-8 (an editor's doing): the bytes decide.
    assert.match(decodeHtml(Buffer.from(`<meta charset="gb2312">${body}`)).join(''), /年度报告/);
    assert.match(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])).join(''), /^<p>政府/);
    assert.match(decodeHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])).join(''), /^<p>政府/);
  });

  it('decodes a large page in pieces, a character never cut in two, and reads it as the page whole', () => {
    // Three-byte UTF-8 and two-byte GBK characters, so that pieces of bytes end inside characters.
    const page = `<html><body>${'<p>本年度共受理政府信息公开申请5件，办结5件。&nbsp;</p>'.repeat(3000)}<table><tr><td>一、本年新收</td><td>5</td></tr></table></body></html>`;
    for (const bytes of [Buffer.from(page), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)]), iconv.encode(page, 'gbk')]) {
      const pieces = decodeHtml(bytes);
      assert.ok(pieces.length > 3);
      assert.ok(pieces.every((p) => p.length <= 32 * 1024));
      assert.equal(pieces.join(''), page);
      assert.deepEqual(readHtml(pieces), readHtml(page));
    }
  });

  it('leaves out a web page\'s menus (a run of short lines), not a report\'s signature or numbered headings', () => {
    const menu = ['某某县人民政府', '2025年12月30日 星期二', '首页', '走进某某', '办事服务', '政民互动', '政府信息公开'].map((l) => `<li>${l}</li>`).join('');
    const page = `<ul>${menu}</ul><p>某某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>某某局</p><p>2024年1月20日</p>`;
    const got = text(page);
    assert.doesNotMatch(got, /首页|办事服务|2025年12月30日/);
    assert.match(got, /^某某局2023年政府信息公开工作年度报告\n一、总体情况\n/);
    assert.match(got, /\n某某局\n2024年1月20日\n$/);
    // A Word document has no menus: its short lines stay.
    assert.match(readHtml(page, 'docx').text, /首页/);
  });

  it('survives anything: empty, binary, unclosed, deeply nested, one long line', () => {
    assert.equal(text(''), '');
    assert.doesNotThrow(() => readHtml(String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 31) % 256))));
    assert.equal(text('<table><tr><td>a<td>1<tr><td>b<td>2'), '| a | 1 |\n| --- | --- |\n| b | 2 |\n\n');
    assert.equal(text(`<p>${'数'.repeat(100_000)}</p>`).length, 100_001);
    assert.match(text(`${'<div>'.repeat(2000)}深处${'</div>'.repeat(2000)}`), /深处/);
  });

  it('reads a table of more rows than a function takes arguments', () => {
    const rows = 200_000;
    const lines = text(`<table>${'<tr><td>a</td><td>1</td></tr>'.repeat(rows)}</table>`).split('\n');
    assert.equal(lines.filter((l) => l === '| a | 1 |').length, rows);
  });
});

describe('what a file holds, by its first bytes, then its name', () => {
  const cases: [string, string | Buffer, string][] = [
    ['a.pdf', '%PDF-1.7\n', 'pdf'],
    ['a.txt', '%PDF-1.4 saved with the wrong name', 'pdf'],
    ['a.docx', Buffer.from('PK\x03\x04....[Content_Types].xml'), 'docx'],
    ['a.xlsx', Buffer.from('PK\x03\x04....xl/workbook.xml'), 'spreadsheet-or-slides'],
    ['a.odt', Buffer.from('PK\x03\x04....content.xml'), 'other-binary'],
    ['a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'compound'],
    ['a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'spreadsheet-or-slides'],
    ['a.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'image'],
    ['a.doc', '<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>', 'html'],
    ['a.doc', '{\\rtf1\\ansi', 'rtf'],
    // Named as old Word, holding something else: read for what it is (text that no encoding reads is said by the reader).
    ['a.wps', 'plain words', 'text'],
    ['a.doc', '某某局2021年政府信息公开工作年度报告', 'text'],
    ['a.doc', '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>', 'word-xml'],
    ['a.doc', '<?xml version="1.0"?><note>x</note>', 'text'],
    ['a.mht', 'MIME-Version: 1.0', 'other-binary'],
    ['a.htm', '\ufeff<!DOCTYPE html>', 'html'],
    ['a.html', 'no markup at all', 'html'],
    ['a.pdf', '<!doctype html><title>404</title>', 'html'],
    ['a.pdf', 'garbage', 'other-binary'],
    ['a.txt', '某某局年度报告', 'text'],
    ['a.md', '<table><tr><td>pasted</td></tr></table>', 'text'],
    ['a.txt', '\ufeff\n  <!DOCTYPE html><html><body>', 'html'],
    ['report', '<html lang="zh-CN">', 'html'],
    ['a.txt', '<htmlish words', 'text'],
    ['a.txt', '某某局年度报告\n<!DOCTYPE html>', 'text'],
  ];
  for (const [name, head, kind] of cases) {
    it(`${name} starting ${JSON.stringify(head.toString().slice(0, 20))} is ${kind}`, () => {
      assert.equal(detectKind(typeof head === 'string' ? Buffer.from(head) : head, name), kind);
    });
  }
});
