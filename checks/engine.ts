/**
 * The rule engine: rule set × site features → item results (design.md; style.md §4–5).
 * For each item: find candidates (links and pages that name the concept), judge each candidate's
 * components (detectors) and period, keep the best. Outcomes stay apart: pass (every component and
 * the period hold), partial (found, something named is missing), review (found, a person must
 * judge), fail (not found). A false pass is the worst outcome, so every doubt ends below pass.
 */
import type { DocumentFeature, LinkFeature, PageFeatures, SiteFeatures } from './features';
import { CONCEPTS } from './concepts';
import { DETECTORS, STATUS_RANK, type Candidate, type DetectorContext, type EvidenceRef, type LookupResult } from './detectors';
import { attachmentYears, fileTitleOf, isDeadLink, yearsIn } from './detectors/evidence-text';
import { chromeVersion, isChromeLink, ownBlockText } from './detectors/site-chrome';
import { compileConcept, isExcluded, isGenericText, isLawTitle, isTruncated, linkMatchText, matchCompacted, matchLink, type CompiledConcept, type MatchStrength } from './match';
import type { Component, Concept, Item, Period, RuleSet, Text } from './rules';
import { compact } from './thai/normalize';
import { classifyUrl, isViewerUrl, normalizeUrl } from './crawl/url';
import { documentHits, hasReadDocuments } from './readers/doc-match';

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

const RANK: Record<Status, number> = STATUS_RANK;

/**
 * A link whose page was never opened (crawl budget) says nothing yet: a page that was opened and
 * judged partial tells the webmaster more, so it ranks first; alone, the unopened link is review.
 */
const UNOPENED_REVIEW_RANK = 0.5;
const MAX_CANDIDATES = 15;
/** A pointer post links the item's page and little else (a back link, a home link). */
const MAX_POINTER_LINKS = 3;

const LOCAL_GOV = /(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาล|อบต|อบจ|เมืองพัทยา|subdistrictadministrativeorganization|municipality)/;

/** A local government (อปท.) must show both political and permanent sides (criteria.md §2.4). */
export function isLocalGov(site: SiteFeatures): boolean {
  const home = homeOf(site);
  if (!home) return false;
  return LOCAL_GOV.test(compact(`${home.title} ${home.headings.slice(0, 5).join(' ')} ${home.text.slice(0, 3000)}`));
}

/** The site's home page: the start URL's, or the first page read. */
function homeOf(site: SiteFeatures): PageFeatures | undefined {
  return site.pages.get(site.startUrl) ?? site.pages.values().next().value;
}

/** URL → page (by the URL asked for and the final one), rebuilt only when the crawl has added pages. */
const pageIndexes = new WeakMap<SiteFeatures, { size: number; byUrl: Map<string, PageFeatures> }>();

function pageIndex(site: SiteFeatures): Map<string, PageFeatures> {
  const hit = pageIndexes.get(site);
  if (hit && hit.size === site.pages.size) return hit.byUrl;
  const byUrl = new Map<string, PageFeatures>();
  for (const p of site.pages.values()) {
    byUrl.set(p.url, p);
    byUrl.set(p.finalUrl, p);
  }
  pageIndexes.set(site, { size: site.pages.size, byUrl });
  return byUrl;
}

function candidateKind(link: LinkFeature): Candidate['kind'] {
  if (link.kind === 'document') return 'document';
  if (link.kind === 'image') return 'image';
  return link.internal ? 'page' : 'link';
}

/**
 * Is this page about the concept (its title or first headings name it)? A short title may name it
 * loosely while the heading says what the page really is ("ข้อบัญญัติ" over "ข้อบัญญัติงบประมาณ
 * รายจ่าย…"): a loose match never survives a title or heading the concept excludes, and nothing
 * survives a first heading it excludes.
 */
const pageMatchMemo = new WeakMap<PageFeatures, Map<string, MatchStrength>>();

function pageMatch(p: PageFeatures, cc: CompiledConcept): MatchStrength {
  let byConcept = pageMatchMemo.get(p);
  if (!byConcept) pageMatchMemo.set(p, (byConcept = new Map()));
  let m = byConcept.get(cc.concept.id);
  if (m === undefined) {
    m = pageMatchUncached(p, cc);
    byConcept.set(cc.concept.id, m);
  }
  return m;
}

/** Headings naming this many different items make a hub page (a long OIT page), about no one item. */
const HUB_HEADINGS = 3;

function isHubPage(p: PageFeatures): boolean {
  const items = new Set<string>();
  for (const h of p.headings.slice(0, 60)) {
    for (const id of headingOwners(h)) items.add(id);
    if (items.size >= HUB_HEADINGS) return true;
  }
  return false;
}

function pageMatchUncached(p: PageFeatures, cc: CompiledConcept): MatchStrength {
  // A long OIT page names every item in its headings: its files count item by item, under their
  // headings (isUnderItsHeading, attachmentsFor), never the page as a whole.
  if (isHubPage(p)) return null;
  // The page's own title (before " - site name") decides when it names an item: a detail page
  // keeps its category as a heading ("แผนอัตรากำลังและการบริหารงานบุคคล" over the HR rules).
  const own = titleOwners(p);
  if (own.length) return own.includes(cc.concept.id) ? 'strong' : null;
  const first = compact(p.headings[0] ?? '');
  if (first && isExcluded(first, cc)) return null;
  let weak = false;
  let excluded = false;
  for (const t of [p.title, p.headings[0] ?? '', p.headings[1] ?? '']) {
    const c = compact(t);
    const m = matchCompacted(c, cc);
    if (m === 'strong') return m;
    if (m === 'weak') weak = true;
    else if (c && isExcluded(c, cc)) excluded = true;
  }
  return weak && !excluded ? 'weak' : null;
}

/** Per-link facts the engine asks for at every evaluation, computed once (links never change). */
interface LinkFacts {
  truncated: boolean;
  viewer: boolean;
  compactText: string;
  compactContext: string;
}

const linkFactsMemo = new WeakMap<LinkFeature, LinkFacts>();

function factsOf(l: LinkFeature): LinkFacts {
  let f = linkFactsMemo.get(l);
  if (!f) {
    f = { truncated: isTruncated(l.label), viewer: isViewerUrl(l.url), compactText: compact(l.text), compactContext: compact(l.context) };
    linkFactsMemo.set(l, f);
  }
  return f;
}

/** What one page offers one concept: the links that name it, the truncated titles to follow, itself. */
interface PageHits {
  links: { link: LinkFeature; strength: MatchStrength }[];
  truncated: LinkFeature[];
  self: MatchStrength;
}

/**
 * Memoised per page object and concept: a page's features never change once extracted, and the
 * engine runs again at every early-stop check of the crawl (audit.ts), so each page is matched
 * against each concept once per audit, not once per check.
 */
const pageHitsMemo = new WeakMap<PageFeatures, Map<string, PageHits>>();

function hitsOf(p: PageFeatures, cc: CompiledConcept): PageHits {
  let byConcept = pageHitsMemo.get(p);
  if (!byConcept) pageHitsMemo.set(p, (byConcept = new Map()));
  let h = byConcept.get(cc.concept.id);
  if (!h) {
    h = { links: [], truncated: [], self: pageMatch(p, cc) };
    for (const link of p.links) {
      if (link.kind === 'mailto' || link.kind === 'tel') continue;
      const strength = matchLink(link, cc);
      if (strength) h.links.push({ link, strength });
      else if (factsOf(link).truncated && link.internal) h.truncated.push(link);
      else if (isUnderItsHeading(link, cc)) h.links.push({ link, strength: 'strong' });
    }
    byConcept.set(cc.concept.id, h);
  }
  return h;
}

/**
 * A file or an outside link listed under a heading that names the item, in words of its own that
 * name nothing else: a long OIT page ("O12 รายงานการกำกับติดตาม… รอบ 6 เดือน" over a Drive link
 * "รายงาน 6 เดือน ปี 2566", thai-sites.md §1.6). Links to other pages of the site are left out:
 * under a post's title they are "back", "home" and related posts.
 */
function isUnderItsHeading(link: LinkFeature, cc: CompiledConcept): boolean {
  if (link.inNav || !link.heading || (link.internal && link.kind === 'page' && !factsOf(link).viewer)) return false;
  if (link.kind === 'mailto' || link.kind === 'tel') return false;
  if (matchCompacted(compact(link.heading), cc) !== 'strong') return false;
  const own = compact(link.text);
  if (isExcluded(own, cc)) return false;
  return headingOwners(link.text).every((id) => id === cc.concept.id);
}

/** Concepts a heading names strongly (hub pages: one heading per item, thai-sites.md §1.6). */
const headingOwnersMemo = new Map<string, string[]>();

function headingOwners(heading: string): string[] {
  let owners = headingOwnersMemo.get(heading);
  if (!owners) {
    const t = compact(heading);
    owners = Object.values(CONCEPTS).filter((c) => matchCompacted(t, compileConcept(c)) === 'strong').map((c) => c.id);
    if (headingOwnersMemo.size > 20_000) headingOwnersMemo.clear();
    headingOwnersMemo.set(heading, owners);
  }
  return owners;
}

/** The title's first segment: "<page> - <site>", "<page> | <site>". */
function ownTitle(p: PageFeatures): string {
  return p.title.split(/\s[|\-–—]\s/)[0] ?? '';
}

const titleOwnersMemo = new WeakMap<PageFeatures, string[]>();

function titleOwners(p: PageFeatures): string[] {
  let owners = titleOwnersMemo.get(p);
  if (!owners) {
    const own = ownTitle(p);
    // A title that is the site's own name (or nearly empty) says nothing of the page.
    owners = own.length >= 4 ? headingOwners(own) : [];
    titleOwnersMemo.set(p, owners);
  }
  return owners;
}

function isDocLink(l: LinkFeature): boolean {
  return l.kind === 'document' || (l.kind === 'image' && l.via === 'a') || factsOf(l).viewer || l.via === 'object' || l.via === 'embed' || (l.via === 'iframe' && classifyUrl(l.url) === 'document');
}

const attachmentMemo = new WeakMap<PageFeatures, Map<string, { links: LinkFeature[]; loose: Set<LinkFeature> }>>();

/**
 * The documents of a page that belong to the concept: those whose words (or row) name it, those
 * under a heading that names it, and, on a page about the concept, every other one except those
 * under a heading that names a different item (a long OIT page holds every item's files).
 */
function attachmentsFor(page: PageFeatures, cc: CompiledConcept, isAbout: boolean, site: SiteFeatures): Candidate['attachments'] {
  let byKey = attachmentMemo.get(page);
  if (!byKey) attachmentMemo.set(page, (byKey = new Map()));
  const key = `${cc.concept.id}:${isAbout ? 1 : 0}`;
  let memo = byKey.get(key);
  if (!memo) {
    const links: LinkFeature[] = [];
    const loose = new Set<LinkFeature>();
    for (const l of page.links) {
      if (l.inNav || !isDocLink(l)) continue;
      const words = linkMatchText(l);
      // A file whose own words say it is something this concept is not ("…ไตรมาสที่ 1" on the page
      // of the annual report, last year's report beside this year's declaration) is not its evidence.
      if (isExcluded(words, cc)) continue;
      const strength = matchCompacted(words, cc);
      const underHeading = !!l.heading && matchCompacted(compact(l.heading), cc) === 'strong';
      const named = !!strength || underHeading;
      if (!named) {
        if (!isAbout) continue;
        const owners = [...(l.heading ? headingOwners(l.heading) : []), ...headingOwners(l.text)];
        if (owners.length && !owners.includes(cc.concept.id)) continue;
      }
      links.push(l);
      if (strength === 'weak') loose.add(l);
      if (links.length >= 20) break;
    }
    byKey.set(key, (memo = { links, loose }));
  }
  const { loose } = memo;
  return memo.links.map((link) => ({ link, doc: site.documents.get(link.url), ...(loose.has(link) && { loose: true }) }));
}

/** Every link and page on the site that names the concept, scored. */
export function findCandidates(site: SiteFeatures, cc: CompiledConcept, item: Item, fiscalYear: number): Candidate[] {
  const pages = pageIndex(site);
  const byUrl = new Map<string, Candidate>();
  const title = compact(item.title.th);
  const wantYear = item.period === 'previous' ? fiscalYear - 1 : fiscalYear;
  const anyRead = hasReadDocuments(site);
  const consider = (c: Candidate) => {
    const prev = byUrl.get(c.url);
    if (!prev || c.score > prev.score) byUrl.set(c.url, c);
  };
  const score = (strength: MatchStrength, text: string, inNav: boolean) => {
    let s = strength === 'strong' ? 10 : 3;
    if (!inNav) s += 2;
    if (title.length > 3 && text.includes(title)) s += 3;
    const years = yearsIn(text);
    if (years.includes(wantYear)) s += 5;
    else if (years.length && years.every((y) => y < wantYear)) s -= 5;
    return s;
  };
  const fromLink = (p: PageFeatures, link: LinkFeature, strength: MatchStrength, target: PageFeatures | undefined, words: string) => {
    const isAbout = !!target && (pageMatch(target, cc) !== null || strength === 'strong');
    const attachments = target ? attachmentsFor(target, cc, isAbout, site) : [];
    // A link titled with the item whose file is a law (the HR Act behind "หลักเกณฑ์การบริหารงานบุคคล").
    const lawFile = !cc.concept.acceptsLaws && isDocLink(link) ? lawFileTitle(link.url, site.documents.get(link.url)) : undefined;
    // A link titled as the item that opens a page titled as something it only resembles (the
    // "นโยบายคุ้มครองข้อมูลส่วนบุคคล" link opening the cookie notice): the page says what it is.
    const otherFile = lawFile ?? (strength === 'strong' ? (target && pageIsLookalike(target, cc)) || filesSayOtherwise(attachments, cc, target) : undefined);
    const parent = !otherFile && cc.concept.ownDocument ? issuedAbove(isDocLink(link) ? [site.documents.get(link.url)] : attachments.map((a) => a.doc), site) : undefined;
    const other = otherFile || parent || !isDocLink(link) ? undefined : docSaysOtherwise(site.documents.get(link.url), cc);
    consider({
      url: link.url,
      kind: candidateKind(link),
      label: link.label || link.context,
      text: `${words} ${link.context}`,
      foundOn: p.finalUrl,
      source: p,
      link,
      page: target,
      doc: site.documents.get(link.url),
      attachments,
      isExternal: !link.internal,
      isViewer: factsOf(link).viewer,
      isStrong: strength === 'strong' && !otherFile && !parent,
      weakFile: otherFile ?? parent?.opening,
      issuedBy: parent?.body,
      otherDoc: other?.opening,
      otherDocIsKin: other?.isKin,
      score: score(strength, `${words === link.text ? factsOf(link).compactText : compact(words)} ${factsOf(link).compactContext}`, link.inNav) + (target ? 1 : 0),
    });
  };

  // Menus repeat on every page: a menu link is one candidate, found on the first page that has it
  // (the home page comes first), which keeps each evaluation linear in distinct links.
  const seenMenuLinks = new Set<string>();
  for (const p of site.pages.values()) {
    const hits = hitsOf(p, cc);
    for (const { link, strength } of hits.links) {
      if (link.inNav) {
        const key = `${link.url}\u0000${link.text}`;
        if (seenMenuLinks.has(key)) continue;
        seenMenuLinks.add(key);
      }
      // A banner the site repeats beside every page's heading is under none of them, and a "อ่านเพิ่มเติม"
      // in a cookie bar on every page is named only by the bar's words (icons named by their URL stay).
      if (!link.inNav && isChromeLink(site, link) && (!matchLink(link, cc) || (isGenericText(compact(link.text)) && !cc.urls.some((re) => re.test(link.url))))) continue;
      const target = pages.get(link.url);
      // A CMS slug or a row of raw URLs named the concept, not the link's words: the opened page must agree.
      if (target && !matchCompacted(linkMatchText(link), cc) && !pageMatch(target, cc)) continue;
      // A "คลิก" in an ITA row naming two items ("O1 โครงสร้าง หน้าที่และอำนาจ | คลิก | คลิก") leads to
      // one of them: a page whose own title names another item is that item's, not this one's.
      if (target && isGenericText(compact(link.text)) && !pageMatch(target, cc) && (titleOwners(target).length || headingOwners(target.headings[0] ?? '').length)) continue;
      if (target && factsOf(link).truncated) {
        // A title cut short with "...": the detail page's own title decides (thai-sites.md §7.6).
        const full = pageMatch(target, cc);
        if (!full) continue;
        fromLink(p, link, full, target, `${target.headings[0] ?? target.title} ${link.text}`);
      } else {
        fromLink(p, link, strength, target, link.text);
      }
    }
    for (const link of hits.truncated) {
      const target = pages.get(link.url);
      if (!target) continue;
      const full = pageMatch(target, cc);
      if (full) fromLink(p, link, full, target, `${target.headings[0] ?? target.title} ${link.text}`);
    }
    // A vague link ("ดาวน์โหลด", `Scan….pdf`) whose read document is titled with the item (issue #5).
    if (anyRead) {
      for (const h of documentHits(p, cc, site)) {
        fromLink(p, h.link, h.strength, undefined, h.title);
        const c = byUrl.get(h.link.url);
        if (c?.link === h.link) c.label = h.title;
      }
    }
    if (hits.self) {
      const words = `${p.title} ${p.headings.slice(0, 2).join(' ')}`;
      const attachments = attachmentsFor(p, cc, true, site);
      const otherFile = hits.self === 'strong' ? filesSayOtherwise(attachments, cc, p) : undefined;
      const parent = hits.self === 'strong' && !otherFile && cc.concept.ownDocument ? issuedAbove(attachments.map((a) => a.doc), site) : undefined;
      consider({
        url: p.finalUrl,
        kind: 'page',
        label: p.headings[0] || p.title,
        text: words,
        foundOn: p.finalUrl,
        page: p,
        attachments,
        isExternal: false,
        isViewer: false,
        isStrong: hits.self === 'strong' && !otherFile && !parent,
        weakFile: otherFile ?? parent?.opening,
        issuedBy: parent?.body,
        score: score(hits.self, compact(words), false) + 1,
      });
    }
  }
  // A print view (`?print=1`, Joomla's `tmpl=component`) repeats its page: the page is the address.
  const all = [...byUrl.values()].filter((c) => {
    const page = printedPage(c.url);
    return !page || !byUrl.has(page);
  });
  preferContainers(all, site, cc);
  const kept = all.filter((c) => !isPointer(c, byUrl));
  return (kept.length ? kept : all).sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
}

/** A page that gathers the item (a news list, a page of its files) is what a webmaster types into ITAS. */
const CONTAINER_BONUS = 6;
/** The home page names many items in passing; it is rarely the evidence an assessor wants. */
const HOME_PENALTY = 2;

/**
 * Scores up the pages that hold several of the item's candidates (posts found on them, files
 * attached), so that a list beats one of its own entries for evidence[0], and scores down the home
 * page. Only the order changes; every candidate is still judged.
 */
function preferContainers(candidates: Candidate[], site: SiteFeatures, cc: CompiledConcept): void {
  const byUrl = new Map(candidates.map((c) => [c.url, c]));
  const lists: { c: Candidate; entries: Candidate[] }[] = [];
  const home = site.pages.get(site.startUrl);
  for (const c of candidates) {
    if (!c.page) continue;
    if (c.page.finalUrl === site.startUrl || c.page.url === site.startUrl || (home && isHomeVariant(c.page, home))) {
      c.score -= HOME_PENALTY;
      continue;
    }
    const entries = new Set<Candidate>();
    for (const l of c.page.links) {
      // The side column's latest news on every page holds nothing of this page's own.
      const entry = l.inNav || l.url === c.url || isChromeLink(site, l) ? undefined : byUrl.get(l.url);
      if (entry) entries.add(entry);
    }
    if (c.attachments.length + entries.size < 2) continue;
    c.score += CONTAINER_BONUS;
    // A list of the item's pages (a news category page: titled with the item, no prose of its own)
    // ranks above each of its entries, whatever their titles add. Not a post with related links, a
    // site map, or the second page of the list.
    const pages = [...entries].filter((e) => e.page && e.isStrong);
    if (pages.length >= MIN_LIST_ENTRIES && !PAGINATED.test(c.url) && headedWith(c.page, cc) && !hasParagraph(c.page, site)) lists.push({ c, entries: pages });
  }
  for (const { c, entries } of lists) c.score = Math.max(c.score, ...entries.map((e) => e.score + 1));
}

/** The page's first heading (its title when it has none) names the item: a list's, not a post's under the list's title. */
function headedWith(p: PageFeatures, cc: CompiledConcept): boolean {
  return matchCompacted(compact(p.headings[0] ?? ownTitle(p)), cc) === 'strong';
}

/** The home page under a query that only picks a tab or a language (`/?qt-home_tabs=2`): its title and path. */
function isHomeVariant(p: PageFeatures, home: PageFeatures): boolean {
  if (p === home || p.title !== home.title) return false;
  const path = (u: string) => u.replace(/[?#].*$/, '');
  return path(p.finalUrl) === path(home.finalUrl) && p.finalUrl.includes('?');
}

/** Entries a page must list to be the item's list (a news category page), not a post with related links. */
const MIN_LIST_ENTRIES = 3;
/** A paragraph of a post's story: a block this long, less its links' words. A list's rows are a title and a date. */
const PARAGRAPH_CHARS = 100;

/** The page tells something in a paragraph of its own (a post), beyond rows of links (a list). */
const paragraphMemo = new WeakMap<PageFeatures, { chrome: number; has: boolean }>();

function hasParagraph(p: PageFeatures, site: SiteFeatures): boolean {
  // Memoised per page and state of the site's chrome: the engine asks again at every early-stop check.
  const chrome = chromeVersion(site);
  const hit = paragraphMemo.get(p);
  if (hit?.chrome === chrome) return hit.has;
  const linkWords = p.links.filter((l) => !l.inNav && l.text.length >= 4).map((l) => l.text);
  const has = ownBlockText(p, site, 20_000)
    .split(' | ')
    .some((block) => block.length >= PARAGRAPH_CHARS && linkWords.reduce((t, w) => t.replace(w, ''), block).trim().length >= PARAGRAPH_CHARS);
  paragraphMemo.set(p, { chrome, has });
  return has;
}
const PRINT_PARAMS: Record<string, RegExp> = { print: /^(1|true|yes)$/i, tmpl: /^component$/i, view: /^print$/i, format: /^print$/i };

/** The page a print view shows (`/post/1/?print=1` → `/post/1/`); undefined for any other URL. */
function printedPage(url: string): string | undefined {
  if (!url.includes('?')) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  let printed = false;
  for (const [key, value] of Object.entries(PRINT_PARAMS)) {
    const v = u.searchParams.get(key);
    if (v !== null && value.test(v)) {
      u.searchParams.delete(key);
      printed = true;
    }
  }
  return printed ? (normalizeUrl(u.toString()) ?? u.toString()) : undefined;
}
/** A list's later pages (`?page=2`, `/page/2`): the first page is the list. */
const PAGINATED = /([?&](page|paged|p|start|offset)=\d+|\/page\/\d+\/?)($|[?#&])/i;

/**
 * The page's own title or first heading names only a look-alike of the concept: one of its weak names
 * that is not part of any of its names ("นโยบายการใช้คุกกี้" for the privacy policy, the budget
 * ordinance for the operating plan; not "สถิติ", which every statistics title holds), or one of its
 * weak names, and none of its names, in a title it excludes (the blank questionnaire "แบบประเมิน
 * ความพึงพอใจ…" behind a link titled as the survey report). Returns that title.
 */
function pageIsLookalike(p: PageFeatures, cc: CompiledConcept): string | undefined {
  for (const t of [p.headings[0] ?? '', p.title]) {
    const x = compact(t);
    if (!x) continue;
    const m = matchCompacted(x, cc);
    if (m === null && isExcluded(x, cc) && cc.weakNames.some((w) => x.includes(w)) && !cc.names.some((n) => x.includes(n))) return t.slice(0, 120);
    if (m !== 'weak') continue;
    if (cc.weakNames.some((w) => x.includes(w) && !cc.names.some((n) => n.includes(w)))) return t.slice(0, 120);
  }
  return undefined;
}

/**
 * A file that was read and whose own opening names another item ("แผนปฏิบัติการป้องกันการทุจริต 4 ปี"
 * behind a link titled "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี"): the file says what was published.
 */
/**
 * A body above the agency that issues documents for all its units: a ministry or its permanent
 * secretary's office, a department (กรม…), a province. "ประกาศสำนักงานปลัดกระทรวงสาธารณสุข เรื่อง …",
 * "แผนยุทธศาสตร์การบริหารทรัพยากรบุคคล สำนักงานปลัดกระทรวงสาธารณสุข".
 */
const PARENT_BODY = /(สำนักงานปลัดกระทรวง|กระทรวง|กรม)[ก-๙]{3,30}/;

/**
 * Files that were read and all open as another, higher body's document (the ministry's HR strategy,
 * the permanent secretary's No Gift declaration) on a site that is not that body's own: the agency
 * has published its parent's document, not its own. Returns what the first one says it is.
 */
function issuedAbove(docs: (DocumentFeature | undefined)[], site: SiteFeatures): { opening: string; body: string } | undefined {
  const read = docs.filter((d): d is DocumentFeature => !!d?.text && !d.isScanned);
  if (!read.length || read.length !== docs.length) return undefined;
  const homePage = homeOf(site);
  const home = compact(homePage?.title ?? '');
  // The agency's name: the home page title's first part ("โรงพยาบาลนาดอกคำ - Nadokkham Hospital").
  const name = homePage ? compact(ownTitle(homePage)) : '';
  let first: { opening: string; body: string } | undefined;
  for (const d of read) {
    const opening = d.text!.slice(0, 160);
    const body = opening.match(PARENT_BODY)?.[0];
    // The agency's own name in the opening, or the body being the site's own agency, makes it the agency's.
    const o = compact(opening);
    if (!body || home.includes(compact(body)) || LOCAL_GOV.test(o) || (name.length >= 6 && o.includes(name))) return undefined;
    first ??= { opening: opening.trim().slice(0, 80), body };
  }
  return first;
}

const TITLE_CHARS = 70;

function docSaysOtherwise(doc: DocumentFeature | undefined, cc: CompiledConcept): { opening: string; isKin: boolean } | undefined {
  if (!doc?.text || doc.isScanned) return undefined;
  const opening = doc.text.slice(0, 120);
  const owners = headingOwners(opening);
  if (!owners.length || owners.includes(cc.concept.id)) return undefined;
  // The opening may run past the title into the body ("…ประพฤติมิชอบ เทศบาล… 1. ช่องทางการร้องเรียน"),
  // whose words the concept excludes: the title alone, when it names the item, says what the file is.
  if (headingOwners(doc.text.slice(0, TITLE_CHARS)).includes(cc.concept.id)) return undefined;
  return { opening: opening.trim(), isKin: owners.some((o) => cc.concept.kin.includes(o)) };
}

/** The title of a file that is a law, by its name or its own title; undefined otherwise. */
function lawFileTitle(url: string, doc: DocumentFeature | undefined): string | undefined {
  const name = fileTitleOf(url);
  if (isLawTitle(name)) return name;
  if (doc?.title && isLawTitle(doc.title)) return doc.title;
  return undefined;
}

const partTermsMemo = new WeakMap<Concept, string[]>();

/** The compacted terms of a concept's parts (its `topics` component), which name pieces of the item itself. */
function partTerms(concept: Concept): string[] {
  let terms = partTermsMemo.get(concept);
  if (!terms) {
    terms = concept.components
      // Parts published as files of their own; not what a document is read for (its amounts, its signature).
      .filter((x) => x.detector === 'topics' && x.params?.readInFull !== true)
      .flatMap((x) => ((x.params?.topics ?? []) as { terms: string[] }[]).flatMap((t) => t.terms.map(compact)))
      .filter((t) => t.length >= 3);
    partTermsMemo.set(concept, terms);
  }
  return terms;
}

/**
 * The files of a page titled with the item's name that only loosely name it (an ITA post "O17
 * รายงานผลการสำรวจความพึงพอใจ" attaching "แบบประเมินความพึงพอใจ (แบบฟอร์ม)", the blank form): the
 * files say what was published, so the page is the item only loosely. Returns the first such file's
 * words; undefined when any file names the item surely or a file's words say nothing.
 */
function filesSayOtherwise(attachments: Candidate['attachments'], cc: CompiledConcept, page: PageFeatures | undefined): string | undefined {
  let first: string | undefined;
  // Other links of the page that surely name the item (a list of Acts linked to krisdika.go.th
  // beside one local ordinance) are its content too.
  const files = new Set(attachments.map((a) => a.link.url));
  if (page?.links.some((l) => !l.inNav && !files.has(l.url) && (matchLink(l, cc) === 'strong' || isUnderItsHeading(l, cc)))) return undefined;
  // Files that are all laws (the HR Act under "หลักเกณฑ์การบริหารงานบุคคล") are not the agency's own.
  if (!cc.concept.acceptsLaws && attachments.length && attachments.every((a) => lawFileTitle(a.link.url, a.doc))) return lawFileTitle(attachments[0].link.url, attachments[0].doc);
  for (const a of attachments) {
    const own = compact(a.link.text);
    // A thumbnail or a title cut with "..." says too little to contradict the page.
    if (isGenericText(own) || a.link.kind === 'image' || factsOf(a.link).truncated) return undefined;
    if (matchCompacted(own, cc) !== 'weak') return undefined;
    // A file named as one of the item's parts (the Do's & Don'ts of ethics promotion) is the item's.
    if (partTerms(cc.concept).some((t) => own.includes(t))) return undefined;
    first ??= a.link.label || a.link.text;
  }
  return first;
}

/**
 * A post that only points at the item's real page ("O16 ข้อมูลเชิงสถิติการให้บริการ … คำอธิบาย:
 * หน้าหลักของเว็บไซต์ เลือก บริการประชาชน เลือก สถิติการให้บริการ", criteria.md §2.1: ITA posts
 * describe the click path) has no evidence of its own: the page it points at is judged instead
 * (it is a candidate too, found on the post, and was opened). A list of many posts is not a pointer,
 * nor is a page that shows people (the mayor's cards, with tabs to the permanent side's page).
 */
function isPointer(c: Candidate, byUrl: Map<string, Candidate>): boolean {
  if (!c.page || c.attachments.length || c.page.people.length) return false;
  let links = 0;
  let targets = 0;
  for (const l of c.page.links) {
    if (l.inNav || !l.internal || l.kind !== 'page' || l.url === c.url || l.url === c.page.finalUrl) continue;
    if (++links > MAX_POINTER_LINKS) return false;
    const target = byUrl.get(l.url);
    if (target?.page && target.isStrong) targets++;
  }
  return targets > 0;
}

interface Judged {
  candidate: Candidate;
  status: Status;
  missing: Text[];
  notes: Text[];
  evidence: EvidenceRef[];
}

/**
 * A link to a page of the site that the crawler could not open. An error answer (HTTP 404, 500, a
 * redirect loop) is what the assessor gets too: the item's content is not found, so fail, keeping
 * the link as evidence and saying it does not open (the fix is one link away). No answer at all (a
 * timeout) may be the audit's own connection: a person must look.
 */
function brokenTarget(c: Candidate, site: SiteFeatures): Judged | undefined {
  if (c.kind !== 'page' || c.page || c.isExternal) return undefined;
  const f = site.failedPages?.get(c.url);
  if (!f) return undefined;
  const answered = isDeadLink(c.url, site);
  const why = f.status && f.code === 'http' ? `HTTP ${f.status}` : f.reason;
  if (answered) {
    return { candidate: c, status: 'fail', notes: [], evidence: [], missing: [{ th: `ลิงก์ไปยังหน้านี้เปิดไม่ได้ (${why}) ผู้ประเมินจะไม่เห็นข้อมูล`, en: `The link to this page does not open (${why}): the assessor will not see the data` }] };
  }
  return { candidate: c, status: 'review', missing: [], evidence: [], notes: [{ th: `เปิดหน้านี้ไม่ได้ขณะตรวจ (${why}) ตรวจอีกครั้งด้วยตนเอง`, en: `This page could not be opened during the audit (${why}): check it yourself` }] };
}

/**
 * A page listing the item's files of several years (the local development plan 2566–2570 beside
 * the expired 2561–2565 one, this year's report on Drive beside last year's on the site): what the
 * item asks for is the wanted year's file, so its parts are judged on that file and the files of
 * other years are left out. Files that name no year stay. The candidate itself when no attached
 * file names the wanted year, or none names another.
 */
function ofItsYear(c: Candidate, period: Period, fiscalYear: number): Candidate {
  if ((period !== 'current' && period !== 'previous') || c.attachments.length < 2) return c;
  const want = period === 'previous' ? fiscalYear - 1 : fiscalYear;
  const years = c.attachments.map(attachmentYears);
  const other = years.map((ys) => ys.length > 0 && !ys.includes(want));
  if (!other.some(Boolean) || !years.some((ys) => ys.includes(want))) return c;
  return { ...c, attachments: c.attachments.filter((_, i) => !other[i]) };
}

/**
 * One candidate against the item's components and period. The period is a detector too
 * (checks/detectors/period.ts); a `period` component in the data refines it (anyOf, acceptDates).
 */
function judge(c: Candidate, item: Pick<Item, 'code' | 'title' | 'period'>, components: Component[], ctx: DetectorContext): Judged {
  const broken = brokenTarget(c, ctx.site);
  if (broken) return broken;
  const missing: Text[] = [];
  const notes: Text[] = [];
  const evidence: EvidenceRef[] = [];
  let review = false;
  let failed = false;
  let empty = false;
  const run = (detectorId: string, params: Record<string, unknown>) => {
    const det = DETECTORS[detectorId];
    if (!det) throw new Error(`unknown detector "${detectorId}" in ${item.code}`);
    const r = det.evaluate(detectorId === 'period' ? c : content, det.params.parse(params), ctx);
    if (r.status === 'fail') failed = true;
    if (r.status === 'fail' && r.empty) empty = true;
    if (r.status === 'review') review = true;
    missing.push(...(r.missing ?? []));
    notes.push(...(r.notes ?? []));
    evidence.push(...(r.evidence ?? []));
  };
  // The components are judged on the files of the item's year when the page lists several years'.
  const content = ofItsYear(c, item.period, ctx.fiscalYear);
  for (const comp of components) {
    if (comp.localGovOnly && !ctx.isLocalGov) continue;
    if (comp.detector === 'period') continue;
    run(comp.detector, comp.params ?? {});
  }
  const periodComp = components.find((x) => x.detector === 'period');
  if (item.period !== 'none' || periodComp) run('period', { period: item.period, ...(periodComp?.params ?? {}) });
  if (c.weakFile) {
    // What is published under the item's name is another document (the blank form for the survey
    // results, the Act for the rules): the item itself is not found.
    failed = true;
    empty = true;
    if (c.issuedBy) {
      missing.push({ th: `เอกสารที่เผยแพร่คือ "${c.weakFile.slice(0, 80)}" ซึ่งออกโดย${c.issuedBy} ไม่ใช่ "${item.title.th}" ของหน่วยงานเอง`, en: `The published document "${c.weakFile.slice(0, 80)}" was issued by ${c.issuedBy}, not the agency's own "${item.title.en}"` });
    } else {
      missing.push({ th: `สิ่งที่เผยแพร่ไว้ภายใต้ชื่อนี้คือ "${c.weakFile.slice(0, 120)}" ไม่ใช่ "${item.title.th}"`, en: `What is published under this name is "${c.weakFile.slice(0, 120)}", not "${item.title.en}"` });
    }
  } else if (c.otherDoc) {
    // The read file opens as another item's document: the item's name, not its content (fail). Its
    // own kind (the year's six-month version, the general risk assessment) is the item short of a part (partial).
    failed = true;
    if (!c.otherDocIsKin) empty = true;
    missing.push({ th: `เอกสารที่ลิงก์ไว้คือ "${c.otherDoc.slice(0, 120)}" ไม่ใช่ "${item.title.th}"`, en: `The linked document is "${c.otherDoc.slice(0, 120)}", not "${item.title.en}"` });
  } else if (!c.isStrong) {
    failed = true;
    missing.push({ th: `ชื่อหัวข้อไม่ตรงกับ "${item.title.th}"`, en: `The title does not match "${item.title.en}"` });
  }
  const status: Status = empty ? 'fail' : failed ? 'partial' : review ? 'review' : 'pass';
  return { candidate: c, status, missing, notes, evidence };
}

function toEvidence(c: Candidate): Evidence {
  return { url: c.url, kind: c.kind, text: c.label.slice(0, 300), foundOn: c.foundOn };
}

function rankOf(j: Judged): number {
  const c = j.candidate;
  return j.status === 'review' && c.kind === 'page' && !c.page && !c.isExternal ? UNOPENED_REVIEW_RANK : RANK[j.status];
}

function rankJudged(judged: Judged[]): Judged[] {
  return judged.sort((a, b) => rankOf(b) - rankOf(a) || b.candidate.score - a.candidate.score);
}

/** Shared by the items of one evaluation: the site, the year, and the memo of merged-in concepts. */
interface Evaluation {
  site: SiteFeatures;
  fiscalYear: number;
  isLocalGov: boolean;
  lookups: Map<string, LookupResult>;
  lookupsHere?: Map<string, LookupResult | undefined>;
  others?: Map<string, Candidate[]>;
}

function contextFor(ev: Evaluation, candidates: Candidate[], cc: CompiledConcept): DetectorContext {
  return { site: ev.site, fiscalYear: ev.fiscalYear, isLocalGov: ev.isLocalGov, candidates, lookup: (id, period, covered) => lookup(ev, id, period, covered), lookupHere: (id, c, period, covered) => lookupHere(ev, id, c, period, covered), names: namesOf(cc), candidatesOf: (id) => candidatesOf(ev, id) };
}

/** A concept judged outside any rule set's item (a companion, the monthly files beside a summary). */
function conceptAsItem(conceptId: string, period: Period): { concept: Concept; item: Item } {
  const concept = CONCEPTS[conceptId];
  if (!concept) throw new Error(`unknown concept "${conceptId}"`);
  const title = { th: concept.names.th[0], en: concept.names.en[0] ?? conceptId };
  return { concept, item: { code: conceptId, concept: conceptId, title, period, section: '', source: concept.source, confidence: 'S' } };
}

/** Another concept's candidates (the monthly files beside a yearly summary), found once per evaluation. */
function candidatesOf(ev: Evaluation, conceptId: string): Candidate[] {
  ev.others ??= new Map();
  let cs = ev.others.get(conceptId);
  if (!cs) {
    const { concept, item } = conceptAsItem(conceptId, 'none');
    cs = findCandidates(ev.site, compileConcept(concept), item, ev.fiscalYear);
    ev.others.set(conceptId, cs);
  }
  return cs;
}

function namesOf(cc: CompiledConcept): (text: string) => boolean {
  return (text) => !!text && matchCompacted(compact(text), cc) !== null;
}

/**
 * A second concept judged on a candidate's own page, when a section heading of that page (not its
 * title: the page is the first part's) surely names it. Undefined when no heading does.
 */
function lookupHere(ev: Evaluation, conceptId: string, c: Candidate, period: Period = 'none', coveredTopics: string[] = []): LookupResult | undefined {
  if (!c.page || c.isExternal) return undefined;
  // Once per evaluation: the search for the page that leads here reads every page's links.
  const key = `${conceptId}:${period}:${coveredTopics.join(',')}:${c.url}`;
  ev.lookupsHere ??= new Map();
  if (ev.lookupsHere.has(key)) return ev.lookupsHere.get(key);
  const r = judgedHere(ev, conceptId, c, c.page, period, coveredTopics);
  ev.lookupsHere.set(key, r);
  return r;
}

function judgedHere(ev: Evaluation, conceptId: string, c: Candidate, own: PageFeatures, period: Period, coveredTopics: string[]): LookupResult | undefined {
  const { concept, item: pseudo } = conceptAsItem(conceptId, period);
  const cc = compileConcept(concept);
  const sectionOf = (p: PageFeatures) => p.headings.slice(1, 60).find((h) => matchCompacted(compact(h), cc) === 'strong');
  // The candidate's page, or the page that leads to it (the E-Service page whose buttons open the
  // request forms: the forms are judged, the statistics sit in a tab of the page before).
  let page = own;
  let heading = sectionOf(page);
  if (!heading) {
    for (const p of ev.site.pages.values()) {
      if (p === own || !p.links.some((l) => !l.inNav && l.url === c.url)) continue;
      const h = sectionOf(p);
      if (h && titleOwners(p).some((id) => pageMatch(own, compileConcept(CONCEPTS[id])) !== null)) {
        page = p;
        heading = h;
        break;
      }
    }
  }
  if (!heading) return undefined;
  const { components, ctx } = onItsOwn(ev, concept, cc, [], coveredTopics);
  const here: Candidate = {
    ...c,
    url: page.finalUrl,
    page,
    text: heading,
    label: heading,
    // Only files that name the concept: the page's other files belong to its first part.
    attachments: attachmentsFor(page, cc, false, ev.site),
    isStrong: true,
    weakFile: undefined,
    issuedBy: undefined,
    otherDoc: undefined,
    otherDocIsKin: undefined,
  };
  const j = judge(here, pseudo, components, { ...ctx, candidates: [here] });
  return { status: j.status, missing: j.missing, evidence: toEvidence(here) };
}

/** What a concept judged on its own needs: its components (no companions, covered parts left out) and a context. */
function onItsOwn(ev: Evaluation, concept: Concept, cc: CompiledConcept, candidates: Candidate[], coveredTopics: string[]): { components: Component[]; ctx: DetectorContext } {
  const components = concept.components.filter((x) => x.detector !== 'companion').map((x) => withoutTopics(x, coveredTopics));
  return { components, ctx: { site: ev.site, fiscalYear: ev.fiscalYear, isLocalGov: ev.isLocalGov, candidates, names: namesOf(cc) } };
}

/** A `topics` component without the parts another part of the item covers (none left: dropped). */
function withoutTopics(comp: Component, covered: string[]): Component {
  if (!covered.length || comp.detector !== 'topics') return comp;
  const topics = ((comp.params?.topics ?? []) as { id: string }[]).filter((t) => !covered.includes(t.id));
  return { ...comp, detector: topics.length ? 'topics' : 'document', params: topics.length ? { ...comp.params, topics } : {} };
}

/** A second concept judged on its own (its components, without merging in others), for `companion`. */
function lookup(ev: Evaluation, conceptId: string, period: Period = 'none', coveredTopics: string[] = []): LookupResult {
  const key = `${conceptId}:${period}:${coveredTopics.join(',')}`;
  const hit = ev.lookups.get(key);
  if (hit) return hit;
  const { concept, item: pseudo } = conceptAsItem(conceptId, period);
  const cc = compileConcept(concept);
  const candidates = findCandidates(ev.site, cc, pseudo, ev.fiscalYear);
  const { components, ctx } = onItsOwn(ev, concept, cc, candidates, coveredTopics);
  const best = rankJudged(candidates.map((c) => judge(c, pseudo, components, ctx)))[0];
  const r: LookupResult = best ? { status: best.status, missing: best.missing, evidence: toEvidence(best.candidate) } : { status: 'fail', missing: [] };
  ev.lookups.set(key, r);
  return r;
}

function evaluateWith(ev: Evaluation, ruleset: RuleSet, item: Item): ItemResult {
  const concept = CONCEPTS[item.concept];
  if (!concept) throw new Error(`unknown concept "${item.concept}" in ${ruleset.id} ${item.code}`);
  const cc = compileConcept(concept);
  const candidates = findCandidates(ev.site, cc, item, ruleset.fiscalYear);
  const ctx = contextFor(ev, candidates, cc);
  const components = item.components ?? concept.components;
  const judged = rankJudged(candidates.map((c) => judge(c, item, components, ctx)));
  const base = {
    id: item.code,
    concept: item.concept,
    section: item.section,
    title: item.title.th,
    titleEn: item.title.en,
    confidence: item.confidence,
  };
  // criteria.md legend: "M = recollection of earlier NACC material, not verified in any source".
  const unverified = item.confidence === 'M' ? ['เกณฑ์ของรายการนี้ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. (criteria unverified)'] : [];
  if (!judged.length) {
    return {
      ...base,
      status: 'fail',
      evidence: [],
      missing: [`ไม่พบ "${item.title.th}" บนเว็บไซต์`],
      missingEn: [`"${item.title.en}" not found on the site`],
      notes: [...beyondPostback(ev.site), ...unverified],
    };
  }
  const best = judged[0];
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  const add = (e: Evidence) => {
    if (seen.has(e.url) || evidence.length >= 6) return;
    seen.add(e.url);
    evidence.push(e);
  };
  add(toEvidence(best.candidate));
  for (const e of best.evidence) add(e);
  for (const j of judged.slice(1)) add(toEvidence(j.candidate));
  return {
    ...base,
    status: best.status,
    evidence,
    missing: best.status === 'pass' ? [] : unique(best.missing.map((m) => m.th)),
    missingEn: best.status === 'pass' ? [] : unique(best.missing.map((m) => m.en)),
    notes: [...unique(best.notes.map((n) => n.th)), ...unverified],
  };
}

/**
 * Where an item not found may still be: past the first page of a list that turns its pages only by
 * posting the form (an ASP.NET GridView), which the audit never does. Fail stays fail (nothing was
 * seen), but the webmaster is told where to look.
 */
function beyondPostback(site: SiteFeatures): string[] {
  const lists = [...site.pages.values()].filter((p) => p.postbackPager).map((p) => p.finalUrl);
  if (!lists.length) return [];
  const shown = lists.slice(0, 3).join(' ');
  return [`อาจอยู่ในหน้าถัดไปของรายการที่เปิดได้ด้วยการกดในเบราว์เซอร์เท่านั้น ซึ่งการตรวจเปิดไม่ได้ ตรวจด้วยตนเอง: ${shown}${lists.length > 3 ? ` และอีก ${lists.length - 3} รายการ` : ''}`];
}

export function evaluateItem(site: SiteFeatures, ruleset: RuleSet, item: Item, localGov = isLocalGov(site)): ItemResult {
  return evaluateWith({ site, fiscalYear: ruleset.fiscalYear, isLocalGov: localGov, lookups: new Map() }, ruleset, item);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function evaluateItems(site: SiteFeatures, ruleset: RuleSet): ItemResult[] {
  const ev: Evaluation = { site, fiscalYear: ruleset.fiscalYear, isLocalGov: isLocalGov(site), lookups: new Map() };
  return ruleset.items.map((item) => evaluateWith(ev, ruleset, item));
}
