/**
 * What the evidence readers (issue #5) need from their runtime, passed in so `checks/` stays free of
 * Node and `browser.*` APIs (design.md: "whatever it needs from outside — fetching a URL, the clock,
 * decoding an image — is passed in"). The CLI gives pure-JS codecs and pdf.js without a worker
 * (cli/node-readers.ts); the content script gives the browser's image decoder and a lazily loaded
 * pdf.js (checks/readers/browser.ts).
 */

/** Decoded pixels, row-major RGBA (what jsQR and an ImageData hold). */
export interface DecodedImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * Decode image bytes. Throws `UnsupportedImageError` for a format the runtime cannot decode (WebP in
 * Node), any other error for a broken file.
 */
export type ImageDecoder = (bytes: Uint8Array, mime: string) => Promise<DecodedImage>;

export class UnsupportedImageError extends Error {
  constructor(readonly format: string) {
    super(`cannot decode ${format} images here`);
  }
}

/** The first pages of a PDF as text, raw (not yet cleaned or normalised). */
export interface PdfContent {
  /** Pages in the document. */
  pages: number;
  /** Text of each page read (the first `maxPages`), in order. */
  pageTexts: string[];
  /** The document information dictionary's Title, when set. */
  title?: string;
}

export type PdfReader = (bytes: Uint8Array, opts: { maxPages: number }) => Promise<PdfContent>;
