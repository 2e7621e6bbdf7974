import { describe, expect, it } from 'vitest';
import { decodeQrCodes, flatten, stretchContrast } from '../../../checks/readers/qr-decode';
import { decodeImageNode } from '../../../cli/node-readers';
import { banner, encodeGif, encodeJpeg, encodePng, filled, qrRgba, type Rgba } from '../../support/make-qr';

const EIT = 'https://itas.nacc.go.th/go/eit/ab12cd';
const IIT = 'https://itas.nacc.go.th/go/iit/ab12cd';

/** Through the same codec the CLI uses, so the test covers bytes → pixels → text. */
const viaPng = (img: Rgba) => decodeImageNode(encodePng(img), 'image/png');

describe('decodeQrCodes', () => {
  it.each<[string, Rgba]>([
    ['a plain code', qrRgba(EIT)],
    ['a small code (2 px per module)', qrRgba(EIT, { scale: 2 })],
    ['a tiny code (1 px per module)', qrRgba(EIT, { scale: 1 })],
    ['a code rotated 30°', qrRgba(EIT, { rotate: 30 })],
    ['a code rotated 90°', qrRgba(EIT, { rotate: 90 })],
    ['a low-contrast code (grey on grey)', qrRgba(EIT, { dark: [120, 120, 140], light: [150, 150, 170] })],
    ['an inverted code (light on dark)', qrRgba(EIT, { dark: [255, 255, 255], light: [10, 30, 90] })],
    ['a code without its quiet zone', qrRgba(EIT, { margin: 0 })],
    ['a code inside a larger banner', banner(1200, 300, [{ img: qrRgba(EIT, { scale: 3 }), x: 900, y: 40 }])],
  ])('reads %s', async (_name, img) => {
    expect(decodeQrCodes(await viaPng(img))).toEqual([EIT]);
  });

  it('reads both codes of a banner showing EIT and IIT side by side', async () => {
    const img = banner(1600, 400, [
      { img: qrRgba(EIT, { scale: 3 }), x: 900, y: 30 },
      { img: qrRgba(IIT, { scale: 3 }), x: 1250, y: 200 },
    ]);
    expect(decodeQrCodes(await viaPng(img)).sort()).toEqual([EIT, IIT]);
  });

  it('reads a code from a compressed JPEG', async () => {
    const img = await decodeImageNode(encodeJpeg(qrRgba(EIT, { scale: 3 }), 60), 'image/jpeg');
    expect(decodeQrCodes(img)).toEqual([EIT]);
  });

  it('reads a code from a GIF', async () => {
    const img = await decodeImageNode(encodeGif(qrRgba(EIT, { scale: 3 })), 'image/gif');
    expect(decodeQrCodes(img)).toEqual([EIT]);
  });

  it('reads dark modules on a transparent background (flattened on white)', () => {
    const img = qrRgba(EIT, { scale: 3 });
    // White → transparent black: without flattening the code is black on black.
    for (let i = 0; i < img.data.length; i += 4) if (img.data[i] === 255) img.data.set([0, 0, 0, 0], i);
    expect(decodeQrCodes(img)).toEqual([EIT]);
  });

  it('finds nothing in a banner without a code', () => {
    expect(decodeQrCodes(banner(800, 300, []))).toEqual([]);
  });

  it('does not change the caller’s pixels', async () => {
    const img = await viaPng(qrRgba(EIT));
    const before = img.data.slice();
    decodeQrCodes(img);
    expect(img.data).toEqual(before);
  });
});

describe('pixel helpers', () => {
  it('flatten leaves an opaque image as is', () => {
    const img = filled(4, 4, [1, 2, 3]);
    expect(flatten(img)).toBe(img);
  });

  it('stretchContrast maps grey-on-grey to black and white', () => {
    const img = filled(10, 10, [150, 150, 150]);
    for (let i = 0; i < 50 * 4; i += 4) img.data.set([120, 120, 120], i);
    const out = stretchContrast(img);
    expect(out.data[0]).toBe(0);
    expect(out.data[99 * 4]).toBe(255);
  });
});
