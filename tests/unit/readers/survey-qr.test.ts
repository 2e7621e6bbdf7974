/** The survey check with decoded QR codes (issue #5; thai-sites.md §6 decoys). */
import { describe, expect, it } from 'vitest';
import type { QrCodeFeature, UncheckedImage } from '../../../checks/features';
import { evaluateSurvey } from '../../../checks/survey';
import { siteOf } from './site';

const O = 'http://abt.go.th';
const EIT = 'https://itas.nacc.go.th/go/eit/ab12cd';
const IIT = 'https://itas.nacc.go.th/go/iit/ab12cd';
const home = (body = '') => ({ '/': `<html><head><title>อบต.ทดสอบ</title></head><body>${body}</body></html>` });
const qr = (data: string, extra: Partial<QrCodeFeature> = {}): QrCodeFeature => ({ imageUrl: `${O}/img/qr.png`, foundOn: `${O}/`, data, ...extra });

function survey(codes: QrCodeFeature[], body = '', unchecked?: UncheckedImage[]) {
  const site = siteOf(O, home(body));
  site.qrCodes.push(...codes);
  if (unchecked) site.qrUnchecked = unchecked;
  return evaluateSurvey(site);
}

describe('evaluateSurvey with QR codes', () => {
  it('passes EIT shown only as a QR image, via qr, with the decoded URL and the image', () => {
    const s = survey([qr(EIT, { labelKind: 'eit' })]);
    expect(s.eit).toMatchObject({ status: 'pass', via: 'qr', url: EIT, foundOn: `${O}/`, imageUrl: `${O}/img/qr.png` });
    expect(s.iit.status).toBe('fail');
  });

  it('reports EIT and IIT separately', () => {
    const s = survey([qr(EIT), qr(IIT, { imageUrl: `${O}/img/iit.jpg` })]);
    expect(s.eit).toMatchObject({ status: 'pass', url: EIT });
    expect(s.iit).toMatchObject({ status: 'pass', url: IIT, imageUrl: `${O}/img/iit.jpg` });
  });

  it.each([
    ['the OTP endpoint /go/reotpsms', 'https://itas.nacc.go.th/go/reotpsms'],
    ['a bare itas.nacc.go.th', 'https://itas.nacc.go.th/'],
    ['a code of the wrong length', 'https://itas.nacc.go.th/go/eit/ab12'],
  ])('rejects a QR code to %s and says so', (_name, data) => {
    const s = survey([qr(data, { labelKind: 'eit' })]);
    expect(s.eit.status).toBe('fail');
    expect(s.eit.notes?.join(' ')).toContain(data);
    expect(s.eit.notes?.join(' ')).toContain('ไม่ใช่ลิงก์แบบวัด EIT');
  });

  it('rejects a QR code to another site labelled EIT', () => {
    const s = survey([qr('https://line.me/R/ti/p/@abt', { labelKind: 'eit' })]);
    expect(s.eit.status).toBe('fail');
    expect(s.eit.notes?.[0]).toContain('line.me');
  });

  it('ignores an unlabelled QR code to another site (LINE, Facebook)', () => {
    const s = survey([qr('https://line.me/R/ti/p/@abt')]);
    expect(s.eit.notes).toBeUndefined();
  });

  it('flags a code labelled EIT that opens the IIT survey', () => {
    const s = survey([qr(IIT, { labelKind: 'eit' })]);
    expect(s.iit).toMatchObject({ status: 'pass', via: 'qr' });
    expect(s.eit.status).toBe('fail');
    expect(s.eit.notes?.[0]).toContain('เปิดแบบวัด IIT');
  });

  it('flags a QR code that differs from the site’s own link (review: which one is right?)', () => {
    const s = survey([qr('https://itas.nacc.go.th/go/eit/zz99yy')], `<a href="${EIT}">EIT</a>`);
    expect(s.eit).toMatchObject({ status: 'review', via: 'link', url: EIT });
    expect(s.eit.notes?.[0]).toContain('zz99yy');
  });

  it('keeps a pass when the QR code and the link agree', () => {
    const s = survey([qr(`${EIT}/`)], `<a href="${EIT}">EIT</a>`);
    expect(s.eit).toMatchObject({ status: 'pass', via: 'link' });
    expect(s.eit.notes).toBeUndefined();
  });

  it('says "not checked" instead of "not found" for a labelled image it could not decode', () => {
    const s = survey([], '', [{ url: 'http://cdn.example/eit.png', foundOn: `${O}/`, reason: 'other-site', labelKind: 'eit' }]);
    expect(s.eit.status).toBe('review');
    expect(s.eit.notes?.[0]).toContain('ยังไม่ได้ตรวจ');
    expect(s.eit.notes?.[0]).toContain('นอกเว็บไซต์');
    expect(s.iit.status).toBe('fail');
  });

  it('keeps fail, with a note, when the unchecked image names no survey', () => {
    const s = survey([], '', [{ url: `${O}/img/ita.webp`, foundOn: `${O}/`, reason: 'format' }]);
    expect(s.eit.status).toBe('fail');
    expect(s.eit.notes?.[0]).toContain('WebP');
  });
});

describe('the pages of an earlier assessment', () => {
  const OLD_EIT = 'https://itas.nacc.go.th/go/eit/w3rv8c';
  const pages = {
    ...home(`<a href="${EIT}"><img src="/banner/eit2566.png" alt="EIT"></a> <a href="/ITA/ITA2565.aspx">ITA 2565</a>`),
    '/ITA/ITA2565.aspx': `<html><head><title>ITA 2565 - เทศบาลตำบลทดสอบ</title></head><body><h2>การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565</h2><img src="/img/qr2565.png"><a href="${OLD_EIT}">แบบวัด EIT 2565</a></body></html>`,
  };

  it('last year’s QR on last year’s ITA page is no conflict with this year’s link', () => {
    const site = siteOf(O, pages);
    site.qrCodes.push(qr(OLD_EIT, { foundOn: `${O}/ITA/ITA2565.aspx`, imageUrl: `${O}/img/qr2565.png` }));
    const s = evaluateSurvey(site, 2566);
    expect(s.eit).toMatchObject({ status: 'pass', url: EIT, foundOn: `${O}/` });
  });

  it('last year’s survey link alone is not this year’s survey', () => {
    const site = siteOf(O, { ...pages, '/': home(`<a href="/ITA/ITA2565.aspx">ITA 2565</a>`)['/'] });
    expect(evaluateSurvey(site, 2566).eit.status).toBe('fail');
    // Without the year (an older caller), every page counts as before.
    expect(evaluateSurvey(site).eit.status).toBe('pass');
  });
});
