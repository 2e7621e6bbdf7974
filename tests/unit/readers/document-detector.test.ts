/** The `document` detector with what the readers learnt (issue #5 §2–3). */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../checks/detectors';
import document from '../../../checks/detectors/document';
import type { DocumentFeature, LinkFeature } from '../../../checks/features';

const O = 'http://abt.go.th';
const link = (url: string, extra: Partial<LinkFeature> = {}): LinkFeature => ({
  url, kind: 'document', via: 'a', internal: url.startsWith(O), text: 'ดาวน์โหลด', label: 'ดาวน์โหลด', hasImage: false, inNav: false, heading: '', context: '', ...extra,
});
const cand = (c: Partial<Candidate>): Candidate => ({
  url: `${O}/files/a.pdf`, kind: 'document', label: 'x', text: 'x', foundOn: `${O}/ita`, attachments: [], isExternal: false, isViewer: false, isStrong: true, score: 10, ...c,
});
const doc = (d: Partial<DocumentFeature>): DocumentFeature => ({ url: `${O}/files/a.pdf`, isInternal: true, exists: true, ...d });
const evaluate = (c: Candidate) => document.evaluate(c, document.params.parse({}), { site: {} as never, fiscalYear: 2566, isLocalGov: true, candidates: [] });

describe('document detector', () => {
  it('passes a PDF with a text layer', () => {
    expect(evaluate(cand({ doc: doc({ text: 'แผนการดำเนินงาน', isScanned: false }) })).status).toBe('pass');
  });

  it('sends a scanned PDF to review with "เอกสารสแกน ตรวจด้วยตนเอง", never pass or fail', () => {
    const r = evaluate(cand({ doc: doc({ isScanned: true, text: '' }) }));
    expect(r.status).toBe('review');
    expect(r.notes?.[0].th).toBe('เอกสารสแกน ตรวจด้วยตนเอง');
  });

  it.each([
    ['HTML in place of the PDF', doc({ exists: false, problem: 'HTML in place of the document' })],
    ['a 404', doc({ exists: false, status: 404, problem: 'HTTP 404' })],
  ])('does not count %s', (_name, d) => {
    const r = evaluate(cand({ doc: d }));
    expect(r.status).toBe('fail');
    expect(r.missing?.[0].th).toContain('ไฟล์เอกสารเปิดไม่ได้');
  });

  it('sends a page whose only attachment is on Google Drive to review', () => {
    const drive = link('https://drive.google.com/file/d/1AbC/view', { kind: 'page', via: 'iframe', internal: false });
    const r = evaluate(cand({ url: `${O}/ita/o11`, kind: 'page', attachments: [{ link: drive }] }));
    expect(r.status).toBe('review');
  });

  it('passes a viewer whose same-site PDF was read through it', () => {
    const url = `https://docs.google.com/viewer?url=${O}/files/a.pdf`;
    const r = evaluate(cand({ url, kind: 'link', isViewer: true, isExternal: true, doc: doc({ url, isInternal: false, readVia: `${O}/files/a.pdf`, text: 'คู่มือ' }) }));
    expect(r.status).toBe('pass');
  });

  it('keeps a viewer that could not be read in review', () => {
    expect(evaluate(cand({ url: 'https://flowpaper.com/flipbook/?pdf=https://cdn.example/a.pdf', kind: 'link', isViewer: true, isExternal: true })).status).toBe('review');
  });

  it('passes when one attachment has text even if another is a scan', () => {
    const r = evaluate(cand({
      url: `${O}/ita/o11`, kind: 'page',
      attachments: [{ link: link(`${O}/files/s.pdf`), doc: doc({ url: `${O}/files/s.pdf`, isScanned: true }) }, { link: link(`${O}/files/t.pdf`), doc: doc({ url: `${O}/files/t.pdf`, text: 'แผน' }) }],
    }));
    expect(r.status).toBe('pass');
  });
});
