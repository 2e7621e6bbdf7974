/**
 * `document`: the item is published as content a person can open: a document that exists (PDF,
 * Office file, image), an embedded/linked viewer (review: a person must open it), or a page with
 * real content about the item (its own words, not a column of links). criteria.md §2.2: PDFs (often scans) are normal evidence; a broken
 * file is not evidence (issue #5: "a link that claims a PDF but returns HTML or 404 … does not count").
 * When the readers (checks/readers) read a PDF: text → pass, no text layer (a scan) → review;
 * files on other sites or in viewers that could not be read → review, never pass.
 */
import { z } from 'zod';
import type { PageFeatures, SiteFeatures } from '../features';
import { compact } from '../thai/normalize';
import { isViewerUrl } from '../crawl/url';
import type { DocumentFeature } from '../features';
import type { Text } from '../rules';
import { defineDetector, type Candidate } from './types';
import { chromeVersion, isChromeLink, ownDates, ownPictures, ownText } from './site-chrome';
import { isLawTitle } from '../match';

/**
 * The files a candidate shows: itself (a document, or a viewer whose file was read) and its page's
 * attachments. `external`: on another site or inside a viewer, so it could not be opened here
 * (thai-sites.md §7.9: Drive `/file/d/…/view` cannot be fetched) — unless its file was read.
 */
function filesOf(c: Candidate, viewerRead: boolean): { url: string; doc?: DocumentFeature; external: boolean; image: boolean }[] {
  const out = c.attachments.map((a) => ({
    url: a.link.url,
    doc: a.doc,
    external: !a.doc?.readVia && (!a.link.internal || isViewerUrl(a.link.url)),
    image: a.link.kind === 'image',
  }));
  if (c.kind === 'document' || c.kind === 'image' || viewerRead) out.unshift({ url: c.url, doc: c.doc, external: c.isExternal && !c.doc?.readVia, image: c.kind === 'image' });
  return out;
}

const IMAGE_ONLY = { th: 'เอกสารเผยแพร่เป็นภาพ ตรวจด้วยตนเองว่ามีเนื้อหาครบ', en: 'The document is published as a picture: check its content yourself' };

/** The page says its content is an attachment ("รายละเอียดตามเอกสารแนบ"), or that none is attached (compacted). */
const NO_ATTACHMENT = /(รายละเอียด(ตาม|ดัง|ปรากฏตาม)(เอกสาร|ไฟล์)แนบ|ตามเอกสารแนบท้าย|ไม่มีไฟล์แนบ|ไม่มีเอกสารแนบ)/;
const ATTACHMENT_MISSING = {
  th: 'หน้านี้อ้างถึงเอกสารแนบ แต่ไม่มีไฟล์แนบให้เปิด ผู้ประเมินจะไม่เห็นตัวเอกสาร',
  en: 'The page refers to an attached document, but no file is attached: the assessor will not see the document',
};

/** The page says its content is in the pictures below ("ดังรายละเอียดตามภาพ", compacted). */
export const SEE_PICTURES = /(ตามภาพ|ดังภาพ|ตามรูป|ดังรูป)/;

/** A page whose content is its pictures: it says so, or it has little prose beside them. */
export function isPicturePage(p: PageFeatures, site: SiteFeatures | undefined, pageTextChars = 200): boolean {
  if (!ownPictures(p, site).length) return false;
  return proseLength(p, site) < pageTextChars || SEE_PICTURES.test(compact(ownText(p, site).slice(0, 3000)));
}

/** A page that says it has nothing yet (thai-sites.md §7.15: placeholders look like content). */
const PLACEHOLDER = /(ข้อมูลอยู่ระหว่าง|หน้านี้อยู่ระหว่าง|อยู่ระหว่าง(การ)?(ปรับปรุง|จัดทำ|พัฒนา)|อยู่ระหว่างดำเนินการจัดทำ|ยังไม่มีข้อมูล|ไม่พบข้อมูล|ไม่มีข้อมูล|coming soon|under construction|กำลังปรับปรุง)/;
/** "อยู่ระหว่างดำเนินการ" is also a column of statistics tables: a placeholder only when it is all the page says. */
const BARE_PLACEHOLDER = /^\s*\S*\s*(อยู่ระหว่างดำเนินการ|รอดำเนินการ)\s*$/;

/**
 * Words every post of a CMS carries, which say nothing of the item: the cookie notice, "posted on …
 * read N times", the ITA banner sentence, the click path agencies write for the assessor
 * ("คำอธิบาย: หน้าหลักของเว็บไซต์ เลือก … เลือก …", criteria.md §2.1).
 */
const BOILERPLATE = [
  /เว็บไซต์นี้(มีการ)?ใช้คุกกี้.{0,120}?(ยอมรับ|$)/g,
  /โพสต์เมื่อ.{0,40}?อ่าน ?\d+ ?ครั้ง/g,
  /(วันที่)?เผยแพร่.{0,30}?(ผู้เข้าชม|อ่าน) ?\d+ ?(ครั้ง|คน)?/g,
  /การประเมินคุณธรรมและความโปร่งใส[^)]{0,80}\)?( ?ประจำปี(งบประมาณ)? ?(พ\.ศ\. ?)?\d{4})?/g,
  /คำอธิบาย ?:? ?หน้าหลัก(ของเว็บไซต์)?( ?(เลือก|>|»|→) ?\S+){1,6}/g,
  /(« ?)?ย้อนกลับ|กลับหน้าหลัก|หน้าแรก|แชร์|พิมพ์หน้านี้/g,
];

const proseMemo = new WeakMap<PageFeatures, { chrome: number; n: number }>();

/**
 * The page's own words: its main text less the words of its links, its headings and CMS
 * boilerplate. A side column of news titles or menu-like lists is links; a summary of powers and
 * duties is prose; an ITA post that only repeats the item's name has none.
 */
export const PLACEHOLDER_PAGE: Text = { th: 'หน้านี้ยังไม่มีเนื้อหา (แจ้งว่าอยู่ระหว่างดำเนินการหรือไม่มีข้อมูล)', en: 'The page has no content yet (it says it is being prepared or has no data)' };

/** A page that says it has nothing yet ("อยู่ระหว่างปรับปรุงข้อมูล", "coming soon") and has little else. */
export function isPlaceholderPage(p: PageFeatures, site?: SiteFeatures, pageTextChars = 200): boolean {
  const prose = proseLength(p, site);
  const own = ownText(p, site);
  return (PLACEHOLDER.test(own.slice(0, 800)) && prose < pageTextChars * 2) || (prose < 80 && BARE_PLACEHOLDER.test(own.replace(p.headings[0] ?? '', '')));
}

/** Laws linked from a page that make it a law list. */
const LAW_LIST_MIN = 3;

/** Below this much prose, and without figures, a page holds nothing of its own. */
const BARE_PROSE = 80;
/** A figure of data: a count or an amount, not a year (25xx/20xx), a day or a phone number's part. */
const FIGURE_RE = /(?<![\d.,/:-])(?!(?:25|20)\d\d(?!\d))\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d/:-])/g;

/** A page with only its heading and a line or a link of its own: nothing of the item is published there. */
function isBare(p: PageFeatures, site?: SiteFeatures): boolean {
  if (proseLength(p, site) >= BARE_PROSE) return false;
  const own = ownText(p, site).slice(0, 3000);
  const figures = (own.match(FIGURE_RE) ?? []).filter((n) => Number(n.replace(/,/g, '')) > 31);
  return figures.length < 2;
}

/** Figures a page must show, with prose of its own, to hold the item's data itself (a table of the year's counts). */
const DATA_FIGURES = 6;
const DATA_PROSE = 300;

/** The page holds data of its own: prose and a table of figures (counts, amounts), not a title over a file. */
export function hasOwnData(p: PageFeatures, site?: SiteFeatures): boolean {
  if (proseLength(p, site) < DATA_PROSE) return false;
  const own = ownText(p, site).slice(0, 5000);
  return (own.match(FIGURE_RE) ?? []).filter((n) => Number(n.replace(/,/g, '')) > 31).length >= DATA_FIGURES;
}

export function proseLength(p: PageFeatures, site?: SiteFeatures): number {
  const version = chromeVersion(site);
  const hit = proseMemo.get(p);
  let n = hit?.chrome === version ? hit.n : undefined;
  if (n === undefined) {
    let t = ownText(p, site);
    for (const h of p.headings.slice(0, 10)) t = t.replace(h, ' ');
    for (const re of BOILERPLATE) t = t.replace(re, ' ');
    // The words of its own links (a side column's links left with their blocks: site-chrome.ts).
    let linkChars = 0;
    for (const l of p.links) if (!l.inNav && l.text && t.includes(l.text)) linkChars += l.text.length;
    n = Math.max(0, t.replace(/\s+/g, ' ').trim().length - linkChars);
    proseMemo.set(p, { chrome: version, n });
  }
  return n;
}

/**
 * The page's prose less the captions of its pictures ("คู่มือสำหรับประชาชน : การขออนุญาตก่อสร้าง…" under
 * each poster of a manual): a caption names a picture, it is not the content the picture holds.
 */
function proseBesidePictures(p: PageFeatures, pictures: { url: string }[], site?: SiteFeatures): number {
  const urls = new Set(pictures.map((d) => d.url));
  const captions = new Set(p.links.filter((l) => urls.has(l.url) && !l.text.trim()).map((l) => l.context.trim()));
  let n = proseLength(p, site);
  for (const caption of captions) n -= caption.length;
  return n;
}

export default defineDetector({
  id: 'document',
  params: z.object({
    /**
     * A page with this much prose counts without a file (O3 authority, a PDPA policy, an activity post
     * as HTML). The real pages of the fixture corpus run 250–350 characters for a complete answer; a
     * page with only its title and menu has well under 100 once link words are left out.
     */
    pageTextChars: z.number().default(200),
    /**
     * Statements that "there is none" which the item accepts as its content (criteria.md §2.4: "กรณี
     * ไม่มีเรื่องร้องเรียนให้เผยแพร่ว่าไม่มีเรื่องร้องเรียน"; no procurement needing a plan → say so).
     */
    noneStatements: z.array(z.string()).default([]),
    /** A list of dated posts (activities, meetings) counts as the content (participation, culture activities). */
    entries: z.boolean().default(false),
    /**
     * A list of laws, each a link to its text (often on krisdika.go.th or the Royal Gazette), is the
     * content itself: the law list of criteria.md §4.1 O6.
     */
    lawList: z.boolean().default(false),
  }),
  evaluate(c, params, ctx) {
    // A viewer (Drive, FlowPaper…) is readable only when the same-site file inside it was read (issue #5 §3).
    const viewerRead = c.isViewer && !!c.doc?.readVia;
    if (c.isViewer && !viewerRead) {
      return {
        status: 'review',
        notes: [{ th: 'เอกสารอยู่บนระบบภายนอก (เช่น Google Drive) ตรวจด้วยตนเอง', en: 'The document is on an external viewer (e.g. Google Drive): check it yourself' }],
      };
    }
    const docs = filesOf(c, viewerRead);
    const live = docs.filter((d) => d.doc?.exists !== false);
    const readable = live.filter((d) => !d.external);
    // A picture (a JPG of a plan, a post's thumbnail) is not a document a machine can read: the
    // page's own words may still answer; otherwise a person looks (issue #3: image-only → review).
    if (readable.some((d) => !d.doc?.isScanned && !d.image)) return { status: 'pass' };
    if (readable.length && readable.every((d) => d.image && !d.doc?.isScanned)) {
      if (c.page && proseBesidePictures(c.page, readable, ctx.site) >= params.pageTextChars) return { status: 'pass' };
      return { status: 'review', notes: [IMAGE_ONLY] };
    }
    // A scan has no text to confirm anything: a person reads it (issue #5: never fail, never pass).
    if (readable.length) return { status: 'review', notes: [{ th: 'เอกสารสแกน ตรวจด้วยตนเอง', en: 'Scanned document: check it yourself' }] };
    if (live.length) {
      return { status: 'review', notes: [{ th: 'เอกสารอยู่นอกเว็บไซต์ของหน่วยงานหรือบนระบบภายนอก ตรวจด้วยตนเอง', en: 'The document is on another site or an external viewer: check it yourself' }] };
    }
    const viewerAttachment = c.page?.links.find((l) => (l.via === 'iframe' || l.via === 'object' || l.via === 'embed') && !l.internal);
    if (viewerAttachment) {
      return { status: 'review', notes: [{ th: 'เอกสารแสดงผ่านโปรแกรมดูเอกสารภายนอก ตรวจด้วยตนเอง', en: 'The document is shown in an external viewer: check it yourself' }] };
    }
    if (docs.length) {
      const why = docs.map((d) => d.doc?.problem).filter(Boolean)[0] ?? '';
      return {
        status: 'fail',
        empty: true,
        missing: [{ th: `ไฟล์เอกสารเปิดไม่ได้${why ? ` (${why})` : ''}`, en: `The document cannot be opened${why ? ` (${why})` : ''}` }],
      };
    }
    if (c.page) {
      const text = compact(ownText(c.page, ctx.site).slice(0, 5000));
      if (params.noneStatements.some((x) => text.includes(compact(x)))) return { status: 'pass' };
      const prose = proseLength(c.page, ctx.site);
      if (isPlaceholderPage(c.page, ctx.site, params.pageTextChars)) return { status: 'fail', empty: true, missing: [PLACEHOLDER_PAGE] };
      // An announcement whose details are "in the attached document", with nothing attached: the
      // document itself is not published (a news post "ประกาศใช้แผน… รายละเอียดตามเอกสารแนบ").
      if (NO_ATTACHMENT.test(text) && !ownPictures(c.page, ctx.site).length) return { status: 'fail', empty: true, missing: [ATTACHMENT_MISSING] };
      // Report pages posted as pictures under a line "ดังรายละเอียดตามภาพ": a person reads them.
      if (!params.entries && isPicturePage(c.page, ctx.site, params.pageTextChars)) return { status: 'review', notes: [IMAGE_ONLY] };
      if (prose >= params.pageTextChars) return { status: 'pass' };
      if (params.lawList && c.page.links.filter((l) => !l.inNav && isLawTitle(l.text) && !isChromeLink(ctx.site, l)).length >= LAW_LIST_MIN) return { status: 'pass' };
      if (params.entries && ownDates(c.page, ctx.site).some((d) => d.month !== undefined) && c.page.links.some((l) => !l.inNav && l.internal && l.kind === 'page')) return { status: 'pass' };
    }
    if (!c.page && !c.isExternal && c.kind === 'page') {
      return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ (เกินขอบเขตการตรวจ) ตรวจด้วยตนเอง', en: 'This page was not opened (crawl budget): check it yourself' }] };
    }
    if (c.isExternal) {
      return { status: 'review', notes: [{ th: 'หลักฐานอยู่นอกเว็บไซต์ของหน่วยงาน ตรวจด้วยตนเอง', en: 'The evidence is outside the agency site: check it yourself' }] };
    }
    // Pages of a report posted as pictures (JPG scans in the page): a person reads them. Not for
    // activities: a post's photo shows the event, its words say what it was.
    if (c.page && !params.entries && ownPictures(c.page, ctx.site).length) return { status: 'review', notes: [IMAGE_ONLY] };
    // Bare (a heading, a line pointing at a form): the item is not found. A little text or a small
    // table of figures (statistics of one year) is the item's own content, short of something: partial.
    return { status: 'fail', empty: !c.page || isBare(c.page, ctx.site), missing: [{ th: 'ไม่พบเอกสารหรือเนื้อหาของรายการนี้ (มีแต่หัวข้อ)', en: 'No document or content for this item (a title only)' }] };
  },
});
