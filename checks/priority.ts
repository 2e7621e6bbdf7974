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

/**
 * Words of the OIT domain that are not an item's name: plans, reports, procurement, HR, legal work
 * (the สำนักปลัด / กองคลัง units where sites file OIT documents: งานบริหารงานบุคคล, งานพัสดุ, งานนิติการ).
 * Words every menu carries (ข้อมูล, บริการ, ข่าว, หน่วยงาน) are left out: on a 150-entry mega-menu
 * they pulled the crawl through village and OTOP pages first (issue #7 bench).
 */
const BROAD = ['แผน', 'รายงาน', 'คู่มือ', 'ประกาศ', 'บุคลากร', 'บุคคล', 'ผู้บริหาร', 'โครงสร้าง', 'ร้องเรียน', 'จัดซื้อ', 'จัดจ้าง', 'พัสดุ', 'ทุจริต', 'คุณธรรม',
  'โปร่งใส', 'งบประมาณ', 'ติดต่อ', 'สถิติ', 'นโยบาย', 'จริยธรรม', 'กฎหมาย', 'นิติการ', 'อำนาจหน้าที่',
  // Shared by many concepts' names (checks/concepts: ดำเนินงาน 13, ประเมิน 18, มาตรการ 8). Not
  // ดำเนินการ: the everyday verb of every news title ("… ดำเนินการซ่อมถนน").
  'ดำเนินงาน', 'ประเมิน', 'มาตรการ'].map(compact);
const JUNK = /(ภาพกิจกรรม|อัลบั้ม|album|gallery|แกลเลอรี่|ปฏิทิน|calendar|print|พิมพ์|login|เข้าสู่ระบบ|สมัครสมาชิก|register|search|ค้นหา|rss|sitemap\.xml|ผังเว็บไซต์|วีดีโอ|video)/;
const PAGING = /^(?=.)[«‹<]*(\d{1,3}|ถัดไป|หน้าถัดไป|next|ต่อไป|หน้าต่อไป|ย้อนกลับ|ก่อนหน้า|prev|previous|หน้าแรก|first|last|หน้าสุดท้าย)?[»›>]*$/;

/**
 * What the crawl has learnt so far (issue #7): concepts whose items all have their final answer.
 * A link that names only those is worth little now; `epoch` tells the crawler when to score again.
 */
export interface PriorityState {
  closed: Set<string>;
  epoch: number;
}

/** A Thai or numeric date in a link's row (`4 ธ.ค. 2567`, `1/8/2569`): a news or notice listing. */
const DATED_ROW = /(\d{1,2} ?(ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\.? ?\d{2,4})|(\b\d{1,2}\/\d{1,2}\/\d{2,4}\b)/;

const termTest = (h: string): ((t: string) => boolean) => {
  if (h.length > 4) return (t) => t.includes(h);
  const re = new RegExp(`(^|[^a-z])${h}([^a-z]|$)`);
  return (t) => re.test(t);
};

export function makePriority(ruleset: RuleSet, state?: PriorityState): (link: LinkFeature, from: PageFeatures) => number {
  // The items' concepts and the second parts of merged items (companions): all must be found.
  const ids = new Set<string>();
  for (const item of ruleset.items) {
    ids.add(item.concept);
    for (const comp of item.components ?? CONCEPTS[item.concept]?.components ?? []) {
      const id = comp.detector === 'companion' ? (comp.params as { concept?: unknown } | undefined)?.concept : undefined;
      if (typeof id === 'string') ids.add(id);
    }
  }
  const concepts = [...ids].filter((id) => CONCEPTS[id]).map((id) => compileConcept(CONCEPTS[id]));
  const hubTests = HUB_TERMS.map(compact).map(termTest);
  const isHubText = (t: string) => hubTests.some((test) => test(t));
  const hubPages = new WeakMap<PageFeatures, boolean>();
  const isHub = (p: PageFeatures) => {
    let v = hubPages.get(p);
    if (v === undefined) {
      v = isHubText(compact(`${p.title} ${p.headings.slice(0, 2).join(' ')}`));
      hubPages.set(p, v);
    }
    return v;
  };
  const years = new Map<string, number[]>();
  const yearsOf = (t: string) => {
    let y = years.get(t);
    if (!y) {
      if (years.size > 20_000) years.clear();
      years.set(t, (y = parseFiscalYears(t)));
    }
    return y;
  };
  /** The strongest match of a text among concepts still open (20 strong, 8 weak), or 2 for a found one. */
  const conceptScore = (t: string) => {
    let best = 0;
    let closedHit = false;
    for (const c of concepts) {
      const m = matchCompacted(t, c);
      if (!m) continue;
      if (state?.closed.has(c.concept.id)) {
        closedHit = true;
        continue;
      }
      best = Math.max(best, m === 'strong' ? 20 : 8);
      if (best === 20) break;
    }
    return best || (closedHit ? 2 : 0);
  };
  /** Does a page lead anywhere: does one of its links name an open concept? (paging is worth it then) */
  const scent = new WeakMap<PageFeatures, { epoch: number; v: boolean }>();
  const hasScent = (p: PageFeatures) => {
    const epoch = state?.epoch ?? 0;
    let s = scent.get(p);
    if (!s || s.epoch !== epoch) {
      s = { epoch, v: isHub(p) || p.links.some((l) => !l.inNav && conceptScore(linkMatchText(l)) >= 8) };
      scent.set(p, s);
    }
    return s.v;
  };
  const fy = ruleset.fiscalYear;
  return (link, from) => {
    const t = linkMatchText(link);
    let score = 0;
    if (isHubText(t)) score += 30;
    const best = conceptScore(t);
    score += best;
    if (!best && BROAD.some((w) => t.includes(w))) score += 4;
    // The hub's own list, not the site menu it prints like every page.
    if (isHub(from) && !link.inNav) score += 10;
    if (link.inNav) score -= 1;
    if (PAGING.test(compact(link.text))) score += hasScent(from) ? 2 : -2;
    // A dated row naming nothing is a news post or a notice: OIT items sit behind menus and categories.
    else if (best < 8 && !link.inNav && DATED_ROW.test(link.context)) score -= 3;
    if (JUNK.test(t)) score -= 20;
    const ys = yearsOf(t);
    if (ys.length) {
      // This year's page first; last year's holds the "previous year" reports (and last year's ITA page).
      if (ys.includes(fy)) score += 4;
      else if (ys.includes(fy - 1)) score += 2;
      else if (ys.every((y) => y < fy - 1)) score -= 15;
    }
    return score - 0.5 * from.depth;
  };
}
