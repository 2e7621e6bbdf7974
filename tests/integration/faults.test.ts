/**
 * The crawler against a hostile and broken site (issue #6): it always finishes, stays inside the
 * site, loses nothing, and cannot be turned against the user. Every assertion is on what the
 * server saw (tests/support/fault-server.ts), not only on what the crawler says.
 */
import { execFile } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../checks/audit';
import { crawl, StartUrlError, type CrawlResult, type CrawlSettings } from '../../checks/crawl/crawler';
import { ReportSchema } from '../../checks/report/schema';
import { getRuleSet, DEFAULT_RULESET_ID } from '../../checks/rulesets';
import { FORBIDDEN_PATHS, startFaultServer, startRecorder, type FaultServer } from '../fault-server/server';

const run = promisify(execFile);
const nodeFetch = (url: string, init: RequestInit) => fetch(url, init);
/**
 * Small timeouts: the whole file must stay quick on 2 cores (the issue asks for CI). Not smaller:
 * parsing the 5 MB head of the 20 MB page holds the event loop about a second, and a request in
 * flight meanwhile would time out on a busy machine.
 */
const FAST: Partial<CrawlSettings> = { timeoutMs: 2500, retries: 1, maxRetryAfterMs: 1500, concurrency: 4, timeLimitMs: 30_000 };
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

describe('one crawl of the whole hostile site', () => {
  let elsewhere: Awaited<ReturnType<typeof startRecorder>>;
  let site: FaultServer;
  let result: CrawlResult;
  let elapsedMs: number;
  const errorCode = (path: string) => result.errors.find((e) => pathOf(e.url) === path)?.code;

  beforeAll(async () => {
    elsewhere = await startRecorder();
    site = await startFaultServer({ elsewhere: elsewhere.url });
    const t0 = Date.now();
    result = await crawl(site.url + '/', { fetch: nodeFetch }, FAST);
    elapsedMs = Date.now() - t0;
  });
  afterAll(async () => {
    await site?.close();
    await elsewhere?.close();
  });

  it('finishes by itself: every trap is bounded, so the site is exhausted well before the budget', () => {
    expect(result.stoppedBy).toBe('exhausted');
    expect(elapsedMs).toBeLessThan(FAST.timeLimitMs!);
    expect(result.pagesFetched).toBeLessThan(150);
  });

  it('keeps every page that failed in crawl.errors, with its reason', () => {
    const expected: Record<string, string> = {
      '/slow': 'timeout',
      '/trickle': 'timeout',
      '/reset': 'network',
      '/hangup': 'network',
      '/err/500': 'http',
      '/err/502': 'http',
      '/err/503': 'http',
      '/err/503-long': 'http',
      '/err/429': 'http',
      '/loop/a': 'redirect-loop',
      '/self': 'redirect-loop',
      '/chain/0': 'too-many-redirects',
      '/away': 'off-site',
      '/away-scheme-relative': 'off-site',
      '/to-file': 'off-site',
      '/to-js': 'off-site',
      '/huge': 'truncated',
      '/binary': 'not-html',
      '/fake-pdf': 'not-html',
      '/private/secret': 'robots',
      '/files/missing.pdf': 'http',
    };
    const actual = Object.fromEntries(Object.keys(expected).map((p) => [p, errorCode(p)]));

    expect(actual).toEqual(expected);
    for (const e of result.errors) expect(e.reason.length, e.url).toBeGreaterThan(3);
    expect(result.errors.find((e) => pathOf(e.url) === '/err/500')?.reason).toBe('HTTP 500');
  });

  it('counts in pagesFailed every page the server refused or never answered', () => {
    const failedPages = result.errors.filter((e) => ['timeout', 'network', 'http', 'redirect-loop', 'too-many-redirects', 'off-site'].includes(e.code) && !e.url.endsWith('.pdf'));

    expect(result.pagesFailed).toBe(failedPages.length);
  });

  it('never sends a request off the site: the other host sees nothing', () => {
    expect(elsewhere.requests).toEqual([]);
    expect(site.requests.every((r) => r.path.startsWith('/'))).toBe(true);
  });

  it('only reads: GET for pages, HEAD only for documents, never a POST', () => {
    const methods = new Set(site.requests.map((r) => r.method));
    const heads = site.requests.filter((r) => r.method === 'HEAD').map((r) => r.path);

    expect([...methods].sort()).toEqual(['GET', 'HEAD']);
    expect(heads.every((p) => /\.pdf$/.test(p))).toBe(true);
  });

  it('never submits a form and never follows a logout link', () => {
    const forbidden = site.requests.filter((r) => FORBIDDEN_PATHS.some((re) => re.test(r.path)));

    expect(forbidden).toEqual([]);
    expect(result.skipped.unsafe).toBe(5);
  });

  it('never fetches mailto:, tel:, javascript:, data: or file: links, but opens the page inside a javascript: popup', () => {
    const odd = site.requests.filter((r) => /mailto|tel:|javascript|data:|file:|passwd|alert/i.test(decodeURIComponent(r.path)));

    expect(odd).toEqual([]);
    expect(result.site.pages.has(`${site.url}/popup.php?id=1`)).toBe(true);
  });

  it('drops a URL too long to be a page', () => {
    expect(site.count(/^\/long\//)).toBe(0);
  });

  it('strips session ids: the session page is fetched once, no id ever reaches the server', () => {
    expect(site.count(/jsessionid|phpsessid/i)).toBe(0);
    expect(new Set(site.requests.filter((r) => r.path.startsWith('/session')).map((r) => r.path))).toEqual(new Set(['/session', '/session?id=1']));
  });

  it('bounds a page that links to itself under 1,000 queries, and endless paging', () => {
    const distinct = (re: RegExp) => new Set(site.requests.filter((r) => re.test(r.path)).map((r) => r.path)).size;

    expect(distinct(/^\/variants\?/)).toBe(25);
    expect(distinct(/^\/news\?/)).toBeLessThanOrEqual(25);
    expect(result.skipped['query-variants']).toBeGreaterThan(900);
  });

  it('bounds a path that grows forever by the depth cap', () => {
    const deepest = Math.max(...site.requests.filter((r) => r.path.startsWith('/deep/')).map((r) => r.path.split('/').length - 2));

    expect(deepest).toBeLessThanOrEqual(6);
    expect(result.skipped.depth).toBeGreaterThan(0);
  });

  it('retries a failing page once, never more', () => {
    for (const p of ['/slow', '/trickle', '/reset', '/hangup', '/err/500', '/err/502', '/err/503', '/err/429']) expect(site.count(p), p).toBe(2);
    for (const p of ['/files/missing.pdf', '/loop/a', '/away']) expect(site.count(p), p).toBe(1);
  });

  it('reads a page whose first answer was 503 with Retry-After', () => {
    const [first, second] = site.requests.filter((r) => r.path === '/flaky');

    expect(second.at - first.at).toBeGreaterThanOrEqual(950);
    expect(result.site.pages.get(`${site.url}/flaky`)?.title).toBe('กลับมาแล้ว');
  });

  it('decodes conflicting charsets to the same Thai text', () => {
    for (const p of ['/charset/mismatch', '/charset/three-metas', '/charset/three-metas-utf8']) {
      const page = result.site.pages.get(site.url + p)!;
      expect(page.title, p).toBe('แผนการดำเนินงาน');
      expect(page.links.map((l) => l.text), p).toContain('รายงานผลการดำเนินงาน');
    }
    expect(result.site.pages.get(`${site.url}/charset/mismatch`)?.charset).toBe('windows-874');
  });

  it('reads malformed HTML: unclosed tags, nested forms and a link 10,000 elements deep', () => {
    for (const p of ['/malformed/found-unclosed', '/malformed/found-forms', '/malformed/found-deep']) expect(result.site.pages.has(site.url + p), p).toBe(true);
    expect(result.site.pages.get(`${site.url}/malformed/unclosed-title`)!.title.length).toBeLessThanOrEqual(300);
  });

  it('keeps a PDF served as text/html as a document, and never parses random bytes as a page', () => {
    expect(result.site.documents.get(`${site.url}/fake-pdf`)).toMatchObject({ exists: true, contentType: 'application/pdf' });
    expect(result.site.pages.has(`${site.url}/binary`)).toBe(false);
    expect(result.site.pages.has(`${site.url}/fake-pdf`)).toBe(false);
  });

  it('reads the start of the 20 MB page and stops reading the stream', () => {
    const huge = result.site.pages.get(`${site.url}/huge`)!;

    expect(huge.title).toBe('รายงานขนาดใหญ่');
    expect(huge.text.length).toBeLessThanOrEqual(40_000);
    expect(site.hugeBytesWritten).toBeLessThan(20 * 1024 * 1024);
  });

  it('never follows a <base href> that points elsewhere', () => {
    expect(site.count(/relative-page|\/base\//)).toBe(0);
  });
});

describe('guarantees measured one by one', () => {
  let site: FaultServer | undefined;
  let elsewhere: Awaited<ReturnType<typeof startRecorder>> | undefined;
  afterEach(async () => {
    await site?.close();
    await elsewhere?.close();
    site = elsewhere = undefined;
  });

  it('ends at its time budget even while a server never answers', async () => {
    site = await startFaultServer({ routes: { '/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<a href="/slow">ช้า</a><a href="/slow2">ช้า</a>') } });
    const t0 = Date.now();

    const r = await crawl(site.url + '/', { fetch: nodeFetch }, { timeoutMs: 60_000, timeLimitMs: 1500, concurrency: 2 });

    const elapsed = Date.now() - t0;
    expect(r.stoppedBy).toBe('time-limit');
    expect(elapsed).toBeLessThan(1500 + 1000);
    expect(r.errors.find((e) => pathOf(e.url) === '/slow')).toMatchObject({ code: 'time-limit' });
  });

  it('ends at its time budget while a server asks to come back in an hour', async () => {
    site = await startFaultServer({ routes: { '/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<a href="/err/503-long">ปิดปรับปรุง</a>') } });
    const t0 = Date.now();

    const r = await crawl(site.url + '/', { fetch: nodeFetch }, { timeLimitMs: 1200 });

    expect(r.stoppedBy).toBe('time-limit');
    expect(Date.now() - t0).toBeLessThan(1200 + 1000);
    expect(site.count('/err/503-long')).toBe(1);
  });

  it('gives up on a start page that never answers within the budget, with a clear reason', async () => {
    site = await startFaultServer({ routes: { '/': () => undefined } });

    const err = await crawl(site.url + '/', { fetch: nodeFetch }, { timeoutMs: 60_000, timeLimitMs: 800 }).catch((e) => e);

    expect(err).toBeInstanceOf(StartUrlError);
    expect((err as StartUrlError).reason).toMatch(/time limit/);
  });

  it('honours Retry-After up to its cap, and backs off without one', async () => {
    site = await startFaultServer();
    const waits: number[] = [];
    const routes = ['/err/503-retry', '/err/503-long', '/err/429-date', '/err/503'];
    const recorder = async (ms: number) => void waits.push(ms);

    for (const p of routes) await crawl(site.url + p, { fetch: nodeFetch, sleep: recorder }, { retries: 1, maxRetryAfterMs: 5000, obeyRobots: false }).catch(() => undefined);

    expect(waits).toEqual([1000, 5000, 5000, 500]);
    for (const p of routes) expect(site.count(p), p).toBe(2);
  });

  it('never has more requests in flight than the concurrency setting (measured by the server)', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/p/${i}">หน้า ${i}</a>`).join('');
    const html = (body: string) => (_q: unknown, res: ServerResponse) => void res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    const routes = { '/': html(links), ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`/p/${i}`, html(`<p>หน้า ${i}</p>`)])) };
    for (const concurrency of [1, 3]) {
      site = await startFaultServer({ latencyMs: 40, routes });

      const r = await crawl(site.url + '/', { fetch: nodeFetch }, { concurrency });

      expect(r.pagesFetched).toBe(31);
      expect(site.maxInFlight, `concurrency ${concurrency}`).toBe(concurrency);
      await site.close();
      site = undefined;
    }
  });

  it('keeps memory bounded on a 20 MB page: size cap and streamed read, under a 192 MB heap', async () => {
    // In a child process with a small heap: reading the whole page (no cap) dies of OOM there
    // (measured: even at 256 MB), the capped read needs under 100 MB (measured: passes at 80 MB).
    const { stdout } = await run(process.execPath, ['--max-old-space-size=192', '--import', 'tsx', 'tests/fault-server/crawl-huge.ts'], { timeout: 60_000 });

    const actual = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(actual.codes).toEqual(['truncated']);
    expect(actual.title).toBe('รายงานขนาดใหญ่');
    expect(actual.peakMb).toBeLessThan(160);
    expect(actual.hugeBytesWritten).toBeLessThan(20 * 1024 * 1024);
  });

  it('can be cancelled while a server hangs, and says so', async () => {
    site = await startFaultServer();
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 400);
    const t0 = Date.now();

    const r = await crawl(site.url + '/', { fetch: nodeFetch, signal: ctrl.signal }, { ...FAST, timeoutMs: 60_000, concurrency: 1 });

    expect(r.stoppedBy).toBe('cancelled');
    expect(Date.now() - t0).toBeLessThan(400 + 1000);
  });

  it('stops at the page budget and says so', async () => {
    site = await startFaultServer();

    const r = await crawl(site.url + '/', { fetch: nodeFetch }, { ...FAST, maxPages: 10 });

    expect(r.stoppedBy).toBe('page-limit');
    expect(site.requests.filter((q) => q.method === 'GET' && q.path !== '/robots.txt').length).toBeLessThanOrEqual(10 + 9);
  });

  it('honours robots.txt by default; obeyRobots: false (the webmaster) reads the section, and still never logs out', async () => {
    const home = '<a href="/private/secret">เอกสารภายใน</a> <a href="/logout">ออก</a> <a href="/member/exit.php">ออกจากระบบ</a> <form method="post" action="/submit"><button>ส่ง</button></form>';
    site = await startFaultServer({ routes: { '/': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(home) } });

    const obey = await crawl(site.url + '/', { fetch: nodeFetch }, FAST);
    const obeyCount = site.count('/private/secret');
    const ignore = await crawl(site.url + '/', { fetch: nodeFetch }, { ...FAST, obeyRobots: false });

    expect(obeyCount).toBe(0);
    expect(obey.errors.find((e) => e.code === 'robots')?.url).toBe(`${site.url}/private/secret`);
    expect(site.count('/private/secret')).toBe(1);
    expect(site.count('/robots.txt')).toBe(1);
    expect(ignore.errors).toEqual([]);
    expect(ignore.site.pages.has(`${site.url}/private/secret`)).toBe(true);
    expect(site.requests.filter((q) => FORBIDDEN_PATHS.some((re) => re.test(q.path)))).toEqual([]);
  });

  it('in the extension\'s redirect mode (the browser follows redirects itself), still sends nothing elsewhere', async () => {
    elsewhere = await startRecorder();
    const home = `<a href="/away">ย้าย</a> <a href="/away-scheme-relative">ย้าย</a> <a href="/loop/a">วน</a> <a href="/charset/mismatch">แผน</a> <a href="/logout">ออก</a> <a href="${elsewhere.url}/x">นอก</a>`;
    site = await startFaultServer({ elsewhere: elsewhere.url, routes: { '/': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(home) } });

    const r = await crawl(site.url + '/', { fetch: nodeFetch, redirectMode: 'follow' }, FAST);

    expect(elsewhere.requests).toEqual([]);
    for (const p of ['/away', '/away-scheme-relative']) expect(r.errors.find((e) => pathOf(e.url) === p)?.code, p).toMatch(/off-site|network/);
    expect(r.site.pages.get(`${site.url}/charset/mismatch`)?.title).toBe('แผนการดำเนินงาน');
    expect(site.requests.filter((q) => FORBIDDEN_PATHS.some((re) => re.test(q.path)))).toEqual([]);
  });

  it('builds a valid report from the hostile site within its budget', async () => {
    elsewhere = await startRecorder();
    site = await startFaultServer({ elsewhere: elsewhere.url });
    const ruleset = getRuleSet(DEFAULT_RULESET_ID)!;
    const t0 = Date.now();

    const report = await runAudit({ startUrl: site.url + '/', ruleset, fetch: nodeFetch, settings: { ...FAST, timeLimitMs: 3000 } });

    // The budget plus the parse of a page in hand at the deadline and the final judging.
    expect(Date.now() - t0).toBeLessThan(3000 + 2500);
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(['exhausted', 'time-limit']).toContain(report.crawl.stoppedBy);
    expect(report.items.length).toBe(ruleset.items.length);
    expect(elsewhere.requests).toEqual([]);
  });
});
