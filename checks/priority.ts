/**
 * Best-first crawl order (design.md): a link is worth following as much as its text (or its row,
 * when the text is generic) names an item of the rule set. Hub pages (ITA, OIT, การเปิดเผยข้อมูล
 * สาธารณะ, มาตรการภายใน) come first; old-year pages and galleries last.
 */
import type { LinkFeature, PageFeatures } from './features';
import { CONCEPTS, HUB_TERMS } from './concepts';
import { compileConcept, linkMatchText, matchCompacted } from './match';
import type { RuleSet } from './rules';
import { compact } from './thai/normalize';
import { parseFiscalYears } from './thai/dates';

const BROAD = ['แผน', 'รายงาน', 'คู่มือ', 'ประกาศ', 'ข้อมูล', 'บุคลากร', 'ผู้บริหาร', 'โครงสร้าง', 'ร้องเรียน', 'จัดซื้อ', 'จัดจ้าง', 'ทุจริต', 'คุณธรรม',
  'โปร่งใส', 'งบประมาณ', 'บริการ', 'ติดต่อ', 'ข่าว', 'สถิติ', 'นโยบาย', 'จริยธรรม', 'กฎหมาย', 'อำนาจหน้าที่', 'หน่วยงาน', 'เกี่ยวกับ'].map(compact);
const JUNK = /(ภาพกิจกรรม|อัลบั้ม|album|gallery|แกลเลอรี่|ปฏิทิน|calendar|print|พิมพ์|login|เข้าสู่ระบบ|สมัครสมาชิก|register|search|ค้นหา|rss|sitemap\.xml|ผังเว็บไซต์|วีดีโอ|video)/;
const PAGING = /^(\d{1,3}|ถัดไป|หน้าถัดไป|next|»|>|>>|ต่อไป|หน้าต่อไป|ย้อนกลับ|ก่อนหน้า|prev|previous|«|<|<<|หน้าแรก|first|last|หน้าสุดท้าย)$/;

export function makePriority(ruleset: RuleSet): (link: LinkFeature, from: PageFeatures) => number {
  const concepts = [...new Set(ruleset.items.map((i) => i.concept))].map((id) => CONCEPTS[id]).filter(Boolean).map(compileConcept);
  const hub = HUB_TERMS.map(compact);
  const hubPages = new WeakMap<PageFeatures, boolean>();
  const isHub = (p: PageFeatures) => {
    let v = hubPages.get(p);
    if (v === undefined) {
      const t = compact(`${p.title} ${p.headings.slice(0, 2).join(' ')}`);
      v = hub.some((h) => (h.length <= 4 ? new RegExp(`(^|[^a-z])${h}([^a-z]|$)`).test(t) : t.includes(h)));
      hubPages.set(p, v);
    }
    return v;
  };
  const fy = ruleset.fiscalYear;
  return (link, from) => {
    const t = linkMatchText(link);
    let score = 0;
    if (hub.some((h) => (h.length <= 4 ? new RegExp(`(^|[^a-z])${h}([^a-z]|$)`).test(t) : t.includes(h)))) score += 30;
    let best = 0;
    for (const c of concepts) {
      const m = matchCompacted(t, c);
      if (m === 'strong') best = Math.max(best, 20);
      else if (m === 'weak') best = Math.max(best, 8);
      if (best === 20) break;
    }
    score += best;
    if (!best && BROAD.some((w) => t.includes(w))) score += 4;
    if (isHub(from)) score += 10;
    if (link.inNav) score -= 1;
    if (PAGING.test(compact(link.text))) score += 2;
    if (JUNK.test(t)) score -= 20;
    const years = parseFiscalYears(t);
    if (years.length) {
      if (years.includes(fy) || years.includes(fy - 1)) score += 3;
      else if (years.every((y) => y < fy - 1)) score -= 15;
    }
    return score - 0.5 * from.depth;
  };
}
