/**
 * `document`: the item is published as content a person can open: a document that exists (PDF,
 * Office file, image), an embedded/linked viewer (review: a person must open it), or a page with
 * real content about the item. criteria.md §2.2: PDFs (often scans) are normal evidence; a broken
 * file is not evidence (issue #5: "a link that claims a PDF but returns HTML or 404 … does not count").
 */
import { z } from 'zod';
import { defineDetector } from './types';
import { documentsOf } from './evidence-text';

export default defineDetector({
  id: 'document',
  params: z.object({
    /** A page with this much text about the item counts without a file (e.g. O3 authority as HTML). */
    pageTextChars: z.number().default(400),
  }),
  evaluate(c, params) {
    if (c.isViewer) {
      return {
        status: 'review',
        notes: [{ th: 'เอกสารอยู่บนระบบภายนอก (เช่น Google Drive) ตรวจด้วยตนเอง', en: 'The document is on an external viewer (e.g. Google Drive): check it yourself' }],
      };
    }
    const docs = documentsOf(c);
    const ok = docs.filter((d) => d.doc?.exists !== false);
    if (ok.some((d) => d.doc?.isScanned)) {
      return { status: 'review', notes: [{ th: 'เอกสารสแกน ตรวจด้วยตนเอง', en: 'Scanned document: check it yourself' }] };
    }
    if (ok.length) return { status: 'pass' };
    const viewerAttachment = c.page?.links.find((l) => (l.via === 'iframe' || l.via === 'object' || l.via === 'embed') && !l.internal);
    if (viewerAttachment) {
      return { status: 'review', notes: [{ th: 'เอกสารแสดงผ่านโปรแกรมดูเอกสารภายนอก ตรวจด้วยตนเอง', en: 'The document is shown in an external viewer: check it yourself' }] };
    }
    if (docs.length) {
      const why = docs.map((d) => d.doc?.problem).filter(Boolean)[0] ?? '';
      return {
        status: 'fail',
        missing: [{ th: `ไฟล์เอกสารเปิดไม่ได้${why ? ` (${why})` : ''}`, en: `The document cannot be opened${why ? ` (${why})` : ''}` }],
      };
    }
    if (c.page && c.page.text.length >= params.pageTextChars) return { status: 'pass' };
    if (!c.page && !c.isExternal && c.kind === 'page') {
      return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ (เกินขอบเขตการตรวจ) ตรวจด้วยตนเอง', en: 'This page was not opened (crawl budget): check it yourself' }] };
    }
    if (c.isExternal) {
      return { status: 'review', notes: [{ th: 'หลักฐานอยู่นอกเว็บไซต์ของหน่วยงาน ตรวจด้วยตนเอง', en: 'The evidence is outside the agency site: check it yourself' }] };
    }
    return { status: 'fail', missing: [{ th: 'ไม่พบเอกสารหรือเนื้อหาของรายการนี้ (มีแต่หัวข้อ)', en: 'No document or content for this item (a title only)' }] };
  },
});
