import { describe, expect, it } from 'vitest';
import { imageSize, sniff } from '../../../checks/readers/sniff';
import { encodeGif, encodeJpeg, encodePng, qrRgba } from '../../support/make-qr';
import { FAKE_PDF_HTML, makeScannedPdf } from '../../support/make-pdf';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
  it.each([
    ['a PNG', encodePng(qrRgba('x')), 'png'],
    ['a JPEG', encodeJpeg(qrRgba('x')), 'jpeg'],
    ['a GIF', encodeGif(qrRgba('x')), 'gif'],
    ['a WebP header', new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]), 'webp'],
    ['an HTML page in place of a PDF', bytes(FAKE_PDF_HTML), 'html'],
    ['an HTML fragment with a BOM', bytes('\uFEFF  <html><body>x</body></html>'), 'html'],
    ['a PDF with junk before the header', bytes('\r\n\r\n%PDF-1.4\n1 0 obj'), 'pdf'],
    ['an Office 97 file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'ole'],
    ['a DOCX (zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'zip'],
    ['an SVG', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'svg'],
    ['plain text', bytes('hello'), 'unknown'],
  ])('recognises %s', (_name, input, expected) => {
    expect(sniff(input)).toBe(expected);
  });

  it('recognises a generated PDF', async () => {
    expect(sniff(await makeScannedPdf(1))).toBe('pdf');
  });
});

describe('imageSize', () => {
  const img = qrRgba('https://itas.nacc.go.th/go/eit/ab12cd', { scale: 3 });
  it.each([
    ['PNG', encodePng(img)],
    ['JPEG', encodeJpeg(img)],
    ['GIF', encodeGif(img)],
  ])('reads the size of a %s from its header', (_name, input) => {
    expect(imageSize(input)).toEqual({ width: img.width, height: img.height });
  });

  it('says nothing for a file that is not an image', () => {
    expect(imageSize(bytes(FAKE_PDF_HTML))).toBeNull();
  });
});
