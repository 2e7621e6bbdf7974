/**
 * The evidence readers for Node (issue #5): pure-JS image codecs, so no native build is needed
 * (pngjs 7, jpeg-js 0.4, omggif 1.0; WebP has no cheap pure-JS decoder, so a WebP image is reported
 * "not checked"), and pdf.js 4.10's legacy build run without a worker (it falls back to its
 * in-thread "fake worker" on Node; the legacy build is the one pdf.js supports on Node 20).
 */
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { GifReader } from 'omggif';
import { makeEnrich, type ReaderDeps } from '../checks/readers/enrich';
import { makePdfJsReader, type PdfJsModule } from '../checks/readers/pdf-js';
import { sniff } from '../checks/readers/sniff';
import { UnsupportedImageError, type DecodedImage, type ImageDecoder, type PdfReader } from '../checks/readers/types';

/** jpeg-js refuses bigger images before allocating (a 4,000 × 4,000 px RGBA image is 64 MB). */
const MAX_MEGAPIXELS = 16.5;

export const decodeImageNode: ImageDecoder = async (bytes) => {
  const kind = sniff(bytes);
  if (kind === 'png') {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), width: png.width, height: png.height };
  }
  if (kind === 'jpeg') {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 256 });
    return { data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.byteLength), width: img.width, height: img.height };
  }
  if (kind === 'gif') return decodeGif(bytes);
  throw new UnsupportedImageError(kind);
};

/** The first frame of a GIF (an animated banner shows its QR code on the first frame or not at all). */
function decodeGif(bytes: Uint8Array): DecodedImage {
  const reader = new GifReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (reader.width * reader.height > MAX_MEGAPIXELS * 1e6) throw new Error('GIF too large');
  const data = new Uint8ClampedArray(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, data as unknown as Uint8Array);
  return { data, width: reader.width, height: reader.height };
}

let pdfjs: Promise<PdfJsModule> | undefined;
/** Loaded on first use: an audit without PDFs does not pay for pdf.js. */
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJsModule>);

export const readPdfNode: PdfReader = makePdfJsReader(loadPdfJs);

/** The `enrich` hook for `runAudit` in the CLI: same-site images and documents only. */
export function nodeEnrich(deps: Omit<ReaderDeps, 'decodeImage' | 'readPdf'>): ReturnType<typeof makeEnrich> {
  return makeEnrich({ decodeImage: decodeImageNode, readPdf: readPdfNode, ...deps });
}
