/**
 * Byte builders for fixture sites (issue #3 §3): small, valid, deterministic documents, so that a
 * `_generate.ts` beside a fixture site gives the same bytes on every run.
 *
 * - `textPdf`: a one-page PDF whose text layer holds the given Thai/English lines. The font is a
 *   non-embedded CID font with an identity ToUnicode map (code = Unicode), which keeps each file
 *   under a few kilobytes while text extraction (pdf.js, issue #5) reads the Thai exactly.
 * - `scannedPdf`: a PDF with only an image and no text layer, like `Scan2023-10-16_105945.pdf`
 *   (shared/thai-sites.md §3, §7.7): a machine cannot read it, so the item is a `review`.
 * - `png`, `jpg`, `qrPng`: tiny images (org-chart JPGs, banners, the EIT QR code).
 * - `encodeWindows874`: Thai text as windows-874 bytes for the legacy site (thai-sites.md §4);
 *   characters outside the code page become numeric character references, as PHP sites emit them.
 */
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import QRCode from 'qrcode';

// ---------------------------------------------------------------- PDF

/** Characters the ToUnicode map covers; anything else is written as a space. */
function pdfSafe(s: string): string {
  return [...s.normalize('NFC')]
    .map((ch) => {
      const c = ch.codePointAt(0)!;
      if ((c >= 0x20 && c <= 0x7e) || (c >= 0x0e01 && c <= 0x0e5b)) return ch;
      if (c === 0x2013 || c === 0x2014) return '-';
      return ' ';
    })
    .join('');
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

const TO_UNICODE = [
  '/CIDInit /ProcSet findresource begin',
  '12 dict begin',
  'begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
  '/CMapName /Adobe-Identity-UCS def',
  '/CMapType 2 def',
  '1 begincodespacerange',
  '<0000> <FFFF>',
  'endcodespacerange',
  '2 beginbfrange',
  '<0020> <007E> <0020>',
  '<0E01> <0E5B> <0E01>',
  'endbfrange',
  'endcmap',
  'CMapName currentdict /CMap defineresource pop',
  'end',
  'end',
].join('\n');

/** Assemble objects (1-based, in order) into a PDF file with a correct cross-reference table. */
function assemblePdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
    const b = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
    const tail = Buffer.from('\nendobj\n', 'latin1');
    parts.push(head, b, tail);
    offset += head.length + b.length + tail.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** A one-page A4 PDF with a text layer: `lines[0]` is set larger, as a title. */
export function textPdf(lines: string[]): Buffer {
  const ops: string[] = ['BT', '/F1 16 Tf', '20 TL', '50 790 Td'];
  lines.forEach((line, i) => {
    if (i === 1) ops.push('/F1 11 Tf', '16 TL');
    const hex = [...pdfSafe(line)].map((ch) => hex4(ch.codePointAt(0)!)).join('');
    ops.push(`<${hex}> Tj`, 'T*');
  });
  ops.push('ET');
  const content = Buffer.from(ops.join('\n'), 'latin1');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /THSarabunNew /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    stream('', content),
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /THSarabunNew /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 500 /CIDToGIDMap /Identity >>',
    stream('', Buffer.from(TO_UNICODE, 'latin1')),
    '<< /Type /FontDescriptor /FontName /THSarabunNew /Flags 32 /FontBBox [0 -250 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 700 /StemV 80 >>',
  ]);
}

/** A one-page PDF holding only a grey "scan" image: no text layer at all. */
export function scannedPdf(seed = 1): Buffer {
  const w = 32;
  const h = 44;
  const pixels = Buffer.alloc(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) pixels[y * w + x] = 200 + ((x * 7 + y * 13 + seed * 31) % 50);
  const content = Buffer.from('q 495 0 0 700 50 70 cm /Im1 Do Q', 'latin1');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    stream(`/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8`, pixels),
    stream('', content),
  ]);
}

// ---------------------------------------------------------------- images

/** A tiny solid-colour PNG with a darker border (banners, photos, icons). */
export function png(width = 24, height = 16, rgb: [number, number, number] = [40, 120, 200]): Buffer {
  const img = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const edge = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      img.data[i] = edge ? rgb[0] >> 1 : rgb[0];
      img.data[i + 1] = edge ? rgb[1] >> 1 : rgb[1];
      img.data[i + 2] = edge ? rgb[2] >> 1 : rgb[2];
      img.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(img);
}

/** A tiny baseline JPEG (org charts as pictures, executives' photos). */
export function jpg(width = 24, height = 18, rgb: [number, number, number] = [180, 160, 120]): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const stripe = Math.floor(p / width) % 6 < 3 ? 0 : 30;
    data[p * 4] = Math.max(0, rgb[0] - stripe);
    data[p * 4 + 1] = Math.max(0, rgb[1] - stripe);
    data[p * 4 + 2] = Math.max(0, rgb[2] - stripe);
    data[p * 4 + 3] = 255;
  }
  return jpeg.encode({ data, width, height }, 80).data;
}

/** A real, decodable QR code for `text` as a PNG (the EIT poster of thai-sites.md §6). */
export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
}

// ---------------------------------------------------------------- windows-874

const CP874_EXTRA: Record<number, number> = {
  0x20ac: 0x80,
  0x2026: 0x85,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x00a0: 0xa0,
};

/** Encode text as windows-874 (TIS-620 superset); other characters become `&#N;`. */
export function encodeWindows874(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if ((c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e3f && c <= 0x0e5b)) out.push(c - 0x0e00 + 0xa0);
    else if (CP874_EXTRA[c] !== undefined) out.push(CP874_EXTRA[c]);
    else for (const b of Buffer.from(`&#${c};`, 'latin1')) out.push(b);
  }
  return Buffer.from(out);
}

/** Thai as numeric character references (`&#3609;&#3634;&#3618;`), as the saiyoidenchai executives page stores it. */
export function thaiAsEntities(text: string): string {
  return [...text].map((ch) => (ch.codePointAt(0)! >= 0x0e00 && ch.codePointAt(0)! <= 0x0e7f ? `&#${ch.codePointAt(0)};` : ch)).join('');
}

/** Thai digits for a string's Arabic digits (๐–๙), as sites write years and numbers. */
export function thaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

// ---------------------------------------------------------------- site writing

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Files of a generated site, by site path (`/public/list/data/index/menu/1685`), written through
 * the URL → file mapping of cli/serve-site.ts: extension-less paths become `<path>/index.html`,
 * `?query` becomes `__query.html`.
 */
export class SiteFiles {
  readonly files = new Map<string, Buffer>();

  /** `path` is a site path; HTML pages without an extension are stored as `<path>/index.html`. */
  add(path: string, body: Buffer | string, opts: { asIs?: boolean } = {}): void {
    const file = opts.asIs ? path.replace(/^\//, '') : fileForPath(path);
    if (this.files.has(file)) throw new Error(`duplicate fixture file ${file} (from ${path})`);
    this.files.set(file, typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  }

  /**
   * Remove every generated file under `root`, then write. Kept: the generator and server config
   * (`_generate.ts`, `_server.json`: one leading `_`; `__query.html` files are generated) and, by
   * default, labels.json / README.md, which the generator rewrites itself.
   */
  async write(root: string, keep: (name: string) => boolean = (n) => /^_[^_]/.test(n) || n === 'labels.json' || n === 'README.md'): Promise<void> {
    const { readdir } = await import('node:fs/promises');
    for (const name of await readdir(root)) {
      if (!keep(name)) await rm(join(root, name), { recursive: true, force: true });
    }
    for (const [file, body] of [...this.files].sort(([a], [b]) => a.localeCompare(b))) {
      const abs = join(root, file);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, body);
    }
  }

  /** Number of HTML pages (for the README). */
  get pageCount(): number {
    return [...this.files.keys()].filter((f) => /\.(html|php)$/.test(f) || f.endsWith('/index.html')).length;
  }
}

/** The file that cli/serve-site.ts answers for a site path. */
export function fileForPath(path: string): string {
  const q = path.indexOf('?');
  const rawPath = q >= 0 ? path.slice(0, q) : path;
  const query = q >= 0 ? path.slice(q + 1) : '';
  const decoded = decodeURIComponent(rawPath).replace(/^\//, '');
  if (query) {
    // `/?q` → `__q.html`, `/a/?q` → `a/__q.html`, `/x.php?q` → `x.php__q.html` (serve-site's queryNames).
    return `${decoded}__${query}.html`;
  }
  if (!decoded || decoded.endsWith('/')) return `${decoded}index.html`;
  if (/\.[a-z0-9]{2,5}$/i.test(decoded)) return decoded;
  return `${decoded}/index.html`;
}
