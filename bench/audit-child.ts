/**
 * One audit in its own process, as the CLI runs it (runAudit + Node's fetch), so that the bench
 * measures the audit's own peak RSS and heap (issue #7 §2), not the bench's or the server's.
 *
 * Input: one JSON argument (ChildConfig). Output: one JSON line on stdout (ChildResult).
 * `fetchesToAllFound` is the number of pages fetched when every findable item first had its
 * final answer (bench/targets.ts), read at each of the crawl's early-stop checks (`onInterim`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { runAudit } from '../checks/audit';
import { CrawlCache } from '../checks/crawl/cache';
import type { CrawlSettings } from '../checks/crawl/crawler';
import { DEFAULT_RULESET_ID, getRuleSet } from '../checks/rulesets';

export interface ChildConfig {
  url: string;
  rulesetId?: string;
  strategy: 'best-first' | 'breadth-first';
  settings: Partial<CrawlSettings>;
  /** Final answer per findable item; the survey must pass too when `surveyPass`. */
  targets: Record<string, string>;
  surveyPass: boolean;
  /** Re-audit: read the previous run's cache from this file, and/or write this run's cache here. */
  cacheIn?: string;
  cacheOut?: string;
}

export interface ChildResult {
  pagesFetched: number;
  pagesFailed: number;
  documentsFound: number;
  stoppedBy: string;
  wallMs: number;
  /** Pages fetched when every findable item first had its final answer (null: never). */
  fetchesToAllFound: number | null;
  msToAllFound: number | null;
  /** Items whose status at the end differs from the target (should be empty). */
  mismatched: { id: string; status: string; target: string }[];
  statuses: Record<string, string>;
  peakRssMB: number;
  peakHeapMB: number;
  cpuMs: number;
  /** Re-audit: pages answered 304 and reused from the cache. */
  pagesNotModified?: number;
  cacheBytes?: number;
}

async function main() {
  // As the CLI does (cli/main.ts): GC keeps the heap within 30 % of what is live.
  v8.setFlagsFromString('--heap-growing-percent=30');
  const cfg = JSON.parse(process.argv[2]) as ChildConfig;
  const ruleset = getRuleSet(cfg.rulesetId ?? DEFAULT_RULESET_ID);
  if (!ruleset) throw new Error(`unknown rule set ${cfg.rulesetId}`);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  sample();

  const cache = cfg.cacheIn ? CrawlCache.fromJSON(JSON.parse(readFileSync(cfg.cacheIn, 'utf8'))) : cfg.cacheOut ? new CrawlCache() : undefined;
  const findable = Object.keys(cfg.targets);
  let fetchesToAllFound: number | null = null;
  let msToAllFound: number | null = null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await runAudit({
    startUrl: cfg.url,
    ruleset,
    fetch: (url, init) => fetch(url, init),
    settings: cfg.settings,
    priority: cfg.strategy === 'breadth-first' ? () => 0 : undefined,
    cache,
    onInterim: (r) => {
      if (fetchesToAllFound !== null) return;
      const byId = new Map(r.items.map((i) => [i.id, i.status]));
      const surveyOk = !cfg.surveyPass || (r.survey.eit.status === 'pass' && r.survey.iit.status === 'pass');
      if (surveyOk && findable.every((id) => byId.get(id) === cfg.targets[id])) {
        fetchesToAllFound = r.crawl.pagesFetched;
        msToAllFound = Math.round(performance.now() - t0);
      }
    },
  });
  const wallMs = Math.round(performance.now() - t0);
  const cpu = process.cpuUsage(cpu0);
  sample();
  clearInterval(timer);
  const statuses = Object.fromEntries(report.items.map((i) => [i.id, i.status]));
  const mismatched = findable.filter((id) => statuses[id] !== cfg.targets[id]).map((id) => ({ id, status: statuses[id], target: cfg.targets[id] }));
  let cacheBytes: number | undefined;
  if (cache && cfg.cacheOut) {
    const json = JSON.stringify(cache.toJSON());
    cacheBytes = Buffer.byteLength(json);
    writeFileSync(cfg.cacheOut, json);
  }
  const out: ChildResult = {
    pagesFetched: report.crawl.pagesFetched,
    pagesFailed: report.crawl.pagesFailed,
    documentsFound: report.crawl.documentsFound,
    stoppedBy: report.crawl.stoppedBy,
    wallMs,
    fetchesToAllFound,
    msToAllFound,
    mismatched,
    statuses,
    peakRssMB: Math.round((peakRss / 1048576) * 10) / 10,
    peakHeapMB: Math.round((peakHeap / 1048576) * 10) / 10,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    pagesNotModified: (report.crawl as { notModified?: number }).notModified,
    cacheBytes,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(`audit-child: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
