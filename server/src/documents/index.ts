// Published documents -> the report's text (DESIGN.md: documents/ turns bytes into text and knows
// nothing of reports). The CLI and the language server load this module only when such a file is
// read (dynamic import), so that checking a text report never loads mammoth or pdf.js.
import { readDocx } from './docx.ts';
import { readHtmlBytes } from './html.ts';
import { defaultLimits, type Limits } from './limits.ts';
import { readPdf } from './pdf.ts';
import { failed, type ConvertedDocument, type DocumentFormat } from './types.ts';

export type { ConvertedDocument, DocumentFormat } from './types.ts';

/** Never throws: what cannot be read comes back as a fatal problem. */
export async function convertDocument(bytes: Uint8Array, format: DocumentFormat, limits: Limits = defaultLimits): Promise<ConvertedDocument> {
  try {
    switch (format) {
      case 'html':
        return readHtmlBytes(bytes);
      case 'docx':
        return await readDocx(bytes, limits);
      case 'pdf':
        return await readPdf(bytes, limits);
    }
  } catch (error) {
    // A converter library failed in a way it does not report as a damaged file.
    const why = error instanceof Error ? error.message : String(error);
    return failed(format, { code: 'damaged', message: { zh: `无法读取该文件（${why}）`, en: `the file cannot be read (${why})` } });
  }
}
