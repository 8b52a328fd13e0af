// Word .docx -> the report's text: mammoth (a well-kept .docx reader) turns the document into
// HTML, merged cells as rowspan/colspan, and the HTML reader reads that. The zip is checked first
// (zip.ts) so that no part is unzipped past the limit; images are never decoded.
import { readHtml } from './html.ts';
import { megabytes, type Limits } from './limits.ts';
import { failed, type ConvertedDocument } from './types.ts';
import { checkZip } from './zip.ts';

export async function readDocx(bytes: Uint8Array, limits: Limits): Promise<ConvertedDocument> {
  const zip = checkZip(bytes, limits);
  if (!zip.ok) {
    if (zip.why === 'truncated') return failed('docx', { code: 'damaged', message: truncated });
    if (zip.why === 'damaged') return failed('docx', { code: 'damaged', message: damaged });
    return failed('docx', {
      code: 'zip-bomb',
      message: zip.why === 'too-many-entries'
        ? { zh: `.docx 内含文件超过 ${limits.zipEntries} 个，不予读取`, en: `the .docx holds more than ${limits.zipEntries} parts; not read` }
        : { zh: `.docx 解压后将超过 ${megabytes(limits.unzippedBytes)} 的上限（疑似压缩炸弹），不予读取`, en: `the .docx would unzip past the ${megabytes(limits.unzippedBytes)} limit (a zip bomb?); not read` },
    });
  }
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are left out (not even decoded); empty paragraphs kept so paragraphs count as in Word.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: false, externalFileAccess: false },
    );
    html = result.value;
  } catch {
    return failed('docx', { code: 'damaged', message: damaged });
  }
  return readHtml(html, 'docx');
}

const truncated = { zh: '.docx 文件不完整（可能下载未完成），无法读取', en: 'the .docx is truncated (an incomplete download?) and cannot be read' };
const damaged = { zh: '.docx 文件已损坏，无法读取；请在 Word 或 WPS 中打开后重新保存', en: 'the .docx is damaged and cannot be read; open it in Word or WPS and save it again' };
