#!/usr/bin/env node
// Builds the published-document fixtures of test/fixtures/documents/ from the report of
// test/fixtures/documents/source.ts (buildReport's HTML layout): the same report, with known
// numbers, as a web page, as a page whose report sits in a script string, as .docx and as .pdf,
// with merged label cells (rowspan/colspan), a running page header and "— N —" footers, and table
// B continuing on the next page (with its header rows repeated there, as Word does).
//
// Needs LibreOffice (headless) and a CJK font, e.g. on Debian:
//   apt-get install libreoffice-writer-nogui fonts-noto-cjk
// Run from the repository root:  node --import tsx scripts/build-document-fixtures.mjs
// The tests read the committed files only; run this again only to change the fixtures.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { documentReportText } from '../test/fixtures/documents/source.ts';

const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'documents');
const font = 'Noto Serif CJK SC';
const runningHeader = '某某市某某局政府信息公开';

// ---- the report as blocks: paragraphs and tables of rows of cell texts -------------------------

function blocksOf(text) {
  const blocks = [];
  let table = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('<table')) table = { rows: [] };
    else if (line.startsWith('</table>')) {
      blocks.push({ kind: 'table', grid: gridOf(table.rows) });
      table = null;
    } else if (table) {
      table.rows.push([...line.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1].replace(/&nbsp;/g, '').replace(/&amp;/g, '&')));
    } else if (line.trim() !== '') blocks.push({ kind: 'p', text: line });
  }
  return blocks;
}

const isValue = (t) => t === '' || /^[0-9]+$/.test(t);
const levelOf = (label) => (/^[一二三四五六七八九十]+、/.test(label) ? 0 : /^（[一二三四五六七八九十]+）/.test(label) ? 1 : 2);

/** The rows as the printed form lays them out: cells placed on a grid, merged where the form merges. */
function gridOf(rows) {
  const first = rows[0]?.[0] ?? '';
  if (first.startsWith('第二十条')) return tableA(rows);
  if (first.startsWith('（本列数据')) return tableB(rows);
  return tableC(rows);
}

function cell(text, row, col, rowspan = 1, colspan = 1) {
  return { text, row, col, rowspan, colspan };
}

function tableA(rows) {
  const cells = [];
  rows.forEach((r, i) => {
    if (r.length === 1) cells.push(cell(r[0], i, 0, 1, 4));
    else if (r.length === 2) cells.push(cell(r[0], i, 0), cell(r[1], i, 1, 1, 3));
    else r.forEach((t, j) => cells.push(cell(t, i, j)));
  });
  return { columns: [7.6, 2.8, 2.8, 2.8], rows: rows.length, cells, headerRows: 0 };
}

function tableB(rows) {
  const cells = [
    cell(rows[0][0], 0, 0, 3, 3), cell(rows[0][1], 0, 3, 1, 7),
    cell('自然人', 1, 3, 2, 1), cell('法人或其他组织', 1, 4, 1, 5), cell('总计', 1, 9, 2, 1),
    ...rows[2].filter((t) => t !== '').map((t, j) => cell(t, 2, 4 + j)),
  ];
  const data = rows.slice(3).map((r) => ({ labels: r.filter((t) => !isValue(t)), values: r.filter(isValue) }));
  data.forEach((r, i) => {
    const row = 3 + i;
    r.labels.forEach((label, k) => {
      const level = levelOf(label);
      const next = r.labels[k + 1];
      const colspan = (next === undefined ? 3 : levelOf(next)) - level;
      let rowspan = 1;
      if (next !== undefined) {
        // A group heading spans its rows: up to the next row that starts at its level or above.
        while (i + rowspan < data.length && levelOf(data[i + rowspan].labels[0]) > level) rowspan++;
      }
      cells.push(cell(label, row, level, rowspan, colspan));
    });
    r.values.forEach((v, j) => cells.push(cell(v, row, 3 + j)));
  });
  return { columns: [1.6, 1.6, 4.4, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2], rows: rows.length, cells, headerRows: 3 };
}

function tableC(rows) {
  const cells = [
    cell(rows[0][0], 0, 0, 1, 5), cell(rows[0][1], 0, 5, 1, 10),
    ...rows[1].slice(0, 5).map((t, j) => cell(t, 1, j, 2, 1)),
    cell(rows[1][5], 1, 5, 1, 5), cell(rows[1][6], 1, 10, 1, 5),
    ...rows[2].map((t, j) => cell(t, 2, 5 + j)),
    ...rows[3].map((t, j) => cell(t, 3, j)),
  ];
  return { columns: Array(15).fill(16 / 15), rows: rows.length, cells, headerRows: 0 };
}

// ---- the web page -------------------------------------------------------------------------------

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');

function htmlTable(grid) {
  const lines = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">', '<tbody>'];
  for (let r = 0; r < grid.rows; r++) {
    const cells = grid.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    const tds = cells.map((c) => {
      const span = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
      // As Word's "save as web page" writes cells: a paragraph and a span in each, &nbsp; when blank.
      return `<td${span} valign="center"><p class="MsoNormal" align="center"><span style="font-size:10.5pt">${c.text === '' ? '&nbsp;' : escapeHtml(c.text)}</span></p></td>`;
    });
    lines.push(`<tr>${tds.join('\n')}</tr>`);
  }
  lines.push('</tbody>', '</table>');
  return lines.join('\n');
}

function articleHtml(blocks) {
  return blocks.map((b, i) => {
    if (b.kind === 'table') return htmlTable(b.grid);
    if (i === 0) return `<h1 class="title">${escapeHtml(b.text)}</h1>`;
    return `<p style="text-indent:2em">&nbsp;&nbsp;${escapeHtml(b.text)}</p>`;
  }).join('\n');
}

function pageHtml(article, title, { charset = 'utf-8', inScript = false } = {}) {
  const body = inScript
    ? `<div id="content"></div>
<script type="text/javascript">
var content = ${jsString(article)};
document.getElementById("content").innerHTML = content;
</script>`
    : `<div class="article">\n${article}\n</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(title)}_某某市人民政府门户网站</title>
<style type="text/css">
.title { text-align: center; font-size: 22px; } td { border: 1px solid #000; }
</style>
<script type="text/javascript">var _hmt = _hmt || []; function share(){ return '<a href="#">share</a>'; }</script>
</head>
<body>
<div class="header"><img src="logo.png" alt="某某市人民政府"><span>某某市人民政府门户网站</span></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<div class="info">发布时间：2024-01-20&nbsp;&nbsp;来源：某某市某某局&nbsp;&nbsp;<a href="javascript:window.print()">【打印】</a></div>
${body}
<footer><p>主办：某某市人民政府办公室&nbsp;&nbsp;网站标识码：1234000001</p><p>版权所有 &copy; 某某市人民政府</p></footer>
</body>
</html>
`;
}

/** A JavaScript string literal as a CMS writes it: double quotes, "</" escaped, non-ASCII as \\u. */
function jsString(s) {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/<\//g, '<\\/')
    .replace(/[\u0080-\uffff]/g, (c, i) => (i % 3 === 0 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c))}"`;
}

// ---- the word-processor document (flat ODF), converted by LibreOffice ---------------------------

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fodtTable(grid, n) {
  const covered = new Set();
  const starts = new Map();
  for (const c of grid.cells) {
    starts.set(`${c.row},${c.col}`, c);
    for (let r = c.row; r < c.row + c.rowspan; r++) for (let k = c.col; k < c.col + c.colspan; k++) if (r !== c.row || k !== c.col) covered.add(`${r},${k}`);
  }
  const cols = grid.columns.map((w, i) => `<table:table-column table:style-name="T${n}c${i}"/>`).join('');
  const row = (r) => {
    const cells = grid.columns.map((_, k) => {
      const c = starts.get(`${r},${k}`);
      if (c) {
        const span = `${c.rowspan > 1 ? ` table:number-rows-spanned="${c.rowspan}"` : ''}${c.colspan > 1 ? ` table:number-columns-spanned="${c.colspan}"` : ''}`;
        return `<table:table-cell table:style-name="Cell"${span} office:value-type="string"><text:p text:style-name="InCell">${escapeXml(c.text)}</text:p></table:table-cell>`;
      }
      if (covered.has(`${r},${k}`)) return '<table:covered-table-cell/>';
      return '<table:table-cell table:style-name="Cell"><text:p text:style-name="InCell"/></table:table-cell>';
    });
    return `<table:table-row>${cells.join('')}</table:table-row>`;
  };
  const rows = Array.from({ length: grid.rows }, (_, r) => row(r));
  const head = grid.headerRows ? `<table:table-header-rows>${rows.slice(0, grid.headerRows).join('')}</table:table-header-rows>` : '';
  return `<table:table table:name="Table${n}" table:style-name="T${n}">${cols}${head}${rows.slice(grid.headerRows).join('')}</table:table>`;
}

function fodt(blocks) {
  let n = 0;
  const tables = [];
  const body = blocks.map((b, i) => {
    if (b.kind === 'table') {
      tables.push(b.grid);
      return fodtTable(b.grid, ++n);
    }
    if (i === 0) return `<text:p text:style-name="Title">${escapeXml(b.text)}</text:p>`;
    const heading = /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(b.text);
    return `<text:p text:style-name="${heading ? 'Heading' : 'Body'}">${escapeXml(b.text)}</text:p>`;
  }).join('\n');
  const tableStyles = tables.map((g, t) => `<style:style style:name="T${t + 1}" style:family="table"><style:table-properties style:width="${g.columns.reduce((a, b) => a + b, 0).toFixed(3)}cm" table:align="center"/></style:style>`
    + g.columns.map((w, i) => `<style:style style:name="T${t + 1}c${i}" style:family="table-column"><style:table-column-properties style:column-width="${w.toFixed(3)}cm"/></style:style>`).join('')).join('\n');
  const text = (size) => `<style:text-properties style:font-name="${font}" fo:font-size="${size}" style:font-name-asian="${font}" style:font-size-asian="${size}" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">${text('10.5pt')}</style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>${text('16pt')}</style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>${text('12pt')}</style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="0.74cm" fo:line-height="150%"/>${text('10.5pt')}</style:style>
<style:style style:name="InCell" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>${text('9pt')}</style:style>
<style:style style:name="Running" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>${text('9pt')}</style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm" style:vertical-align="middle"/></style:style>
${tableStyles}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Running">${runningHeader}</text:p></style:header>
<style:footer><text:p text:style-name="Running">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

function soffice(file, to, dir) {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', to, '--outdir', dir, file], { stdio: 'pipe' });
}

// ---- a scan: pages that are only an image, no text layer ----------------------------------------

/** Image-only pages; with `textFirst`, the first page has a line of text (a typed cover, then scans). */
function scannedPdf(pages, textFirst = false) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const tree = add(null);
  const kids = [];
  if (textFirst) {
    const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
    const draw = 'BT /F1 14 Tf 72 760 Td (Annual report 2023, pages 2 and 3 scanned) Tj ET';
    const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  for (let p = 0; p < pages; p++) {
    // A grey 16x16 picture stretched over the page, as a scanner's page image.
    const pixels = Buffer.alloc(256, 0xd0 - p * 0x20);
    const image = add(`<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels.toString('latin1')}\nendstream`);
    const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
    const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

// ---- write them ---------------------------------------------------------------------------------

const text = documentReportText();
const blocks = blocksOf(text);
const title = blocks[0].text;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'report.html'), pageHtml(articleHtml(blocks), title));
// A CMS page in GB2312 whose report arrives in a script string and is written into the page.
writeFileSync(join(out, 'report-in-script.html'), iconv.encode(pageHtml(articleHtml(blocks), title, { charset: 'gb2312', inScript: true }), 'gb18030'));

const work = mkdtempSync(join(tmpdir(), 'nianbao-fixtures-'));
try {
  writeFileSync(join(work, 'report.fodt'), fodt(blocks));
  soffice(join(work, 'report.fodt'), 'docx:MS Word 2007 XML', work);
  soffice(join(work, 'report.fodt'), 'pdf:writer_pdf_Export', work);
  copyFileSync(join(work, 'report.docx'), join(out, 'report.docx'));
  copyFileSync(join(work, 'report.pdf'), join(out, 'report.pdf'));
  // An old binary Word file (.doc), which cannot be read: the user is told to save it as .docx.
  soffice(join(work, 'report.fodt'), 'doc:MS Word 97', work);
  copyFileSync(join(work, 'report.doc'), join(out, 'old-binary.doc'));
  // A PDF with an open password.
  writeFileSync(join(work, 'locked.fodt'), fodt(blocks.slice(0, 3)));
  soffice(join(work, 'locked.fodt'), 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"nianbao"}}', work);
  copyFileSync(join(work, 'locked.pdf'), join(out, 'encrypted.pdf'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(join(out, 'scanned.pdf'), scannedPdf(2));
writeFileSync(join(out, 'partly-scanned.pdf'), scannedPdf(2, true));
for (const name of ['report.html', 'report-in-script.html', 'report.docx', 'report.pdf', 'old-binary.doc', 'encrypted.pdf', 'scanned.pdf', 'partly-scanned.pdf']) {
  console.log(`${name}\t${readFileSync(join(out, name)).length} bytes`);
}
