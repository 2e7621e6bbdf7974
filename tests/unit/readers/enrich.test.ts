/**
 * The readers end to end on a mini-site (style.md §14): which images are decoded or reported "not
 * checked", which PDFs are read, and how broken documents are recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrawlResult } from '../../../checks/crawl/crawler';
import type { SiteFeatures } from '../../../checks/features';
import { documentTargets, makeEnrich, viewerTarget } from '../../../checks/readers/enrich';
import { getRuleSet } from '../../../checks/rulesets';
import { decodeImageNode, readPdfNode } from '../../../cli/node-readers';
import { serveMiniSite, type MiniSite } from '../../support/mini-site';
import { banner, encodeJpeg, encodePng, filled, qrPng, qrRgba } from '../../support/make-qr';
import { FAKE_PDF_HTML, makeScannedPdf, makeTextPdf } from '../../support/make-pdf';
import { siteOf } from './site';

const EIT = 'https://itas.nacc.go.th/go/eit/ab12cd';
const IIT = 'https://itas.nacc.go.th/go/iit/ab12cd';
const png = (body: Uint8Array) => ({ headers: { 'content-type': 'image/png' }, body });
const pdf = (body: Uint8Array) => ({ headers: { 'content-type': 'application/pdf' }, body });

const HOME = `<html><head><title>องค์การบริหารส่วนตำบลทดสอบ</title></head><body>
  <div><img src="/img/eit.png" alt="EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"></div>
  <div><img src="/img/ita-banner.jpg" alt="ร่วมประเมิน ITA 2566"></div>
  <div><img src="/img/otp.png" alt="QR code ITA"></div>
  <div><img src="http://other.example/qr-eit.png" alt="QR EIT"></div>
  <div><img src="/img/iit.webp" alt="QR IIT"></div>
  <div><img src="/img/huge-eit.png" alt="EIT QR"></div>
  <div><img src="/img/news.jpg" width="640" height="360"></div>
</body></html>`;

const ITA = `<html><head><title>ITA 2566</title></head><body><h1>การเปิดเผยข้อมูลสาธารณะ (OIT)</h1>
  <h2>แผนการดำเนินงานประจำปี</h2><ul><li><a href="/files/plan.pdf">ดาวน์โหลด</a></li></ul>
  <h2>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2><ul><li><a href="/files/Scan2023-10-16_105945.pdf">Scan2023-10-16_105945.pdf</a></li></ul>
  <h2>เอกสารอื่น</h2><ul>
    <li><a href="/files/old.pdf">แผนการดำเนินงาน (ฉบับเดิม)</a></li>
    <li><a href="/files/missing.pdf">คลิกที่นี่</a></li>
    <li><a href="/files/form.docx">แบบฟอร์ม</a></li>
  </ul>
  <iframe src="https://docs.google.com/viewer?url=ORIGIN/files/guide.pdf&embedded=true"></iframe>
  <iframe src="https://drive.google.com/file/d/1AbCdEf/view"></iframe>
</body></html>`;

let server: MiniSite;
let site: SiteFeatures;
let crawl: CrawlResult;

beforeAll(async () => {
  const routes = {
    '/img/eit.png': png(qrPng(EIT, { scale: 4 })),
    '/img/ita-banner.jpg': { headers: { 'content-type': 'image/jpeg' }, body: encodeJpeg(banner(1200, 320, [{ img: qrRgba(IIT, { scale: 3 }), x: 950, y: 40 }]), 90) },
    '/img/otp.png': png(qrPng('https://itas.nacc.go.th/go/reotpsms')),
    '/img/iit.webp': { headers: { 'content-type': 'image/webp' }, body: new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]) },
    '/img/huge-eit.png': png(encodePng(filled(4100, 20, [255, 255, 255]))),
    '/img/news.jpg': { headers: { 'content-type': 'image/jpeg' }, body: encodeJpeg(filled(64, 36, [90, 90, 90])) },
    '/files/plan.pdf': pdf(await makeTextPdf({ pages: [['ประกาศองค์การบริหารส่วนตำบลทดสอบ', 'เรื่อง แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566']], saraAm: 'decomposed' })),
    '/files/Scan2023-10-16_105945.pdf': pdf(await makeScannedPdf(2)),
    '/files/old.pdf': { headers: { 'content-type': 'application/pdf' }, body: FAKE_PDF_HTML },
    '/files/guide.pdf': pdf(await makeTextPdf({ pages: [['คู่มือการจัดการเรื่องร้องเรียนการทุจริต', 'องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง']] })),
  };
  server = await serveMiniSite(routes);
  site = siteOf(server.url, { '/': HOME, '/ita': ITA.replace('ORIGIN', server.url) }, [
    { url: `${server.url}/files/form.docx`, isInternal: true, exists: true },
  ]);
  crawl = { site, pagesFetched: 2, pagesFailed: 0, documentsFound: 0, stoppedBy: 'exhausted', errors: [], skipped: {} };
  const enrich = makeEnrich({ fetch: (u, i) => fetch(u, i), decodeImage: decodeImageNode, readPdf: readPdfNode, ruleset: getRuleSet('ita-2566') });
  await enrich(site, crawl);
});

afterAll(() => server?.close());

describe('QR codes', () => {
  it('decodes the EIT code image and the IIT code inside a banner, keeping where they were shown', () => {
    const byData = new Map(site.qrCodes.map((q) => [q.data, q]));
    expect(byData.get(EIT)).toMatchObject({ imageUrl: `${server.url}/img/eit.png`, foundOn: `${server.url}/`, labelKind: 'eit' });
    expect(byData.get(IIT)).toMatchObject({ imageUrl: `${server.url}/img/ita-banner.jpg` });
  });

  it('decodes the decoy too (the survey check rejects it)', () => {
    expect(site.qrCodes.map((q) => q.data)).toContain('https://itas.nacc.go.th/go/reotpsms');
  });

  it('reports what it did not check, and why', () => {
    const reasons = Object.fromEntries((site.qrUnchecked ?? []).map((u) => [u.url.replace(server.url, ''), u.reason]));
    expect(reasons).toEqual({ 'http://other.example/qr-eit.png': 'other-site', '/img/iit.webp': 'format', '/img/huge-eit.png': 'too-large' });
  });

  it('never asked another site for anything', () => {
    expect(server.requests.map((r) => r.path)).not.toContain('/qr-eit.png');
  });
});

describe('documents', () => {
  const doc = (path: string) => site.documents.get(`${server.url}${path}`);

  it('reads the text of a PDF behind a vague link, normalised', () => {
    expect(doc('/files/plan.pdf')).toMatchObject({ exists: true, isScanned: false, pages: 1 });
    expect(doc('/files/plan.pdf')?.text).toContain('แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566');
    expect(doc('/files/plan.pdf')?.title).toContain('แผนการดำเนินงาน');
  });

  it('marks a PDF without a text layer as a scan', () => {
    expect(doc('/files/Scan2023-10-16_105945.pdf')).toMatchObject({ exists: true, isScanned: true, text: '' });
  });

  it('records an HTML page in place of a PDF as a broken document', () => {
    expect(doc('/files/old.pdf')).toMatchObject({ exists: false, problem: 'HTML in place of the document' });
    expect(crawl.errors).toContainEqual(expect.objectContaining({ url: `${server.url}/files/old.pdf`, code: 'not-a-document' }));
  });

  it('records a 404 as a broken document', () => {
    expect(doc('/files/missing.pdf')).toMatchObject({ exists: false, status: 404 });
  });

  it('reads a same-site PDF inside a Google Docs viewer and gives the viewer its reading', () => {
    const viewer = [...site.documents.values()].find((d) => d.url.startsWith('https://docs.google.com/viewer'));
    expect(viewer).toMatchObject({ exists: true, readVia: `${server.url}/files/guide.pdf` });
    expect(viewer?.text).toContain('คู่มือการจัดการเรื่องร้องเรียนการทุจริต');
  });

  it('leaves a Drive viewer alone (it cannot be fetched)', () => {
    expect([...site.documents.keys()].some((u) => u.includes('drive.google.com'))).toBe(false);
  });

  it('titles an Office file from its name without opening it', () => {
    expect(doc('/files/form.docx')?.title).toBe('form');
    expect(server.requests.map((r) => r.path)).not.toContain('/files/form.docx');
  });
});

describe('documentTargets', () => {
  it('puts documents linked with an item’s words or vague texts first, and never other sites', () => {
    const targets = documentTargets(site, getRuleSet('ita-2566'));
    const paths = targets.map((t) => t.readUrl.replace(server.url, ''));
    expect(paths.slice(0, 2).sort()).toEqual(['/files/Scan2023-10-16_105945.pdf', '/files/plan.pdf']);
    // Broken files (known after the first read) are not read again; the viewer's file is.
    expect(paths).not.toContain('/files/old.pdf');
    expect(paths).toContain('/files/guide.pdf');
    expect(paths.every((p) => p.startsWith('/files/'))).toBe(true);
  });

  it('respects the document bound and says why the rest were not read', async () => {
    const small = siteOf(server.url, { '/ita': ITA.replace('ORIGIN', server.url) });
    const c = { ...crawl, site: small, errors: [] };
    await makeEnrich({ fetch: (u, i) => fetch(u, i), readPdf: readPdfNode, settings: { maxDocuments: 1 } })(small, c);
    const read = [...small.documents.values()].filter((d) => d.text !== undefined || d.isScanned !== undefined || d.exists === false);
    expect(read).toHaveLength(1);
  });
});

describe('time bound', () => {
  it('starts nothing after the deadline and says so', async () => {
    const late = siteOf(server.url, { '/': HOME, '/ita': ITA.replace('ORIGIN', server.url) });
    const before = server.requests.length;
    const c = { ...crawl, site: late, errors: [] };
    await makeEnrich({ fetch: (u, i) => fetch(u, i), decodeImage: decodeImageNode, readPdf: readPdfNode, deadline: 1000, now: () => 2000 })(late, c);
    expect(server.requests.length).toBe(before);
    expect(late.qrCodes).toEqual([]);
    expect(late.qrUnchecked?.find((u) => u.url.endsWith('/img/eit.png'))?.reason).toBe('time');
  });
});

describe('viewerTarget', () => {
  it.each([
    ['https://docs.google.com/viewer?url=http://abt.go.th/files/a.pdf&embedded=true', 'http://abt.go.th/files/a.pdf'],
    ['https://flowpaper.com/flipbook/?pdf=http://abt.go.th/wp-content/uploads/2023/10/x.pdf', 'http://abt.go.th/wp-content/uploads/2023/10/x.pdf'],
    ['http://abt.go.th/pdfjs/web/viewer.html?file=/files/b.pdf', 'http://abt.go.th/files/b.pdf'],
    ['https://drive.google.com/file/d/1AbCdEf/view', null],
    ['http://abt.go.th/news.php?id=5', null],
  ])('%s → %s', (url, expected) => {
    expect(viewerTarget(url)).toBe(expected);
  });
});
