// Reading a report file and writing a fixed one back without losing anything: the encoding, the
// BOM, the line ends and the file mode are kept; the file is written only when it is unchanged
// since it was read and the new text encodes and decodes back exactly; the write goes to a
// temporary file that is renamed over the original, so a crash never leaves half a report.
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decode, encode, type DecodedFile } from './decode.ts';

export interface ReportFile extends DecodedFile {
  path: string;
  bytes: Buffer;
}

export function readReportFile(path: string): ReportFile {
  const bytes = readFileSync(path);
  return { path, bytes, ...decode(bytes) };
}

export type WriteResult = { written: true } | { written: false; why: string };

export function writeReportFile(original: ReportFile, text: string): WriteResult {
  const updated: DecodedFile = { text, encoding: original.encoding, bom: original.bom };
  const bytes = encode(updated);
  let readBack: string;
  try {
    readBack = decode(bytes).text;
  } catch {
    readBack = '';
  }
  if (readBack !== text) return { written: false, why: `the fixed text cannot be written as ${original.encoding} and read back unchanged` };
  const now = readFileSync(original.path);
  if (!now.equals(original.bytes)) return { written: false, why: 'the file changed while it was being checked' };
  const mode = statSync(original.path).mode;
  const temp = join(dirname(original.path), `.${basename(original.path)}.nianbao-${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes, { mode });
    chmodSync(temp, mode);
    renameSync(temp, original.path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
  return { written: true };
}
