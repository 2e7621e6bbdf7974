/**
 * What a file really is, from its first bytes: agency servers send PDFs as `text/html`, answer a
 * missing file with an HTML "not found" page under a `.pdf` URL, and name JPEGs `.png`
 * (thai-sites.md §8 "URL without extension / wrong type"). The readers trust the bytes, not the
 * name or the `content-type`.
 */

export type Sniffed = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'svg' | 'html' | 'ole' | 'zip' | 'rtf' | 'unknown';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

export function sniff(bytes: Uint8Array): Sniffed {
  const b = bytes;
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(b, [0x42, 0x4d]) && b.length > 26) return 'bmp';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  // `%PDF-` may follow some junk (PDF 1.7 §7.5.2 readers accept it within the first 1 KB).
  const head = latin1(b.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^<svg[\s>]/.test(text) || (text.startsWith('<?xml') && text.includes('<svg'))) return 'svg';
  if (/^(<!doctype html|<html|<head|<body|<!--|<meta|<title|<script|<div|<p[\s>]|<h1|<br|<center|<table)/.test(text)) return 'html';
  if (text.startsWith('<') && /<(html|body|head|title)[\s>]/.test(text)) return 'html';
  return 'unknown';
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

export const IMAGE_MIME: Partial<Record<Sniffed, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
};

/**
 * Width and height from an image's header, without decoding it: the readers skip images over the
 * pixel bound before spending memory on them. Null when the header does not say.
 */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const b = bytes;
  const kind = sniff(b);
  const u16be = (i: number) => (b[i] << 8) | b[i + 1];
  const u16le = (i: number) => b[i] | (b[i + 1] << 8);
  const u32be = (i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
  if (kind === 'png' && b.length >= 24) return { width: u32be(16), height: u32be(20) };
  if (kind === 'gif' && b.length >= 10) return { width: u16le(6), height: u16le(8) };
  if (kind === 'bmp') return { width: Math.abs(u16le(18) | (u16le(20) << 16)), height: Math.abs((u16le(22) | (u16le(24) << 16)) | 0) };
  if (kind === 'webp' && b.length >= 30) {
    const chunk = latin1(b.subarray(12, 16));
    if (chunk === 'VP8X') return { width: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), height: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) };
    if (chunk === 'VP8 ') return { width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    return null;
  }
  if (kind === 'jpeg') {
    // Walk the segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC).
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) {
        i++;
        continue;
      }
      const marker = b[i + 1];
      if (marker === 0xff) {
        i++;
        continue;
      }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: u16be(i + 7), height: u16be(i + 5) };
      }
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
        i += 2;
        continue;
      }
      i += 2 + u16be(i + 2);
    }
  }
  return null;
}
