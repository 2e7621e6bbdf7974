/**
 * Text of a PDF's first pages with pdf.js (`pdfjs-dist` 4.10, legacy build: it runs on Node 20 and
 * in Firefox ESR 115, which lack `Promise.withResolvers`). The module is passed in, so this file
 * imports only types: Node loads it without a worker (cli/node-readers.ts), the extension loads it
 * lazily with its worker (checks/readers/browser.ts), and neither pays for the other.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { PdfContent, PdfReader } from './types';

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument'>;

/** Extra `getDocument` parameters per runtime (a worker port, fonts off…). */
export type PdfJsParams = Omit<Parameters<typeof PdfJs.getDocument>[0] & object, 'data'>;

/**
 * A `PdfReader` over a pdf.js module. Safe defaults: no `eval` (extension CSP, and no code from a
 * document ever runs), no font loading (only text is wanted), no console noise.
 */
export function makePdfJsReader(load: () => Promise<PdfJsModule>, params: PdfJsParams = {}): PdfReader {
  return async (bytes, { maxPages }) => {
    const pdfjs = await load();
    // pdf.js transfers (detaches) the buffer it is given: pass a copy, the caller keeps its bytes.
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...params,
    } as Parameters<typeof PdfJs.getDocument>[0]);
    try {
      const doc = await task.promise;
      const pageTexts: string[] = [];
      for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        pageTexts.push(joinItems(content.items));
        page.cleanup();
      }
      let title: string | undefined;
      try {
        const meta = await doc.getMetadata();
        const t = (meta.info as { Title?: unknown } | undefined)?.Title;
        if (typeof t === 'string' && t.trim()) title = t.trim();
      } catch {
        // No information dictionary: the title comes from the text.
      }
      return { pages: doc.numPages, pageTexts, title } satisfies PdfContent;
    } finally {
      await task.destroy();
    }
  };
}

interface TextRun {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Page text from pdf.js text items. Items on one line are joined without a space when they touch
 * (a font change inside a word: `พ.ศ. 2566` drawn as Thai `พ`, Latin `.`, …), with one when there is
 * a visible gap; `hasEOL` and a jump of the baseline start a new line.
 */
export function joinItems(items: readonly unknown[]): string {
  let text = '';
  let prev: TextRun | null = null;
  for (const raw of items) {
    if (!raw || typeof raw !== 'object' || !('str' in raw)) continue;
    const item = raw as TextRun;
    if (prev && !prev.hasEOL) {
      const size = Math.abs(prev.height || prev.transform[3] || 10);
      const sameLine = Math.abs(item.transform[5] - prev.transform[5]) < size * 0.5;
      const gap = item.transform[4] - (prev.transform[4] + prev.width);
      if (!sameLine) text += '\n';
      else if (gap > size * 0.15 || gap < -size) text += ' ';
    }
    text += item.str;
    if (item.hasEOL) text += '\n';
    prev = item;
  }
  return text;
}
