// PDF -> the report's text, with pdf.js (pdfjs-dist, legacy build for Node, loaded only when a PDF
// is read). pdf.js gives each page's texts with their positions and the lines the page draws
// (tables' borders); pdfLayout.ts rebuilds paragraphs and tables from them. pdf.js runs in this
// thread (its "fake worker"): no worker thread or worker file is needed.
import { dirname } from 'node:path';
import type { PdfItem, PdfPage } from './pdfLayout.ts';
import { layoutPdf } from './pdfLayout.ts';
import type { Segment } from './pdfGrid.ts';
import type { Limits } from './limits.ts';
import { failed, type ConvertedDocument, type DocumentProblem } from './types.ts';
import { withoutRadicals } from '../engine/text/radicals.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;
type Matrix = number[];

let loaded: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // Loading in Node without the optional canvas package, pdf.js prints warnings with console.log
    // (to stdout, where the CLI writes JSON): drawing is not needed to read text, so they are muted.
    const log = console.log;
    console.log = () => {};
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // With its message handler on globalThis, pdf.js runs its "worker" in this thread.
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return pdfjs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** pdf.js's data files (character maps of Chinese fonts that are not embedded, standard fonts). */
function dataDir(name: string): string | undefined {
  try {
    return `${dirname(require.resolve('pdfjs-dist/package.json'))}/${name}/`;
  } catch {
    return undefined;
  }
}

const messages = {
  encrypted: { zh: 'PDF 已加密（设有打开密码），无法读取；请去除密码后再检查', en: 'the PDF is encrypted (it has an open password) and cannot be read; remove the password and check again' },
  damaged: { zh: 'PDF 文件不完整（可能下载未完成）或已损坏，无法读取', en: 'the PDF is truncated (an incomplete download?) or damaged and cannot be read' },
  scanned: { zh: 'PDF 没有文字层（扫描件或图片），需要先做文字识别（OCR）才能检查', en: 'the PDF has no text layer (a scan or images): it needs OCR before it can be checked' },
  garbled: { zh: 'PDF 的文字层无法识别（字体缺少编码映射），需要先做文字识别（OCR）才能检查', en: "the PDF's text layer cannot be decoded (fonts without a Unicode map): it needs OCR before it can be checked" },
};

/** A download cut short ends before "%%EOF", which closes every complete PDF. */
function isTruncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 2048)).toString('latin1');
  return !tail.includes('%%EOF');
}

export async function readPdf(bytes: Uint8Array, limits: Limits): Promise<ConvertedDocument> {
  if (isTruncated(bytes)) return failed('pdf', { code: 'damaged', message: messages.damaged });
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may take over the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataDir('standard_fonts'),
  });
  try {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string }).name;
      return failed('pdf', name === 'PasswordException' ? { code: 'encrypted', message: messages.encrypted } : { code: 'damaged', message: messages.damaged });
    }
    const problems: DocumentProblem[] = [];
    const count = Math.min(doc.numPages, limits.pdfPages);
    if (doc.numPages > count) {
      problems.push({ code: 'too-many-pages', fatal: false, message: { zh: `PDF 共 ${doc.numPages} 页，只读取了前 ${count} 页`, en: `the PDF has ${doc.numPages} pages; only the first ${count} were read` } });
    }
    const pages: PdfPage[] = [];
    const blank: number[] = [];
    const unreadable: number[] = [];
    for (let n = 1; n <= count; n++) {
      try {
        const page = await readPage(pdfjs, await doc.getPage(n), n);
        if (page.items.reduce((sum, i) => sum + i.text.replace(/\s/g, '').length, 0) === 0) blank.push(n);
        else pages.push(page);
      } catch {
        unreadable.push(n);
      }
    }
    if (pages.length === 0) return failed('pdf', unreadable.length ? { code: 'damaged', message: messages.damaged } : { code: 'needs-ocr', message: messages.scanned });
    if (isGarbled(pages)) return failed('pdf', { code: 'needs-ocr', message: messages.garbled });
    if (blank.length) {
      const list = blank.join('、');
      problems.push({ code: 'partly-scanned', fatal: false, message: { zh: `第 ${list} 页没有文字层（可能是扫描页），未读取`, en: `page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} ${blank.length > 1 ? 'have' : 'has'} no text layer (scanned?) and ${blank.length > 1 ? 'were' : 'was'} not read` } });
    }
    if (unreadable.length) {
      problems.push({ code: 'damaged', fatal: false, message: { zh: `第 ${unreadable.join('、')} 页已损坏，未读取`, en: `page${unreadable.length > 1 ? 's' : ''} ${unreadable.join(', ')} could not be read (damaged)` } });
    }
    const converted = layoutPdf(pages);
    return { ...converted, problems };
  } finally {
    await task.destroy();
  }
}

/** Fonts without a map to Unicode come out as private-use or replacement characters. */
function isGarbled(pages: PdfPage[]): boolean {
  let all = 0;
  let bad = 0;
  for (const page of pages) {
    for (const item of page.items) {
      for (const c of item.text) {
        if (/\s/.test(c)) continue;
        all++;
        if (/[\ue000-\uf8ff\ufffd\u0000-\u001f]/.test(c)) bad++;
      }
    }
  }
  return all > 0 && bad / all > 0.3;
}

/** Pages drawing more lines than this are drawings or charts: their lines are not read as tables. */
const MAX_SEGMENTS = 10_000;

async function readPage(pdfjs: PdfJs, page: PdfPageProxy, number: number): Promise<PdfPage> {
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const m = pdfjs.Util.transform(viewport.transform, item.transform) as Matrix;
      items.push({ text: withoutRadicals(item.str), x: m[4] ?? 0, y: m[5] ?? 0, width: item.width, size: Math.hypot(m[2] ?? 0, m[3] ?? 0) || item.height || 1 });
    }
    // The lines a page draws matter only where it has text (a scanned page is not even looked at).
    const segments = items.length ? segmentsOf(pdfjs, await page.getOperatorList(), viewport.transform) : [];
    return { number, width: viewport.width, height: viewport.height, items, segments: segments.length > MAX_SEGMENTS ? [] : segments };
  } finally {
    page.cleanup();
  }
}

type OperatorList = Awaited<ReturnType<PdfPageProxy['getOperatorList']>>;

/** The straight lines a page strokes, and the thin rectangles it fills (borders drawn as bars). */
function segmentsOf(pdfjs: PdfJs, list: OperatorList, pageMatrix: Matrix): Segment[] {
  const { OPS, Util } = pdfjs;
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm = pageMatrix;
  let path: { edges: Segment[]; boxes: Segment[] } | null = null;
  const stroke = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fill = new Set<number>([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < list.fnArray.length && out.length <= MAX_SEGMENTS; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = Util.transform(ctm, args) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = Util.transform(ctm, matrix) as Matrix;
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) path = pathOf(args[0] as number[], args[1] as number[], ctm, OPS, Util);
    else if (fn !== undefined && stroke.has(fn)) {
      if (path) out.push(...path.edges, ...path.boxes.filter(thin).map(midline));
      path = null;
    } else if (fn !== undefined && fill.has(fn)) {
      if (path) out.push(...path.boxes.filter(thin).map(midline));
      path = null;
    } else if (fn === OPS.endPath) path = null;
  }
  return out;
}

const THIN = 3;
const thin = (b: Segment) => Math.abs(b.y2 - b.y1) <= THIN || Math.abs(b.x2 - b.x1) <= THIN;

/** A thin box as the line down its middle. */
function midline(b: Segment): Segment {
  if (Math.abs(b.y2 - b.y1) <= Math.abs(b.x2 - b.x1)) {
    const y = (b.y1 + b.y2) / 2;
    return { x1: Math.min(b.x1, b.x2), y1: y, x2: Math.max(b.x1, b.x2), y2: y };
  }
  const x = (b.x1 + b.x2) / 2;
  return { x1: x, y1: Math.min(b.y1, b.y2), x2: x, y2: Math.max(b.y1, b.y2) };
}

/** A path's straight edges (page coordinates) and the bounding box of each of its rectangles and subpaths. */
function pathOf(ops: number[], coords: number[], ctm: Matrix, OPS: PdfJs['OPS'], Util: PdfJs['Util']): { edges: Segment[]; boxes: Segment[] } {
  const edges: Segment[] = [];
  const boxes: Segment[] = [];
  const point = (x: number, y: number) => Util.applyTransform([x, y], ctm) as [number, number];
  let k = 0;
  let start: [number, number] | null = null;
  let current: [number, number] | null = null;
  let sub: [number, number][] = [];
  const closeSub = () => {
    if (sub.length > 1) {
      const xs = sub.map((p) => p[0]);
      const ys = sub.map((p) => p[1]);
      boxes.push({ x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) });
    }
    sub = [];
  };
  const edge = (a: [number, number], b: [number, number]) => edges.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
  for (const op of ops) {
    if (op === OPS.moveTo) {
      closeSub();
      current = start = point(coords[k] ?? 0, coords[k + 1] ?? 0);
      sub.push(current);
      k += 2;
    } else if (op === OPS.lineTo) {
      const p = point(coords[k] ?? 0, coords[k + 1] ?? 0);
      if (current) edge(current, p);
      current = p;
      sub.push(p);
      k += 2;
    } else if (op === OPS.curveTo) {
      current = point(coords[k + 4] ?? 0, coords[k + 5] ?? 0);
      sub.push(current);
      k += 6;
    } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
      current = point(coords[k + 2] ?? 0, coords[k + 3] ?? 0);
      sub.push(current);
      k += 4;
    } else if (op === OPS.closePath) {
      if (current && start) edge(current, start);
      current = start;
    } else if (op === OPS.rectangle) {
      closeSub();
      const x = coords[k] ?? 0;
      const y = coords[k + 1] ?? 0;
      const w = coords[k + 2] ?? 0;
      const h = coords[k + 3] ?? 0;
      const corners = [point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)];
      corners.forEach((c, i) => edge(c, corners[(i + 1) % 4] ?? c));
      sub.push(...corners);
      closeSub();
      current = start = corners[0] ?? null;
      k += 4;
    }
  }
  closeSub();
  return { edges, boxes };
}
