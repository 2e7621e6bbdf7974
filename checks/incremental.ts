/**
 * The crawl's early-stop check, made incremental (issue #7 §3). The crawler asks after every page
 * whether every item already has its final answer (design.md "Best-first crawl"); running the whole
 * engine each time costs O(pages × items) per check, so a 2,000-page crawl spent most of its time
 * re-judging items nothing had changed for. Here a new page only re-judges the items whose concepts
 * it touches:
 * - it names the concept itself (title or first headings), or
 * - it carries a link naming the concept that no earlier page carried (the same menu link on every
 *   page adds nothing), or a truncated title ("...") whose detail page names it, or
 * - it is the target of such a link (the candidate now has a page, its attachments, its text), or
 * - a document such a page shows changed (its existence check came back).
 * Merged items (companions) are re-judged when any of their concepts is touched. The survey is
 * re-judged when a new survey-like link appears.
 *
 * It is a shortcut, never the verdict: a "complete" answer is confirmed by a full `evaluateItems`
 * before the crawl stops, a full run also happens as the crawl doubles in size, and the report is
 * always built from a full run at the end (checks/audit.ts).
 */
import { CONCEPTS } from './concepts';
import { evaluateItem, evaluateItems, isLocalGov, type ItemResult } from './engine';
import type { LinkFeature, PageFeatures, SiteFeatures } from './features';
import { compileConcept, isTruncated, matchCompacted, matchLink, type CompiledConcept } from './match';
import type { Item, RuleSet } from './rules';
import { evaluateSurvey, type Survey } from './survey';
import { compact } from './thai/normalize';

interface ConceptState {
  cc: CompiledConcept;
  /** URLs of links naming the concept (their arrival re-judges it). */
  targets: Set<string>;
  /** Documents shown on the concept's pages (their check coming back re-judges it). */
  docs: Set<string>;
  /** The concept has something new since it was last judged. */
  dirty: boolean;
}

const SURVEY_HOST = /itas\.nacc\.go\.th/i;

function docState(d: { exists?: boolean; status?: number; text?: string; isScanned?: boolean; readVia?: string }): string {
  return `${d.exists}|${d.status}|${d.text?.length ?? -1}|${d.isScanned}|${d.readVia ?? ''}`;
}

export class IncrementalEvaluator {
  private concepts = new Map<string, ConceptState>();
  private itemConcepts: { item: Item; concepts: string[] }[] = [];
  private results: ItemResult[] | null = null;
  private survey: Survey | null = null;
  private surveyDirty = true;
  private seenPages = new WeakSet<PageFeatures>();
  private seenCount = 0;
  /** Every URL some concept watches (link targets, documents): only these documents are compared. */
  private watched = new Set<string>();
  /** Distinct links already looked at (menus repeat on every page). */
  private seenLinks = new Set<string>();
  private surveyLinks = new Set<string>();
  private docsSeen = new Map<string, string>();
  private home: PageFeatures | undefined;
  private localGov = false;
  private nextFullAt = 16;
  /** Statistics for the bench: how much work the shortcut saved. */
  readonly stats = { checks: 0, itemsJudged: 0, fullRuns: 0 };

  constructor(private ruleset: RuleSet) {
    for (const item of ruleset.items) {
      const concept = CONCEPTS[item.concept];
      const ids = concept ? [item.concept] : [];
      for (const comp of item.components ?? concept?.components ?? []) {
        const id = comp.detector === 'companion' ? (comp.params as { concept?: unknown } | undefined)?.concept : undefined;
        if (typeof id === 'string' && CONCEPTS[id]) ids.push(id);
      }
      for (const id of ids) {
        if (!this.concepts.has(id)) this.concepts.set(id, { cc: compileConcept(CONCEPTS[id]), targets: new Set(), docs: new Set(), dirty: true });
      }
      this.itemConcepts.push({ item, concepts: ids });
    }
  }

  private namesItself(p: PageFeatures, cc: CompiledConcept): boolean {
    // A superset of the engine's page match (it may still rule the page out): re-judging too often is safe.
    for (const t of [p.title, p.headings[0] ?? '', p.headings[1] ?? '']) if (t && matchCompacted(compact(t), cc)) return true;
    return false;
  }

  private addDocs(p: PageFeatures, st: ConceptState) {
    for (const l of p.links) {
      if (l.kind === 'document' || l.kind === 'image' || l.via === 'iframe' || l.via === 'object' || l.via === 'embed') {
        st.docs.add(l.url);
        this.watched.add(l.url);
      }
    }
  }

  private look(site: SiteFeatures, p: PageFeatures) {
    for (const st of this.concepts.values()) {
      if (this.namesItself(p, st.cc) || st.targets.has(p.url) || st.targets.has(p.finalUrl)) {
        st.dirty = true;
        this.addDocs(p, st);
      }
    }
    for (const link of p.links) {
      if (link.kind === 'mailto' || link.kind === 'tel') continue;
      if (SURVEY_HOST.test(link.url) && !this.surveyLinks.has(link.url)) {
        this.surveyLinks.add(link.url);
        this.surveyDirty = true;
      }
      // Page-specific words count too: a link without its own year takes the listing page's year.
      const key = `${link.url}\u0000${link.text}\u0000${link.context}\u0000${link.heading}\u0000${link.inNav ? '' : p.title}`;
      if (this.seenLinks.has(key)) continue;
      this.seenLinks.add(key);
      this.lookAtLink(site, link);
    }
  }

  private lookAtLink(site: SiteFeatures, link: LinkFeature) {
    const truncated = link.internal && isTruncated(link.label);
    for (const st of this.concepts.values()) {
      if (matchLink(link, st.cc)) {
        st.dirty = true;
        st.targets.add(link.url);
        this.watched.add(link.url);
        const target = site.pages.get(link.url);
        if (target) this.addDocs(target, st);
      } else if (truncated) {
        // A title cut short counts only if its detail page names the concept: when that page comes,
        // `look` sees it name the concept; if it came first, it is judged now.
        const target = site.pages.get(link.url);
        if (target && this.namesItself(target, st.cc)) st.dirty = true;
      }
    }
  }

  private lookAtDocuments(site: SiteFeatures) {
    for (const url of this.watched) {
      const d = site.documents.get(url);
      if (!d) continue;
      const s = docState(d);
      if (this.docsSeen.get(url) === s) continue;
      this.docsSeen.set(url, s);
      for (const st of this.concepts.values()) if (st.docs.has(url) || st.targets.has(url)) st.dirty = true;
    }
  }

  /** Concepts whose items all pass (and no unfinished item needs): the crawl need not look for them any more. */
  closedConcepts(items: ItemResult[]): Set<string> {
    const open = new Set<string>();
    const done = new Set<string>();
    this.itemConcepts.forEach(({ concepts }, i) => {
      for (const id of concepts) (items[i]?.status === 'pass' ? done : open).add(id);
    });
    for (const id of open) done.delete(id);
    return done;
  }

  /** Judge everything afresh (the engine's own answer) and reset the shortcut's state to it. */
  full(site: SiteFeatures): { items: ItemResult[]; survey: Survey } {
    this.stats.fullRuns++;
    this.results = evaluateItems(site, this.ruleset);
    this.survey = evaluateSurvey(site, this.ruleset.fiscalYear);
    this.surveyDirty = false;
    for (const st of this.concepts.values()) st.dirty = false;
    return { items: this.results, survey: this.survey };
  }

  /**
   * The items and survey as they stand, re-judging only what the pages added since the last call
   * touched. `latest`: the page the crawler just added (it calls after every page), which spares a
   * walk over all pages to find the new one.
   */
  evaluate(site: SiteFeatures, latest?: PageFeatures): { items: ItemResult[]; survey: Survey } {
    this.stats.checks++;
    const home = site.pages.get(site.startUrl) ?? site.pages.values().next().value;
    if (home !== this.home) {
      this.home = home;
      const lg = isLocalGov(site);
      if (lg !== this.localGov || !this.results) for (const st of this.concepts.values()) st.dirty = true;
      this.localGov = lg;
    }
    if (site.pages.size !== this.seenCount) {
      if (latest && site.pages.size === this.seenCount + 1 && !this.seenPages.has(latest) && site.pages.get(latest.url) === latest) {
        this.seenPages.add(latest);
        this.look(site, latest);
      } else {
        for (const p of site.pages.values()) {
          if (this.seenPages.has(p)) continue;
          this.seenPages.add(p);
          this.look(site, p);
        }
      }
      this.seenCount = site.pages.size;
    }
    this.lookAtDocuments(site);
    // A full run now and then, as the crawl doubles: bounds how long a change the shortcut missed can go unseen.
    if (!this.results || site.pages.size >= this.nextFullAt) {
      this.nextFullAt = Math.max(this.nextFullAt * 2, site.pages.size + 1);
      return this.full(site);
    }
    const results = this.results;
    this.itemConcepts.forEach(({ item, concepts }, i) => {
      if (!concepts.some((id) => this.concepts.get(id)!.dirty)) return;
      results[i] = evaluateItem(site, this.ruleset, item, this.localGov);
      this.stats.itemsJudged++;
    });
    for (const st of this.concepts.values()) st.dirty = false;
    if (this.surveyDirty || !this.survey) {
      this.survey = evaluateSurvey(site, this.ruleset.fiscalYear);
      this.surveyDirty = false;
    }
    return { items: results, survey: this.survey };
  }
}
