/**
 * QR decoding over decoded pixels, with jsQR (pure JS, so the same code runs in the content script
 * and in Node). jsQR alone reads a clean code at any in-plane rotation and, with
 * `inversionAttempts: 'attemptBoth'`, an inverted one; what it misses on agency sites (thai-sites.md
 * §6: "a 386×546 iit.jpg, a carousel slide, a fixed pop-up") is handled here:
 * - transparent PNGs (dark modules on a transparent background read as black on black): flattened
 *   on white first;
 * - low contrast (grey on grey): the luminance is stretched to the full range;
 * - tiny codes and blurry JPEGs: upscaled;
 * - a code inside a larger banner, or two codes side by side (EIT and IIT): square tiles are scanned,
 *   and each code found is erased before looking again, so every code on the image is reported.
 * Bounded: at most `maxAttempts` jsQR calls and `maxPixels` scanned pixels per image.
 */
import jsQR from 'jsqr';
import type { DecodedImage } from './types';

export interface QrDecodeOptions {
  /** jsQR calls allowed for one image (default 40: a 1600×400 banner with two codes needs ~20). */
  maxAttempts?: number;
  /** Pixels handed to jsQR for one image (default 8 MP: well under a second on one core). */
  maxPixels?: number;
  /** Codes reported per image (default 4). */
  maxCodes?: number;
}

/** Composite over white: transparent pixels become light, as a browser shows them on a white page. */
export function flatten(img: DecodedImage): DecodedImage {
  const d = img.data;
  let opaque = true;
  for (let i = 3; i < d.length; i += 4) {
    if (d[i] !== 255) {
      opaque = false;
      break;
    }
  }
  if (opaque) return img;
  const out = new Uint8ClampedArray(d.length);
  for (let i = 0; i < d.length; i += 4) {
    const a = d[i + 3] / 255;
    out[i] = d[i] * a + 255 * (1 - a);
    out[i + 1] = d[i + 1] * a + 255 * (1 - a);
    out[i + 2] = d[i + 2] * a + 255 * (1 - a);
    out[i + 3] = 255;
  }
  return { data: out, width: img.width, height: img.height };
}

/** Grey levels stretched so the 1st and 99th percentiles become black and white. */
export function stretchContrast(img: DecodedImage): DecodedImage {
  const d = img.data;
  const n = img.width * img.height;
  const hist = new Uint32Array(256);
  const grey = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const g = (d[p * 4] * 77 + d[p * 4 + 1] * 150 + d[p * 4 + 2] * 29) >> 8;
    grey[p] = g;
    hist[g]++;
  }
  const lowCount = n * 0.01;
  const highCount = n * 0.99;
  let lo = 0;
  let hi = 255;
  for (let acc = 0, v = 0; v < 256; v++) {
    acc += hist[v];
    if (acc > lowCount) {
      lo = v;
      break;
    }
  }
  for (let acc = 0, v = 0; v < 256; v++) {
    acc += hist[v];
    if (acc >= highCount) {
      hi = v;
      break;
    }
  }
  if (hi <= lo) return img;
  const out = new Uint8ClampedArray(n * 4);
  const k = 255 / (hi - lo);
  for (let p = 0; p < n; p++) {
    const v = (grey[p] - lo) * k;
    out[p * 4] = out[p * 4 + 1] = out[p * 4 + 2] = v;
    out[p * 4 + 3] = 255;
  }
  return { data: out, width: img.width, height: img.height };
}

/** Bilinear resize (up for tiny codes, down for huge photos). */
export function resize(img: DecodedImage, width: number, height: number): DecodedImage {
  const out = new Uint8ClampedArray(width * height * 4);
  const sx = img.width / width;
  const sy = img.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(img.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(img.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(img.width - 1, x0 + 1);
      const wx = fx - x0;
      const o = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) {
        const a = img.data[(y0 * img.width + x0) * 4 + c];
        const b = img.data[(y0 * img.width + x1) * 4 + c];
        const cc = img.data[(y1 * img.width + x0) * 4 + c];
        const dd = img.data[(y1 * img.width + x1) * 4 + c];
        out[o + c] = (a * (1 - wx) + b * wx) * (1 - wy) + (cc * (1 - wx) + dd * wx) * wy;
      }
    }
  }
  return { data: out, width, height };
}

export function crop(img: DecodedImage, x: number, y: number, w: number, h: number): DecodedImage {
  const out = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((y + row) * img.width + x) * 4;
    out.set(img.data.subarray(from, from + w * 4), row * w * 4);
  }
  return { data: out, width: w, height: h };
}

/** Tile origins along one axis: every half tile, the last one flush with the edge. */
function starts(length: number, side: number): number[] {
  const out: number[] = [];
  const step = Math.max(1, Math.round(side / 2));
  for (let v = 0; v + side <= length; v += step) out.push(v);
  if (out.length && out[out.length - 1] + side < length) out.push(length - side);
  return out;
}

type Corners = NonNullable<ReturnType<typeof jsQR>>['location'];

/** Paint a found code's bounding box (plus a margin) white so the next scan finds the others. */
function erase(img: DecodedImage, loc: Corners, offsetX: number, offsetY: number, scale: number): void {
  const pts = [loc.topLeftCorner, loc.topRightCorner, loc.bottomLeftCorner, loc.bottomRightCorner];
  const xs = pts.map((p) => p.x * scale + offsetX);
  const ys = pts.map((p) => p.y * scale + offsetY);
  const pad = Math.max(4, (Math.max(...xs) - Math.min(...xs)) * 0.1);
  const x0 = Math.max(0, Math.floor(Math.min(...xs) - pad));
  const x1 = Math.min(img.width, Math.ceil(Math.max(...xs) + pad));
  const y0 = Math.max(0, Math.floor(Math.min(...ys) - pad));
  const y1 = Math.min(img.height, Math.ceil(Math.max(...ys) + pad));
  for (let y = y0; y < y1; y++) img.data.fill(255, (y * img.width + x0) * 4, (y * img.width + x1) * 4);
}

/**
 * Every QR code readable on the image, as decoded text (deduplicated, in the order found).
 * An empty list means none could be read, not that there is none.
 */
export function decodeQrCodes(input: DecodedImage, opts: QrDecodeOptions = {}): string[] {
  const maxAttempts = opts.maxAttempts ?? 40;
  const maxPixels = opts.maxPixels ?? 8_000_000;
  const maxCodes = opts.maxCodes ?? 4;
  const found: string[] = [];
  let attempts = 0;
  let pixels = 0;
  // A private copy: found codes are erased from it.
  const work = flatten(input);
  const img: DecodedImage = work === input ? { ...input, data: new Uint8ClampedArray(input.data) } : work;
  const spent = () => attempts >= maxAttempts || pixels >= maxPixels || found.length >= maxCodes;

  /** One jsQR call on a view of `img` (scaled by `scale`); on success the code is erased from `img`. */
  const tryView = (view: DecodedImage, offsetX: number, offsetY: number, scale: number, invert: boolean): boolean => {
    if (spent() || view.width < 21 || view.height < 21) return false;
    attempts++;
    pixels += view.width * view.height * (invert ? 2 : 1);
    const r = jsQR(view.data, view.width, view.height, { inversionAttempts: invert ? 'attemptBoth' : 'dontInvert' });
    if (!r || !r.data) return false;
    if (!found.includes(r.data)) found.push(r.data);
    erase(img, r.location, offsetX, offsetY, scale);
    return true;
  };
  /**
   * A region of `img`: as is (at most `maxSide` px, larger regions are scanned smaller), then
   * (whole image only, `invert`) contrast-stretched, then, when small, upscaled.
   */
  const tryRegion = (x: number, y: number, w: number, h: number, invert: boolean, maxSide = 1200): boolean => {
    let view = x === 0 && y === 0 && w === img.width && h === img.height ? img : crop(img, x, y, w, h);
    let scale = 1;
    if (Math.max(w, h) > maxSide) {
      const k = maxSide / Math.max(w, h);
      view = resize(view, Math.max(1, Math.round(w * k)), Math.max(1, Math.round(h * k)));
      scale = 1 / k;
    }
    if (tryView(view, x, y, scale, invert)) return true;
    // Tiles are many: only the whole image gets the contrast stretch.
    const stretched = invert ? stretchContrast(view) : view;
    if (stretched !== view && tryView(stretched, x, y, scale, invert)) return true;
    const longest = Math.max(view.width, view.height);
    if (longest < 300) {
      const k = Math.min(4, Math.ceil(600 / longest));
      if (tryView(resize(stretched, view.width * k, view.height * k), x, y, scale / k, invert)) return true;
    }
    return false;
  };

  // 1. The whole image. A square-ish image with a code in it is one code (a QR image): done.
  while (tryRegion(0, 0, img.width, img.height, true));
  const aspect = Math.max(img.width, img.height) / Math.min(img.width, img.height);
  if (found.length && aspect < 1.3) return found;

  // 2. Square tiles, each scanned at most 800 px wide: a code inside a banner or a photo, or one of
  //    several codes, is alone in some tile. Half tiles, then quarter tiles of the short side.
  const short = Math.min(img.width, img.height);
  for (const side of [short, Math.round(short / 2), Math.round(short / 4)]) {
    if (side < 80 || (side === short && aspect < 1.3)) continue;
    for (const y of starts(img.height, side)) {
      for (const x of starts(img.width, side)) {
        while (tryRegion(x, y, side, side, false, 800)) {
          // A code found in a tile: the whole image may now give up the next one.
          while (tryRegion(0, 0, img.width, img.height, false));
        }
        if (spent()) return found;
      }
    }
  }
  return found;
}
