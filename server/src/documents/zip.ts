// A .docx is a zip. Before any library unzips it, its directory is read and every part is
// inflated here with a cap on the output, so that a zip bomb (parts that would expand to gigabytes,
// whatever sizes the directory claims) is refused with bounded memory, and a truncated file is
// told apart from a damaged one.
import { inflateRawSync } from 'node:zlib';

export type ZipCheck =
  | { ok: true; entries: number; unzippedBytes: number }
  | { ok: false; why: 'truncated' | 'damaged' | 'too-large' | 'too-many-entries' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function checkZip(bytes: Uint8Array, limits: { unzippedBytes: number; zipEntries: number }): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  // The end-of-central-directory record is in the last 64 KB (it may be followed by a comment).
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  // A download cut short loses the end of the file, where the directory is.
  if (eocd < 0) return { ok: false, why: 'truncated' };
  const count = u16(eocd + 10);
  const dirSize = u32(eocd + 12);
  const dirStart = u32(eocd + 16);
  // ZIP64 (0xffff / 0xffffffff markers) is for archives over 4 GB: no Word document is one.
  if (count === 0xffff || dirStart === 0xffffffff || dirSize === 0xffffffff) return { ok: false, why: 'too-large' };
  if (count > limits.zipEntries) return { ok: false, why: 'too-many-entries' };
  if (dirStart + dirSize > eocd) return { ok: false, why: 'truncated' };
  let at = dirStart;
  let declared = 0;
  const parts: { method: number; compressed: number; size: number; local: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) return { ok: false, why: 'damaged' };
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return { ok: false, why: 'too-large' };
    declared += size;
    if (declared > limits.unzippedBytes) return { ok: false, why: 'too-large' };
    parts.push({ method, compressed, size, local });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // The sizes a directory declares may lie: inflate every part, never past what is left of the limit.
  let unzipped = 0;
  for (const part of parts) {
    if (u32(part.local) !== LOCAL) return { ok: false, why: 'damaged' };
    const dataStart = part.local + 30 + u16(part.local + 26) + u16(part.local + 28);
    if (dataStart + part.compressed > bytes.length) return { ok: false, why: 'truncated' };
    const data = bytes.subarray(dataStart, dataStart + part.compressed);
    let size: number;
    if (part.method === 0) size = data.length;
    else if (part.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, limits.unzippedBytes - unzipped) }).length;
      } catch (error) {
        return { ok: false, why: error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged' };
      }
    } else return { ok: false, why: 'damaged' };
    if (size !== part.size) return { ok: false, why: 'damaged' };
    unzipped += size;
    if (unzipped > limits.unzippedBytes) return { ok: false, why: 'too-large' };
  }
  return { ok: true, entries: count, unzippedBytes: unzipped };
}
