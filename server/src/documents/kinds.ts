// What a file holds, decided by its first bytes (magic numbers) and then by its name: a download
// named .pdf may be a web page, and Word's "save as web page" is often named .doc.
import type { DocumentMessage } from './types.ts';

export type FileKind =
  | 'text'
  | 'html'
  | 'docx'
  | 'pdf'
  /** An OLE compound file: old binary Word (.doc), WPS (.wps), or an encrypted Office file. */
  | 'compound'
  /** Word 2003's XML document ("Word XML 文档"), often named .doc. */
  | 'word-xml'
  | 'rtf'
  /** A spreadsheet or slides (.xls, .xlsx, WPS's .et, .ppt, …): an Office file that holds no report text. */
  | 'spreadsheet-or-slides'
  /** A picture (a scan or a photo of the report), told by its first bytes. */
  | 'image'
  /** A zip that is not a Word document (.odt, …), or some other binary format. */
  | 'other-binary';

export const documentExtensions = ['.html', '.htm', '.shtml', '.xhtml', '.docx', '.pdf'];

/** Web pages as servers name them: read as HTML whatever they start with. */
const WEB_PAGE = new Set(['.html', '.htm', '.shtml', '.xhtml', '.asp', '.aspx', '.php', '.jsp']);

/**
 * Office files that are no document: an old binary one is an OLE compound file as an old .doc is,
 * and a new one a zip as a .docx is, so only the name tells them apart; told to save as .docx, a
 * user would be told to make a spreadsheet a Word document.
 */
const SPREADSHEET_OR_SLIDES = new Set(['.xls', '.xlsx', '.xlsm', '.et', '.ett', '.ppt', '.pptx', '.dps']);

/** Bytes as one character each (latin1), without spreading them as arguments (slow, and limited). */
const ascii = (bytes: Uint8Array, from: number, to: number) => {
  const end = Math.min(to, bytes.length);
  return end > from ? Buffer.from(bytes.buffer, bytes.byteOffset + from, end - from).toString('latin1') : '';
};

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  return m ? m[0] : '';
}

/** The start of a file (a few KB is enough) and its name -> what it holds. */
export function detectKind(head: Uint8Array, name: string): FileKind {
  if (ascii(head, 0, 1024).includes('%PDF-')) return 'pdf';
  const ext = extensionOf(name);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return looksLikeWord(head) ? 'docx' : SPREADSHEET_OR_SLIDES.has(ext) ? 'spreadsheet-or-slides' : 'other-binary';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return SPREADSHEET_OR_SLIDES.has(ext) ? 'spreadsheet-or-slides' : 'compound';
  if (ascii(head, 0, 5) === '{\\rtf') return 'rtf';
  if (looksLikeImage(head)) return 'image';
  if (ext === '.docx' || ext === '.pdf') return looksLikeHtml(head) ? 'html' : 'other-binary';
  if (WEB_PAGE.has(ext)) return 'html';
  // Named as old Word, but not a compound file (told above by its bytes): Word's "save as web page",
  // and the text or HTML many sites serve under .doc, is read for what it is. What reads as no text
  // either is said to be neither by whoever decodes the text (notWordNorText).
  if (ext === '.doc' || ext === '.wps') return looksLikeHtml(head) ? 'html' : looksLikeWordXml(head) ? 'word-xml' : 'text';
  if (ext === '.mht' || ext === '.mhtml') return looksLikeHtml(head) ? 'html' : 'other-binary';
  // A site's data file that carries the page in a string ("let content = \"<table border=\\\"1\\\">…\""):
  // read as a script whose strings hold the report (documents/html.ts).
  if (ext === '.js' || ext === '.json') return 'html';
  // A whole web page saved under a text name ("另存为 .txt", or piped in): read as the page, not as
  // its markup — read as text, each tag outside a table would be a leftover. A report that only
  // holds a pasted <table> stays text (the engine reads such tables where they stand).
  if (looksLikeWholePage(head)) return 'html';
  return 'text';
}

/**
 * A .docx names its main part "word/document.xml" in its first entries, or at least has
 * "[Content_Types].xml"; a zip of other files is not a Word document. (The zip's directory is read
 * again, entirely, before anything is unzipped.)
 */
function looksLikeWord(head: Uint8Array): boolean {
  const text = ascii(head, 0, head.length);
  return text.includes('word/') || text.includes('[Content_Types].xml');
}

/** JPEG, PNG, GIF or TIFF by their magic numbers (no text report opens with these bytes). */
function looksLikeImage(head: Uint8Array): boolean {
  return startsWith(head, [0xff, 0xd8, 0xff])
    || startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    || ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a'
    || startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]);
}

/** The file opens as a web page does: a doctype or an <html> element, after a byte-order mark and blanks. */
function looksLikeWholePage(head: Uint8Array): boolean {
  const text = ascii(head, 0, 512).replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  return text.startsWith('<!doctype html') || /^<html[\s>]/.test(text);
}

/** Word 2003 XML: an XML declaration, then Word's processing instruction or its root element. */
function looksLikeWordXml(head: Uint8Array): boolean {
  const text = ascii(head, 0, 2048).replace(/^\xef\xbb\xbf/, '').trimStart();
  return text.startsWith('<?xml') && /progid="Word\.Document"|<w:wordDocument[\s>]/.test(text);
}

function looksLikeHtml(head: Uint8Array): boolean {
  const text = ascii(head, 0, 2048).replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  return text.startsWith('<!doctype html') || text.startsWith('<html') || /<(html|head|body|meta|table|p|div)[\s>]/.test(text);
}

/** Why a file of this kind cannot be read, or null when it can. */
export function unreadableKind(kind: FileKind, name: string): DocumentMessage | null {
  const ext = extensionOf(name);
  switch (kind) {
    case 'word-xml':
      return { zh: 'Word 2003 XML 格式无法读取，请另存为 .docx 后再检查', en: 'Word 2003 XML cannot be read: save as .docx and check again' };
    case 'rtf':
      return { zh: 'RTF 格式无法读取，请在 Word 或 WPS 中另存为 .docx 后再检查', en: 'RTF cannot be read: save as .docx in Word or WPS and check again' };
    case 'spreadsheet-or-slides':
      return { zh: `这是表格或演示文稿（${ext}）而不是报告文档；请检查报告本身（.docx、.pdf、网页或 .txt）`, en: `a spreadsheet or slides (${ext}), not a report document; check the report itself (.docx, .pdf, a web page or .txt)` };
    case 'image':
      return { zh: '这是图片而不是文本报告；扫描件需先做文字识别（OCR），另存为 .docx 或 .txt 后再检查', en: 'an image, not a text report; a scan needs text recognition (OCR) first, then save it as .docx or .txt and check again' };
    case 'other-binary':
      if (ext === '.pdf') return { zh: '文件内容不是 PDF（可能下载不完整或已损坏）', en: 'the file does not hold a PDF (an incomplete download, or damaged)' };
      if (ext === '.docx') return { zh: '文件内容不是 Word 文档（.docx）（可能已损坏）', en: 'the file does not hold a Word document (.docx) (damaged?)' };
      return { zh: '不是可读取的报告格式（支持 .txt、.md、.html、.docx、.pdf）', en: 'not a report format that can be read (.txt, .md, .html, .docx, .pdf are)' };
    default:
      return null;
  }
}

/**
 * Why a file named as old Word (.doc, .wps) that is no compound file, web page or Word XML could not
 * be read as text either (binary, or no encoding reads it): null for any other name, whose reader
 * says it in its own words.
 */
export function notWordNorText(name: string): DocumentMessage | null {
  const ext = extensionOf(name);
  if (ext !== '.doc' && ext !== '.wps') return null;
  return { zh: `文件名为 ${ext}，但内容既不是 Word 文档，也不是文本或网页（可能已损坏）`, en: `named ${ext}, but holds neither a Word document nor text nor a web page (damaged?)` };
}

/**
 * Why an OLE compound file cannot be read: an Office file saved with a password is one (its
 * content in an "EncryptedPackage" stream); otherwise it is old binary Word (.doc) or WPS (.wps).
 */
export function compoundMessage(bytes: Uint8Array): DocumentMessage {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name)) {
    return { zh: '文件已加密（设有打开密码），无法读取；请去除密码后再检查', en: 'the file is encrypted (it has an open password) and cannot be read; remove the password and check again' };
  }
  return { zh: '旧版 Word/WPS 二进制格式（.doc/.wps）无法读取，请另存为 .docx 后再检查', en: 'old binary Word/WPS format (.doc/.wps) cannot be read: save as .docx and check again' };
}
