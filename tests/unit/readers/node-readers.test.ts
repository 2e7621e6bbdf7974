import { describe, expect, it } from 'vitest';
import { UnsupportedImageError } from '../../../checks/readers/types';
import { decodeImageNode } from '../../../cli/node-readers';
import { encodeGif, encodeJpeg, encodePng, qrRgba } from '../../support/make-qr';

describe('decodeImageNode', () => {
  const img = qrRgba('x', { scale: 2 });
  it.each([
    ['PNG', encodePng(img)],
    ['JPEG', encodeJpeg(img)],
    ['GIF', encodeGif(img)],
  ])('decodes a %s to RGBA', async (_name, bytes) => {
    const out = await decodeImageNode(bytes, '');
    expect([out.width, out.height]).toEqual([img.width, img.height]);
    expect(out.data.length).toBe(img.width * img.height * 4);
    // The first pixel is the white quiet zone.
    expect(out.data[0]).toBeGreaterThan(200);
  });

  it('decodes by the bytes, not the content type (a JPEG served as image/png)', async () => {
    await expect(decodeImageNode(encodeJpeg(img), 'image/png')).resolves.toMatchObject({ width: img.width });
  });

  it('says WebP is not supported in Node (reported "not checked")', async () => {
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x1a, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x4c, 0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0]);
    await expect(decodeImageNode(webp, 'image/webp')).rejects.toBeInstanceOf(UnsupportedImageError);
  });

  it('throws on a broken image', async () => {
    await expect(decodeImageNode(encodePng(img).slice(0, 60), 'image/png')).rejects.toThrow();
  });
});
