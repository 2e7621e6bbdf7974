/**
 * `channel`: an interactive channel of the agency's own, that works online. criteria.md §2.2:
 * items that ask for a channel (Q&A, E-Service, the corruption-complaint channel) need a working
 * interactive link, not a PDF; §4.1 O8 ("two-way channel where the public can ask and the agency
 * answers"), O18 ("a form/system, not just a PDF form"), O28 ("online channel of the agency,
 * separate from the general complaint channel" [P10]: a bare link to the NACC system alone is not
 * enough). update-2568-2570.md §2 O3: Messenger Live Chat, Chatbot, LINE Official Account and web
 * boards count as two-way Q&A.
 */
import { z } from 'zod';
import type { PageFeatures, SiteFeatures } from '../features';
import type { Text } from '../rules';
import { compact } from '../thai/normalize';
import { isPlaceholderPage, PLACEHOLDER_PAGE } from './document';
import { ownForms, ownText, ownWords } from './site-chrome';
import { defineDetector } from './types';
import type { Candidate } from './types';

const CHAT = /^(https?:\/\/)?([a-z0-9-]+\.)*(line\.me|lin\.ee|m\.me|messenger\.com|facebook\.com\/messages|page\.line\.me)(\/|$)/i;
const ONLINE_FORM = /^https?:\/\/(docs\.google\.com\/forms|forms\.gle|forms\.office\.com|(www\.)?jotform\.com)/i;
/** Outside systems that are someone else's channel (NACC, PACC, the government complaint centre). */
const OTHERS = /^https?:\/\/([a-z0-9-]+\.)*(nacc\.go\.th|pacc\.go\.th|1111\.go\.th|gecc\.go\.th|ombudsman\.go\.th|damrongdhama\.moi\.go\.th)(\/|$)/i;
const BOARD = /(ตั้งกระทู้|ตั้งคำถาม|ถามคำถาม|โพสต์คำถาม|ส่งคำถาม|เขียนคำถาม|กระทู้ใหม่|ผู้ตั้งกระทู้|ตอบกระทู้|คำตอบ|ตอบโดย|ผู้ตอบ|ความคิดเห็นที่)/;
const GENERAL_COMPLAINT = /(ร้องทุกข์|ร้องเรียนทั่วไป|เรื่องทั่วไป|complaintgeneral|adding_complain)/;
const CORRUPTION = /(ทุจริต|มิชอบ|สินบน|corruption|fraud)/;

type Kind = 'qa' | 'eservice' | 'complaint' | 'any';

/**
 * A form of the page's own a person can fill: at least two fields. The site's search box and the
 * poll in its side column (on every page) are not this page's channel; neither is a search form.
 */
function hasForm(p: PageFeatures, site: SiteFeatures): boolean {
  return ownForms(p, site).some((f) => f.fields.length >= 2 && !SEARCH_OR_POLL.test(`${f.action} ${f.heading}`));
}
const SEARCH_OR_POLL = /(search|ค้นหา|poll|vote|โหวต|แบบสำรวจความคิดเห็นเว็บไซต์|newsletter|subscribe|login|เข้าสู่ระบบ)/i;

function agencyHost(url: string, siteUrl: string): boolean {
  const host = (u: string) => u.replace(/^https?:\/\//, '').split(/[/?#:]/)[0].replace(/^www\./, '');
  const a = host(url);
  const s = host(siteUrl);
  return a === s || a.endsWith(`.${s}`);
}

const REVIEW_EXTERNAL: Text = { th: 'ช่องทางอยู่บนระบบภายนอก ตรวจด้วยตนเองว่าเป็นช่องทางของหน่วยงานและใช้งานได้', en: 'The channel is on an outside system: check it is the agency’s own and works' };

function external(c: Candidate, kind: Kind, siteUrl: string) {
  if (OTHERS.test(c.url)) {
    return { status: 'fail' as const, empty: true, missing: [{ th: 'มีเพียงลิงก์ไปยังระบบของหน่วยงานอื่น (เช่น ป.ป.ช.) ไม่พบช่องทางออนไลน์ของหน่วยงานเอง', en: 'Only a link to another agency’s system (e.g. the NACC); no channel of the agency itself' }] };
  }
  if (CHAT.test(c.url)) return kind === 'eservice' ? { status: 'review' as const, notes: [REVIEW_EXTERNAL] } : { status: 'pass' as const };
  if (ONLINE_FORM.test(c.url) || agencyHost(c.url, siteUrl)) return { status: 'pass' as const };
  return { status: 'review' as const, notes: [REVIEW_EXTERNAL] };
}

/** Words of a channel a page describes itself: in person, by post, a box, a phone number, e-mail. */
const OFFLINE_CHANNEL = /(ด้วยตนเอง|ไปรษณีย์|ตู้รับ|ตู้แดง|ตู้ร้องเรียน|โทรศัพท์|โทร\.?\s?[0-9๐-๙]|หมายเลข\s?[0-9๐-๙]|อีเมล|e-?mail|ทางจดหมาย|หนังสือร้องเรียน|ศูนย์รับเรื่อง|ศูนย์ดำรงธรรม|สายด่วน|\d{1,2}[-\s]?\d{3,4}[-\s]?\d{4})/i;

export default defineDetector({
  id: 'channel',
  params: z.object({
    kind: z.enum(['qa', 'eservice', 'complaint', 'any']).default('any'),
    /** Any outside system is acceptable as the agency's channel. */
    allowExternal: z.boolean().default(false),
  }),
  evaluate(c, params, ctx) {
    const kind = params.kind;
    if (kind === 'complaint') {
      // The page itself says what it is: a page for general complaints is not the separate channel,
      // even when the menu calls it "ร้องเรียนร้องทุกข์ / แจ้งเรื่องทุจริต".
      // Its own headings: a side widget "แจ้งเรื่องร้องเรียนการทุจริต" on every page names nothing of this one.
      const pageWords = c.page ? compact(`${c.page.title} ${ownWords(c.page, ctx.site).headings.slice(0, 2).join(' ')} ${c.page.url}`) : '';
      const linkWords = compact(`${c.text} ${c.url}`);
      const general = c.page ? GENERAL_COMPLAINT.test(pageWords) : !CORRUPTION.test(linkWords) && GENERAL_COMPLAINT.test(linkWords);
      if (general) {
        // A form for general complaints only is not the item at all; one shared with corruption
        // complaints is the item, not kept separate.
        // The page and its form decide (the form's choices "เรื่องทั่วไป / ทุจริต"), not the ITA row
        // that links it nor the site's menu around it.
        const formWords = c.page ? compact(c.page.forms.map((f) => `${f.heading} ${f.fields.join(' ')}`).join(' ')) : '';
        const shared = CORRUPTION.test(c.page ? `${pageWords} ${formWords}` : linkWords);
        return { status: 'fail', empty: !shared, missing: [{ th: 'พบเพียงช่องทางร้องเรียนร้องทุกข์ทั่วไป ไม่พบช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่แยกต่างหาก', en: 'Only the general complaint channel; no separate channel for corruption and misconduct complaints' }] };
      }
    }
    if (c.isExternal) {
      if (params.allowExternal) return { status: 'pass' };
      return external(c, kind, ctx.site.startUrl);
    }
    if (c.kind === 'document' || c.kind === 'image') {
      return { status: 'fail', empty: true, missing: [{ th: 'เป็นเพียงเอกสาร/แบบฟอร์มให้ดาวน์โหลด ไม่ใช่ช่องทางออนไลน์', en: 'Only a document or a form to download, not an online channel' }] };
    }
    if (!c.page) return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ ตรวจด้วยตนเอง', en: 'This page was not opened: check it yourself' }] };
    const p = c.page;
    if (hasForm(p, ctx.site)) return { status: 'pass' };
    // A board or channel page that says it is still being prepared is no channel yet.
    if (isPlaceholderPage(p, ctx.site)) return { status: 'fail', empty: true, missing: [PLACEHOLDER_PAGE] };
    const content = p.links.filter((l) => !l.inNav);
    if (content.some((l) => CHAT.test(l.url) || (kind !== 'eservice' && l.kind === 'mailto'))) return { status: 'pass' };
    if (kind === 'qa' && BOARD.test(ownText(p, ctx.site))) return { status: 'pass' };
    if (kind !== 'qa' && content.some((l) => !l.internal && (ONLINE_FORM.test(l.url) || agencyHost(l.url, ctx.site.startUrl)) && l.kind === 'page')) return { status: 'pass' };
    if (kind === 'eservice' && content.some((l) => l.internal && l.kind === 'page' && /(ออนไลน์|online|ยื่นคำร้อง|จองคิว|eservice|e-service)/.test(l.text + l.url))) return { status: 'pass' };
    const onlyDocs = content.some((l) => l.kind === 'document');
    const what: Record<Kind, Text> = {
      qa: { th: 'ไม่พบช่องทางถาม-ตอบที่โต้ตอบได้ (กระดานถาม-ตอบ แบบฟอร์ม หรือแชต)', en: 'No two-way Q&A channel (board, form or chat)' },
      eservice: onlyDocs
        ? { th: 'มีเพียงแบบฟอร์มให้ดาวน์โหลด ไม่พบระบบยื่นเรื่องหรือขอรับบริการออนไลน์', en: 'Only forms to download; no online service system' }
        : { th: 'ไม่พบระบบยื่นเรื่องหรือขอรับบริการออนไลน์', en: 'No online service system' },
      complaint: { th: 'ไม่พบแบบฟอร์มหรือช่องทางออนไลน์สำหรับแจ้งเรื่องร้องเรียนการทุจริต (มีแต่ข้อความ)', en: 'No online form or channel to report corruption (text only)' },
      any: { th: 'ไม่พบแบบฟอร์มหรือช่องทางออนไลน์ (มีแต่ข้อความ)', en: 'No online form or channel (text only)' },
    };
    // Forms to print on a page titled as the E-Service are not a service system, and a line pointing
    // elsewhere ("แจ้งได้ที่เมนู ร้องเรียน/ร้องทุกข์") describes no channel: the item is not found. A
    // page that describes its channels (walk-in, post, phone) is the item short of one online.
    const pointsElsewhere = kind === 'complaint' && !OFFLINE_CHANNEL.test(ownText(p, ctx.site).slice(0, 5000));
    return { status: 'fail', empty: (kind === 'eservice' && onlyDocs) || pointsElsewhere, missing: [what[kind]] };
  },
});
