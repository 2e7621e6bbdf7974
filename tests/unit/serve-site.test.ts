/**
 * The fixture server (cli/serve-site.ts) and the bundled sample site it serves
 * (tests/fixtures/sites/sample, README.md there documents the URL → file mapping).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { resolveSiteFile, serveSite, type ServedSite } from '../../cli/serve-site';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(REPO, 'tests/fixtures/sites/sample');

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const abs = join(root, name);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
}

/** A raw GET whose path is sent exactly as written (fetch would normalise `..`). */
function rawGet(site: ServedSite, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveGet, rejectGet) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', rejectGet);
    req.end();
  });
}

describe('serveSite', () => {
  let top: string;
  let root: string;
  let site: ServedSite;
  const pdfBytes = Buffer.from('%PDF-1.4\n%fixture\n%%EOF\n', 'latin1');

  beforeAll(async () => {
    top = await mkdtemp(join(tmpdir(), 'serve-site-'));
    root = join(top, 'site');
    await writeTree(top, { 'outside.txt': 'secret' });
    await writeTree(root, {
      'public/index.html': '<h1>หน้าหลัก</h1>',
      'public/list/data/index/menu/1685/index.html': '<h1>ITA</h1>',
      'public/list/data/detail/id/2654/menu/1554/index.html': '<h1>ข่าว 2654</h1>',
      'public/list/data/detail/id/2654/menu/1554/page/2/index.html': '<h1>page 2</h1>',
      'news.php__cat_id=27.html': '<h1>cat 27</h1>',
      'news.php__cat_id=27&pagenum=2.html': '<h1>cat 27 page 2</h1>',
      'news_detail.php__news_id=912.html': '<h1>news 912</h1>',
      'wp/__page_id=5.html': '<h1>page_id 5</h1>',
      'img/logo.png__2.html': 'never: a query file must be html only by choice',
      'img/banner.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      'docs/a.pdf': pdfBytes,
      'docs/b.jpg': 'jpg',
      'docs/c.png': 'png',
      'docs/d.gif': 'gif',
      'docs/e.webp': 'webp',
      'docs/f.doc': 'doc',
      'docs/g.docx': 'docx',
      'docs/h.xls': 'xls',
      'docs/i.xlsx': 'xlsx',
      'docs/j.php': '<p>php</p>',
      'docs/unknown.bin': 'bin',
      'about.html': '<h1>about</h1>',
      'แผน/แผนพัฒนาบุคลากร-๒๕๖๕.pdf': pdfBytes,
      'legacy.php': '<p>tis</p>',
      'legacy/x.php': '<p>x</p>',
      'exists.html': '<p>exists</p>',
      'labels.json': '{}',
      'README.md': '# answers',
      '_generate.ts': '// generator',
      '_server.json': JSON.stringify({
        headers: {
          '/legacy.php': { 'Content-Type': 'text/html; charset=tis-620' },
          '/legacy/*': { 'x-powered-by': 'PHP/5.2.17' },
        },
        redirects: { '/old': '/public/', '/index.php': { to: '/public/', status: 301 } },
        status: { '/boom': 500, '/exists.html': 503 },
        delays: { '/slow.php': 120 },
      }),
    });
    site = await serveSite(root);
  });

  afterAll(async () => {
    await site?.close();
    await rm(top, { recursive: true, force: true });
  });

  it('binds 127.0.0.1 on a free port', () => {
    expect(site.url).toBe(`http://127.0.0.1:${site.port}`);
    expect(site.port).toBeGreaterThan(0);
  });

  it('maps vendor-CMS directory URLs to index.html without a trailing-slash redirect', async () => {
    const res = await fetch(`${site.url}/public/list/data/index/menu/1685`, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>ITA</h1>');
    expect(await (await fetch(`${site.url}/public/list/data/detail/id/2654/menu/1554/`)).text()).toBe('<h1>ข่าว 2654</h1>');
    expect(await (await fetch(`${site.url}/public/list/data/detail/id/2654/menu/1554/page/2`)).text()).toBe('<h1>page 2</h1>');
    expect(await (await fetch(`${site.url}/public`)).text()).toBe('<h1>หน้าหลัก</h1>');
  });

  it('maps a query string to a file named path__query.html', async () => {
    expect(await (await fetch(`${site.url}/news.php?cat_id=27`)).text()).toBe('<h1>cat 27</h1>');
    expect(await (await fetch(`${site.url}/news.php?cat_id=27&pagenum=2`)).text()).toBe('<h1>cat 27 page 2</h1>');
    expect(await (await fetch(`${site.url}/news_detail.php?news_id=912`)).text()).toBe('<h1>news 912</h1>');
    expect(await (await fetch(`${site.url}/wp/?page_id=5`)).text()).toBe('<h1>page_id 5</h1>');
  });

  it('ignores a query that has no file of its own (cache-busters) but 404s a missing page', async () => {
    const banner = await fetch(`${site.url}/img/banner.png?000000`);
    expect(banner.status).toBe(200);
    expect(banner.headers.get('content-type')).toBe('image/png');
    expect((await fetch(`${site.url}/news.php?cat_id=99`)).status).toBe(404);
    expect((await fetch(`${site.url}/news_detail.php?news_id=913`)).status).toBe(404);
  });

  it('tries the form without "=" on empty values (how a crawler normalises ?2)', async () => {
    expect(await resolveSiteFile(root, '/img/logo.png', '2=')).toBe(join(root, 'img/logo.png__2.html'));
  });

  it('serves percent-encoded Thai file names', async () => {
    const res = await fetch(`${site.url}/${encodeURI('แผน/แผนพัฒนาบุคลากร-๒๕๖๕.pdf')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
  });

  it('falls back to name.html for an extensionless URL', async () => {
    expect(await (await fetch(`${site.url}/about`)).text()).toBe('<h1>about</h1>');
  });

  it.each([
    ['docs/a.pdf', 'application/pdf'],
    ['docs/b.jpg', 'image/jpeg'],
    ['docs/c.png', 'image/png'],
    ['docs/d.gif', 'image/gif'],
    ['docs/e.webp', 'image/webp'],
    ['docs/f.doc', 'application/msword'],
    ['docs/g.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['docs/h.xls', 'application/vnd.ms-excel'],
    ['docs/i.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['docs/j.php', 'text/html; charset=utf-8'],
    ['docs/unknown.bin', 'application/octet-stream'],
  ])('sends %s as %s', async (path, expected) => {
    const res = await fetch(`${site.url}/${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(expected);
  });

  it('answers HEAD with the headers of a GET and no body', async () => {
    const res = await fetch(`${site.url}/docs/a.pdf`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(pdfBytes.length));
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(await res.text()).toBe('');
    expect((await fetch(`${site.url}/nope.pdf`, { method: 'HEAD' })).status).toBe(404);
  });

  it('answers Range: bytes=0-0 with 206 and one byte', async () => {
    const res = await fetch(`${site.url}/docs/a.pdf`, { headers: { range: 'bytes=0-0' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-0/${pdfBytes.length}`);
    expect(res.headers.get('content-length')).toBe('1');
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).toBe('%');
  });

  it('answers open and suffix ranges, and 416 past the end', async () => {
    const open = await fetch(`${site.url}/docs/a.pdf`, { headers: { range: 'bytes=1-' } });
    expect(open.status).toBe(206);
    expect(Buffer.from(await open.arrayBuffer()).toString('latin1')).toBe(pdfBytes.subarray(1).toString('latin1'));
    const suffix = await fetch(`${site.url}/docs/a.pdf`, { headers: { range: 'bytes=-6' } });
    expect(Buffer.from(await suffix.arrayBuffer()).toString('latin1')).toBe('%%EOF\n');
    const past = await fetch(`${site.url}/docs/a.pdf`, { headers: { range: 'bytes=100000-' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${pdfBytes.length}`);
  });

  it('404s unknown paths with an HTML page', async () => {
    const res = await fetch(`${site.url}/public/list/data/index/menu/9999`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('404');
  });

  it('never serves the ground truth, the generator or the server config', async () => {
    for (const path of ['/labels.json', '/README.md', '/_generate.ts', '/_server.json']) {
      expect((await fetch(`${site.url}${path}`)).status, path).toBe(404);
    }
  });

  it('does not leave the site root', async () => {
    expect((await rawGet(site, '/../outside.txt')).status).toBe(404);
    expect((await rawGet(site, '/%2e%2e/outside.txt')).status).toBe(404);
    expect((await rawGet(site, '/docs/..%2f..%2foutside.txt')).body).not.toContain('secret');
  });

  it('redirects / to /public/ when the site has no /index.html', async () => {
    const res = await fetch(`${site.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/public/');
  });

  it('serves /index.html at / when it exists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'serve-site-root-'));
    await writeTree(dir, { 'index.html': '<h1>root</h1>' });
    const other = await serveSite(dir);
    try {
      const res = await fetch(`${other.url}/`, { redirect: 'manual' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('<h1>root</h1>');
    } finally {
      await other.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('applies _server.json headers (exact path and prefix)', async () => {
    const legacy = await fetch(`${site.url}/legacy.php`);
    expect(legacy.headers.get('content-type')).toBe('text/html; charset=tis-620');
    const x = await fetch(`${site.url}/legacy/x.php`);
    expect(x.headers.get('x-powered-by')).toBe('PHP/5.2.17');
    expect(x.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('applies _server.json redirects (302 by default, or the given status)', async () => {
    const old = await fetch(`${site.url}/old`, { redirect: 'manual' });
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe('/public/');
    const index = await fetch(`${site.url}/index.php`, { redirect: 'manual' });
    expect(index.status).toBe(301);
    expect(index.headers.get('location')).toBe('/public/');
  });

  it('applies _server.json status codes, keeping the body of an existing file', async () => {
    expect((await fetch(`${site.url}/boom`)).status).toBe(500);
    const exists = await fetch(`${site.url}/exists.html`);
    expect(exists.status).toBe(503);
    expect(await exists.text()).toBe('<p>exists</p>');
  });

  it('applies _server.json delays', async () => {
    const start = Date.now();
    expect((await fetch(`${site.url}/slow.php`)).status).toBe(404);
    expect(Date.now() - start).toBeGreaterThanOrEqual(110);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(`${site.url}/public/`, { method: 'POST', body: 'x=1' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('records every request with its method and raw path, query included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'serve-site-log-'));
    await writeTree(dir, { 'public/index.html': 'home', 'news.php__cat_id=27.html': 'cat' });
    const logged = await serveSite(dir);
    try {
      await fetch(`${logged.url}/`, { redirect: 'manual' });
      await fetch(`${logged.url}/news.php?cat_id=27`);
      await fetch(`${logged.url}/public/`, { method: 'HEAD' });
      await fetch(`${logged.url}/missing.pdf`, { headers: { range: 'bytes=0-0' } });
      expect(logged.requests).toEqual([
        { method: 'GET', path: '/' },
        { method: 'GET', path: '/news.php?cat_id=27' },
        { method: 'HEAD', path: '/public/' },
        { method: 'GET', path: '/missing.pdf' },
      ]);
    } finally {
      await logged.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('adds latencyMs to every response', async () => {
    const slow = await serveSite(root, { latencyMs: 150 });
    try {
      const start = Date.now();
      expect((await fetch(`${slow.url}/public/`)).status).toBe(200);
      expect(Date.now() - start).toBeGreaterThanOrEqual(140);
    } finally {
      await slow.close();
    }
  });

  it('closes even with a keep-alive connection open', async () => {
    const other = await serveSite(root);
    await fetch(`${other.url}/public/`);
    await expect(other.close()).resolves.toBeUndefined();
    await expect(fetch(`${other.url}/public/`)).rejects.toThrow();
  });

  it('refuses a root that is not a directory', async () => {
    await expect(serveSite(join(root, 'about.html'))).rejects.toThrow(/not a directory/);
  });

  it('runs as a script and prints its URL', async () => {
    const child = spawn(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'cli/serve-site.ts'), root], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolveUrl, rejectUrl) => {
        let buf = '';
        child.stdout.on('data', (c: Buffer) => {
          buf += c.toString();
          const line = buf.split('\n')[0];
          if (buf.includes('\n')) resolveUrl(line.trim());
        });
        child.once('exit', (code) => rejectUrl(new Error(`exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${url}/public/list/data/index/menu/1685`)).text()).toBe('<h1>ITA</h1>');
    } finally {
      child.kill('SIGTERM');
    }
  }, 20_000);
});

// ---------------------------------------------------------------------------------------------

interface Labels {
  ruleset: string;
  fiscalYear: number;
  items: Record<string, { status: string; evidence: string[]; why: string; traps?: string[] }>;
  survey: { eit: string; iit: string };
  brokenLinks: string[];
}

/** Every URL a page refers to: links, frames, images, scripts, styles and `javascript:` popup targets. */
function refsOf(html: string, base: string): string[] {
  const $ = load(html);
  const out: string[] = [];
  $('a[href], link[href]').each((_, el) => {
    const href = $(el).attr('href')!;
    const popup = /^javascript:\s*\w+\(\s*'([^']+)'/.exec(href);
    if (popup) out.push(new URL(popup[1], base).href);
    else if (!/^(javascript|mailto|tel):/i.test(href)) out.push(new URL(href, base).href);
  });
  $('img[src], iframe[src], script[src]').each((_, el) => {
    out.push(new URL($(el).attr('src')!, base).href);
  });
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('sample site fixture', () => {
  let site: ServedSite;
  let labels: Labels;
  /** URL path (with query) → status and click depth from the home page. */
  const seen = new Map<string, { status: number; depth: number; type: string }>();

  beforeAll(async () => {
    labels = JSON.parse(await readFile(join(SAMPLE, 'labels.json'), 'utf8')) as Labels;
    site = await serveSite(SAMPLE);
    const origin = new URL(site.url).origin;
    let frontier = [`${site.url}/public/`];
    for (let depth = 0; frontier.length; depth++) {
      const next: string[] = [];
      for (const url of frontier) {
        const u = new URL(url);
        const key = u.pathname + u.search;
        if (seen.has(key)) continue;
        const res = await fetch(url);
        const type = res.headers.get('content-type') ?? '';
        seen.set(key, { status: res.status, depth, type });
        if (res.status !== 200 || !type.startsWith('text/html')) {
          await res.arrayBuffer();
          continue;
        }
        for (const ref of refsOf(await res.text(), url)) {
          const r = new URL(ref);
          r.hash = '';
          if (r.origin === origin && !seen.has(r.pathname + r.search)) next.push(r.href);
        }
      }
      frontier = next;
    }
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  it('has at least 35 HTML pages, all reachable from the home page', async () => {
    const htmlFiles = (await listFiles(SAMPLE)).filter((f) => f.endsWith('.html')).map((f) => relative(SAMPLE, f));
    expect(htmlFiles.length).toBeGreaterThanOrEqual(35);
    const reached = new Set<string>();
    for (const [key, info] of seen) {
      if (info.status !== 200) continue;
      const [path, query = ''] = key.split(/\?(.*)/s);
      const file = await resolveSiteFile(SAMPLE, decodeURIComponent(path), query);
      if (file) reached.add(relative(SAMPLE, file));
    }
    expect(htmlFiles.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('has no broken internal reference except the documented one', () => {
    const broken = [...seen].filter(([, info]) => info.status !== 200).map(([key]) => key);
    expect(broken).toEqual(labels.brokenLinks);
    expect(seen.get(labels.brokenLinks[0])?.status).toBe(404);
  });

  it('keeps the work manuals four clicks deep (category list → post → PDF)', () => {
    expect(seen.get('/public/list/data/index/menu/1210')?.depth).toBe(1);
    expect(seen.get('/public/list_upload/backend/list_2720/files_2720_1.pdf')?.depth).toBe(4);
  });

  it('reaches the popup target of a javascript:MM_openBrWindow link', () => {
    expect(seen.get('/news_detail.php?news_id=912')?.status).toBe(200);
  });

  it('labels every ITA 2566 item O1–O43 with a known status', () => {
    expect(labels.ruleset).toBe('ita-2566');
    expect(labels.fiscalYear).toBe(2566);
    expect(Object.keys(labels.items)).toEqual(Array.from({ length: 43 }, (_, i) => `O${i + 1}`));
    for (const [code, item] of Object.entries(labels.items)) {
      expect(['pass', 'partial', 'fail', 'review'], code).toContain(item.status);
      expect(item.why.length, code).toBeGreaterThan(10);
      if (item.status === 'fail') expect(item.evidence, code).toEqual([]);
      else expect(item.evidence.length, code).toBeGreaterThan(0);
    }
    expect(labels.survey).toEqual({ eit: 'pass', iit: 'pass' });
  });

  it('pins the five items the engine implements first', () => {
    const { O1, O2, O11, O27, O28 } = labels.items;
    expect([O1.status, O2.status, O11.status, O27.status, O28.status]).toEqual(['pass', 'partial', 'pass', 'fail', 'pass']);
    expect(O2.evidence[0]).toBe('/public/person/data/chart/structure_id/17/menu/1180');
    expect(O11.evidence[0]).toBe('/public/list_upload/backend/list_2701/files_2701_1.pdf');
    expect(O28.evidence[0]).toBe('/public/fraudcomplaint/data/index/menu/5005');
  });

  it('serves every evidence and trap URL of labels.json, and reaches it from the home page', async () => {
    for (const [code, item] of Object.entries(labels.items)) {
      for (const path of [...item.evidence, ...(item.traps ?? [])]) {
        const res = await fetch(`${site.url}${path}`, { method: 'HEAD' });
        expect(res.status, `${code} ${path}`).toBe(200);
        expect(seen.has(path), `${code} ${path} is not linked from the site`).toBe(true);
      }
    }
  });

  it('serves PDFs as application/pdf with a PDF signature', async () => {
    const res = await fetch(`${site.url}${labels.items.O11.evidence[0]}`, { headers: { range: 'bytes=0-4' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).toBe('%PDF-');
  });

  it('shows the EIT link three times on the home page, and the stale one only in a comment', async () => {
    const html = await (await fetch(`${site.url}/public/`)).text();
    const $ = load(html);
    const hrefs = $('a[href]').map((_, el) => $(el).attr('href')).get();
    expect(hrefs.filter((h) => h === 'https://itas.nacc.go.th/go/eit/rt66q1')).toHaveLength(3);
    expect(hrefs.filter((h) => h === 'https://itas.nacc.go.th/go/iit/rt66q1')).toHaveLength(1);
    expect(hrefs).not.toContain('https://itas.nacc.go.th/go/eit/old123');
    expect(html).toContain('https://itas.nacc.go.th/go/eit/old123');
    expect(hrefs).toContain('https://itas.nacc.go.th/go/reotpsms');
  });
});
