/**
 * `org-chart`: a structure chart is shown: an image or document of the chart, or a page that lays
 * the structure out. criteria.md §4.1 O1 ("แผนผังโครงสร้าง"), thai-sites.md §3 (JPG org charts).
 */
import { z } from 'zod';
import { defineDetector } from './types';
import { documentsOf } from './evidence-text';
import { ownText } from './site-chrome';

const CHART = /(แผนผัง|โครงสร้าง|แผนภูมิ|ผังองค์กร|org-?chart|organi[sz]ation|structure|chart)/i;

/** Positions and units a structure chart names (criteria.md §4.1 O1: "สำนัก กอง ศูนย์ ฝ่าย ส่วน กลุ่ม"). */
const UNIT = /(นายก|รองนายก|ประธานสภา|สภา(องค์การ|เทศบาล)|ปลัด|รองปลัด|สำนักปลัด|สำนัก[ก-๛]+|กอง[ก-๛]+|ศูนย์[ก-๛]+|ฝ่าย[ก-๛]+|งาน[ก-๛]+)/g;
/** Fewer than this many named boxes is a sentence, not a chart. */
const UNITS_FOR_A_CHART = 6;

function unitsNamed(text: string): number {
  return new Set(text.slice(0, 10_000).match(UNIT) ?? []).size;
}

export default defineDetector({
  id: 'org-chart',
  params: z.object({}),
  evaluate(c, _p, ctx) {
    if (c.isViewer) return { status: 'review', notes: [{ th: 'แผนผังอยู่บนระบบภายนอก ตรวจด้วยตนเอง', en: 'The chart is on an external viewer: check it yourself' }] };
    if (c.kind === 'image' || documentsOf(c).some((d) => d.doc?.exists !== false)) return { status: 'pass' };
    const images = c.page?.images ?? [];
    if (images.some((i) => CHART.test(`${i.alt} ${i.src} ${i.context}`))) return { status: 'pass' };
    // A page that lists the units of both sides in text is a chart in words (several sites do this).
    if (c.page && c.page.headings.length >= 3 && images.length > 0) return { status: 'pass' };
    // A chart drawn in HTML boxes (AS-System "แผนผังโครงสร้างรวม"): the page names several positions and units.
    if (c.page && unitsNamed(ownText(c.page, ctx.site)) >= UNITS_FOR_A_CHART) return { status: 'pass' };
    if (!c.page && !c.isExternal) return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ ตรวจด้วยตนเอง', en: 'This page was not opened: check it yourself' }] };
    return { status: 'fail', missing: [{ th: 'ไม่พบแผนผังโครงสร้าง (ภาพหรือเอกสาร)', en: 'No structure chart (image or document)' }] };
  },
});
