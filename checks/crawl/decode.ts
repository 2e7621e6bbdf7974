/**
 * Bytes → text for Thai pages. Sources: shared/thai-sites.md §4: UTF-8 is the norm, but TIS-620 /
 * windows-874 still turns up, often with a header and meta tags that contradict each other. We
 * treat every Thai single-byte label as windows-874 (its superset, as the WHATWG Encoding Standard
 * does) and trust the bytes over a label that cannot be right.
 */

const THAI_SINGLE_BYTE = /^(tis-?620|iso-?8859-?11|windows-?874|cp-?874|x-windows-874|dos-874|thai)$/i;

/** The WHATWG name of a charset label we can decode, or null. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (THAI_SINGLE_BYTE.test(l)) return 'windows-874';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType ?? '');
  return m ? canonicalCharset(m[1]) : null;
}

/** Every charset the document's head declares, in order (`<meta charset>` and `http-equiv`). */
export function charsetsFromMeta(head: string): string[] {
  const found: string[] = [];
  const re = /<meta\b[^>]*?(?:charset\s*=\s*["']?([\w-]+)|content\s*=\s*["'][^"']*charset\s*=\s*([\w-]+))/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const cs = canonicalCharset(m[1] ?? m[2]);
    if (cs) found.push(cs);
  }
  return found;
}

/** Valid UTF-8, allowing a sequence cut at the end (a page read only up to the size cap). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 Thai letters are 0xE0 0xB8/0xB9 xx: a page full of them is UTF-8 whatever it says. In
 * windows-874 the same bytes read เ + ุ/ู, which Thai spelling never writes, so `atLeast`
 * such sequences are a safe sign.
 */
function looksLikeUtf8Thai(bytes: Uint8Array, atLeast = 1): boolean {
  const n = Math.min(bytes.length, 65536);
  let seen = 0;
  for (let i = 0; i + 2 < n; i++) {
    if (bytes[i] === 0xe0 && (bytes[i + 1] === 0xb8 || bytes[i + 1] === 0xb9) && bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0xbf && ++seen >= atLeast) return true;
  }
  return false;
}

export interface Decoded {
  text: string;
  charset: string;
}

/**
 * Decode a page body. Order: a BOM; else the declared charsets (header first, then meta tags),
 * checked against the bytes: a UTF-8 label on bytes that are not UTF-8 means windows-874 (the only
 * other encoding these sites use), and a Thai single-byte label on valid UTF-8 Thai means UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = [charsetFromContentType(contentType), ...charsetsFromMeta(head)].filter((c): c is string => !!c);
  const validUtf8 = isValidUtf8(bytes);
  let charset: string;
  if (validUtf8 && (declared.length === 0 || declared.includes('utf-8') || looksLikeUtf8Thai(bytes))) {
    charset = 'utf-8';
  } else if (!validUtf8 && looksLikeUtf8Thai(bytes, 3)) {
    // A UTF-8 page with a few stray bytes (text pasted from a legacy page): still UTF-8. Read as
    // windows-874, every Thai letter on it would turn to mojibake (issue #6).
    charset = 'utf-8';
  } else if (!validUtf8 && (declared.length === 0 || declared[0] === 'utf-8')) {
    // Label says UTF-8 (or nothing) but the bytes are not: Thai legacy pages are windows-874.
    charset = declared.find((c) => c !== 'utf-8') ?? 'windows-874';
  } else {
    charset = declared[0] ?? 'utf-8';
  }
  return { text: new TextDecoder(charset).decode(bytes), charset };
}
