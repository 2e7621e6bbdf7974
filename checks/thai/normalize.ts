/**
 * Thai text normalisation: the ONE form every comparison in `checks/` is made in
 * (shared/design.md, "Thai text").
 *
 * Pure string functions with no Node or browser APIs, so the same code runs in the content script,
 * the background and the CLI. `normalize()` runs on every link of every crawled page, so it is a
 * handful of whole-string regex passes with an ASCII fast path, never a per-character loop.
 *
 * Why each step exists (shared/thai-sites.md):
 * - §7.8: text extracted from PDFs, and HTML pasted from such PDFs, writes SARA AM as
 *   NIKHAHIT + SARA AA (`กํา` = U+0E01 U+0E4D U+0E32, seen byte for byte on dankwiancity.go.th), puts
 *   fake spaces before combining marks (`ถ ึง`) and carries zero-width characters.
 * - §5: Thai and Arabic digits are mixed, often in one line (`หมู่ที่ ๑๐` next to `ซอย 7`).
 * - §4 / §7.14: Latin words (ITA, OIT, E-Service) appear in any case.
 */

/**
 * Zero-width and invisible formatting characters: ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM/ZWNBSP and the
 * soft hyphen. Thai has no spaces between words, so editors and PDF tools insert ZWSP as a line-break
 * hint (PyThaiNLP#373 cited in thai-sites.md §7.8); removing them must happen before whitespace
 * folding and SARA AM composition so that `ํ<ZWSP>า` still composes.
 */
const INVISIBLE_RE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Any run of whitespace; JS `\s` covers NBSP, the U+2000 spaces, U+3000 and line separators. */
const WHITESPACE_RE = /\s+/g;

/**
 * A space directly before a Thai combining mark (MAI HAN-AKAT U+0E31, the above/below vowels
 * U+0E34–U+0E3A, and U+0E47–U+0E4E: MAITAIKHU, the four tone marks, THANTHAKHAT, NIKHAHIT,
 * YAMAKKAN). A combining mark can never start a Thai word, so such a space is always the PDF
 * artefact of thai-sites.md §7.8 (`ถ ึง` for `ถึง`). Runs after whitespace folding, so one space.
 * Other combining marks and spaces may sit between the space and the Thai mark (`[\p{M} ]*`), so
 * the result does not depend on the mark order, which NFC may still change (U+0E38 has a lower
 * combining class than U+0301), nor on which of two such spaces goes first: this keeps normalize()
 * idempotent on garbled input.
 */
const SPACE_BEFORE_MARK_RE = / (?=[\p{M} ]*[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])/gu;

/**
 * SARA AM written in two code points (thai-sites.md §7.8): NIKHAHIT U+0E4D + SARA AA U+0E32, with an
 * optional tone mark (U+0E48–U+0E4B) either before the NIKHAHIT or between it and the SARA AA. The
 * canonical spelling is tone mark + SARA AM U+0E33 (`น้ำ` = น U+0E49 U+0E33). NFC does not do this:
 * U+0E33 only has a compatibility decomposition, so it is never recomposed.
 */
const SARA_AM_RE = /([\u0E48-\u0E4B]?)\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;

/** Thai digits ๐–๙ (U+0E50–U+0E59). */
const THAI_DIGIT_RE = /[\u0E50-\u0E59]/g;

/** Anything outside 7-bit ASCII: when absent, only whitespace and case need work. */
const NON_ASCII_RE = /[^\x00-\x7F]/;

/** Thai digit → Arabic digit: the digit blocks are parallel (U+0E50 ↔ U+0030). */
const thaiDigitToArabic = (d: string): string => String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 0x30);

/**
 * Thai digits ๐–๙ → 0–9; everything else is left alone. Exported for callers that must keep the
 * original text otherwise intact (labels shown in the report).
 */
export function thaiDigitsToArabic(s: string): string {
  return s.replace(THAI_DIGIT_RE, thaiDigitToArabic);
}

/**
 * The single normalisation used for every comparison (shared/design.md "Thai text"):
 * zero-width characters and soft hyphens removed, whitespace (NBSP included) folded to one ASCII
 * space, stray spaces before Thai combining marks removed, SARA AM composed, Thai digits → Arabic,
 * lower case (only affects cased scripts, never Thai), NFC, trimmed.
 *
 * Idempotent: `normalize(normalize(s)) === normalize(s)` (property-tested). The order matters for
 * that: removals come first so they cannot create new patterns behind a later step, lower-casing
 * comes before NFC (U+0130 `İ` lower-cases to `i` + U+0307, which NFC must then reorder against a
 * following mark), and NFC comes after the space removal (removing the space in `่ ุ` makes two
 * marks adjacent, which NFC puts in canonical order).
 */
export function normalize(input: string): string {
  // ASCII fast path (most URLs, many labels): NFC and the Thai steps cannot change ASCII text.
  if (!NON_ASCII_RE.test(input)) return input.replace(WHITESPACE_RE, ' ').trim().toLowerCase();

  return input
    .replace(INVISIBLE_RE, '')
    .replace(WHITESPACE_RE, ' ')
    .replace(SPACE_BEFORE_MARK_RE, '')
    .replace(SARA_AM_RE, '$1$2\u0E33')
    .replace(THAI_DIGIT_RE, thaiDigitToArabic)
    .toLowerCase()
    .normalize('NFC')
    .trim();
}

/**
 * Characters sites use inconsistently inside the same long title: spaces, PAIYANNOI `ฯ`, hyphen and
 * dashes, full stop, comma, colon, parentheses and straight/curly quotes. thai-sites.md §2 shows the
 * same OIT item titled with different spacing and punctuation across sites.
 */
const COMPACT_DROP_RE = /[ \u0E2F\-\u2013\u2014.,:()"'\u201C\u201D]/g;

/**
 * `normalize()` then drop every space and the punctuation above: for substring matching of long
 * Thai titles that sites space and punctuate differently. It only removes characters, so its output
 * is always a subsequence of `normalize(input)`. (It deliberately does not re-compose what a removal
 * brings together, e.g. `ํ-า`; that would add characters and never happens in real titles.)
 */
export function compact(input: string): string {
  // Memoised for short texts: the engine compacts the same titles, headings and link rows again at
  // every early-stop check of a crawl (issue #7 profile: a fifth of an audit's time). Pure, bounded.
  if (input.length > COMPACT_MEMO_MAX_LENGTH) return normalize(input).replace(COMPACT_DROP_RE, '');
  let out = compactMemo.get(input);
  if (out === undefined) {
    out = normalize(input).replace(COMPACT_DROP_RE, '');
    if (compactMemo.size >= COMPACT_MEMO_MAX) compactMemo.clear();
    compactMemo.set(input, out);
  }
  return out;
}

const COMPACT_MEMO_MAX = 20_000;
const COMPACT_MEMO_MAX_LENGTH = 400;
const compactMemo = new Map<string, string>();
