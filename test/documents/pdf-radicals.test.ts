// A PDF whose font maps its glyphs back to Kangxi radicals ("⼀、总体情况", "⾏政许可"), as many
// PDFs that Word, WPS and browsers write do: the text read is the characters the page shows. The
// PDF is made here: a font without a program, its ToUnicode map giving the radicals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultLimits } from '../../server/src/documents/limits.ts';
import { readPdf } from '../../server/src/documents/pdf.ts';

/** A one-page PDF showing `lines`, each character a one-byte code that ToUnicode maps to that character. */
function pdfWithToUnicode(lines: string[]): Uint8Array {
  const chars = [...new Set(lines.join(''))];
  const code = (c: string) => (chars.indexOf(c) + 0x21).toString(16);
  const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');
  const cmap = ['/CIDInit /ProcSet findresource begin 12 dict begin begincmap', '/CMapName /Radicals def /CMapType 2 def',
    '1 begincodespacerange <00> <ff> endcodespacerange', `${chars.length} beginbfchar`,
    ...chars.map((c) => `<${code(c)}> <${hex(c)}>`), 'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end'].join('\n');
  const content = lines.map((l, i) => `BT /F1 14 Tf 72 ${760 - 24 * i} Td <${[...l].map(code).join('')}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    `<< /Type /Font /Subtype /TrueType /BaseFont /SimSun /FirstChar 33 /LastChar ${32 + chars.length} /Widths [${chars.map(() => 1000).join(' ')}] /ToUnicode 5 0 R >>`,
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('PDF text mapped to radicals', () => {
  it('reads each Kangxi radical as the character it stands for', async () => {
    const read = await readPdf(pdfWithToUnicode(['⼀、总体情况', '⾏政许可⼈⺠⻓⻔⻚']), defaultLimits);
    assert.equal(read.text.trim(), '一、总体情况\n行政许可人民长门页');
  });
});
