/**
 * PDFs made at test time (issue #5: "PDFs generated for the tests … containing Thai text in both
 * composed and decomposed forms, a PDF without a text layer, a fake PDF that is HTML").
 * pdf-lib 1.17 writes them with the Sarabun font that `@fontsource/sarabun` ships (WOFF, which
 * `@pdf-lib/fontkit` reads): its `thai` subset has the Thai letters, its `latin` subset the digits
 * and punctuation, so each run of text is drawn with the subset that has its glyphs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFRawStream, decodePDFRawStream, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { encodePng, filled, fillRect } from './make-qr';

const require = createRequire(import.meta.url);
const fontFile = (subset: 'thai' | 'latin') => readFileSync(require.resolve(`@fontsource/sarabun/files/sarabun-${subset}-400-normal.woff`));
const THAI_FONT = fontFile('thai');
const LATIN_FONT = fontFile('latin');
const thaiGlyphs = fontkit.create(THAI_FONT);

export interface PdfSpec {
  /** Lines of text per page, top to bottom. */
  pages: string[][];
  /** The information dictionary's Title. */
  title?: string;
  /**
   * How SARA AM reads back. Sarabun draws ำ as two glyphs (NIKHAHIT + SARA AA), and the file's
   * ToUnicode map decides what a reader extracts:
   * - `shaped` (default, what pdf-lib writes): the NIKHAHIT glyph maps to U+0E33 and the SARA AA
   *   glyph to nothing, so pdf.js extracts `ำา` (it falls back to the font's own map);
   * - `decomposed`: the map says U+0E4D + U+0E32, so readers extract `ํา`, the form thai-sites.md
   *   §7.8 saw in agencies' PDFs.
   */
  saraAm?: 'shaped' | 'decomposed';
}

/** Split a line into runs the Thai subset can draw and runs it cannot (digits, Latin, punctuation). */
function runs(line: string): { text: string; thai: boolean }[] {
  const out: { text: string; thai: boolean }[] = [];
  for (const ch of line) {
    const thai = ch === ' ' ? (out.at(-1)?.thai ?? true) : thaiGlyphs.hasGlyphForCodePoint(ch.codePointAt(0)!) && /[\u0E00-\u0E7F]/.test(ch);
    const last = out.at(-1);
    if (last && last.thai === thai) last.text += ch;
    else out.push({ text: ch, thai });
  }
  return out;
}

function drawLine(page: PDFPage, line: string, y: number, thai: PDFFont, latin: PDFFont, size = 16): void {
  let x = 56;
  for (const r of runs(line)) {
    const font = r.thai ? thai : latin;
    page.drawText(r.text, { x, y, size, font, color: rgb(0, 0, 0) });
    x += font.widthOfTextAtSize(r.text, size);
  }
}

/** A PDF with a real text layer. */
export async function makeTextPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const thai = await doc.embedFont(THAI_FONT, { subset: true });
  const latin = await doc.embedFont(LATIN_FONT, { subset: true });
  if (spec.title !== undefined) doc.setTitle(spec.title);
  for (const lines of spec.pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => drawLine(page, line, 780 - i * 26, thai, latin));
  }
  const bytes = await doc.save();
  return spec.saraAm === 'decomposed' ? decomposeSaraAm(bytes) : bytes;
}

/** Rewrite the ToUnicode maps: the NIKHAHIT glyph of a split SARA AM reads as U+0E4D, its SARA AA as U+0E32. */
async function decomposeSaraAm(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const text = new TextDecoder('latin1').decode(decodePDFRawStream(obj).decode());
    if (!text.includes('begincmap') || !text.includes('<0E33>')) continue;
    doc.context.assign(ref, doc.context.flateStream(text.replace(/<0E33>/g, '<0E4D>').replace(/<>/g, '<0E32>')));
  }
  return doc.save();
}

/**
 * A scan: every page is one picture (grey paper, black bars for lines of print, a "signature"), with
 * no text layer at all — what a photocopier's "scan to PDF" gives (thai-sites.md §8).
 */
export async function makeScannedPdf(pages = 2, title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (title !== undefined) doc.setTitle(title);
  const paper = filled(620, 877, [236, 234, 228]);
  for (let i = 0; i < 22; i++) fillRect(paper, 70, 90 + i * 30, 380 + ((i * 37) % 100), 12, [40, 40, 40]);
  fillRect(paper, 380, 780, 140, 30, [20, 40, 160]);
  const png = await doc.embedPng(encodePng(paper));
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842]);
    page.drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save();
}

/** What a broken CMS answers under a `.pdf` URL: a web page. */
export const FAKE_PDF_HTML = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>ไม่พบไฟล์</title></head><body><h1>ไม่พบไฟล์ที่ต้องการ</h1></body></html>';
