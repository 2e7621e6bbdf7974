/**
 * The crawler: best-first over the agency's own site, features kept instead of pages.
 * design.md "Data flow" and "Scope"; issue #2 §3. Runtime-agnostic: the extension's content script
 * and the Node CLI pass their own `fetch`.
 */
import robotsParser from 'robots-parser';
import type { DocumentFeature, LinkFeature, PageFeatures, SiteFeatures } from '../features';
import type { CrawlCache } from './cache';
import { decodeHtml } from './decode';
import { extractFeatures } from './extract';
import { fetchWithRetry, sleepWithSignal, type FetchLike, type FetcherOptions, type FetchOutcome } from './fetcher';
import { Frontier } from './frontier';
import { isSameSite, isUnsafeLink, MAX_URL_LENGTH, normalizeUrl, pathPatternKey } from './url';

export interface CrawlSettings {
  maxPages: number;
  maxDepth: number;
  timeLimitMs: number;
  concurrency: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  /** Cap on a server's Retry-After wait (a 503 saying "come back in an hour" must not stall the audit). */
  maxRetryAfterMs: number;
  /** Existence checks of same-site documents (HEAD, else a one-byte ranged GET). */
  maxDocumentChecks: number;
  /** Crawler-trap bound: fetches of one path with the same query keys (calendars, endless paging). */
  maxQueryVariants: number;
  /**
   * A PHP router (`news_detail.php?news_id=N`) serves every post of a site: past maxQueryVariants,
   * links the priority hook scores at least `scentedPriority` (their words name an item) are still
   * fetched, up to this many per path. Trap links name no item and stay at maxQueryVariants.
   */
  maxScentedQueryVariants: number;
  scentedPriority: number;
  /**
   * Honour robots.txt (default): its Disallow rules, and its Crawl-delay as the least time between two
   * requests of the whole crawl (up to MAX_CRAWL_DELAY_MS). A webmaster auditing their own site may turn it off.
   */
  obeyRobots: boolean;
  /** Pause each worker takes between two requests (politeness). */
  delayMs: number;
}

/**
 * Longest Crawl-delay honoured. A site asking for more is still read one request at a time, this far
 * apart; the time limit bounds the audit, and what it could not reach is reported as not checked.
 */
export const MAX_CRAWL_DELAY_MS = 10_000;

export const DEFAULT_CRAWL_SETTINGS: CrawlSettings = {
  maxPages: 300,
  maxDepth: 6,
  timeLimitMs: 10 * 60_000,
  concurrency: 4,
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 1,
  maxRetryAfterMs: 10_000,
  maxDocumentChecks: 150,
  maxQueryVariants: 25,
  maxScentedQueryVariants: 200,
  scentedPriority: 8,
  obeyRobots: true,
  delayMs: 0,
};

export type StoppedBy = 'all-found' | 'exhausted' | 'page-limit' | 'time-limit' | 'cancelled';

export interface CrawlError {
  url: string;
  reason: string;
  /** Machine-readable kind of failure (stable; the UI translates it). */
  code: string;
  /** The page that linked to the URL. */
  foundOn?: string;
}

export interface CrawlProgress {
  pagesFetched: number;
  pagesFailed: number;
  maxPages: number;
  queued: number;
  documentsChecked: number;
  documentsFound: number;
  currentUrl?: string;
  elapsedMs: number;
}

export interface CrawlHooks {
  fetch: FetchLike;
  /** Priority of following a link found on a page (higher first). */
  priority?: (link: LinkFeature, from: PageFeatures) => number;
  /**
   * Bumped whenever `priority` would score links lower than before (items found: issue #7). Queued
   * links scored before the current epoch are scored again when they come up (checks/crawl/frontier.ts).
   */
  priorityEpoch?: () => number;
  /** True when every item already has its final answer: the crawl may stop early. `latest`: the page just added, if any. */
  isComplete?: (site: SiteFeatures, latest?: PageFeatures) => boolean;
  onProgress?: (p: CrawlProgress) => void;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  redirectMode?: 'manual' | 'follow';
  headers?: Record<string, string>;
  /**
   * Re-audit (issue #7 §4): pages and documents seen last time are asked for conditionally, a 304
   * reuses their stored features, and the last run's evidence pages are fetched first. The crawl
   * stores what it fetches into it.
   */
  cache?: CrawlCache;
}

export interface CrawlResult {
  site: SiteFeatures;
  pagesFetched: number;
  pagesFailed: number;
  documentsFound: number;
  stoppedBy: StoppedBy;
  errors: CrawlError[];
  /** URLs never fetched because of a bound (trap caps, depth, robots.txt), counted per reason. */
  skipped: Record<string, number>;
}

/** The start URL itself could not be fetched: the CLI exits 3 on this. */
export class StartUrlError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`cannot fetch ${url}: ${reason}`);
  }
}

const HTML_TYPE = /text\/html|application\/xhtml|text\/plain/i;
const isHtmlType = (ct: string) => !ct || HTML_TYPE.test(ct);

/** Document formats recognised by their first bytes, for files a server labels text/html. */
const DOCUMENT_MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'application/pdf'], // %PDF
  [[0xd0, 0xcf, 0x11, 0xe0], 'application/msword'], // OLE: .doc, .xls, .ppt
  [[0x50, 0x4b, 0x03, 0x04], 'application/zip'], // .docx, .xlsx, .zip
  [[0x89, 0x50, 0x4e, 0x47], 'image/png'],
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'image/gif'],
  [[0x52, 0x61, 0x72, 0x21], 'application/x-rar-compressed'],
];

/** The real type of a body that is not text (null when it looks like text). */
function sniffBinary(body: Uint8Array): string | null {
  for (const [magic, type] of DOCUMENT_MAGIC) if (magic.every((b, i) => body[i] === b)) return type;
  // Text, in any charset these sites use (UTF-8, windows-874), has next to no C0 controls other
  // than tab, LF, FF, CR and ESC; random or compressed bytes have about one in ten.
  const n = Math.min(body.length, 1024);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = body[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls > Math.max(8, n / 50) ? 'application/octet-stream' : null;
}

/**
 * Links that looked like pages and answered a file (`/download/5010/` redirecting to a PDF,
 * `dl.php?id=1`): once the crawl knows, every page's link to them is a document link, so that the
 * engine and the readers treat them as the files they are (attachments of their post, read for text).
 * Pages are replaced, not changed in place: what was judged of the old objects is not reused.
 */
export function retypeFileLinks(site: SiteFeatures): void {
  const isFile = (l: LinkFeature) => l.kind === 'page' && l.internal && site.documents.has(l.url) && !site.pages.has(l.url);
  for (const [key, p] of site.pages) {
    if (!p.links.some(isFile)) continue;
    site.pages.set(key, { ...p, links: p.links.map((l) => (isFile(l) ? { ...l, kind: 'document' as const } : l)) });
  }
}

export async function crawl(startUrl: string, hooks: CrawlHooks, settingsIn: Partial<CrawlSettings> = {}): Promise<CrawlResult> {
  const s: CrawlSettings = { ...DEFAULT_CRAWL_SETTINGS, ...settingsIn };
  // The time budget is a promise to the user: at the deadline, whatever is still waiting (a server
  // that never answers, a long Retry-After) is aborted, not awaited (issue #6).
  const budget = new AbortController();
  let timedOut = false;
  const onCancel = () => budget.abort();
  if (hooks.signal?.aborted) budget.abort();
  else hooks.signal?.addEventListener('abort', onCancel, { once: true });
  const deadline = setTimeout(() => {
    timedOut = true;
    budget.abort();
  }, Math.min(s.timeLimitMs, 2 ** 31 - 1));
  try {
    return await crawlWithin(startUrl, hooks, s, { signal: budget.signal, isTimedOut: () => timedOut });
  } finally {
    clearTimeout(deadline);
    hooks.signal?.removeEventListener('abort', onCancel);
    // Workers still running after an unexpected error stop here.
    budget.abort();
  }
}

async function crawlWithin(
  startUrl: string,
  hooks: CrawlHooks,
  s: CrawlSettings,
  budget: { signal: AbortSignal; isTimedOut: () => boolean },
): Promise<CrawlResult> {
  const now = hooks.now ?? (() => Date.now());
  const sleep = hooks.sleep ?? sleepWithSignal;
  const started = now();
  const start = normalizeUrl(startUrl);
  if (!start) throw new StartUrlError(startUrl, 'not an http(s) URL');

  let siteUrl = start;
  const fetcher: FetcherOptions = {
    fetch: hooks.fetch,
    timeoutMs: s.timeoutMs,
    maxBytes: s.maxBytes,
    maxRedirects: s.maxRedirects,
    retries: s.retries,
    backoffMs: 500,
    maxRetryAfterMs: s.maxRetryAfterMs,
    sleep,
    signal: budget.signal,
    redirectMode: hooks.redirectMode ?? 'manual',
    inScope: (u) => isSameSite(u, siteUrl),
    headers: hooks.headers,
  };

  const site: SiteFeatures = { startUrl: start, origin: new URL(start).origin, pages: new Map(), documents: new Map(), qrCodes: [], failedPages: new Map() };
  const errors: CrawlError[] = [];
  const skipped: Record<string, number> = {};
  const frontier = new Frontier();
  const fetchedUrls = new Set<string>();
  const patternCounts = new Map<string, number>();
  let pagesFetched = 0;
  let pagesFailed = 0;
  let documentsChecked = 0;
  let stoppedBy: StoppedBy | null = null;
  let robots: ReturnType<typeof robotsParser> | null = null;
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  // Bounded as the report schema bounds them: a hostile URL or reason must not make the report invalid.
  const clip = (u: string) => (u.length > MAX_URL_LENGTH ? u.slice(0, MAX_URL_LENGTH) : u);
  const addError = (e: CrawlError) => {
    if (errors.length < 500) errors.push({ ...e, url: clip(e.url), reason: e.reason.slice(0, 500), ...(e.foundOn ? { foundOn: clip(e.foundOn) } : {}) });
  };

  const progress = (currentUrl?: string) =>
    hooks.onProgress?.({
      pagesFetched, pagesFailed, maxPages: s.maxPages, queued: frontier.size, documentsChecked,
      documentsFound: site.documents.size, currentUrl, elapsedMs: now() - started,
    });

  // --- the start page: its failure is fatal; its redirect may move the site (http → https, new domain).
  const cache = hooks.cache;
  cache?.useFor(start);
  const first = await fetchWithRetry(start, { ...fetcher, inScope: () => true }, { accept: isHtmlType, headers: cache?.conditionalHeaders(start) });
  const reusedStart = !first.ok && first.status === 304 ? cache?.reusePage(start, 0) : undefined;
  if (!first.ok && !reusedStart) {
    if (first.code === 'cancelled') throw new StartUrlError(start, budget.isTimedOut() ? `no answer within the time limit (${s.timeLimitMs} ms)` : 'cancelled');
    throw new StartUrlError(start, first.reason);
  }
  siteUrl = normalizeUrl(reusedStart ? reusedStart.finalUrl : (first.finalUrl ?? start)) ?? start;
  site.origin = new URL(siteUrl).origin;

  if (s.obeyRobots) {
    const r = await fetchWithRetry(`${site.origin}/robots.txt`, { ...fetcher, retries: 0, maxBytes: 512 * 1024 }, { accept: () => true });
    if (r.ok && r.status === 200 && !/html/i.test(r.contentType)) {
      robots = robotsParser(`${site.origin}/robots.txt`, new TextDecoder().decode(r.body));
    }
  }
  // Crawl-delay spaces the starts of all requests, whatever the concurrency (one slot after another).
  const crawlDelay = robots?.getCrawlDelay('OITAuditor');
  const gapMs = typeof crawlDelay === 'number' && crawlDelay > 0 ? Math.min(crawlDelay * 1000, MAX_CRAWL_DELAY_MS) : 0;
  let nextSlot = 0;
  const pace = async () => {
    if (!gapMs) return;
    const t = now();
    const at = Math.max(t, nextSlot);
    nextSlot = at + gapMs;
    if (at > t) await sleep(at - t, budget.signal);
  };

  const unsafeSeen = new Set<string>();
  const enqueueLinks = (page: PageFeatures) => {
    for (const link of page.links) {
      if (!link.internal || link.kind === 'mailto' || link.kind === 'tel') continue;
      if (fetchedUrls.has(link.url)) continue;
      if (isUnsafeLink(link.url, link.text)) {
        if (!unsafeSeen.has(link.url)) skip('unsafe');
        unsafeSeen.add(link.url);
        continue;
      }
      const priority = hooks.priority ? hooks.priority(link, page) : 0;
      const rescore = (bonus: number) => (hooks.priorityEpoch && hooks.priority ? { link, from: page, bonus, epoch: hooks.priorityEpoch() } : undefined);
      if (link.kind === 'document' || link.kind === 'image') {
        if (link.kind === 'image' && link.via !== 'a') continue;
        frontier.push({ url: link.url, depth: page.depth + 1, priority: priority - 1, from: page.finalUrl, task: 'document', rescore: rescore(-1) });
      } else {
        if (page.depth + 1 > s.maxDepth) {
          if (!frontier.has(link.url)) skip('depth');
          continue;
        }
        // Frames carry the real home page of splash-screen sites (thai-sites.md §7.1).
        const boost = link.via === 'iframe' || link.via === 'frame' ? 50 : 0;
        frontier.push({ url: link.url, depth: page.depth + 1, priority: priority + boost, from: page.finalUrl, task: 'page', rescore: rescore(boost) });
      }
    }
  };

  const recordPage = (outcome: FetchOutcome & { ok: true }, depth: number): PageFeatures | null => {
    const binary = isHtmlType(outcome.contentType) ? sniffBinary(outcome.body) : null;
    if (!isHtmlType(outcome.contentType) || binary) {
      // A link that looked like a page is a document (dl.php?id=1 answering a PDF).
      if (!isHtmlType(outcome.contentType)) {
        site.documents.set(outcome.url, { url: outcome.url, isInternal: true, exists: true, status: outcome.status, contentType: outcome.contentType });
      } else {
        // Bytes that are not text under a text/html label: a known document format still exists
        // (kept as a document, so nothing is lost), but a browser may show it as garbage: say so.
        if (binary !== 'application/octet-stream') {
          site.documents.set(outcome.url, { url: outcome.url, isInternal: true, exists: true, status: outcome.status, contentType: binary! });
        }
        addError({ url: outcome.url, reason: `binary content (${binary}) served as text/html`, code: 'not-html' });
      }
      return null;
    }
    const { text, charset } = decodeHtml(outcome.body, outcome.contentType);
    const finalUrl = normalizeUrl(outcome.finalUrl) ?? outcome.url;
    const page = extractFeatures(text, finalUrl, { url: outcome.url, depth, status: outcome.status, contentType: outcome.contentType, charset, siteUrl });
    if (outcome.truncated) addError({ url: outcome.url, reason: `page larger than ${Math.round(s.maxBytes / 1048576)} MB: only the start was read`, code: 'truncated' });
    site.pages.set(outcome.url, page);
    fetchedUrls.add(finalUrl);
    cache?.storePage(outcome.url, outcome.headers, page);
    return page;
  };

  /** A 304: the page is what it was last time. */
  const keepReused = (url: string, page: PageFeatures): PageFeatures => {
    site.pages.set(url, page);
    fetchedUrls.add(page.finalUrl);
    return page;
  };

  // A page the parser chokes on is one error, never the end of the audit.
  const readPage = (outcome: FetchOutcome & { ok: true }, depth: number): PageFeatures | null => {
    try {
      return recordPage(outcome, depth);
    } catch (e) {
      addError({ url: outcome.url, reason: `the page could not be read: ${(e as Error).message}`, code: 'parse' });
      return null;
    }
  };

  const startPage = reusedStart ? keepReused(start, reusedStart) : first.ok ? readPage(first, 0) : null;
  pagesFetched = 1;
  fetchedUrls.add(start);
  if (startPage) enqueueLinks(startPage);
  // A re-audit goes to last time's evidence first (issue #7 §4).
  for (const url of cache?.evidence ?? []) {
    if (!fetchedUrls.has(url) && isSameSite(url, siteUrl)) frontier.push({ url, depth: 1, priority: 1000, task: 'page' });
  }
  progress(start);

  const checkDocument = async (url: string, from?: string) => {
    documentsChecked++;
    let r = await fetchWithRetry(url, fetcher, { method: 'HEAD', headers: cache?.conditionalHeaders(url, 'document') });
    const known = !r.ok && r.status === 304 ? cache?.reuseDocument(url) : undefined;
    if (known) {
      site.documents.set(url, { ...site.documents.get(url), ...known });
      return;
    }
    if (!r.ok && (r.status === 405 || r.status === 501 || r.status === 403 || r.code === 'network')) {
      r = await fetchWithRetry(url, fetcher, { headers: { Range: 'bytes=0-0' }, accept: () => false });
    }
    const doc: DocumentFeature = site.documents.get(url) ?? { url, isInternal: true };
    if (r.ok) {
      doc.status = r.status;
      doc.contentType = r.contentType;
      if (/text\/html/i.test(r.contentType)) {
        doc.exists = false;
        doc.problem = 'HTML in place of the document';
        addError({ url, reason: 'document link answers an HTML page', code: 'not-a-document', foundOn: from });
      } else {
        doc.exists = true;
        cache?.storeDocument(url, r.headers, doc);
      }
    } else if (r.code !== 'cancelled') {
      doc.exists = false;
      doc.status = r.status;
      doc.problem = r.reason;
      addError({ url, reason: r.reason, code: r.code, foundOn: from });
    }
    site.documents.set(url, doc);
  };

  // --- the worker pool: N loops pulling the best entry; idle workers wait for in-flight pages.
  let inFlight = 0;
  const waiters: (() => void)[] = [];
  const notify = () => {
    for (const w of waiters.splice(0)) w();
  };
  const idle = () => new Promise<void>((resolve) => waiters.push(resolve));

  const stop = (why: StoppedBy) => {
    if (!stoppedBy) stoppedBy = why;
    notify();
  };
  // The deadline or a cancel wakes idle workers at once.
  budget.signal.addEventListener('abort', () => stop(hooks.signal?.aborted ? 'cancelled' : 'time-limit'), { once: true });

  const worker = async () => {
    for (;;) {
      if (stoppedBy) return;
      if (hooks.signal?.aborted) return stop('cancelled');
      if (budget.isTimedOut() || now() - started > s.timeLimitMs) return stop('time-limit');
      const entry = hooks.priorityEpoch && hooks.priority ? frontier.popFresh(hooks.priorityEpoch(), (e) => hooks.priority!(e.rescore!.link, e.rescore!.from)) : frontier.pop();
      if (!entry) {
        if (inFlight === 0) return stop('exhausted');
        await idle();
        continue;
      }
      if (entry.task === 'document') {
        if (documentsChecked >= s.maxDocumentChecks) {
          skip('document-limit');
          if (!site.documents.has(entry.url)) site.documents.set(entry.url, { url: entry.url, isInternal: true });
          continue;
        }
      } else {
        if (pagesFetched >= s.maxPages) {
          stop('page-limit');
          return;
        }
        const pattern = pathPatternKey(entry.url);
        const n = patternCounts.get(pattern) ?? 0;
        if (n >= s.maxQueryVariants && (n >= s.maxScentedQueryVariants || entry.priority < s.scentedPriority)) {
          skip('query-variants');
          continue;
        }
        patternCounts.set(pattern, n + 1);
      }
      if (robots && robots.isAllowed(entry.url, 'OITAuditor') === false) {
        skip('robots');
        addError({ url: entry.url, reason: 'disallowed by robots.txt', code: 'robots', foundOn: entry.from });
        continue;
      }
      inFlight++;
      await pace();
      if (hooks.signal?.aborted || budget.isTimedOut()) {
        inFlight--;
        notify();
        continue; // the loop's checks say why it stops
      }
      try {
        if (entry.task === 'document') {
          await checkDocument(entry.url, entry.from);
        } else {
          pagesFetched++;
          fetchedUrls.add(entry.url);
          progress(entry.url);
          const r = await fetchWithRetry(entry.url, fetcher, { accept: isHtmlType, headers: cache?.conditionalHeaders(entry.url) });
          const reused = !r.ok && r.status === 304 ? cache?.reusePage(entry.url, entry.depth) : undefined;
          let added: PageFeatures | null = null;
          if (reused) {
            enqueueLinks((added = keepReused(entry.url, reused)));
          } else if (!r.ok) {
            if (r.code !== 'cancelled') {
              pagesFailed++;
              addError({ url: entry.url, reason: r.reason, code: r.code, foundOn: entry.from });
              if (site.failedPages!.size < 500) site.failedPages!.set(entry.url, { status: r.status, code: r.code, reason: r.reason.slice(0, 200) });
            } else if (budget.isTimedOut() && !hooks.signal?.aborted) {
              pagesFailed++;
              addError({ url: entry.url, reason: `no answer before the time limit (${s.timeLimitMs} ms)`, code: 'time-limit', foundOn: entry.from });
            }
          } else {
            added = readPage(r, entry.depth);
            if (added) enqueueLinks(added);
          }
          // After every page: the check is incremental (checks/incremental.ts), and a late check costs fetches.
          if (hooks.isComplete && hooks.isComplete(site, added ?? undefined)) stop('all-found');
        }
      } finally {
        inFlight--;
        notify();
      }
      if (s.delayMs > 0) await sleep(s.delayMs, budget.signal);
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, s.concurrency) }, () => worker()));
  retypeFileLinks(site);
  progress();
  return {
    site,
    pagesFetched,
    pagesFailed,
    documentsFound: site.documents.size,
    stoppedBy: stoppedBy ?? 'exhausted',
    errors,
    skipped,
  };
}
