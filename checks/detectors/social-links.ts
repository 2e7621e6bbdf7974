/**
 * `social-links`: the agency's own social media account is linked (Facebook, LINE, YouTube, TikTok,
 * X/Twitter, Instagram). criteria.md §4.1 O9 ("Agency's social media account(s) linked from the
 * site"); thai-sites.md §7.9 (Facebook pages cannot be crawled, so the link is the evidence). Share
 * buttons ("แชร์", sharer.php, intent/tweet) point at someone else's share form, not an account.
 */
import { z } from 'zod';
import { defineDetector } from './types';

export const SOCIAL_URL = /^https?:\/\/([a-z0-9-]+\.)*(facebook\.com|fb\.com|fb\.me|line\.me|lin\.ee|youtube\.com|youtu\.be|tiktok\.com|twitter\.com|x\.com|instagram\.com|threads\.net)(\/|$)/i;
const SHARE = /(sharer|share\.php|\/share\b|share\?|intent\/tweet|dialog\/share|plugins\/like|\/login|\/watch\?v=$)/i;

/** A link to an account on a social network (not a share form, not the network's home page). */
export function isSocialAccount(url: string): boolean {
  if (!SOCIAL_URL.test(url) || SHARE.test(url)) return false;
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
  return path.length > 1 || /[?&](id|href)=/.test(url);
}

export default defineDetector({
  id: 'social-links',
  params: z.object({}),
  evaluate(c) {
    if (isSocialAccount(c.url)) return { status: 'pass' };
    const link = c.page?.links.find((l) => isSocialAccount(l.url));
    if (link) return { status: 'pass', evidence: [{ url: link.url, kind: 'link', text: link.label || link.url, foundOn: c.page!.finalUrl }] };
    if (!c.page && !c.isExternal) return { status: 'review', notes: [{ th: 'ยังไม่ได้เปิดหน้านี้ ตรวจด้วยตนเอง', en: 'This page was not opened: check it yourself' }] };
    return { status: 'fail', missing: [{ th: 'ไม่พบลิงก์ไปยังบัญชีสื่อสังคมออนไลน์ของหน่วยงาน (เช่น Facebook, LINE, YouTube)', en: "No link to the agency's social media account (Facebook, LINE, YouTube…)" }] };
  },
});
