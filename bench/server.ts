/**
 * Serves a generated site from memory on 127.0.0.1 (issue #7 §1), with a per-request latency
 * (`latencyMs` ± `jitter`, seeded per path and attempt so two runs wait the same), ETag and
 * Last-Modified validators and `304 Not Modified` answers to `If-None-Match` / `If-Modified-Since`
 * (the re-audit, §4). Pages are rendered on request: nothing is written to disk.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GeneratedSite } from './generate';
import { hash32 } from './random';

export interface ServeOptions {
  latencyMs?: number;
  /** Share of `latencyMs` the wait varies by, either way (0.3 = ±30 %). */
  jitter?: number;
  seed?: number;
  port?: number;
}

export interface RequestLog {
  method: string;
  path: string;
  status: number;
  conditional: boolean;
}

export interface SiteServer {
  url: string;
  origin: string;
  port: number;
  /** Swap the site (the same URL serves revision 1 for the re-audit). */
  setSite(site: GeneratedSite): void;
  requests: RequestLog[];
  /** Counts since the last `resetCounts()`. */
  counts(): { pages: number; documents: number; notModified: number; total: number };
  resetCounts(): void;
  close(): Promise<void>;
}

export async function serveGenerated(initial: GeneratedSite, o: ServeOptions = {}): Promise<SiteServer> {
  let site = initial;
  const latency = o.latencyMs ?? 0;
  const jitter = o.jitter ?? 0.3;
  const seed = o.seed ?? 1;
  const attempts = new Map<string, number>();
  const requests: RequestLog[] = [];
  let counts = { pages: 0, documents: 0, notModified: 0, total: 0 };

  const delay = (path: string): number => {
    if (latency <= 0) return 0;
    const n = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, n);
    const u = hash32(`${seed}:${path}:${n}`) / 4294967296;
    return Math.max(0, Math.round(latency * (1 + jitter * (2 * u - 1))));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname) + url.search;
    const method = req.method ?? 'GET';
    const r = site.get(path === '/' ? site.startPath : path);
    const log = (status: number, conditional: boolean) => {
      if (requests.length < 200_000) requests.push({ method, path, status, conditional });
      counts.total++;
      if (status === 304) counts.notModified++;
      if (r && r.contentType.startsWith('text/html')) counts.pages++;
      else if (r) counts.documents++;
    };
    if (path === '/') {
      res.writeHead(302, { location: site.startPath });
      res.end();
      return;
    }
    if (!r) {
      log(404, false);
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><head><title>404 ไม่พบหน้า</title></head><body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>');
      return;
    }
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const conditional = !!(inm || ims);
    const fresh = inm ? inm.split(/\s*,\s*/).includes(r.etag) : ims ? Date.parse(ims) >= Date.parse(r.lastModified) : false;
    const headers = { etag: r.etag, 'last-modified': r.lastModified, 'cache-control': 'no-cache' };
    if (fresh) {
      log(304, true);
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : Buffer.from(r.body);
    log(200, conditional);
    res.writeHead(200, { ...headers, 'content-type': r.contentType, 'content-length': String(body.length) });
    res.end(method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const wait = delay(req.url ?? '/');
    if (wait > 0) setTimeout(() => handle(req, res), wait);
    else handle(req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${initial.startPath}`,
    origin,
    port,
    setSite: (s) => {
      site = s;
    },
    requests,
    counts: () => ({ ...counts }),
    resetCounts: () => {
      counts = { pages: 0, documents: 0, notModified: 0, total: 0 };
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
