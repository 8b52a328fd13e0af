// Bytes of a report file -> text, and back. Reports arrive as UTF-8 (with or without BOM),
// UTF-16 (with BOM) or GB18030/GBK (older Windows machines in government offices). The encoding
// found is kept so that --fix writes the file back as it was.
import iconv from 'iconv-lite';
import { strictUtf8 } from '../documents/utf8.ts';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface DecodedFile {
  text: string;
  encoding: Encoding;
  /** Whether the file started with a byte-order mark (kept on write). */
  bom: boolean;
}

/** Why the bytes are not a text report, in both languages (the message is the English). */
export class DecodeError extends Error {
  readonly why: { zh: string; en: string };
  constructor(en: string, zh: string = en) {
    super(en);
    this.why = { zh, en };
  }
}

export function decode(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8AfterBom(bytes.subarray(3)), encoding: 'utf8', bom: true };
  }
  // UTF-32 starts with the UTF-16LE mark and two NULs; read as UTF-16 it would be NULs between
  // every character, and --fix would write that back.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new DecodeError('UTF-32 text: save it as UTF-8', 'UTF-32 编码的文本：请另存为 UTF-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'utf16le'), encoding: 'utf16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'utf16be'), encoding: 'utf16be', bom: true };
  // UTF-16 without a BOM, or binary: both have many NUL bytes. A few stray control bytes in text
  // that is otherwise good (a NUL left by a copy) do not make it binary: it is read, and
  // text/leftover says where each stands.
  if (bytes.includes(0)) {
    const bomless16 = guessBomlessUtf16(bytes);
    if (bomless16) return { text: utf16(bytes, bomless16), encoding: bomless16, bom: false };
    if (controlBytes(bytes) > bytes.length / 100) throw new DecodeError('binary file (contains NUL bytes), not a text report', '二进制文件（含 NUL 字节），不是文本报告');
  }
  try {
    return { text: strictUtf8(bytes), encoding: 'utf8', bom: false };
  } catch {
    // Not UTF-8: the only other encoding Chinese offices use for plain text is GB18030 (a superset
    // of GBK and GB2312). GB18030 maps almost every byte sequence, so check the result reads back.
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (text.includes('\uFFFD')) throw new DecodeError('neither UTF-8, UTF-16 nor GB18030', '既不是 UTF-8、UTF-16，也不是 GB18030 编码');
    return { text, encoding: 'gb18030', bom: false };
  }
}

export function encode(file: DecodedFile): Buffer {
  switch (file.encoding) {
    case 'utf8':
      return Buffer.concat([file.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(file.text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([file.bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(file.text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(file.text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) {
        const a = le[i]!;
        le[i] = le[i + 1]!;
        le[i + 1] = a;
      }
      return Buffer.concat([file.bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le]);
    }
    case 'gb18030':
      return iconv.encode(file.text, 'gb18030');
  }
}

function strictUtf8AfterBom(bytes: Uint8Array): string {
  try {
    return strictUtf8(bytes);
  } catch {
    throw new DecodeError('starts with a UTF-8 byte-order mark but is not valid UTF-8', '以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8');
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf16le' | 'utf16be'): string {
  if (bytes.length % 2 !== 0) throw new DecodeError('UTF-16 file with an odd number of bytes', 'UTF-16 文件的字节数为奇数（文件不完整）');
  return new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(bytes);
}

/** How many bytes are C0 controls other than tab, line ends and form feed: text has next to none. */
function controlBytes(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++;
  return n;
}

/**
 * UTF-16 without a BOM shows as NUL bytes in every other position for ASCII-heavy text (line ends,
 * digits). Chinese text has few NULs, so demand a clear pattern before believing it.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const pairs = n / 2;
  if (odd > pairs * 0.2 && even === 0) return 'utf16le';
  if (even > pairs * 0.2 && odd === 0) return 'utf16be';
  return null;
}
