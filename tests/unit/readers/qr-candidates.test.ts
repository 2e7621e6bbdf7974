import { describe, expect, it } from 'vitest';
import { labelKind, qrCandidates } from '../../../checks/readers/qr-candidates';
import { siteOf } from './site';

const O = 'http://abt.go.th';

describe('qrCandidates', () => {
  const site = siteOf(O, {
    '/': `<html><head><title>องค์การบริหารส่วนตำบลทดสอบ</title></head><body>
      <div class="popup"><img src="/img/eit-qr.png" alt="แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"></div>
      <div class="slide"><a href="https://itas.nacc.go.th/go/iit/ab12cd"><img src="/img/slide3.jpg"></a></div>
      <aside><img src="/img/square.png" width="200" height="200"></aside>
      <div><img src="/img/news-photo.jpg" width="640" height="360"></div>
      <div><img src="/img/digital-government.png" alt="digital government" width="300" height="100"></div>
      <img src="/img/logo.png" alt="ตราสัญลักษณ์" width="120" height="120">
      <img src="/img/icon-eit.png" width="16" height="16">
      <img src="/img/qr.svg" alt="QR">
      <p>สแกนเพื่อประเมิน ITA <img src="/img/x1.gif"></p>
      <a href="/img/iit.jpg">IIT สแกน QR Code</a>
    </body></html>`,
    '/news': `<html><head><title>ข่าว</title></head><body><img src="/img/square2.png" width="200" height="200"></body></html>`,
  });
  const urls = qrCandidates(site).map((c) => c.url.replace(O, ''));

  it('keeps images the site ties to the survey, best first', () => {
    expect(urls.slice(0, 2).sort()).toEqual(['/img/eit-qr.png', '/img/slide3.jpg']);
    expect(urls).toEqual(expect.arrayContaining(['/img/slide3.jpg', '/img/x1.gif', '/img/iit.jpg']));
  });

  it('keeps square images on the home page but not elsewhere', () => {
    expect(urls).toContain('/img/square.png');
    expect(urls).not.toContain('/img/square2.png');
  });

  it('skips photos, logos, icons, SVGs and words that only contain "ita"', () => {
    for (const u of ['/img/news-photo.jpg', '/img/logo.png', '/img/icon-eit.png', '/img/qr.svg', '/img/digital-government.png']) expect(urls).not.toContain(u);
  });

  it('reads which survey the label names', () => {
    const byUrl = new Map(qrCandidates(site).map((c) => [c.url.replace(O, ''), c]));
    expect(byUrl.get('/img/eit-qr.png')?.labelKind).toBe('eit');
    expect(byUrl.get('/img/iit.jpg')?.labelKind).toBe('iit');
    expect(byUrl.get('/img/x1.gif')?.labelKind).toBeUndefined();
  });
});

describe('labelKind', () => {
  it.each([
    ['EIT', 'eit'],
    ['qr-iit-2566.png', 'iit'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', 'iit'],
    ['EIT และ IIT', undefined],
    ['ประเมิน ITA', undefined],
  ])('%s → %s', (label, expected) => {
    expect(labelKind(label)).toBe(expected);
  });
});
