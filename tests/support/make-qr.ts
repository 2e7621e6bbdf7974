/**
 * QR-code images made at test time (issue #5: "generated fixtures, do not fetch from the web").
 * The `qrcode` package gives the module matrix; this file draws it into RGBA pixels itself so a test
 * can ask for the shapes sites really publish (thai-sites.md §6): small, rotated, low-contrast,
 * inverted codes, and a code inside a larger banner, then encodes them as PNG, JPEG or GIF with the
 * same pure-JS codecs the CLI decodes with.
 */
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { GifWriter } from 'omggif';

export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface QrStyle {
  /** Pixels per module (default 4). 1–2 makes a "small" code. */
  scale?: number;
  /** Quiet zone in modules (default 4, the standard). */
  margin?: number;
  /** Dark and light colours as [r, g, b] (default black on white). */
  dark?: [number, number, number];
  light?: [number, number, number];
  /** Rotation in degrees (the canvas grows to hold the rotated code; corners are filled with `light`). */
  rotate?: number;
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

/** A QR code as RGBA pixels. */
export function qrRgba(text: string, style: QrStyle = {}): Rgba {
  const { scale = 4, margin = 4, dark = [0, 0, 0], light = [255, 255, 255], errorCorrectionLevel = 'M' } = style;
  const qr = QRCode.create(text, { errorCorrectionLevel });
  const n = qr.modules.size;
  const side = (n + 2 * margin) * scale;
  const img = filled(side, side, light);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!qr.modules.get(y, x)) continue;
      fillRect(img, (x + margin) * scale, (y + margin) * scale, scale, scale, dark);
    }
  }
  return style.rotate ? rotate(img, style.rotate, light) : img;
}

export function filled(width: number, height: number, rgb: [number, number, number]): Rgba {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = rgb[0];
    data[i + 1] = rgb[1];
    data[i + 2] = rgb[2];
    data[i + 3] = 255;
  }
  return { data, width, height };
}

export function fillRect(img: Rgba, x0: number, y0: number, w: number, h: number, rgb: [number, number, number]): void {
  for (let y = Math.max(0, y0); y < Math.min(img.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(img.width, x0 + w); x++) {
      const i = (y * img.width + x) * 4;
      img.data[i] = rgb[0];
      img.data[i + 1] = rgb[1];
      img.data[i + 2] = rgb[2];
      img.data[i + 3] = 255;
    }
  }
}

/** Bilinear rotation about the centre onto a canvas large enough for the whole image. */
export function rotate(img: Rgba, degrees: number, bg: [number, number, number]): Rgba {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const w = Math.ceil(Math.abs(img.width * cos) + Math.abs(img.height * sin));
  const h = Math.ceil(Math.abs(img.width * sin) + Math.abs(img.height * cos));
  const out = filled(w, h, bg);
  const cx = img.width / 2;
  const cy = img.height / 2;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = x - w / 2;
      const dy = y - h / 2;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      if (sx < 0 || sy < 0 || sx >= img.width - 1 || sy >= img.height - 1) continue;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const o = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) {
        const p = (xx: number, yy: number) => img.data[(yy * img.width + xx) * 4 + c];
        out.data[o + c] = (p(x0, y0) * (1 - fx) + p(x0 + 1, y0) * fx) * (1 - fy) + (p(x0, y0 + 1) * (1 - fx) + p(x0 + 1, y0 + 1) * fx) * fy;
      }
    }
  }
  return out;
}

/** Copy `src` into `dst` at (x, y). */
export function paste(dst: Rgba, src: Rgba, x: number, y: number): void {
  for (let sy = 0; sy < src.height; sy++) {
    const ty = y + sy;
    if (ty < 0 || ty >= dst.height) continue;
    for (let sx = 0; sx < src.width; sx++) {
      const tx = x + sx;
      if (tx < 0 || tx >= dst.width) continue;
      const i = (sy * src.width + sx) * 4;
      const o = (ty * dst.width + tx) * 4;
      dst.data.set(src.data.subarray(i, i + 4), o);
    }
  }
}

/**
 * A wide banner (campaign colours, blocks of "text", a photo-like gradient) with the given codes
 * pasted in: the shape of the EIT/IIT banners agencies put in carousels (thai-sites.md §6).
 */
export function banner(width: number, height: number, codes: { img: Rgba; x: number; y: number }[]): Rgba {
  const img = filled(width, height, [18, 64, 140]);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      img.data[i] = 18 + ((x * 90) / width) | 0;
      img.data[i + 1] = 64 + ((y * 80) / height) | 0;
      img.data[i + 2] = 140 + (((x + y) * 60) / (width + height)) | 0;
    }
  }
  // Headline "text" and a logo-like blob, so the banner is not a flat field around the code.
  for (let k = 0; k < 6; k++) fillRect(img, 30 + k * 70, 30, 55, 18, [250, 210, 60]);
  for (let k = 0; k < 9; k++) fillRect(img, 30 + k * 40, 70, 30, 10, [240, 240, 240]);
  fillRect(img, 30, height - 60, 40, 40, [200, 30, 40]);
  for (const c of codes) paste(img, c.img, c.x, c.y);
  return img;
}

export function encodePng(img: Rgba): Uint8Array {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return new Uint8Array(PNG.sync.write(png));
}

export function encodeJpeg(img: Rgba, quality = 85): Uint8Array {
  const out = jpeg.encode({ data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), width: img.width, height: img.height }, quality);
  return new Uint8Array(out.data);
}

/** GIF with a 3-3-2 colour palette (QR images are two colours; banners lose a little colour, as real GIFs do). */
export function encodeGif(img: Rgba): Uint8Array {
  const palette: number[] = [];
  for (let i = 0; i < 256; i++) {
    const r = Math.round((((i >> 5) & 7) * 255) / 7);
    const g = Math.round((((i >> 2) & 7) * 255) / 7);
    const b = Math.round(((i & 3) * 255) / 3);
    palette.push((r << 16) | (g << 8) | b);
  }
  const indexed = new Uint8Array(img.width * img.height);
  for (let p = 0; p < indexed.length; p++) {
    const r = img.data[p * 4];
    const g = img.data[p * 4 + 1];
    const b = img.data[p * 4 + 2];
    indexed[p] = (Math.round((r * 7) / 255) << 5) | (Math.round((g * 7) / 255) << 2) | Math.round((b * 3) / 255);
  }
  const buf = Buffer.alloc(img.width * img.height * 2 + 4096);
  const gw = new GifWriter(buf, img.width, img.height, { palette });
  gw.addFrame(0, 0, img.width, img.height, indexed as unknown as number[]);
  return new Uint8Array(buf.subarray(0, gw.end()));
}

/** One call for the common case: a QR code PNG for `text`. */
export function qrPng(text: string, style: QrStyle = {}): Uint8Array {
  return encodePng(qrRgba(text, style));
}
