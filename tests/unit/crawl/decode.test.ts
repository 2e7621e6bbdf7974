import { describe, expect, it } from 'vitest';
import { canonicalCharset, decodeHtml } from '../../../checks/crawl/decode';

const THAI = 'องค์การบริหารส่วนตำบลร่อนทอง';
const win874 = (s: string): Uint8Array =>
  // Thai letters U+0E01–U+0E5B map to 0xA1–0xFB in windows-874 (TIS-620).
  Uint8Array.from([...s].map((ch) => {
    const c = ch.charCodeAt(0);
    return c >= 0x0e01 && c <= 0x0e5b ? c - 0x0e01 + 0xa1 : c;
  }));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('canonicalCharset', () => {
  it.each(['tis-620', 'TIS620', 'iso-8859-11', 'windows-874', 'cp874', 'x-windows-874'])('%s is windows-874', (label) => {
    expect(canonicalCharset(label)).toBe('windows-874');
  });
  it('knows UTF-8 and refuses nonsense', () => {
    expect(canonicalCharset('UTF8')).toBe('utf-8');
    expect(canonicalCharset('klingon')).toBeNull();
  });
});

describe('decodeHtml', () => {
  it('decodes UTF-8 pages', () => {
    const r = decodeHtml(utf8(`<meta charset="utf-8"><p>${THAI}</p>`), 'text/html; charset=utf-8');
    expect(r.text).toContain(THAI);
    expect(r.charset).toBe('utf-8');
  });

  it('decodes windows-874 declared by a tis-620 header', () => {
    const r = decodeHtml(win874(`<p>${THAI}</p>`), 'text/html; charset=tis-620');
    expect(r.text).toContain(THAI);
    expect(r.charset).toBe('windows-874');
  });

  it('decodes windows-874 declared only by http-equiv meta', () => {
    const r = decodeHtml(win874(`<meta http-equiv="Content-Type" content="text/html; charset=windows-874"><p>${THAI}</p>`), 'text/html');
    expect(r.text).toContain(THAI);
  });

  it('trusts the bytes when the header says UTF-8 but the page is windows-874', () => {
    const r = decodeHtml(win874(`<p>${THAI}</p>`), 'text/html; charset=utf-8');
    expect(r.text).toContain(THAI);
    expect(r.charset).toBe('windows-874');
  });

  it('trusts the bytes when a tis-620 meta sits on a UTF-8 page', () => {
    const r = decodeHtml(utf8(`<meta charset="tis-620"><meta charset="utf-8"><p>${THAI}</p>`), 'text/html');
    expect(r.text).toContain(THAI);
    expect(r.charset).toBe('utf-8');
  });

  it('honours a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(THAI)]);
    expect(decodeHtml(bytes, 'text/html; charset=tis-620').text).toBe(THAI);
  });
});
