/**
 * `org-chart`: a structure chart is shown: an image or document of the chart, or a page that lays
 * the structure out. criteria.md §4.1 O1 ("แผนผังโครงสร้าง"), thai-sites.md §3 (JPG org charts).
 */
import { z } from 'zod';
import { defineDetector } from './types';
import { documentsOf } from './evidence-text';

const CHART = /(แผนผัง|โครงสร้าง|แผนภูมิ|ผังองค์กร|org-?chart|organi[sz]ation|structure|chart)/i;

export default defineDetector({
  id: 'org-chart',
  params: z.object({}),
  evaluate(c) {
    if (c.isViewer) return { status: 'review', notes: [{ th: 'แผนผังอยู่บนระบบภายนอก ตรวจด้วยตนเอง', en: 'The chart is on an external viewer: check it yourself' }] };
    if (c.kind === 'image' || documentsOf(c).some((d) => d.doc?.exists !== false)) return { status: 'pass' };
    const images = c.page?.images ?? [];
    if (images.some((i) => CHART.test(`${i.alt} ${i.src} ${i.context}`))) return { status: 'pass' };
    // A page that lists the units of both sides in text is a chart in words (several sites do this).
    if (c.page && c.page.headings.length >= 3 && images.length > 0) return { status: 'pass' };
    if (!c.page && !c.isExternal) return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ ตรวจด้วยตนเอง', en: 'This page was not opened: check it yourself' }] };
    return { status: 'fail', missing: [{ th: 'ไม่พบแผนผังโครงสร้าง (ภาพหรือเอกสาร)', en: 'No structure chart (image or document)' }] };
  },
});
