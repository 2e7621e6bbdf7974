/**
 * The evidence readers in a browser (the content script, issue #5): images are decoded by the
 * browser itself (`createImageBitmap` + a canvas: PNG, JPEG, GIF and WebP, whatever the platform
 * decodes), and PDFs by pdf.js loaded only when the first PDF is read, from files the extension
 * ships beside the content script (`pdfjs/`, wxt.config.ts), so the content script stays small.
 *
 * Web-platform APIs only (no `browser.*`): the caller passes the URLs of the pdf.js files
 * (`browser.runtime.getURL`).
 */
import { makePdfJsReader, type PdfJsModule } from './pdf-js';
import { UnsupportedImageError, type DecodedImage, type ImageDecoder, type PdfReader } from './types';

/** RGBA pixels of an image, decoded by the browser. WebP works wherever the browser shows WebP. */
export const decodeImageBrowser: ImageDecoder = async (bytes, mime) => {
  if (mime === 'image/svg+xml') throw new UnsupportedImageError('svg');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: mime }));
  } catch {
    throw new Error(`the browser cannot decode this ${mime} image`);
  }
  try {
    const { width, height } = bitmap;
    const ctx = canvas2d(width, height);
    ctx.drawImage(bitmap, 0, 0);
    const img = ctx.getImageData(0, 0, width, height);
    return { data: img.data, width, height } satisfies DecodedImage;
  } finally {
    bitmap.close();
  }
};

type Ctx = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvas2d(width: number, height: number): Ctx {
  if (typeof OffscreenCanvas !== 'undefined') {
    const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (ctx) return ctx;
  }
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  return ctx;
}

export interface BrowserPdfFiles {
  /** URL of pdf.js's main module (`pdf.min.mjs`). */
  pdfjs: string;
  /** URL of its worker module (`pdf.worker.min.mjs`). */
  worker: string;
}

/**
 * pdf.js with its bundled worker, imported on first use. In a content script the worker cannot be
 * started from the extension's origin inside the page's; pdf.js then falls back by itself to running
 * the same worker module in the content script ("fake worker"), still loaded lazily from `worker`.
 */
export function makeBrowserPdfReader(files: BrowserPdfFiles): PdfReader {
  let loading: Promise<PdfJsModule> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const pdfjs = (await import(/* @vite-ignore */ files.pdfjs)) as PdfJsModule & { GlobalWorkerOptions: { workerSrc: string } };
      pdfjs.GlobalWorkerOptions.workerSrc = files.worker;
      return pdfjs;
    })());
  return makePdfJsReader(load);
}
