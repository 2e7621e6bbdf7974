import { afterEach, describe, expect, it } from 'vitest';
import { crawl, StartUrlError } from '../../../checks/crawl/crawler';
import { page, serveMiniSite, type MiniSite } from '../../support/mini-site';

let site: MiniSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});
const nodeFetch = (url: string, init: RequestInit) => fetch(url, init);

describe('crawl', () => {
  it('stays inside the site, follows javascript: popups and records documents', async () => {
    site = await serveMiniSite({
      '/': page('หน้าแรก', `<a href="/a">ก</a> <a href="javascript:MM_openBrWindow('/popup.php?id=1','','w')">ข่าว</a>
        <a href="https://elsewhere.example/x">นอก</a> <a href="mailto:a@b.go.th">อีเมล</a> <a href="/doc.pdf">แผน</a>`),
      '/a': page('ก', '<p>ก</p>'),
      '/popup.php': page('ข่าว', '<p>ข่าว</p>'),
      '/doc.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' },
    });
    const r = await crawl(site.url + '/', { fetch: nodeFetch });
    expect([...r.site.pages.keys()].sort()).toEqual([`${site.url}/`, `${site.url}/a`, `${site.url}/popup.php?id=1`]);
    expect(r.site.documents.get(`${site.url}/doc.pdf`)).toMatchObject({ exists: true, contentType: 'application/pdf' });
    expect(site.requests.every((q) => q.method === 'GET' || q.method === 'HEAD')).toBe(true);
    expect(r.stoppedBy).toBe('exhausted');
  });

  it('reports broken pages, broken documents and HTML in place of a document, and goes on', async () => {
    site = await serveMiniSite({
      '/': page('หน้าแรก', '<a href="/missing">หาย</a> <a href="/boom">พัง</a> <a href="/gone.pdf">ไฟล์</a> <a href="/fake.pdf">ไฟล์ปลอม</a> <a href="/ok">ดี</a>'),
      '/boom': { status: 500, body: 'oops' },
      '/fake.pdf': page('Access denied', 'ไม่อนุญาต'),
      '/ok': page('ดี', '<p>ดี</p>'),
    });
    const r = await crawl(site.url + '/', { fetch: nodeFetch }, { retries: 1 });
    const reasons = Object.fromEntries(r.errors.map((e) => [new URL(e.url).pathname, e.reason]));
    expect(reasons).toMatchObject({ '/missing': 'HTTP 404', '/boom': 'HTTP 500', '/gone.pdf': 'HTTP 404', '/fake.pdf': 'document link answers an HTML page' });
    expect(r.site.pages.has(`${site.url}/ok`)).toBe(true);
    expect(r.pagesFailed).toBe(2);
    // The rule engine reads which pages failed (a menu entry answering 404 is a broken item, not an unread one).
    expect([...r.site.failedPages!].map(([u, f]) => [new URL(u).pathname, f.status, f.code])).toEqual([
      ['/missing', 404, 'http'],
      ['/boom', 500, 'http'],
    ]);
    // One retry on 5xx, none on 404.
    expect(site.requests.filter((q) => q.path === '/boom').length).toBe(2);
    expect(site.requests.filter((q) => q.path === '/missing').length).toBe(1);
  });

  it('lets links that name an item past the per-path variant cap (a PHP router serves every post), never the rest', async () => {
    const scented = Array.from({ length: 30 }, (_, i) => `<a href="/detail.php?id=${i}">แผนการดำเนินงาน ${i}</a>`);
    const plain = Array.from({ length: 30 }, (_, i) => `<a href="/detail.php?id=${100 + i}">ภาพกิจกรรม ${i}</a>`);
    site = await serveMiniSite({ '/': page('หน้าแรก', [...scented, ...plain].join(' ')), '/detail.php': page('ข่าว', '<p>ข่าว</p>') });
    const r = await crawl(site.url + '/', { fetch: nodeFetch, priority: (l) => (l.text.includes('แผน') ? 20 : 0) }, { concurrency: 1 });
    const ids = [...r.site.pages.keys()].filter((u) => u.includes('/detail.php')).map((u) => Number(new URL(u).searchParams.get('id')));

    expect(ids.filter((i) => i < 100)).toHaveLength(30);
    expect(ids.filter((i) => i >= 100)).toHaveLength(0);
    expect(r.skipped['query-variants']).toBe(30);
  });

  it('times out a slow page, retries once and moves on', async () => {
    site = await serveMiniSite({
      '/': page('หน้าแรก', '<a href="/slow">ช้า</a> <a href="/fast">เร็ว</a>'),
      '/slow': { delayMs: 2_000, body: 'late' },
      '/fast': page('เร็ว', 'ok'),
    });
    const r = await crawl(site.url + '/', { fetch: nodeFetch }, { timeoutMs: 200, retries: 1 });
    expect(r.errors.find((e) => e.url.endsWith('/slow'))?.code).toBe('timeout');
    expect(site.requests.filter((q) => q.path === '/slow').length).toBe(2);
    expect(r.site.pages.has(`${site.url}/fast`)).toBe(true);
  });

  it('follows redirects inside the site and refuses those that leave it', async () => {
    site = await serveMiniSite({
      '/': page('หน้าแรก', '<a href="/old">เก่า</a> <a href="/out">ออก</a> <a href="/loop1">วน</a>'),
      '/old': { status: 301, headers: { location: '/new' } },
      '/new': page('ใหม่', 'ใหม่'),
      '/out': { status: 302, headers: { location: 'https://elsewhere.example/' } },
      '/loop1': { status: 302, headers: { location: '/loop2' } },
      '/loop2': { status: 302, headers: { location: '/loop1' } },
    });
    const r = await crawl(site.url + '/', { fetch: nodeFetch });
    expect(r.site.pages.get(`${site.url}/old`)?.finalUrl).toBe(`${site.url}/new`);
    const codes = Object.fromEntries(r.errors.map((e) => [new URL(e.url).pathname, e.code]));
    expect(codes).toMatchObject({ '/out': 'off-site', '/loop1': 'redirect-loop' });
  });

  it('crawls best-first: item links before the rest', async () => {
    const filler = Array.from({ length: 30 }, (_, i) => `<a href="/news/${i}">ข่าว ${i}</a>`).join(' ');
    site = await serveMiniSite({
      '/': page('หน้าแรก', `${filler} <a href="/structure">โครงสร้าง</a>`),
      '/structure': page('โครงสร้าง', 'x'),
      ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`/news/${i}`, page('ข่าว', 'x')])),
    });
    const r = await crawl(site.url + '/', { fetch: nodeFetch, priority: (l) => (l.text.includes('โครงสร้าง') ? 10 : 0) }, { concurrency: 1 });
    const order = site.requests.filter((q) => q.method === 'GET' && q.path !== '/robots.txt').map((q) => q.path);
    expect(order.slice(0, 2)).toEqual(['/', '/structure']);
    expect(r.pagesFetched).toBe(32);
  });

  it('stops early when every item is found, and at the page budget', async () => {
    const links = Array.from({ length: 20 }, (_, i) => `<a href="/p${i}">หน้า ${i}</a>`).join(' ');
    const routes = { '/': page('หน้าแรก', links), ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`/p${i}`, page('x', 'x')])) };
    site = await serveMiniSite(routes);
    const early = await crawl(site.url + '/', { fetch: nodeFetch, isComplete: (s) => s.pages.size >= 3 }, { concurrency: 1 });
    expect(early.stoppedBy).toBe('all-found');
    expect(early.pagesFetched).toBe(3);
    const limited = await crawl(site.url + '/', { fetch: nodeFetch }, { maxPages: 5, concurrency: 2 });
    expect(limited.stoppedBy).toBe('page-limit');
    expect(limited.pagesFetched).toBe(5);
  });

  it('retypes a link that looked like a page and answered a file: the post’s /download/5010/ is its attachment', async () => {
    site = await serveMiniSite({
      '/': page('หน้าแรก', '<a href="/post/26310/">แผนพัฒนาท้องถิ่น</a>'),
      '/post/26310/': page('แผนพัฒนาท้องถิ่น', '<a href="/download/5010/">แผนพัฒนาท้องถิ่น(พ.ศ.2566-2570).pdf</a> <a href="/post/1/">ข่าว</a>'),
      '/download/5010/': { status: 302, headers: { location: '/uploads/2023/12/1qtt946j.pdf' } },
      '/uploads/2023/12/1qtt946j.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' },
      '/post/1/': page('ข่าว', 'x'),
    });
    const r = await crawl(site.url + '/', { fetch: nodeFetch });
    const post = r.site.pages.get(`${site.url}/post/26310/`)!;
    const kindOf = (path: string) => post.links.find((l) => l.url === site!.url + path)?.kind;
    expect(kindOf('/download/5010/')).toBe('document');
    expect(kindOf('/post/1/')).toBe('page');
    expect(r.site.documents.get(`${site.url}/download/5010/`)?.exists).toBe(true);
  });

  it('honours robots.txt by default and can ignore it', async () => {
    site = await serveMiniSite({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' },
      '/': page('หน้าแรก', '<a href="/private/x">ลับ</a> <a href="/open">เปิด</a>'),
      '/private/x': page('ลับ', 'x'),
      '/open': page('เปิด', 'x'),
    });
    const obey = await crawl(site.url + '/', { fetch: nodeFetch });
    expect(obey.site.pages.has(`${site.url}/private/x`)).toBe(false);
    expect(obey.errors.find((e) => e.code === 'robots')?.url).toBe(`${site.url}/private/x`);
    const ignore = await crawl(site.url + '/', { fetch: nodeFetch }, { obeyRobots: false });
    expect(ignore.site.pages.has(`${site.url}/private/x`)).toBe(true);
  });

  it('spaces all requests by robots.txt Crawl-delay whatever the concurrency, capped, and not when robots.txt is ignored', async () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/p${i}">หน้า ${i}</a>`).join(' ');
    const pages = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`/p${i}`, page(`หน้า ${i}`, 'x')]));
    /** The waits the crawl asks for, on a clock that stands still: each request's slot, from time 0. */
    const waits = async (delay: string, settings: { obeyRobots?: boolean } = {}) => {
      site = await serveMiniSite({ '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: `User-agent: *\nCrawl-delay: ${delay}\n` }, '/': page('หน้าแรก', links), ...pages });
      const asked: number[] = [];
      const r = await crawl(site.url + '/', { fetch: nodeFetch, now: () => 0, sleep: async (ms) => void asked.push(ms) }, { concurrency: 4, ...settings });
      await site.close();
      site = undefined;
      expect(r.site.pages.size).toBe(7);
      return asked.sort((a, b) => a - b);
    };

    // Six pages after the home page: the first goes at once, the others one slot after another.
    expect(await waits('2')).toEqual([2000, 4000, 6000, 8000, 10_000]);
    expect(await waits('60')).toEqual([10_000, 20_000, 30_000, 40_000, 50_000]); // capped at MAX_CRAWL_DELAY_MS
    expect(await waits('2', { obeyRobots: false })).toEqual([]);
  });

  it('decodes a windows-874 site and reads its Thai links', async () => {
    const thai = 'แผนการดำเนินงาน';
    const bytes = Uint8Array.from([...`<html><body><a href="/plan">${thai}</a></body></html>`].map((ch) => {
      const c = ch.charCodeAt(0);
      return c >= 0x0e01 && c <= 0x0e5b ? c - 0x0e01 + 0xa1 : c;
    }));
    site = await serveMiniSite({ '/': { headers: { 'content-type': 'text/html; charset=tis-620' }, body: bytes }, '/plan': page('แผน', 'x') });
    const r = await crawl(site.url + '/', { fetch: nodeFetch });
    const home = r.site.pages.get(`${site.url}/`)!;
    expect(home.charset).toBe('windows-874');
    expect(home.links[0].text).toBe(thai);
  });

  it('throws StartUrlError when the start page cannot be fetched', async () => {
    site = await serveMiniSite({ '/': { status: 503, body: 'down' } });
    await expect(crawl(site.url + '/', { fetch: nodeFetch }, { retries: 0 })).rejects.toBeInstanceOf(StartUrlError);
  });

  it('stops when cancelled and says so', async () => {
    const links = Array.from({ length: 10 }, (_, i) => `<a href="/p${i}">หน้า ${i}</a>`).join(' ');
    site = await serveMiniSite({ '/': page('หน้าแรก', links), ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`/p${i}`, { delayMs: 200, body: 'x' }])) });
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 300);
    const r = await crawl(site.url + '/', { fetch: nodeFetch, signal: ctrl.signal }, { concurrency: 1 });
    expect(r.stoppedBy).toBe('cancelled');
    expect(r.pagesFetched).toBeLessThan(11);
  });
});
