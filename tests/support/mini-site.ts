/**
 * A mini-site declared inline (style.md §14): `{ '/': html, '/ita': html }` served on 127.0.0.1.
 * A value may be a string (HTML, UTF-8), or a full response `{ status, headers, body, delayMs }`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type MiniResponse =
  | string
  | { status?: number; headers?: Record<string, string>; body?: string | Uint8Array; delayMs?: number }
  | ((req: IncomingMessage, res: ServerResponse) => void);

export interface MiniSite {
  url: string;
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

export async function serveMiniSite(routes: Record<string, MiniResponse>): Promise<MiniSite> {
  const requests: { method: string; path: string }[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path });
    const route = routes[path] ?? routes[path.split('?')[0]];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<h1>404 ไม่พบหน้า</h1>');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    const r = typeof route === 'string' ? { body: route } : route;
    const send = () => {
      res.writeHead(r.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...r.headers });
      res.end(req.method === 'HEAD' ? undefined : r.body ?? '');
    };
    if (r.delayMs) setTimeout(send, r.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A page in the shape of the Dungbhumi CMS, with Thai content. */
export function page(title: string, body: string, opts: { nav?: string; lang?: string } = {}): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav class="menu">${opts.nav ?? ''}</nav></header><div class="content">${body}</div>
<footer>องค์การบริหารส่วนตำบลทดสอบ โทรศัพท์ 0-4466-1234</footer></body></html>`;
}
