/**
 * The EIT/IIT survey check, beside the items (criteria.md §3: not an O-item in any year).
 * A valid survey link is `https://itas.nacc.go.th/go/eit|iit/<6 lowercase letters or digits>`;
 * `/go/reotpsms` (an OTP endpoint) and a bare `itas.nacc.go.th` are not (thai-sites.md §6).
 * Links inside HTML comments never reach here: the extractor does not read comments.
 * QR codes decoded by checks/readers (issue #5) count as `via: 'qr'`; images that may show the
 * survey but could not be decoded make the check `review` with a "not checked" note, not `fail`.
 */
import type { SiteFeatures, UncheckedImage } from './features';
import { yearsIn } from './detectors/evidence-text';

export const SURVEY_URL = /^https?:\/\/itas\.nacc\.go\.th\/go\/(eit|iit)\/([a-z0-9]{6})\/?$/;

export type SurveyKind = 'eit' | 'iit';

export interface SurveyCheck {
  status: 'pass' | 'fail' | 'review';
  url: string | null;
  via: 'link' | 'qr' | null;
  foundOn: string | null;
  /** Where else the same survey was shown (banners repeat it). */
  seenOn?: string[];
  notes?: string[];
  /** The image the QR code was decoded from, when `via` is `qr`. */
  imageUrl?: string;
}

export interface Survey {
  eit: SurveyCheck;
  iit: SurveyCheck;
}

export function parseSurveyUrl(url: string): { kind: SurveyKind; code: string } | null {
  const m = SURVEY_URL.exec(url.trim());
  return m ? { kind: m[1] as SurveyKind, code: m[2] } : null;
}

const KIND_LABEL: Record<SurveyKind, string> = { eit: 'EIT', iit: 'IIT' };

/** Why an image was not decoded, in Thai (the survey notes are read by the webmaster). */
const UNCHECKED_TH: Record<UncheckedImage['reason'], string> = {
  'other-site': 'รูปอยู่นอกเว็บไซต์ของหน่วยงาน จึงไม่ได้เปิด',
  'too-large': 'รูปใหญ่เกินขนาดที่ตรวจได้ (4 MB หรือ 4,000 พิกเซล)',
  format: 'รูปแบบไฟล์ที่ตรวจไม่ได้ (เช่น WebP หรือ SVG)',
  limit: 'เกินจำนวนรูปที่ตรวจได้ในการตรวจหนึ่งครั้ง',
  time: 'หมดเวลาตรวจก่อนถึงรูปนี้',
  'fetch-failed': 'เปิดรูปไม่ได้',
  unreadable: 'อ่านคิวอาร์โค้ดในรูปไม่ได้',
};

const isItas = (data: string) => /^https?:\/\/itas\.nacc\.go\.th(\/|$)/i.test(data.trim());
const sameSurvey = (a: string, b: string) => a.replace(/\/$/, '').toLowerCase() === b.replace(/\/$/, '').toLowerCase();

/**
 * A page of an earlier assessment ("ITA 2565", "การประเมิน ITA ประจำปี 2565" still online): its survey
 * link or QR is last year's, which is neither this year's survey nor a conflict with it.
 */
function oldYearPages(site: SiteFeatures, fiscalYear: number | undefined): Set<string> {
  const old = new Set<string>();
  if (!fiscalYear) return old;
  for (const p of site.pages.values()) {
    const years = yearsIn(`${p.title} ${p.headings.slice(0, 2).join(' ')}`);
    if (years.length && years.every((y) => y < fiscalYear)) old.add(p.finalUrl);
  }
  return old;
}

/** The survey check; with the rule set's fiscal year, the pages of earlier assessments are left out. */
export function evaluateSurvey(site: SiteFeatures, fiscalYear?: number): Survey {
  const old = oldYearPages(site, fiscalYear);
  const found: Record<SurveyKind, SurveyCheck> = {
    eit: { status: 'fail', url: null, via: null, foundOn: null },
    iit: { status: 'fail', url: null, via: null, foundOn: null },
  };
  const notes: Record<SurveyKind, string[]> = { eit: [], iit: [] };
  const note = (kind: SurveyKind, text: string) => {
    if (!notes[kind].includes(text) && notes[kind].length < 10) notes[kind].push(text);
  };
  const add = (url: string, via: 'link' | 'qr', foundOn: string, imageUrl?: string) => {
    const s = parseSurveyUrl(url);
    if (!s) return;
    const check = found[s.kind];
    if (check.status !== 'pass') {
      found[s.kind] = { status: 'pass', url: url.trim().replace(/\/$/, ''), via, foundOn, seenOn: [], ...(imageUrl ? { imageUrl } : {}) };
    } else if (check.foundOn !== foundOn && (check.seenOn?.length ?? 0) < 10 && !check.seenOn?.includes(foundOn)) {
      check.seenOn?.push(foundOn);
    }
  };
  for (const p of site.pages.values()) {
    if (old.has(p.finalUrl)) continue;
    for (const l of p.links) add(l.url, 'link', p.finalUrl);
  }
  const linked = { eit: found.eit.url, iit: found.iit.url };

  // QR codes (issue #5): valid ones count; a code that disagrees with the site's own link, one labelled
  // EIT that opens the IIT survey (or the reverse), and itas decoys are flagged.
  for (const q of site.qrCodes) {
    if (old.has(q.foundOn)) continue;
    const s = parseSurveyUrl(q.data);
    const where = `บน ${q.foundOn} (รูป ${q.imageUrl})`;
    if (s) {
      add(q.data, 'qr', q.foundOn, q.imageUrl);
      if (q.labelKind && q.labelKind !== s.kind) {
        note(q.labelKind, `คิวอาร์โค้ดที่ระบุว่าเป็น ${KIND_LABEL[q.labelKind]} ${where} เปิดแบบวัด ${KIND_LABEL[s.kind]} (${q.data.trim()}) ไม่ใช่แบบวัด ${KIND_LABEL[q.labelKind]}`);
      }
      const link = linked[s.kind];
      if (link && !sameSurvey(link, q.data)) {
        found[s.kind].status = 'review';
        note(s.kind, `คิวอาร์โค้ด ${KIND_LABEL[s.kind]} ${where} ชี้ไปที่ ${q.data.trim()} แต่ลิงก์บนเว็บไซต์คือ ${link} ตรวจว่าอันไหนถูกต้อง`);
      }
    } else if (isItas(q.data) || q.labelKind) {
      // `/go/reotpsms` (an OTP endpoint), a bare itas.nacc.go.th, or another site under an EIT/IIT label.
      const kinds: SurveyKind[] = q.labelKind ? [q.labelKind] : ['eit', 'iit'];
      for (const k of kinds) note(k, `คิวอาร์โค้ด ${where} ชี้ไปที่ ${q.data.trim().slice(0, 200)} ซึ่งไม่ใช่ลิงก์แบบวัด ${KIND_LABEL[k]} (ต้องเป็น https://itas.nacc.go.th/go/${k}/ ตามด้วยรหัส 6 ตัว)`);
    }
  }

  // Images that may show the survey but were not decoded: "not checked", never "not found" (issue #5).
  for (const kind of ['eit', 'iit'] as const) {
    if (found[kind].status !== 'fail') continue;
    const unchecked = (site.qrUnchecked ?? []).filter((u) => !u.labelKind || u.labelKind === kind);
    for (const u of unchecked.slice(0, 3)) note(kind, `ยังไม่ได้ตรวจรูปที่อาจเป็นคิวอาร์โค้ด ${u.url} บน ${u.foundOn}: ${UNCHECKED_TH[u.reason]}`);
    if (unchecked.length > 3) note(kind, `และรูปอื่นที่ยังไม่ได้ตรวจอีก ${unchecked.length - 3} รูป`);
    // An image the site itself labels as this survey, which could not be read: a person looks at it.
    if (unchecked.some((u) => u.labelKind === kind)) found[kind].status = 'review';
  }
  for (const kind of ['eit', 'iit'] as const) if (notes[kind].length) found[kind].notes = [...(found[kind].notes ?? []), ...notes[kind]];
  return found;
}
