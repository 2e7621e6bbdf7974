/**
 * A small static server for fixture sites (tests, `npm start`, e2e): it answers the URL shapes of
 * real Thai local-government sites from plain files, so a crawler can be run against them
 * (shared/thai-sites.md §1, §8; style.md rule 14: "served on 127.0.0.1").
 *
 * URL → file mapping (documented for fixture authors in tests/fixtures/sites/sample/README.md):
 * - `/a/b/c` → `a/b/c` if it is a file, else `a/b/c/index.html`, else `a/b/c.html`.
 *   Vendor-CMS URLs have no extension (`/public/list/data/index/menu/1685`), so they are stored as
 *   `public/list/data/index/menu/1685/index.html` and served without a redirect to a trailing slash.
 * - `/a/b?query` → `a/b__query.html` (or `a/b__query`) first, e.g. `news.php?cat_id=27` →
 *   `news.php__cat_id=27.html`; the raw query is tried, then its percent-decoded form, then the
 *   form without `=` on empty values (`?2=` → `__2`). A `/` in the query is written `%2F`. When
 *   no such file exists the query is ignored, as a PHP server ignores a cache-buster (`logo.png?2`).
 * - `/` → `302 /public/` when the site has no `/index.html` (the Dungbhumi CMS home is `/public/`).
 * - `_server.json` in the site root can add per-path response headers (e.g. a windows-874
 *   `content-type`), redirects, status codes and delays, so other fixture sites reuse this server.
 * - Not served: files whose name starts with `_` (generator, server config) and the root
 *   `README.md` / `labels.json` (the ground truth must not be crawlable).
 *
 * Only GET and HEAD are answered (a crawler never posts); `Range: bytes=a-b` gets a 206, which is
 * how the crawler checks that a document exists without downloading it (design.md, Documents).
 *
 * As a script: `npx tsx cli/serve-site.ts [dir] [--port N] [--host H] [--latency MS]` prints the
 * URL and serves until killed (dir defaults to the bundled sample site).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServeSiteOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default `127.0.0.1`: fixtures are never exposed beyond the machine. */
  host?: string;
  /** Delay added before every response, to simulate a slow agency server (thai-sites.md §7.10). */
  latencyMs?: number;
}

export interface ServedRequest {
  method: string;
  /** Path as requested, query string included (`/news.php?cat_id=27`). */
  path: string;
}

export interface ServedSite {
  /** Origin of the server, without a trailing slash: `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Every request received, in order (including 404s, redirects and HEADs). */
  requests: ServedRequest[];
}

/** Shape of an optional `_server.json` in a fixture site's root. Keys are paths (`/x`, `/x?q=1`) or prefixes ending in `*`. */
export interface SiteServerConfig {
  /** Extra or overriding response headers, e.g. `{ "/old.php": { "content-type": "text/html; charset=tis-620" } }`. */
  headers?: Record<string, Record<string, string>>;
  /** `{ "/old": "/new" }` (302) or `{ "/old": { "to": "/new", "status": 301 } }`. */
  redirects?: Record<string, string | { to: string; status?: number }>;
  /** Answer with this status code (and the file's body if there is one). */
  status?: Record<string, number>;
  /** Extra delay in milliseconds for matching paths (one slow endpoint). */
  delays?: Record<string, number>;
}

const HTML = 'text/html; charset=utf-8';

const CONTENT_TYPES: Record<string, string> = {
  '.html': HTML,
  '.htm': HTML,
  '.php': HTML,
  '.asp': HTML,
  '.aspx': HTML,
  '.jsp': HTML,
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.zip': 'application/zip',
  '.rar': 'application/vnd.rar',
  '.mp4': 'video/mp4',
};

/** Content type of a file from its extension (`.php` is HTML: that is what a PHP page returns). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const NOT_FOUND_BODY =
  '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
  '<body><h1>Not Found</h1><p>ไม่พบหน้าที่ท่านต้องการ (404)</p></body></html>';

function isHiddenName(segments: string[]): boolean {
  const last = segments[segments.length - 1] ?? '';
  if (last.startsWith('_')) return true;
  return segments.length === 1 && (last === 'README.md' || last === 'labels.json');
}

async function fileAt(abs: string): Promise<string | null> {
  try {
    const s = await stat(abs);
    if (s.isFile()) return abs;
    if (s.isDirectory()) {
      const index = join(abs, 'index.html');
      const si = await stat(index).catch(() => null);
      return si?.isFile() ? index : null;
    }
  } catch {
    // not there
  }
  return null;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Candidate file names for a query string, most specific first. */
function queryNames(rawQuery: string): string[] {
  const names = [rawQuery];
  const decoded = safeDecode(rawQuery.replace(/\+/g, ' '));
  if (decoded !== null) names.push(decoded);
  names.push(rawQuery.replace(/=(?=&|$)/g, ''));
  return [...new Set(names.map((q) => q.replace(/\//g, '%2F')))];
}

/**
 * The file that answers `pathname` (already percent-decoded, starting with `/`) and `rawQuery`
 * (without `?`), or null. Exported for tests and for other fixture tools.
 */
export async function resolveSiteFile(root: string, pathname: string, rawQuery = ''): Promise<string | null> {
  const base = resolve(root);
  const inside = (p: string) => p === base || p.startsWith(base + sep);
  const segments = pathname.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.includes('\\') || s.includes('\0'))) return null;
  if (segments.length && isHiddenName(segments)) return null;
  const rel = segments.join('/');
  const trailingSlash = pathname.endsWith('/');

  if (rawQuery) {
    for (const q of queryNames(rawQuery)) {
      const stem = trailingSlash || !rel ? `${rel ? rel + '/' : ''}__${q}` : `${rel}__${q}`;
      for (const name of [`${stem}.html`, stem]) {
        const abs = resolve(base, name);
        if (!inside(abs)) continue;
        const s = await stat(abs).catch(() => null);
        if (s?.isFile()) return abs;
      }
    }
  }
  const abs = resolve(base, rel);
  if (!inside(abs)) return null;
  const direct = await fileAt(abs);
  if (direct) return direct;
  if (rel && !trailingSlash) {
    const withHtml = resolve(base, `${rel}.html`);
    const s = await stat(withHtml).catch(() => null);
    if (s?.isFile()) return withHtml;
  }
  return null;
}

/** Values of a config table that apply to a request: prefix patterns (`/x/*`), then the path, then path + query. */
function matching<T>(table: Record<string, T> | undefined, pathname: string, pathWithQuery: string): T[] {
  if (!table) return [];
  const out: T[] = [];
  const prefixes = Object.keys(table)
    .filter((k) => k.endsWith('*') && pathWithQuery.startsWith(k.slice(0, -1)))
    .sort((a, b) => a.length - b.length);
  for (const k of prefixes) out.push(table[k]);
  if (pathname in table) out.push(table[pathname]);
  if (pathWithQuery !== pathname && pathWithQuery in table) out.push(table[pathWithQuery]);
  return out;
}

function last<T>(xs: T[]): T | undefined {
  return xs[xs.length - 1];
}

async function loadConfig(root: string): Promise<SiteServerConfig> {
  let text: string;
  try {
    text = await readFile(join(root, '_server.json'), 'utf8');
  } catch {
    return {};
  }
  // A broken config must fail loudly: a silently ignored header would make a fixture lie.
  return JSON.parse(text) as SiteServerConfig;
}

/** `Range: bytes=a-b` → [start, end] inclusive; 'invalid' for a syntax we ignore; null when unsatisfiable. */
function parseRange(header: string, size: number): [number, number] | null | 'invalid' {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return null;
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return 'invalid';
  }
  if (start >= size) return null;
  return [start, end];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Serve the fixture site in `root` until `close()` is called. */
export async function serveSite(root: string, opts: ServeSiteOptions = {}): Promise<ServedSite> {
  const base = resolve(root);
  const rootStat = await stat(base).catch(() => null);
  if (!rootStat?.isDirectory()) throw new Error(`serveSite: ${base} is not a directory`);
  const config = await loadConfig(base);
  const requests: ServedRequest[] = [];
  const host = opts.host ?? '127.0.0.1';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    requests.push({ method, path: rawUrl });
    if (opts.latencyMs) await sleep(opts.latencyMs);

    const isHead = method === 'HEAD';
    const send = (status: number, headers: Record<string, string | number>, body?: Buffer | string) => {
      res.writeHead(status, headers);
      res.end(isHead || body === undefined ? undefined : body);
    };

    if (method !== 'GET' && method !== 'HEAD') {
      send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method Not Allowed');
      return;
    }

    const q = rawUrl.indexOf('?');
    const rawPath = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    const rawQuery = q >= 0 ? rawUrl.slice(q + 1) : '';
    // WHATWG URL removes dot segments (`/a/../b`), so traversal cannot leave the root.
    const normalizedPath = new URL(rawPath || '/', 'http://fixture.invalid').pathname;
    const pathname = safeDecode(normalizedPath);
    if (pathname === null) {
      send(400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad Request');
      return;
    }
    const pathWithQuery = rawQuery ? `${pathname}?${rawQuery}` : pathname;
    const extraHeaders = lowerKeys(Object.assign({}, ...matching(config.headers, pathname, pathWithQuery)) as Record<string, string>);

    const delay = last(matching(config.delays, pathname, pathWithQuery));
    if (delay) await sleep(delay);

    const redirect = last(matching(config.redirects, pathname, pathWithQuery));
    if (redirect !== undefined) {
      const to = typeof redirect === 'string' ? redirect : redirect.to;
      const status = typeof redirect === 'string' ? 302 : (redirect.status ?? 302);
      send(status, { location: to, 'content-type': 'text/plain; charset=utf-8', ...extraHeaders }, `Redirecting to ${to}`);
      return;
    }

    const file = await resolveSiteFile(base, pathname, rawQuery);
    const forcedStatus = last(matching(config.status, pathname, pathWithQuery));

    if (!file) {
      if (pathname === '/' && forcedStatus === undefined) {
        send(302, { location: '/public/', 'content-type': 'text/plain; charset=utf-8' }, 'Redirecting to /public/');
        return;
      }
      const status = forcedStatus ?? 404;
      send(status, { 'content-type': HTML, 'cache-control': 'no-store', ...extraHeaders }, status === 404 ? NOT_FOUND_BODY : `<h1>${status}</h1>`);
      return;
    }

    const body = await readFile(file);
    const headers: Record<string, string | number> = {
      'content-type': contentTypeFor(file),
      'accept-ranges': 'bytes',
      'cache-control': 'no-store',
      ...extraHeaders,
    };
    if (forcedStatus !== undefined) {
      send(forcedStatus, { ...headers, 'content-length': body.length }, body);
      return;
    }
    const rangeHeader = req.headers.range;
    if (typeof rangeHeader === 'string') {
      const range = parseRange(rangeHeader, body.length);
      if (range === null) {
        send(416, { ...headers, 'content-range': `bytes */${body.length}`, 'content-length': 0 });
        return;
      }
      if (range !== 'invalid') {
        const [start, end] = range;
        const part = body.subarray(start, end + 1);
        send(206, { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}`, 'content-length': part.length }, part);
        return;
      }
    }
    send(200, { ...headers, 'content-length': body.length }, body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Internal Server Error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${hostInUrl}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((err) => (err ? rejectClose(err) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The bundled sample agency site (อบต.ร่อนทอง style), served by `npm start`. */
export const SAMPLE_SITE_DIR = fileURLToPath(new URL('../tests/fixtures/sites/sample/', import.meta.url));

function parseArgs(argv: string[]): { dir: string; opts: ServeSiteOptions } {
  const opts: ServeSiteOptions = {};
  let dir = SAMPLE_SITE_DIR;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port') opts.port = Number(value());
    else if (a === '--host') opts.host = value();
    else if (a === '--latency') opts.latencyMs = Number(value());
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npx tsx cli/serve-site.ts [dir] [--port N] [--host H] [--latency MS]\n');
      process.exit(0);
    } else dir = a;
  }
  return { dir, opts };
}

async function main(): Promise<void> {
  const { dir, opts } = parseArgs(process.argv.slice(2));
  const site = await serveSite(dir, opts);
  // The URL alone on stdout's first line, so scripts can read it; the rest goes to stderr.
  process.stdout.write(`${site.url}\n`);
  process.stderr.write(`serving ${resolve(dir)} (Ctrl+C to stop)\n`);
  const stop = () => {
    site.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedAs = process.argv[1] ? resolve(process.argv[1]) : '';
const thisFile = fileURLToPath(import.meta.url);
if (invokedAs === thisFile || invokedAs === thisFile.replace(/\.ts$/, '')) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
