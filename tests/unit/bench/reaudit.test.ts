/**
 * Incremental re-audit (issue #7 §4): the cache keeps validators and features, survives JSON, asks
 * conditionally, reuses a 304's features, fetches last run's evidence first, and a changed page is
 * read again. The answers never differ from a fresh audit's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateSite } from '../../../bench/generate';
import { serveGenerated, type SiteServer } from '../../../bench/server';
import { runAudit } from '../../../checks/audit';
import { CACHE_SCHEMA, CrawlCache, FEATURES_VERSION } from '../../../checks/crawl/cache';
import type { PageFeatures } from '../../../checks/features';
import { DEFAULT_RULESET_ID, getRuleSet } from '../../../checks/rulesets';

const ruleset = getRuleSet(DEFAULT_RULESET_ID)!;
const nodeFetch = (url: string, init: RequestInit) => fetch(url, init);

let server: SiteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const link = (url: string, text: string) => ({ url, kind: 'page' as const, via: 'a' as const, internal: true, text, label: text, hasImage: false, inNav: true, heading: '', context: text });

function page(url: string, links: ReturnType<typeof link>[]): PageFeatures {
  return {
    url, finalUrl: url, depth: 1, status: 200, contentType: 'text/html', charset: 'utf-8', title: 'หน้า', headings: [], links, images: [], forms: [], people: [],
    phones: [], emails: [], dates: [], fiscalYears: [], hasMap: false, text: 'ข้อความ',
  };
}

const headers = (h: Record<string, string>) => new Headers(h);

describe('CrawlCache', () => {
  it('round-trips through JSON, writing each shared link once and restoring pages that share it', () => {
    const menu = link('http://a.go.th/menu', 'เมนู');
    const c = new CrawlCache();
    c.useFor('http://a.go.th/');
    c.storePage('http://a.go.th/1', headers({ etag: '"1"' }), page('http://a.go.th/1', [menu, link('http://a.go.th/x', 'x')]));
    c.storePage('http://a.go.th/2', headers({ 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' }), page('http://a.go.th/2', [menu]));
    c.storePage('http://a.go.th/3', headers({}), page('http://a.go.th/3', [menu]));
    c.storeDocument('http://a.go.th/f.pdf', headers({ etag: '"f"' }), { url: 'http://a.go.th/f.pdf', isInternal: true, exists: true, status: 200 });
    c.setEvidence(['http://a.go.th/1', 'http://elsewhere.go.th/z', 'http://a.go.th/1']);
    const json = JSON.parse(JSON.stringify(c.toJSON()));
    expect(json.schema).toBe(CACHE_SCHEMA);
    expect(json.links).toHaveLength(2);
    expect(json.pages.map((p: { url: string }) => p.url)).toEqual(['http://a.go.th/1', 'http://a.go.th/2']);
    expect(json.evidence).toEqual(['http://a.go.th/1']);
    const back = CrawlCache.fromJSON(json);
    expect(back.size).toEqual({ pages: 2, documents: 1 });
    expect(back.conditionalHeaders('http://a.go.th/1')).toEqual({ 'If-None-Match': '"1"' });
    expect(back.conditionalHeaders('http://a.go.th/2')).toEqual({ 'If-Modified-Since': 'Wed, 01 Jan 2025 00:00:00 GMT' });
    expect(back.conditionalHeaders('http://a.go.th/3')).toBeUndefined();
    const p1 = back.reusePage('http://a.go.th/1', 3)!;
    const p2 = back.reusePage('http://a.go.th/2', 1)!;
    expect(p1.depth).toBe(3);
    expect(p1.links[0]).toBe(p2.links[0]);
    expect(p1.links[0]).toEqual(menu);
    expect(back.reuseDocument('http://a.go.th/f.pdf')).toMatchObject({ exists: true });
    expect(back.stats.notModified).toBe(3);
  });

  it('drops what it cannot trust: garbage, another schema, another extractor, another site', () => {
    expect(CrawlCache.fromJSON(null).size.pages).toBe(0);
    expect(CrawlCache.fromJSON({ schema: 'x' }).size.pages).toBe(0);
    const c = new CrawlCache();
    c.useFor('http://a.go.th/');
    c.storePage('http://a.go.th/1', headers({ etag: '"1"' }), page('http://a.go.th/1', []));
    c.setEvidence(['http://a.go.th/1']);
    const json = c.toJSON();
    const old = CrawlCache.fromJSON({ ...json, featuresVersion: FEATURES_VERSION + 1 });
    expect(old.size.pages).toBe(0);
    expect(old.evidence).toEqual(['http://a.go.th/1']);
    const broken = CrawlCache.fromJSON({ ...json, pages: [{ url: 5 }, null, { url: 'http://a.go.th/2', features: {} }] });
    expect(broken.size.pages).toBe(0);
    const other = CrawlCache.fromJSON(json);
    other.useFor('https://www.b.go.th/');
    expect(other.size.pages).toBe(0);
    expect(other.evidence).toEqual([]);
    const same = CrawlCache.fromJSON(json);
    same.useFor('https://www.a.go.th/');
    expect(same.size.pages).toBe(1);
  });
});

describe('re-audit with the cache', () => {
  it('asks conditionally, reuses 304s, goes to last run’s evidence first, and answers as a fresh audit does', async () => {
    const site = generateSite({ pages: 200, ruleset });
    server = await serveGenerated(site, { latencyMs: 0 });
    const settings = { concurrency: 2, maxPages: 250 };
    const cache = new CrawlCache();
    const first = await runAudit({ startUrl: server.url, ruleset, fetch: nodeFetch, settings, cache });
    expect(first.crawl.stoppedBy).toBe('all-found');
    expect(cache.size.pages).toBe(first.crawl.pagesFetched);
    expect(cache.evidence.length).toBeGreaterThan(5);
    const saved = JSON.parse(JSON.stringify(cache.toJSON()));

    server.resetCounts();
    const again = CrawlCache.fromJSON(saved);
    const second = await runAudit({ startUrl: server.url, ruleset, fetch: nodeFetch, settings, cache: again });
    const pageRequests = server.requests.filter((r) => r.method === 'GET' && r.path !== '/robots.txt');
    // A page seen last time is asked for conditionally and answered 304; one never fetched (the first
    // audit stopped before it came back) is fetched in full.
    expect(pageRequests.length).toBe(second.crawl.pagesFetched);
    const known = new Set(saved.pages.map((p: { url: string }) => new URL(p.url).pathname));
    for (const r of pageRequests) expect([r.path, r.conditional, r.status]).toEqual(known.has(r.path) ? [r.path, true, 304] : [r.path, false, 200]);
    expect(pageRequests.filter((r) => r.status === 304).length).toBeGreaterThan(0.9 * pageRequests.length);
    expect(second.crawl.pagesFetched).toBeLessThan(first.crawl.pagesFetched);
    // Right after the home page: last run's evidence pages.
    const evidencePaths = new Set(again.evidence.map((u) => new URL(u).pathname));
    const next = pageRequests.slice(1, 6).map((r) => r.path);
    expect(next.every((p) => evidencePaths.has(p))).toBe(true);
    expect(second.items.map((i) => [i.id, i.status])).toEqual(first.items.map((i) => [i.id, i.status]));
  });

  it('reads a changed page again (200, new features) and keeps the answers right', async () => {
    const v0 = generateSite({ pages: 200, ruleset });
    const v1 = generateSite({ pages: 200, ruleset, revision: 1 });
    server = await serveGenerated(v0, { latencyMs: 0 });
    const settings = { concurrency: 2, maxPages: 250 };
    const cache = new CrawlCache();
    await runAudit({ startUrl: server.url, ruleset, fetch: nodeFetch, settings, cache });
    server.setSite(v1);
    server.resetCounts();
    const again = CrawlCache.fromJSON(JSON.parse(JSON.stringify(cache.toJSON())));
    const second = await runAudit({ startUrl: server.url, ruleset, fetch: nodeFetch, settings, cache: again });
    const changed = server.requests.filter((r) => r.path === v1.changedPath && r.method === 'GET');
    expect(changed).toEqual([{ method: 'GET', path: v1.changedPath, status: 200, conditional: true }]);
    const known = new Set(cache.toJSON().pages.map((p) => new URL(p.url).pathname));
    const others = server.requests.filter((r) => r.method === 'GET' && r.path !== v1.changedPath && known.has(r.path));
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter((r) => r.status !== 304)).toEqual([]);
    // The new attachment of the edited page is in the features the next run will reuse.
    const url = `${server.origin}${v1.changedPath}`;
    const fresh = again.reusePage(url, 1)!;
    const pdfs = (body: string) => new Set(body.match(/files_\d+_\d+\.pdf/g)).size;
    const after = pdfs(v1.get(v1.changedPath)!.body as string);
    expect(after).toBe(pdfs(v0.get(v1.changedPath)!.body as string) + 1);
    expect(new Set(fresh.links.filter((l) => l.kind === 'document').map((l) => l.url)).size).toBe(after);
    const fresh0 = await runAudit({ startUrl: server.url, ruleset, fetch: nodeFetch, settings });
    expect(second.items.map((i) => [i.id, i.status])).toEqual(fresh0.items.map((i) => [i.id, i.status]));
  });
});
