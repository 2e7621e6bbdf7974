/**
 * From the raw text pdf.js gives to the text the engine compares: PDF-specific repairs, then the
 * Thai `normalize()`; and the two facts the detectors need: is there a text layer at all (a scan
 * must be read by a person: issue #5), and what is the document's title.
 *
 * Repairs (thai-sites.md §7.8, which cites pdf.js#11401, pdf-inspector#249, pdfminer.six#1049):
 * - glyphs of legacy Thai fonts in the Private Use Area (U+F700–U+F71A: shifted tone marks and
 *   vowels, ฐ/ญ without their tails) are mapped back to the Thai letters they draw;
 * - SARA AM split by the font into a NIKHAHIT glyph mapped to U+0E33 plus a SARA AA glyph (`ดำา`,
 *   seen from fontkit-shaped PDFs such as those pdf-lib writes): the extra SARA AA is dropped;
 * - NUL and other control characters (glyphs without a Unicode mapping) are removed.
 * `normalize()` then composes NIKHAHIT + SARA AA, removes the fake spaces before combining marks and
 * the zero-width characters, and maps Thai digits.
 */
import { compact, normalize } from '../thai/normalize';
import type { PdfContent } from './types';

/**
 * The Thai PUA glyph block of Windows/Mac Thai fonts (positional variants), as mapped by the
 * Microsoft/Apple Thai font conventions: each entry is the Unicode Thai character drawn.
 */
const THAI_PUA: Record<number, string> = {
  0xf700: '\u0E10', 0xf701: '\u0E34', 0xf702: '\u0E35', 0xf703: '\u0E36', 0xf704: '\u0E37',
  0xf705: '\u0E48', 0xf706: '\u0E49', 0xf707: '\u0E4A', 0xf708: '\u0E4B', 0xf709: '\u0E4C',
  0xf70a: '\u0E48', 0xf70b: '\u0E49', 0xf70c: '\u0E4A', 0xf70d: '\u0E4B', 0xf70e: '\u0E4C',
  0xf70f: '\u0E0D', 0xf710: '\u0E31', 0xf711: '\u0E4D', 0xf712: '\u0E47', 0xf713: '\u0E48',
  0xf714: '\u0E49', 0xf715: '\u0E4A', 0xf716: '\u0E4B', 0xf717: '\u0E4C', 0xf718: '\u0E38',
  0xf719: '\u0E39', 0xf71a: '\u0E3A',
};

const PUA_RE = /[\uF700-\uF71A]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** SARA AM (with an optional tone mark before it) followed by a stray SARA AA. */
const SARA_AM_AA_RE = /\u0E33\u0E32/g;

/** PDF-specific repairs, before `normalize()`. Keeps line breaks. */
export function repairPdfText(raw: string): string {
  return raw
    .replace(CONTROL_RE, '')
    .replace(PUA_RE, (c) => THAI_PUA[c.charCodeAt(0)] ?? '')
    .replace(SARA_AM_AA_RE, '\u0E33');
}

/** Letters and digits a reader can use: Thai consonants and vowels, Latin letters, digits. */
const MEANINGFUL_RE = /[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E46a-zA-Z0-9\u0E50-\u0E59]/g;

/**
 * Fewer meaningful characters than this in all the pages read means no text layer: a scan, maybe
 * with page numbers or a stamp (`สำเนาถูกต้อง`) laid over it. A one-line typed title has more, and is
 * enough to confirm the document's subject and year; a one-page Thai notice has several hundred.
 */
export const SCANNED_MAX_CHARS = 40;

/** The text the engine keeps per document (first pages only: issue #5). */
export const MAX_DOCUMENT_TEXT = 20_000;

export interface PdfAnalysis {
  /** Normalised text of the pages read, bounded. */
  text: string;
  /** No usable text layer. */
  isScanned: boolean;
  pages: number;
  /** Pages read (the first ones). */
  pagesRead: number;
  /** A title to show and match: the Title field when it is real, else the first lines. */
  title: string;
}

/** Titles PDF producers write by themselves: never the document's subject. */
const JUNK_TITLE = /^(untitled|microsoft (word|excel|powerpoint)|document\d*|doc\d*|slide \d+|pdf|ไม่มีชื่อ|\s*)$|\.(docx?|xlsx?|pptx?|pdf|jpe?g|png|tiff?)$|^microsoft (word|excel|powerpoint) - |^(scan|img|image|dsc)[\s_-]*\d/i;

export function analysePdf(content: PdfContent): PdfAnalysis {
  const pageTexts = content.pageTexts.map((t) => repairPdfText(t));
  const meaningful = pageTexts.reduce((n, t) => n + (t.match(MEANINGFUL_RE)?.length ?? 0), 0);
  const isScanned = meaningful < SCANNED_MAX_CHARS;
  const text = normalize(pageTexts.join('\n')).slice(0, MAX_DOCUMENT_TEXT);
  let title = '';
  const meta = content.title ? normalize(repairPdfText(content.title)) : '';
  if (meta && !JUNK_TITLE.test(meta)) title = meta;
  if (!title && !isScanned) title = firstLines(pageTexts.join('\n'));
  return { text: isScanned ? '' : text, isScanned, pages: content.pages, pagesRead: content.pageTexts.length, title };
}

/**
 * The first whole lines of a text, up to `max` characters: where Thai notices put their subject
 * (`ประกาศ…` then `เรื่อง …`). Whole lines only, so the body (which names channels, other plans,
 * laws) does not leak into the title and trip a concept's exclusions.
 */
export function firstLines(raw: string, max = 120): string {
  const lines = raw
    .split(/\n+/)
    .map((l) => normalize(l))
    .filter((l) => (l.match(MEANINGFUL_RE)?.length ?? 0) >= 3);
  let out = '';
  for (const l of lines) {
    if (!out) out = l.slice(0, max);
    else if (out.length + 1 + l.length <= max) out = `${out} ${l}`;
    else break;
  }
  return out;
}

/** A title from a file name: `%E0…` decoded, extension and separators dropped (Office files, scans). */
export function titleFromFileName(url: string): string {
  let name = url.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep the raw name
  }
  return normalize(name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_+]+/g, ' '));
}

/** A file name a scanner or camera gave (thai-sites.md §8: `Scan2023-10-16_105945.pdf`, `IMG_20170518_0001(1).pdf`). */
export function isScannerFileName(url: string): boolean {
  return /(^|\/)(scan|scanned|img|image|dsc|cam|pict?)[\s_-]*\d[^/]*\.(pdf|jpe?g|png|tiff?)$/i.test(url.split(/[?#]/)[0]);
}

/**
 * The compacted words a read document offers for matching an item: its title (the Title field or its
 * first lines), else the start of its text. Never the body: a notice names its subject first, while
 * its body cites other plans, channels and laws, which must not make it look like them.
 */
export function documentHead(doc: { title?: string; text?: string } | undefined, maxChars = 120): string {
  if (!doc) return '';
  return compact(doc.title || (doc.text ?? '').slice(0, maxChars));
}
