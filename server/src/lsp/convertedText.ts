// nianbao/convertedText: a published file (.html, .docx, .pdf) as the text the server checks, for
// "以文本校对 / Check as text". The one place where the server reads a file: the one the user asked
// for, named by the converted document's uri. Read as the CLI reads it (documents/published.ts);
// the converters load only now. What the conversion knew is kept for the document's diagnostics
// and hovers (convertedSources.ts).
import { readFile, stat } from 'node:fs/promises';
import { defaultLimits } from '../documents/limits.ts';
import { ioMessage } from '../ioWords.ts';
import { admit, convertPublished, type Published } from '../documents/published.ts';
import type { DocumentMessage } from '../documents/types.ts';
import { convertedTextRequest, type ConvertedTextParams, type ConvertedTextResult } from '../../../shared/src/protocol.ts';
import type { Feature } from './context.ts';
import { sourcePath } from './convertedSources.ts';
import { msg, say } from './locale.ts';
import { readHead } from './reportFiles.ts';
import { onRequest } from './contract.ts';

export const convertedText: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses, sources }) {
    onRequest(connection, convertedTextRequest, async (params: ConvertedTextParams): Promise<ConvertedTextResult> => {
      const lang = await analyses.langFor(params.uri);
      const read = await readPublished(params.uri);
      if ('why' in read) {
        sources.delete(params.uri);
        return { ok: false, message: say(read.why, lang) };
      }
      sources.set(params.uri, { format: read.format, places: read.places, notes: read.notes });
      return { ok: true, text: read.text, format: read.format, places: read.places, notes: read.notes.map((n) => say(n.message, lang)) };
    });
  },
};

async function readPublished(uri: string): Promise<Published | { why: DocumentMessage }> {
  const path = sourcePath(uri);
  if (path === null) return { why: msg('只能转换本机磁盘上的文件', 'only a file on this computer\'s disk can be converted') };
  try {
    const stats = await stat(path);
    // A named pipe or a device would block the read forever: only regular files are converted.
    if (!stats.isFile()) return { why: msg('不是普通文件（文件夹、管道或设备）', 'not a regular file (a folder, pipe or device)') };
    const size = stats.size;
    const admitted = admit(await readHead(path), path, size, defaultLimits);
    if ('why' in admitted) return admitted;
    if (admitted.kind === 'text') {
      return { why: msg('这是文本文件，请直接打开校对', 'this is a text file: open it to check it as it is') };
    }
    return await convertPublished(await readFile(path), admitted.kind, defaultLimits);
  } catch (error) {
    return { why: ioMessage(error) };
  }
}
