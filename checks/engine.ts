/**
 * The rule engine: rule set × site features → item results (design.md; style.md §4–5).
 * For each item: find candidates (links and pages that name the concept), judge each candidate's
 * components (detectors) and period, keep the best. Outcomes stay apart: pass (every component and
 * the period hold), partial (found, something named is missing), review (found, a person must
 * judge), fail (not found). A false pass is the worst outcome, so every doubt ends below pass.
 */
import type { LinkFeature, PageFeatures, SiteFeatures } from './features';
import { CONCEPTS } from './concepts';
import { DETECTORS, type Candidate, type DetectorContext } from './detectors';
import { compileConcept, linkMatchText, matchCompacted, type CompiledConcept, type MatchStrength } from './match';
import type { Item, RuleSet, Text } from './rules';
import { compact } from './thai/normalize';
import { firstHalfMonths, monthsMentioned, parseFiscalYears, thaiMonthName } from './thai/dates';
import { classifyUrl, isViewerUrl } from './crawl/url';

export type Status = 'pass' | 'partial' | 'fail' | 'review';

export interface Evidence {
  url: string;
  kind: 'page' | 'document' | 'image' | 'link' | 'qr';
  text: string;
  foundOn: string;
}

export interface ItemResult {
  id: string;
  concept: string;
  section: string;
  title: string;
  titleEn: string;
  status: Status;
  evidence: Evidence[];
  /** What is missing, in Thai (contract). */
  missing: string[];
  missingEn: string[];
  notes: string[];
  confidence: Item['confidence'];
}

const RANK: Record<Status, number> = { pass: 3, review: 2, partial: 1, fail: 0 };
const MAX_CANDIDATES = 15;

const LOCAL_GOV = /(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาล|อบต|อบจ|เมืองพัทยา|subdistrictadministrativeorganization|municipality)/;

/** A local government (อปท.) must show both political and permanent sides (criteria.md §2.4). */
export function isLocalGov(site: SiteFeatures): boolean {
  const home = site.pages.get(site.startUrl) ?? site.pages.values().next().value;
  if (!home) return false;
  return LOCAL_GOV.test(compact(`${home.title} ${home.headings.slice(0, 5).join(' ')} ${home.text.slice(0, 3000)}`));
}

function pageIndex(site: SiteFeatures): Map<string, PageFeatures> {
  const byUrl = new Map<string, PageFeatures>();
  for (const p of site.pages.values()) {
    byUrl.set(p.url, p);
    byUrl.set(p.finalUrl, p);
  }
  return byUrl;
}

function candidateKind(link: LinkFeature): Candidate['kind'] {
  if (link.kind === 'document') return 'document';
  if (link.kind === 'image') return 'image';
  return link.internal ? 'page' : 'link';
}

/** Is this page about the concept (its title or first heading names it)? */
function pageMatch(p: PageFeatures, cc: CompiledConcept): MatchStrength {
  const head = [p.headings[0] ?? '', p.headings[1] ?? ''];
  let best: MatchStrength = null;
  for (const t of [p.title, ...head]) {
    const m = matchCompacted(compact(t), cc);
    if (m === 'strong') return m;
    best = best ?? m;
  }
  return best;
}

function attachmentsFor(page: PageFeatures, cc: CompiledConcept, isAbout: boolean, site: SiteFeatures): Candidate['attachments'] {
  const out: Candidate['attachments'] = [];
  for (const l of page.links) {
    if (l.inNav) continue;
    const isDoc = l.kind === 'document' || (l.kind === 'image' && l.via === 'a') || isViewerUrl(l.url) || l.via === 'object' || l.via === 'embed' || (l.via === 'iframe' && classifyUrl(l.url) === 'document');
    if (!isDoc) continue;
    if (!isAbout && !matchCompacted(linkMatchText(l), cc)) continue;
    out.push({ link: l, doc: site.documents.get(l.url) });
    if (out.length >= 20) break;
  }
  return out;
}

/** Every link and page on the site that names the concept, scored. */
export function findCandidates(site: SiteFeatures, cc: CompiledConcept, item: Item, fiscalYear: number): Candidate[] {
  const pages = pageIndex(site);
  const byUrl = new Map<string, Candidate>();
  const title = compact(item.title.th);
  const consider = (c: Candidate) => {
    const prev = byUrl.get(c.url);
    if (!prev || c.score > prev.score) byUrl.set(c.url, c);
  };
  const score = (strength: MatchStrength, text: string, inNav: boolean) => {
    let s = strength === 'strong' ? 10 : 3;
    if (!inNav) s += 2;
    if (text.includes(title)) s += 3;
    const years = parseFiscalYears(text);
    if (years.includes(fiscalYear)) s += 5;
    else if (years.length && years.every((y) => y < fiscalYear - 1)) s -= 5;
    return s;
  };

  for (const p of site.pages.values()) {
    for (const link of p.links) {
      if (link.kind === 'mailto' || link.kind === 'tel') continue;
      const text = linkMatchText(link);
      const strength = matchCompacted(text, cc);
      if (!strength) continue;
      const target = pages.get(link.url);
      const isAbout = !!target && (pageMatch(target, cc) !== null || strength === 'strong');
      consider({
        url: link.url,
        kind: candidateKind(link),
        label: link.label || link.context,
        text: `${link.text} ${link.context}`,
        foundOn: p.finalUrl,
        link,
        page: target,
        doc: site.documents.get(link.url),
        attachments: target ? attachmentsFor(target, cc, isAbout, site) : [],
        isExternal: !link.internal,
        isViewer: isViewerUrl(link.url),
        isStrong: strength === 'strong',
        score: score(strength, `${text} ${compact(link.context)}`, link.inNav) + (target ? 1 : 0),
      });
    }
    const strength = pageMatch(p, cc);
    if (strength) {
      consider({
        url: p.finalUrl,
        kind: 'page',
        label: p.headings[0] || p.title,
        text: `${p.title} ${p.headings.slice(0, 2).join(' ')}`,
        foundOn: p.finalUrl,
        page: p,
        attachments: attachmentsFor(p, cc, true, site),
        isExternal: false,
        isViewer: false,
        isStrong: strength === 'strong',
        score: score(strength, compact(`${p.title} ${p.headings.slice(0, 2).join(' ')}`), false) + 1,
      });
    }
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
}

/** Fiscal years a candidate names: its link, row, page title and headings, attachments, document text. */
function yearsOf(c: Candidate): number[] {
  const parts = [c.text, c.link?.heading ?? '', c.page?.title ?? '', ...(c.page?.headings.slice(0, 5) ?? [])];
  for (const a of c.attachments) parts.push(a.link.text, a.link.context, decodeURIComponentSafe(a.link.url.split('/').pop() ?? ''), a.doc?.text?.slice(0, 5000) ?? '');
  if (c.kind === 'document') parts.push(decodeURIComponentSafe(c.url.split('/').pop() ?? ''));
  if (c.doc?.text) parts.push(c.doc.text.slice(0, 5000));
  const years = new Set(parseFiscalYears(parts.join(' ')));
  for (const y of c.page?.fiscalYears ?? []) years.add(y);
  return [...years].sort();
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function periodCheck(c: Candidate, item: Item, fy: number): { ok: boolean; missing: Text[] } {
  if (item.period === 'none') return { ok: true, missing: [] };
  const years = yearsOf(c);
  const want = item.period === 'previous' ? fy - 1 : fy;
  if (!years.includes(want)) {
    const found = years.length ? ` (พบปี ${years.join(', ')})` : '';
    const foundEn = years.length ? ` (found ${years.join(', ')})` : '';
    const which = item.period === 'previous' ? 'ปีงบประมาณที่ผ่านมา' : 'ปีงบประมาณปัจจุบัน';
    return {
      ok: false,
      missing: [{ th: `ไม่พบข้อมูล${which} พ.ศ. ${want}${found}`, en: `Nothing for fiscal year ${want}${foundEn}` }],
    };
  }
  if (item.period === 'h1') {
    const text = compact([c.text, c.page?.title ?? '', ...(c.page?.headings ?? []), ...c.attachments.map((a) => a.link.text)].join(' '));
    if (!/(6เดือน|หกเดือน|รอบ6|ครึ่งปี|ไตรมาส2|ไตรมาสที่2|ตุลาคม.*มีนาคม|ตค.*มีค|ต\.ค\..*มี\.ค\.)/.test(text)) {
      return { ok: false, missing: [{ th: 'ไม่ระบุว่าครอบคลุม 6 เดือนแรกของปีงบประมาณ (ต.ค.–มี.ค.)', en: 'Does not show it covers the first six months (Oct–Mar)' }] };
    }
  }
  if (item.period === 'monthly') {
    const text = [c.text, ...(c.page?.headings ?? []), ...c.attachments.map((a) => `${a.link.text} ${decodeURIComponentSafe(a.link.url.split('/').pop() ?? '')}`), c.page?.text.slice(0, 20_000) ?? ''].join(' ');
    const seen = new Set(monthsMentioned(text).map((m) => `${m.year}-${m.month}`));
    const absent = firstHalfMonths(fy).filter((m) => !seen.has(`${m.year}-${m.month}`));
    if (absent.length) {
      const names = absent.map((m) => `${thaiMonthName(m.month)} ${m.year}`).join(', ');
      return { ok: false, missing: [{ th: `ไม่พบสรุปผลของเดือน ${names}`, en: `No summary for the months ${absent.map((m) => `${m.month}/${m.year}`).join(', ')}` }] };
    }
  }
  return { ok: true, missing: [] };
}

interface Judged {
  candidate: Candidate;
  status: Status;
  missing: Text[];
  notes: Text[];
}

function judge(c: Candidate, item: Item, concept: CompiledConcept, ctx: DetectorContext): Judged {
  const components = item.components ?? concept.concept.components;
  const missing: Text[] = [];
  const notes: Text[] = [];
  let review = false;
  let failed = false;
  for (const comp of components) {
    if (comp.localGovOnly && !ctx.isLocalGov) continue;
    const det = DETECTORS[comp.detector];
    if (!det) throw new Error(`unknown detector "${comp.detector}" in ${item.code}`);
    const r = det.evaluate(c, det.params.parse(comp.params ?? {}), ctx);
    if (r.status === 'fail') failed = true;
    if (r.status === 'review') review = true;
    missing.push(...(r.missing ?? []));
    notes.push(...(r.notes ?? []));
  }
  const period = periodCheck(c, item, ctx.fiscalYear);
  if (!period.ok) {
    failed = true;
    missing.push(...period.missing);
  }
  if (!c.isStrong) {
    failed = true;
    missing.push({ th: `ชื่อหัวข้อไม่ตรงกับ "${item.title.th}"`, en: `The title does not match "${item.title.en}"` });
  }
  const status: Status = failed ? 'partial' : review ? 'review' : 'pass';
  return { candidate: c, status, missing, notes };
}

function toEvidence(c: Candidate): Evidence {
  return { url: c.url, kind: c.kind, text: c.label.slice(0, 300), foundOn: c.foundOn };
}

export function evaluateItem(site: SiteFeatures, ruleset: RuleSet, item: Item, localGov = isLocalGov(site)): ItemResult {
  const concept = CONCEPTS[item.concept];
  if (!concept) throw new Error(`unknown concept "${item.concept}" in ${ruleset.id} ${item.code}`);
  const cc = compileConcept(concept);
  const candidates = findCandidates(site, cc, item, ruleset.fiscalYear);
  const ctx: DetectorContext = { site, fiscalYear: ruleset.fiscalYear, isLocalGov: localGov, candidates };
  const judged = candidates.map((c) => judge(c, item, cc, ctx)).sort((a, b) => RANK[b.status] - RANK[a.status] || b.candidate.score - a.candidate.score);
  const base = {
    id: item.code,
    concept: item.concept,
    section: item.section,
    title: item.title.th,
    titleEn: item.title.en,
    confidence: item.confidence,
  };
  const unverified = item.confidence === 'M' ? ['เกณฑ์ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช. (criteria unverified)'] : [];
  if (!judged.length) {
    return {
      ...base,
      status: 'fail',
      evidence: [],
      missing: [`ไม่พบ "${item.title.th}" บนเว็บไซต์`],
      missingEn: [`"${item.title.en}" not found on the site`],
      notes: unverified,
    };
  }
  const best = judged[0];
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const j of judged) {
    if (seen.has(j.candidate.url)) continue;
    seen.add(j.candidate.url);
    evidence.push(toEvidence(j.candidate));
    if (evidence.length >= 5) break;
  }
  return {
    ...base,
    status: best.status,
    evidence,
    missing: best.status === 'pass' ? [] : unique(best.missing.map((m) => m.th)),
    missingEn: best.status === 'pass' ? [] : unique(best.missing.map((m) => m.en)),
    notes: [...unique(best.notes.map((n) => n.th)), ...unverified],
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function evaluateItems(site: SiteFeatures, ruleset: RuleSet): ItemResult[] {
  const localGov = isLocalGov(site);
  return ruleset.items.map((item) => evaluateItem(site, ruleset, item, localGov));
}
