/**
 * One audit, end to end: crawl (best-first, stopping when every item has its final answer) →
 * engine → report. The same function runs in the content script and the CLI; only `fetch` differs.
 */
import type { CrawlCache } from './crawl/cache';
import { crawl, type CrawlHooks, type CrawlProgress, type CrawlResult, type CrawlSettings } from './crawl/crawler';
import { evaluateItems, type ItemResult } from './engine';
import type { PageFeatures, SiteFeatures } from './features';
import { IncrementalEvaluator } from './incremental';
import { makePriority, type PriorityState } from './priority';
import { REPORT_SCHEMA, type Report } from './report/schema';
import type { RuleSet } from './rules';
import { evaluateSurvey, type Survey } from './survey';

export const TOOL = { name: 'oit-auditor', version: '0.1.0' } as const;

export interface AuditOptions {
  startUrl: string;
  ruleset: RuleSet;
  fetch: CrawlHooks['fetch'];
  settings?: Partial<CrawlSettings>;
  signal?: AbortSignal;
  onProgress?: (p: CrawlProgress & { itemsPassed?: number; itemsTotal: number }) => void;
  now?: () => number;
  redirectMode?: 'manual' | 'follow';
  /** Extra readers run on the gathered features before judging (QR codes, PDF text: issue #5). */
  enrich?: (site: SiteFeatures, crawl: CrawlResult) => Promise<void>;
  /**
   * The report of what is gathered so far, built each time the crawler asks whether it may stop
   * (every page at first, then every 5). The extension keeps the latest one so that a tab closed
   * mid-audit still leaves a partial report (issue #4 §1). It has no crawl errors yet, and
   * `stoppedBy: 'cancelled'`: what the report would say if the audit ended now.
   */
  onInterim?: (report: Report) => void;
  /**
   * The crawl order (higher first). Default: best-first on the rule set's terms (checks/priority.ts).
   * The bench passes `() => 0` for a plain breadth-first crawl of the same site (issue #7 §2).
   */
  priority?: CrawlHooks['priority'];
  /**
   * Re-audit cache (checks/crawl/cache.ts): last run's validators, features and evidence pages in;
   * this run's out (the caller serialises it with `cache.toJSON()` and keeps it for next time).
   */
  cache?: CrawlCache;
}

/** Score as the official model computes it: share of items at 100, equal weights unless the rule set says otherwise. */
export function score(items: { id: string; status: string }[], ruleset: RuleSet): number {
  const w = (id: string) => ruleset.weights?.[id] ?? 1;
  const total = items.reduce((s, i) => s + w(i.id), 0);
  if (!total) return 0;
  const passed = items.filter((i) => i.status === 'pass').reduce((s, i) => s + w(i.id), 0);
  return Math.round((1000 * passed) / total) / 10;
}

export function summarize(items: { id: string; status: string }[], ruleset: RuleSet): Report['summary'] {
  const count = (s: string) => items.filter((i) => i.status === s).length;
  return {
    pass: count('pass'),
    partial: count('partial'),
    fail: count('fail'),
    review: count('review'),
    score: score(items, ruleset),
    total: items.length,
    passMark: ruleset.passMark,
  };
}

/**
 * Lists whose next pages open only by posting the form (ASP.NET GridView pagers): the audit never
 * posts, so what they hold past their first page was not checked. Said beside the pages that failed.
 */
function postbackLists(site: SiteFeatures): Report['crawl']['errors'] {
  const out: Report['crawl']['errors'] = [];
  for (const p of site.pages.values()) {
    if (!p.postbackPager) continue;
    out.push({ url: p.finalUrl, code: 'postback-pager', reason: POSTBACK_REASON });
    if (out.length >= 50) break;
  }
  return out;
}

export const POSTBACK_REASON = 'หน้าถัดไปของรายการนี้เปิดได้ด้วยการกดในเบราว์เซอร์เท่านั้น (__doPostBack) จึงไม่ได้ตรวจ: next pages of this list open only by posting the form, not checked';

export function buildReport(args: {
  ruleset: RuleSet;
  crawl: CrawlResult;
  items: ItemResult[];
  survey: Survey;
  startedAt: Date;
  finishedAt: Date;
}): Report {
  const { ruleset, crawl: c, items, survey } = args;
  const home = c.site.pages.get(c.site.startUrl) ?? c.site.pages.values().next().value;
  return {
    schema: REPORT_SCHEMA,
    tool: { ...TOOL },
    site: { startUrl: c.site.startUrl, origin: c.site.origin, title: home?.title ?? '' },
    ruleset: {
      id: ruleset.id,
      fiscalYear: ruleset.fiscalYear,
      title: ruleset.title.th,
      sections: ruleset.sections.map((x) => ({ id: x.id, title: x.title.th })),
    },
    startedAt: args.startedAt.toISOString(),
    finishedAt: args.finishedAt.toISOString(),
    crawl: {
      pagesFetched: c.pagesFetched,
      pagesFailed: c.pagesFailed,
      documentsFound: c.documentsFound,
      stoppedBy: c.stoppedBy,
      errors: [...c.errors, ...postbackLists(c.site)].slice(0, 1000),
      skipped: c.skipped,
    },
    summary: summarize(items, ruleset),
    survey,
    items: items.map((i) => ({
      id: i.id,
      section: i.section,
      title: i.title,
      status: i.status,
      evidence: i.evidence,
      missing: i.missing,
      notes: i.notes,
      titleEn: i.titleEn,
      concept: i.concept,
      missingEn: i.missingEn,
      confidence: i.confidence,
    })),
  };
}

export async function runAudit(o: AuditOptions): Promise<Report> {
  const now = o.now ?? (() => Date.now());
  const startedAt = new Date(now());
  const itemsTotal = o.ruleset.items.length;
  let itemsPassed: number | undefined;
  let last: CrawlProgress | undefined;
  // Re-judges only what new pages touched (issue #7); "complete" is confirmed by a full run before stopping.
  const incremental = new IncrementalEvaluator(o.ruleset);
  // Found items stop pulling the crawl: their links are scored again, lower (checks/priority.ts).
  const learnt: PriorityState = { closed: new Set(), epoch: 0 };
  const allPass = (items: ItemResult[], survey: Survey) => items.every((i) => i.status === 'pass') && survey.eit.status === 'pass' && survey.iit.status === 'pass';
  const isComplete = (site: SiteFeatures, latest?: PageFeatures) => {
    let { items, survey } = incremental.evaluate(site, latest);
    if (allPass(items, survey)) ({ items, survey } = incremental.full(site));
    itemsPassed = items.filter((i) => i.status === 'pass').length;
    const closed = incremental.closedConcepts(items);
    if (closed.size !== learnt.closed.size || [...closed].some((id) => !learnt.closed.has(id))) {
      learnt.closed = closed;
      learnt.epoch++;
    }
    if (o.onInterim) {
      const soFar: CrawlResult = {
        site,
        pagesFetched: last?.pagesFetched ?? site.pages.size,
        pagesFailed: last?.pagesFailed ?? 0,
        documentsFound: site.documents.size,
        stoppedBy: 'cancelled',
        errors: [],
        skipped: {},
      };
      o.onInterim(buildReport({ ruleset: o.ruleset, crawl: soFar, items, survey, startedAt, finishedAt: new Date(now()) }));
    }
    return itemsPassed === itemsTotal && allPass(items, survey);
  };
  const result = await crawl(
    o.startUrl,
    {
      fetch: o.fetch,
      priority: o.priority ?? makePriority(o.ruleset, learnt),
      priorityEpoch: o.priority ? undefined : () => learnt.epoch,
      isComplete,
      signal: o.signal,
      now: o.now,
      redirectMode: o.redirectMode,
      cache: o.cache,
      onProgress: (p) => {
        last = p;
        o.onProgress?.({ ...p, itemsPassed, itemsTotal });
      },
    },
    o.settings,
  );
  if (o.signal?.aborted) result.stoppedBy = 'cancelled';
  // Cancelled: judge what was gathered now, without reading documents and images first.
  if (o.enrich && !o.signal?.aborted) await o.enrich(result.site, result);
  const items = evaluateItems(result.site, o.ruleset);
  const survey = evaluateSurvey(result.site, o.ruleset.fiscalYear);
  // The next audit fetches these first: each item's evidence pages, and the pages that show its files and links.
  o.cache?.setEvidence(items.flatMap((i) => i.evidence.slice(0, 2).map((e) => (e.kind === 'page' ? e.url : e.foundOn))));
  return buildReport({ ruleset: o.ruleset, crawl: result, items, survey, startedAt, finishedAt: new Date(now()) });
}
