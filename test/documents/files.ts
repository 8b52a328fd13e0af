// Files for the documents tests: the committed fixtures, and bad inputs made on the spot (zips
// that would unzip to a gigabyte, an encrypted Office file, files cut short), so that no large or
// hostile file needs to be committed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

export const fixturesDir = resolve(__dirname, '..', 'fixtures', 'documents');

export function fixture(name: string): Buffer {
  return readFileSync(join(fixturesDir, name));
}

interface ZipPart {
  name: string;
  /** The part's bytes as stored (deflated unless `method` is 0). */
  data: Buffer;
  method?: 0 | 8;
  /** The unzipped size the zip's directory claims. */
  size: number;
}

/** A zip file (no CRC: the readers under test do not rely on it). */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method ?? 8, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.method ?? 8, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    central.push(entry, name);
    offset += local.length + name.length + part.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * Raw deflate data that inflates to `megabytes` MB of zeros, made without ever holding them: one
 * megabyte deflated with a sync flush (no final block) repeated, then an empty final block.
 */
export function deflatedZeros(megabytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), Buffer.from([0x03, 0x00])]);
}

const contentTypes = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A .docx whose document part unzips to `megabytes` MB; its directory says so, or lies that it is tiny. */
export function zipBomb(megabytes: number, honest: boolean): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: deflateRawSync(contentTypes), size: contentTypes.length },
    { name: 'word/document.xml', data: deflatedZeros(megabytes), size: honest ? megabytes << 20 : 1024 },
  ]);
}

/**
 * An Office file saved with a password: an OLE compound file whose streams are "EncryptionInfo"
 * and "EncryptedPackage" (only as much of the format as the reader looks at).
 */
export function encryptedOffice(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entry = (name: string) => {
    const e = Buffer.alloc(128);
    Buffer.from(name + '\0', 'utf16le').copy(e);
    e.writeUInt16LE((name.length + 1) * 2, 64);
    e[66] = 2;
    return e;
  };
  return Buffer.concat([header, entry('Root Entry'), entry('EncryptionInfo'), entry('EncryptedPackage'), Buffer.alloc(1024, 0x5a)]);
}

/** The parts of a zip file, unzipped (as the central directory lists them; stored or deflated). */
export function unzipParts(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    parts.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    at += 46 + skip;
  }
  return parts;
}

/** A picture run of Word (DrawingML, inline), its image the relationship `rId`. */
function pictureRun(rId: string): string {
  return '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="5400000" cy="3000000"/><wp:docPr id="901" name="图片 1"/>'
    + '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    + `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="${rId}"/></pic:blipFill></pic:pic>`
    + '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
}

/**
 * A .docx with pictures added, as Word saves a table pasted as a picture: a paragraph holding only
 * a picture, put before each paragraph whose text starts with one of `before` (matched on the
 * paragraph's first run); with `header`, a logo in the page header too.
 */
export function docxWithPictures(docx: Buffer, { before, header = false }: { before: string[]; header?: boolean }): Buffer {
  const relationship = (id: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/picture.png"/>`;
  // A picture is never decoded: a few bytes of a PNG's signature stand for it.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const parts = unzipParts(docx).map(({ name, data }) => {
    let text = data.toString('utf8');
    if (name === 'word/document.xml') {
      for (const start of before) {
        const at = text.indexOf(`<w:t>${start}`);
        const paragraph = text.lastIndexOf('<w:p>', at);
        if (at < 0 || paragraph < 0) throw new Error(`no paragraph starts with ${start}`);
        text = `${text.slice(0, paragraph)}<w:p>${pictureRun('rIdPicture')}</w:p>${text.slice(paragraph)}`;
      }
    } else if (name === 'word/_rels/document.xml.rels') text = text.replace('</Relationships>', `${relationship('rIdPicture')}</Relationships>`);
    else if (name === 'word/header1.xml' && header) text = text.replace('</w:hdr>', `<w:p>${pictureRun('rIdLogo')}</w:p></w:hdr>`);
    else return { name, data };
    return { name, data: Buffer.from(text, 'utf8') };
  });
  if (header) parts.push({ name: 'word/_rels/header1.xml.rels', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rIdLogo')}</Relationships>`) });
  parts.push({ name: 'word/media/picture.png', data: png });
  return zipOf(parts.map(({ name, data }) => ({ name, data: deflateRawSync(data), size: data.length })));
}

/**
 * A PDF with a page added that is only a picture, no text layer (a page scanned into a printed
 * report), as page `at`: the PDF's own pages untouched, the page and the page list that names it
 * appended as an incremental update (as an editor saves a change).
 */
export function pdfWithScannedPage(pdf: Buffer, at: number): Buffer {
  const text = pdf.toString('latin1');
  const number = (pattern: RegExp, where: string) => {
    const m = pattern.exec(where);
    if (!m?.[1]) throw new Error(`not found: ${pattern}`);
    return Number(m[1]);
  };
  const object = (n: number) => {
    const start = text.lastIndexOf(`\n${n} 0 obj`);
    return text.slice(start, text.indexOf('endobj', start));
  };
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = number(/\/Size (\d+)/, trailer);
  const pages = number(/\/Pages (\d+) 0 R/, object(number(/\/Root (\d+) 0 R/, trailer)));
  const list = object(pages);
  const kids = [.../\/Kids\s*\[([^\]]*)\]/.exec(list)![1]!.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const [image, content, page] = [size, size + 1, size + 2];
  const pixels = Buffer.alloc(256, 0xc0).toString('latin1');
  const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
  kids.splice(at - 1, 0, page);
  const bodies = new Map<number, string>([
    [image, `<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`],
    [content, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`],
    [page, `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`],
    [pages, list.slice(list.indexOf('obj') + 3).replace(/\/Kids\s*\[[^\]]*\]/, `/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]`).replace(/\/Count \d+/, `/Count ${kids.length}`)],
  ]);
  let update = '\n';
  const offsets = new Map<number, number>();
  for (const [n, body] of bodies) {
    offsets.set(n, pdf.length + Buffer.byteLength(update, 'latin1'));
    update += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const xref = pdf.length + Buffer.byteLength(update, 'latin1');
  const entry = (n: number) => `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n`;
  update += `xref\n${pages} 1\n${entry(pages)}${image} 3\n${entry(image)}${entry(content)}${entry(page)}`;
  update += `trailer\n<< /Size ${size + 3} /Root ${number(/\/Root (\d+) 0 R/, trailer)} 0 R /Prev ${number(/startxref\s+(\d+)/, text.slice(text.lastIndexOf('startxref')))} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
