/**
 * `both-sides`: a local government shows its political side (นายก, รองนายก, สภา) and its permanent
 * side (ปลัด, สำนัก/กอง). criteria.md §2.4: "*กรณีองค์กรปกครองส่วนท้องถิ่นให้แสดงแผนผังโครงสร้าง
 * ทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ" (O1, O2). A chart that is only a picture cannot be read:
 * review, never pass.
 */
import { z } from 'zod';
import { defineDetector } from './types';
import { evidenceText } from './evidence-text';
import { compact, normalize } from '../thai/normalize';

export const POLITICAL = ['ฝ่ายการเมือง', 'นายกองค์การบริหารส่วน', 'นายกอบต', 'นายกเทศมนตรี', 'รองนายก', 'สภาองค์การบริหารส่วน', 'สภาเทศบาล', 'สมาชิกสภา', 'ประธานสภา', 'นายกองค์การบริหารส่วนจังหวัด'];
export const PERMANENT = ['ฝ่ายข้าราชการประจำ', 'ข้าราชการประจำ', 'ฝ่ายประจำ', 'ปลัดองค์การบริหารส่วน', 'ปลัดอบต', 'ปลัดเทศบาล', 'รองปลัด', 'สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสาธารณสุข', 'ส่วนราชการ'];

/**
 * "ฝ่ายบริหาร" alone is the executive (political) side; "ฝ่ายบริหารงานคลัง", "ฝ่ายบริหารการศึกษา" are
 * sections of the permanent side's divisions: read on the spaced text, a Thai word must not follow.
 */
const EXECUTIVE_SIDE = /ฝ่ายบริหาร(?![\u0E01-\u0E4E])/;

export function sidesIn(text: string): { political: boolean; permanent: boolean } {
  const t = compact(text);
  const political = POLITICAL.some((w) => t.includes(compact(w))) || EXECUTIVE_SIDE.test(normalize(text));
  return { political, permanent: PERMANENT.some((w) => t.includes(compact(w))) };
}

export default defineDetector({
  id: 'both-sides',
  params: z.object({}),
  evaluate(c, _p, ctx) {
    // The item's other evidence (a chart page and a council page) may show the other side; a page
    // that only loosely names the structure (a news post) shows nothing of it.
    const texts = ctx.candidates.filter((o) => o.isStrong && (o.page || o.text)).map((o) => evidenceText(o, ctx.site));
    const own = sidesIn(evidenceText(c, ctx.site));
    const all = sidesIn(texts.join(' '));
    const political = own.political || all.political;
    const permanent = own.permanent || all.permanent;
    if (political && permanent) return { status: 'pass' };
    // Words name one side and not the other: the other is missing. Words name neither: the chart is a
    // picture or a file, and a person must look at it.
    const isFile = c.kind === 'image' || c.kind === 'document' || c.isViewer;
    const hasSomethingToSee = isFile || (c.page?.images.length ?? 0) > 0 || c.attachments.length > 0;
    if (isFile || (!political && !permanent && hasSomethingToSee)) {
      return {
        status: 'review',
        notes: [{ th: 'แผนผังเป็นภาพหรือเอกสาร ตรวจด้วยตนเองว่ามีทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ', en: 'The chart is a picture or a document: check it shows both the political and the permanent side' }],
      };
    }
    const missing = [];
    if (!political) missing.push({ th: 'ไม่พบฝ่ายการเมือง (นายก รองนายก สภา)', en: 'The political side (mayor, deputies, council) is missing' });
    if (!permanent) missing.push({ th: 'ไม่พบฝ่ายข้าราชการประจำ (ปลัด สำนัก/กอง)', en: 'The permanent side (chief administrator, divisions) is missing' });
    return { status: 'fail', missing };
  },
});
