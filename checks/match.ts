/**
 * Term matching on normalised Thai (criteria.md §6 detector notes: match on normalised text with
 * spaces stripped, because titles are long and sites space and truncate them differently).
 */
import type { LinkFeature } from './features';
import type { Concept } from './rules';
import { compact } from './thai/normalize';

export interface CompiledConcept {
  concept: Concept;
  names: string[];
  weakNames: string[];
  exclude: string[];
  requireAny: string[];
}

const compileList = (xs: string[]) => [...new Set(xs.map(compact).filter((x) => x.length >= 2))];

export function compileConcept(concept: Concept): CompiledConcept {
  return {
    concept,
    names: compileList([...concept.names.th, ...concept.names.en]),
    weakNames: compileList(concept.weakNames),
    exclude: compileList(concept.exclude),
    requireAny: compileList(concept.requireAny),
  };
}

export type MatchStrength = 'strong' | 'weak' | null;

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

export function matchCompacted(compacted: string, c: CompiledConcept): MatchStrength {
  if (!compacted) return null;
  if (c.exclude.some((x) => compacted.includes(x))) return null;
  const required = c.requireAny.length === 0 || c.requireAny.some((x) => compacted.includes(x));
  if (c.names.some((n) => includesTerm(compacted, n))) return required ? 'strong' : 'weak';
  if (c.weakNames.some((n) => compacted.includes(n))) return 'weak';
  return null;
}

/** Link texts that say nothing of the target: then the row or heading names it (thai-sites.md §1.4 "เปิด"). */
const GENERIC = new Set(
  ['เปิด', 'ดาวน์โหลด', 'download', 'คลิก', 'คลิกที่นี่', 'คลิกเพื่อดู', 'อ่านต่อ', 'อ่านเพิ่มเติม', 'รายละเอียด', 'ดูรายละเอียด', 'เพิ่มเติม',
    'ดูเพิ่มเติม', 'ไฟล์แนบ', 'เอกสารแนบ', 'more', 'readmore', 'view', 'pdf', 'ดู', 'ที่นี่', 'link', 'ลิงก์', 'ลิงค์', 'คลิกดู', 'ดาวน์โหลดเอกสาร',
    'ดาวน์โหลดไฟล์', 'เปิดไฟล์', 'เปิดเอกสาร', 'ดูเอกสาร'].map(compact),
);

export function isGenericText(compacted: string): boolean {
  return compacted.length === 0 || GENERIC.has(compacted) || /^https?/.test(compacted) || /^[\w\-()]+\.(pdf|docx?|xlsx?|jpe?g|png)$/.test(compacted);
}

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
