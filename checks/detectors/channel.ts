/**
 * `channel`: an interactive channel of the agency's own: a form, a board, an e-mail or chat link on
 * the agency's site. criteria.md §2.2: items that ask for a channel (Q&A, E-Service, the
 * corruption-complaint channel) need a working interactive link, not a PDF; for complaints "ผ่าน
 * ทางช่องทางออนไลน์ของหน่วยงาน", so a bare link to the NACC system alone is not enough.
 */
import { z } from 'zod';
import { defineDetector } from './types';

const CHAT = /^(https?:\/\/)?(line\.me|lin\.ee|m\.me|(www\.)?messenger\.com|(www\.)?facebook\.com\/messages)/i;

export default defineDetector({
  id: 'channel',
  params: z.object({
    /** External systems that are acceptable as the agency's channel (e.g. its own e-service host). */
    allowExternal: z.boolean().default(false),
  }),
  evaluate(c, params) {
    if (c.isExternal) {
      if (params.allowExternal || CHAT.test(c.url)) return { status: 'pass' };
      return {
        status: 'fail',
        missing: [{ th: 'ลิงก์ไปยังระบบภายนอกเท่านั้น ไม่พบช่องทางออนไลน์ของหน่วยงานเอง', en: 'Only a link to an outside system; no channel of the agency itself' }],
      };
    }
    if (!c.page) {
      return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ ตรวจด้วยตนเอง', en: 'This page was not opened: check it yourself' }] };
    }
    const p = c.page;
    if (p.forms.some((f) => f.fields.length >= 2)) return { status: 'pass' };
    if (p.links.some((l) => !l.inNav && (l.kind === 'mailto' || CHAT.test(l.url)))) return { status: 'pass' };
    return {
      status: 'fail',
      missing: [{ th: 'ไม่พบแบบฟอร์มหรือช่องทางออนไลน์สำหรับแจ้งเรื่อง (มีแต่ข้อความ)', en: 'No online form or channel to submit (text only)' }],
    };
  },
});
