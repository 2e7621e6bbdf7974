/**
 * Term matching on normalised Thai (criteria.md §6 detector notes: match on normalised text with
 * spaces stripped, because titles are long and sites space and truncate them differently).
 *
 * The engine runs during the crawl as well as at its end (the early-stop check), over every link of
 * every page, so matching is memoised: a concept is compiled once, and each distinct link text is
 * judged once per concept (menus repeat the same texts on every page).
 */
import type { LinkFeature } from './features';
import type { Concept } from './rules';
import { compact } from './thai/normalize';

export type MatchStrength = 'strong' | 'weak' | null;

export interface CompiledConcept {
  concept: Concept;
  names: string[];
  weakNames: string[];
  exclude: string[];
  requireAny: string[];
  urls: RegExp[];
  /** Names ending "ประจำปี" without it: "แผนปฏิบัติการ" of "แผนปฏิบัติการประจำปี" (see `agencyInside`). */
  yearlyPrefixes: string[];
  /** Memo: compacted text → strength. Bounded (cleared when full). */
  memo: Map<string, MatchStrength>;
}

const MEMO_MAX = 50_000;

const compileList = (xs: string[]) => [...new Set(xs.map(compact).filter((x) => x.length >= 2))];

const compiled = new WeakMap<Concept, CompiledConcept>();

/** How the title of a law starts (a law list, thai-sites.md §1.9 `lawlink.php`): not a disclosure of the agency's own. */
const LAW_TITLES = ['^พระราชบัญญัติ', '^พ.ร.บ.', '^พระราชกฤษฎีกา', '^พ.ร.ฎ.', '^กฎกระทรวง', '^รัฐธรรมนูญ', '^ระเบียบกระทรวง', '^ระเบียบสำนักนายกรัฐมนตรี', '^ประมวลกฎหมาย'];

/** The concept's terms in compacted form, compiled once per concept object. */
export function compileConcept(concept: Concept): CompiledConcept {
  let c = compiled.get(concept);
  if (!c) {
    c = {
      concept,
      names: compileList([...concept.names.th, ...concept.names.en]),
      weakNames: compileList(concept.weakNames),
      exclude: compileList(concept.acceptsLaws ? concept.exclude : [...concept.exclude, ...LAW_TITLES]),
      requireAny: compileList(concept.requireAny),
      urls: concept.urls.map((u) => new RegExp(u, 'i')),
      yearlyPrefixes: compileList([...concept.names.th]).filter((n) => n.endsWith(YEARLY) && n.length - YEARLY.length >= 8).map((n) => n.slice(0, -YEARLY.length)),
      memo: new Map(),
    };
    compiled.set(concept, c);
  }
  return c;
}

/**
 * Short Latin terms ("ita", "oit") must stand alone: "ita" is inside "capital". Thai has no word
 * spaces, so Thai terms are plain substrings of the compacted text.
 */
function includesTerm(compacted: string, term: string): boolean {
  if (/^[a-z0-9]{2,4}$/.test(term)) {
    const re = new RegExp(`(^|[^a-z])${term}([^a-z]|$)`);
    return re.test(compacted);
  }
  return compacted.includes(term);
}

/** An exclusion term; `^term` excludes only texts that start with it (a law's title: "^พระราชบัญญัติ"). */
function excludes(compacted: string, term: string): boolean {
  return term.startsWith('^') ? compacted.startsWith(term.slice(1)) : compacted.includes(term);
}

const YEARLY = 'ประจำปี';
/** Words that start an agency's name, written between an item's name and its "ประจำปี". */
const AGENCY_WORDS = /^(โรงพยาบาล|เทศบาล|องค์การบริหารส่วน|อบต|อบจ|สำนักงาน|กรม|ศูนย์|วิทยาลัย|โรงเรียน|มหาวิทยาลัย|การไฟฟ้า|การประปา)/;
/** How long an agency's name may be between the item's name and "ประจำปี". */
const AGENCY_CHARS = 45;

/**
 * A yearly name with the agency's own name written inside it: "แผนปฏิบัติการโรงพยาบาลนาดอกคำ
 * ประจำปีงบประมาณ 2567" is "แผนปฏิบัติการประจำปี"; "รายงานผลการดำเนินงานเทศบาลตำบล… ประจำปี".
 */
function agencyInside(compacted: string, c: CompiledConcept): boolean {
  for (const prefix of c.yearlyPrefixes) {
    const i = compacted.indexOf(prefix);
    if (i < 0) continue;
    const rest = compacted.slice(i + prefix.length);
    const j = rest.indexOf(YEARLY);
    if (j > 0 && j <= AGENCY_CHARS && AGENCY_WORDS.test(rest)) return true;
  }
  return false;
}

function matchUncached(compacted: string, c: CompiledConcept): MatchStrength {
  if (!compacted) return null;
  if (c.exclude.some((x) => excludes(compacted, x))) return null;
  const required = c.requireAny.length === 0 || c.requireAny.some((x) => compacted.includes(x));
  if (c.names.some((n) => includesTerm(compacted, n)) || agencyInside(compacted, c)) return required ? 'strong' : 'weak';
  if (c.weakNames.some((n) => compacted.includes(n))) return 'weak';
  return null;
}

/** Does a compacted text name the concept: surely (`strong`), loosely (`weak`), or not at all. */
export function matchCompacted(compacted: string, c: CompiledConcept): MatchStrength {
  const hit = c.memo.get(compacted);
  if (hit !== undefined) return hit;
  const m = matchUncached(compacted, c);
  if (c.memo.size >= MEMO_MAX) c.memo.clear();
  c.memo.set(compacted, m);
  return m;
}

/** The text names something this concept is not (its `exclude` terms). */
export function isExcluded(compacted: string, c: CompiledConcept): boolean {
  // Memoised per concept like `matchCompacted`: page titles are tested again at every engine run.
  let hit = excludedMemo.get(c);
  if (!hit) excludedMemo.set(c, (hit = new Map()));
  let r = hit.get(compacted);
  if (r === undefined) {
    r = c.exclude.some((x) => excludes(compacted, x));
    if (hit.size >= MEMO_MAX) hit.clear();
    hit.set(compacted, r);
  }
  return r;
}

const excludedMemo = new WeakMap<CompiledConcept, Map<string, boolean>>();

const LAW_PREFIXES = LAW_TITLES.map((t) => compact(t.slice(1)));

/** A title that is a law's (พ.ร.บ.ระเบียบบริหารงานบุคคลส่วนท้องถิ่น 2542.pdf, ระเบียบกระทรวงมหาดไทย…). */
export function isLawTitle(text: string): boolean {
  const c = compact(text);
  return LAW_PREFIXES.some((p) => c.startsWith(p));
}

/** Link texts that say nothing of the target: then the row or heading names it (thai-sites.md §1.4 "เปิด"). */
const GENERIC = new Set(
  ['เปิด', 'ดาวน์โหลด', 'download', 'คลิก', 'คลิกที่นี่', 'คลิกเพื่อดู', 'อ่านต่อ', 'อ่านเพิ่มเติม', 'รายละเอียด', 'ดูรายละเอียด', 'เพิ่มเติม',
    'ดูเพิ่มเติม', 'ไฟล์แนบ', 'เอกสารแนบ', 'more', 'readmore', 'view', 'pdf', 'ดู', 'ที่นี่', 'link', 'ลิงก์', 'ลิงค์', 'คลิกดู', 'ดาวน์โหลดเอกสาร',
    'ดาวน์โหลดไฟล์', 'เปิดไฟล์', 'เปิดเอกสาร', 'ดูเอกสาร', 'ดูทั้งหมด', 'ทั้งหมด', 'viewall', 'คลิกอ่าน', 'อ่าน', 'ดาวน์โหลดที่นี่', 'คลิกที่นี่เพื่อดาวน์โหลด',
    'ไฟล์', 'เอกสาร', 'รายละเอียดเพิ่มเติม', 'คลิกเพื่อดาวน์โหลด', 'เปิดดู'].map(compact),
);

export function isGenericText(compacted: string): boolean {
  return compacted.length === 0 || GENERIC.has(compacted) || /^https?/.test(compacted) || FILE_NAME.test(compacted);
}

/**
 * A file name as link text (`Scan2023-10-16_105945.pdf`, `IMG_0001(1).pdf`: thai-sites.md §8). On
 * compacted text its dots and hyphens are gone (`scan20231016_105945pdf`), so the extension is
 * matched without its dot; an ASCII-only text ending in one is a file name, not a title.
 */
const FILE_NAME = /^[\w()]+(pdf|docx?|xlsx?|pptx?|jpe?g|png)$/;

const linkCache = new WeakMap<LinkFeature, string>();

/** The compacted words a link offers for matching: its own text, or its row/heading when generic. */
export function linkMatchText(link: LinkFeature): string {
  let t = linkCache.get(link);
  if (t === undefined) {
    const own = compact(link.text);
    t = isGenericText(own) ? compact(`${link.context} ${link.heading}`) : own;
    linkCache.set(link, t);
  }
  return t;
}

/**
 * A link names the concept by its words (or, when its words are generic, its row); failing that, an
 * icon-only or generic link may name it by its URL (`concept.urls`: facebook.com, CMS slugs).
 */
export function matchLink(link: LinkFeature, c: CompiledConcept): MatchStrength {
  const t = linkMatchText(link);
  const m = matchCompacted(t, c);
  if (m || !c.urls.length) return m;
  if (!isGenericText(compact(link.text))) return null;
  if (c.exclude.some((x) => t.includes(x))) return null;
  return c.urls.some((re) => re.test(link.url)) ? 'strong' : null;
}

/**
 * A listing title cut short ("นายกองค์การบริหารส่วนตำบลภูกระดึง ร่วมขบวนแห่งานประจำปีของชา...",
 * thai-sites.md §1.1, §7.6): its words are not the whole title, so the detail page decides.
 */
export function isTruncated(label: string): boolean {
  return /(\.\s?\.\s?\.|…)\s*$/.test(label);
}
