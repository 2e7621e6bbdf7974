/**
 * A hostile and broken agency site, for the fault-injection suite (issue #6): every page reproduces
 * something real sites do (shared/thai-sites.md §4 charsets, §7 pitfalls, §7.10 slow servers) or
 * something a crawler must refuse to do (leave the site, post a form, log the user out).
 *
 * `node:http` on 127.0.0.1 only. The server records every request (method, path, time) and the
 * number of requests in flight (from the request until the response is finished or the connection
 * closes), so tests assert on what the crawler really did, not on what it says it did.
 * `startRecorder()` is the "elsewhere" host: it must receive no request at all.
 *
 * Route map (all linked from `/`):
 * - slow and broken: `/slow` (no answer before `slowMs`), `/trickle` (headers, then a byte every
 *   200 ms forever), `/reset` (connection reset mid-body), `/hangup` (closed before any answer);
 * - errors: `/err/500`, `/err/502`, `/err/503` (no Retry-After), `/err/503-retry` (Retry-After: 1),
 *   `/err/503-long` (Retry-After: 3600), `/err/429` (Retry-After: 1), `/err/429-date` (an HTTP date),
 *   `/flaky` (503 + Retry-After: 1 on the first request, then the page);
 * - redirects: `/loop/a` ⇄ `/loop/b`, `/self` → itself, `/chain/0` → … → `/chain/40`, `/away`
 *   (→ elsewhere), `/away-scheme-relative` (→ `//elsewhere`), `/to-file` (→ `file:`), `/to-js`;
 * - traps: `/calendar?month=YYYY-MM` (prev/next forever), `/session` (links to itself under fresh
 *   `;jsessionid=` / `?PHPSESSID=` every time), `/news?page=N` (next page forever), `/deep/N`
 *   (a path one level deeper forever), `/variants?v=N` (links to itself under 1,000 queries);
 * - size and bytes: `/huge` (20 MB of HTML, streamed with back-pressure; bytes written are counted),
 *   `/binary` (random bytes as text/html), `/fake-pdf` (a PDF as text/html);
 * - charsets: `/charset/mismatch` (header UTF-8, bytes windows-874), `/charset/three-metas` (three
 *   different meta charsets, bytes windows-874), `/charset/three-metas-utf8` (same, bytes UTF-8);
 * - malformed HTML: `/malformed/unclosed`, `/malformed/unclosed-title`, `/malformed/forms` (nested forms),
 *   `/malformed/deep` (10,000-deep nesting with a link at the bottom → `/malformed/found-deep`);
 * - must never be requested: `/private/*` (robots.txt), `/logout`, `/member/logout.php`,
 *   `/index.php?action=logout`, `/member/exit.php` (text ออกจากระบบ), `/signout`, `/submit`
 *   (a `method=post` form), `/search` (a GET form: forms are never submitted);
 * - odd links on `/`: mailto:, tel:, javascript: (void, alert, a popup to a file: URL), data:,
 *   file:, a 6,000-character URL, a `<base href>` pointing elsewhere on `/base-elsewhere`;
 * - hostile text: `/xss` (title, headings and link texts made of `<script>`, `<img onerror>`,
 *   `javascript:` and very long strings), `/title-long` (a 100 kB title).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query as sent (`/news?page=2`). */
  path: string;
  /** ms since the server started. */
  at: number;
}

export interface FaultServerOptions {
  /** Origin of the "elsewhere" server the hostile links and redirects point to. */
  elsewhere?: string;
  /** Delay before every answer (a slow agency server); also makes concurrency measurable. */
  latencyMs?: number;
  /** How long `/slow` keeps the client waiting (default 60 s: beyond any test timeout). */
  slowMs?: number;
  /** Size of `/huge` in bytes (default 20 MB). */
  hugeBytes?: number;
  /** Links left out of the home page (a browser test leaves out the pages that only cost time). */
  omit?: string[];
  /** Extra or replacing routes: path (without query) → handler. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => void>;
}

export interface FaultServer {
  url: string;
  requests: RecordedRequest[];
  /** Highest number of requests in flight at once. */
  readonly maxInFlight: number;
  /** Bytes of `/huge` actually written before the client hung up. */
  readonly hugeBytesWritten: number;
  /** Requests for one path (query included unless `ignoreQuery`). */
  count(path: string | RegExp): number;
  close(): Promise<void>;
}

/** Paths the crawler must never request, whatever the settings. */
export const FORBIDDEN_PATHS = [/^\/logout/, /^\/member\/logout\.php/, /action=logout/, /^\/member\/exit\.php/, /^\/signout/, /^\/submit/, /^\/search/];

/** Thai text in windows-874 bytes (U+0E01–U+0E5B → 0xA1–0xFB; ASCII unchanged). */
export function encodeWindows874(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x0e01 && c <= 0x0e5b) out.push(c - 0x0e01 + 0xa1);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}

/** Deterministic pseudo-random bytes (a test must not depend on the run). */
function noise(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const HTML = 'text/html; charset=utf-8';

function page(title: string, body: string, head = '<meta charset="utf-8">'): string {
  return `<!doctype html><html lang="th"><head>${head}<title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

const rand = () => Math.random().toString(36).slice(2, 12).toUpperCase();

export async function startFaultServer(o: FaultServerOptions = {}): Promise<FaultServer> {
  const elsewhere = o.elsewhere ?? 'http://127.0.0.1:9';
  const elsewhereHostPort = new URL(elsewhere).host;
  const slowMs = o.slowMs ?? 60_000;
  const hugeBytes = o.hugeBytes ?? 20 * 1024 * 1024;
  const started = Date.now();
  const requests: RecordedRequest[] = [];
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;
  let hugeBytesWritten = 0;

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
    return t;
  };
  const every = (ms: number, fn: () => void) => {
    const t = setInterval(fn, ms);
    timers.add(t);
    return t;
  };

  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: string | Uint8Array = '', headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': HTML, ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const redirect = (req: IncomingMessage, res: ServerResponse, location: string, status = 302) => send(req, res, status, '', { location });

  const home = () => {
    const nav = [
      ['/slow', 'ข่าวช้ามาก'], ['/trickle', 'ข่าวทีละไบต์'], ['/reset', 'ตัดการเชื่อมต่อ'], ['/hangup', 'วางสาย'],
      ['/err/500', 'ข้อผิดพลาด 500'], ['/err/502', 'ข้อผิดพลาด 502'], ['/err/503', 'ข้อผิดพลาด 503'],
      ['/err/503-retry', 'ปิดปรับปรุงชั่วคราว'], ['/err/503-long', 'ปิดปรับปรุงนาน'], ['/err/429', 'คำขอมากเกินไป'],
      ['/err/429-date', 'คำขอมากเกินไป (วันที่)'], ['/flaky', 'บางครั้งล่ม'],
      ['/loop/a', 'วนซ้ำ'], ['/self', 'ย้ายไปที่เดิม'], ['/chain/0', 'ย้ายหลายทอด'], ['/away', 'ย้ายออกนอกเว็บ'],
      ['/away-scheme-relative', 'ย้ายออก (//)'], ['/to-file', 'ย้ายไปไฟล์ในเครื่อง'], ['/to-js', 'ย้ายไปสคริปต์'],
      ['/calendar?month=2567-01', 'ปฏิทินกิจกรรม'], ['/session', 'เข้าสู่ระบบสมาชิก'], ['/news?page=1', 'ข่าวประชาสัมพันธ์'],
      ['/deep/1', 'คลังข่าว'], ['/variants?v=0', 'หน้าหลายแบบ'],
      ['/huge', 'รายงานขนาดใหญ่'], ['/binary', 'ไฟล์แปลก'], ['/fake-pdf', 'แผนดำเนินงาน (ไฟล์)'],
      ['/charset/mismatch', 'ภาษาไทยรหัสผิด'], ['/charset/three-metas', 'สามรหัสอักขระ'], ['/charset/three-metas-utf8', 'สามรหัสอักขระ ยูทีเอฟ'],
      ['/malformed/unclosed', 'แท็กไม่ปิด'], ['/malformed/forms', 'ฟอร์มซ้อน'], ['/malformed/deep', 'ซ้อนลึกมาก'], ['/malformed/unclosed-title', 'ชื่อไม่ปิด'],
      ['/private/secret', 'เอกสารภายใน'], ['/xss', 'ข้อความอันตราย'], ['/title-long', 'ชื่อยาวมาก'], ['/base-elsewhere', 'ฐานลิงก์นอกเว็บ'],
      ['/files/plan.pdf', 'แผนการดำเนินงาน ประจำปี 2567'], ['/files/missing.pdf', 'เอกสารที่หายไป'],
    ]
      .filter(([href]) => !o.omit?.includes(href))
      .map(([href, text]) => `<li><a href="${href}">${text}</a></li>`)
      .join('');
    const hostile = [
      `<a href="mailto:saraban@test.go.th">อีเมล</a>`,
      `<a href="tel:044661234">โทร</a>`,
      `<a href="javascript:void(0)">เมนู</a>`,
      `<a href="javascript:alert(document.cookie)">สคริปต์</a>`,
      `<a href="javascript:window.open('file:///etc/passwd')">ป๊อปอัปไฟล์</a>`,
      `<a href="javascript:MM_openBrWindow('/popup.php?id=1','','width=600')">ป๊อปอัปข่าว</a>`,
      `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">ข้อมูล</a>`,
      `<a href="file:///etc/passwd">ไฟล์ในเครื่อง</a>`,
      `<a href="//${elsewhereHostPort}/scheme-relative">ลิงก์ // นอกเว็บ</a>`,
      `<a href="${elsewhere}/page">เว็บอื่น</a>`,
      `<a href="${elsewhere}/report.pdf">เอกสารเว็บอื่น</a>`,
      `<iframe src="${elsewhere}/frame"></iframe>`,
      `<img src="${elsewhere}/banner.png" alt="แบนเนอร์">`,
      `<a href="/logout">ออก</a>`,
      `<a href="/member/logout.php">Log out</a>`,
      `<a href="/index.php?action=logout">Sign out</a>`,
      `<a href="/member/exit.php">ออกจากระบบ</a>`,
      `<a href="/signout">SIGN OUT</a>`,
      `<a href="/long/${'x'.repeat(6000)}">ลิงก์ยาวมาก</a>`,
      `<form method="post" action="/submit"><input name="name"><textarea name="msg"></textarea><button>ส่งเรื่องร้องเรียน</button></form>`,
      `<form action="/search"><input name="q"><button>ค้นหา</button></form>`,
    ].join('\n');
    return page('องค์การบริหารส่วนตำบลทดสอบความทนทาน', `<ul>${nav}</ul>\n${hostile}`);
  };

  const charsetBody = (head: string) =>
    `<!doctype html><html><head>${head}<title>แผนการดำเนินงาน</title></head><body><h1>แผนการดำเนินงาน ประจำปี 2567</h1><a href="/charset/target">รายงานผลการดำเนินงาน</a></body></html>`;
  const THREE_METAS = '<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=windows-874"><meta http-equiv="content-type" content="text/html; charset=tis-620">';

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const n = (hits.get(p) ?? 0) + 1;
    hits.set(p, n);
    const custom = o.routes?.[p];
    if (custom) return custom(req, res, url);

    if (p === '/') return send(req, res, 200, home());
    if (p === '/robots.txt') return send(req, res, 200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' });
    if (p === '/popup.php') return send(req, res, 200, page('ข่าวในหน้าต่างใหม่', '<p>ประกาศ</p>'));

    // --- slow and broken
    if (p === '/slow') return later(slowMs, () => send(req, res, 200, page('ช้า', 'มาช้า')));
    if (p === '/trickle') {
      res.writeHead(200, { 'content-type': HTML });
      res.write('<html><body>');
      const t = every(200, () => (res.destroyed ? clearInterval(t) : res.write('.')));
      res.on('close', () => clearInterval(t));
      return;
    }
    if (p === '/reset') {
      res.writeHead(200, { 'content-type': HTML, 'content-length': '100000' });
      res.write(`<html><body>${'<p>ข้อมูลบางส่วน</p>'.repeat(50)}`);
      return later(50, () => req.socket.destroy());
    }
    if (p === '/hangup') return req.socket.destroy();

    // --- HTTP errors
    if (p === '/err/500') return send(req, res, 500, page('500', 'Internal Server Error'));
    if (p === '/err/502') return send(req, res, 502, 'Bad Gateway');
    if (p === '/err/503') return send(req, res, 503, 'Service Unavailable');
    if (p === '/err/503-retry') return send(req, res, 503, 'ปิดปรับปรุง', { 'retry-after': '1' });
    if (p === '/err/503-long') return send(req, res, 503, 'ปิดปรับปรุง', { 'retry-after': '3600' });
    if (p === '/err/429') return send(req, res, 429, 'Too Many Requests', { 'retry-after': '1' });
    if (p === '/err/429-date') return send(req, res, 429, 'Too Many Requests', { 'retry-after': new Date(Date.now() + 86_400_000).toUTCString() });
    if (p === '/flaky') return n === 1 ? send(req, res, 503, 'ไม่ว่าง', { 'retry-after': '1' }) : send(req, res, 200, page('กลับมาแล้ว', '<p>ข่าว</p>'));

    // --- redirects
    if (p === '/loop/a') return redirect(req, res, '/loop/b');
    if (p === '/loop/b') return redirect(req, res, '/loop/a');
    if (p === '/self') return redirect(req, res, '/self', 301);
    if (p.startsWith('/chain/')) {
      const i = Number(p.slice(7));
      return i < 40 ? redirect(req, res, `/chain/${i + 1}`) : send(req, res, 200, page('ปลายทาง', 'x'));
    }
    if (p === '/away') return redirect(req, res, `${elsewhere}/landing`);
    if (p === '/away-scheme-relative') return redirect(req, res, `//${elsewhereHostPort}/landing2`);
    if (p === '/to-file') return redirect(req, res, 'file:///etc/passwd');
    if (p === '/to-js') return redirect(req, res, 'javascript:alert(1)');

    // --- traps
    if (p === '/calendar') {
      const [y, m] = (url.searchParams.get('month') ?? '2567-01').split('-').map(Number);
      const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      return send(req, res, 200, page(`ปฏิทิน ${y}-${m}`, `<a href="/calendar?month=${prev}">« เดือนก่อน</a> <a href="/calendar?month=${next}">เดือนถัดไป »</a>`));
    }
    if (p === '/session' || p.startsWith('/session;')) {
      return send(req, res, 200, page('สมาชิก', `<a href="/session;jsessionid=${rand()}">หน้าสมาชิก</a> <a href="/session?PHPSESSID=${rand()}">กระดานข่าว</a>
        <a href="/session?id=1&PHPSESSID=${rand()}">กระทู้</a>`));
    }
    if (p === '/news') {
      const pg = Number(url.searchParams.get('page') ?? 1);
      return send(req, res, 200, page(`ข่าว หน้า ${pg}`, `<p>ข่าวประชาสัมพันธ์</p><a href="/news?page=${pg + 1}">หน้าถัดไป</a>`));
    }
    if (p.startsWith('/deep/')) {
      const i = Number(p.split('/').pop());
      return send(req, res, 200, page(`คลัง ${i}`, `<a href="${p}/${i + 1}">เก่ากว่า</a>`));
    }
    if (p === '/variants') {
      const links = Array.from({ length: 1000 }, (_, i) => `<a href="/variants?v=${i}">แบบ ${i}</a>`).join(' ');
      return send(req, res, 200, page('หลายแบบ', links));
    }

    // --- size and bytes
    if (p === '/huge') {
      res.writeHead(200, { 'content-type': HTML });
      if (req.method === 'HEAD') return res.end();
      const head = Buffer.from(page('รายงานขนาดใหญ่', '<table>').replace('</table></body></html>', ''));
      res.write(head);
      hugeBytesWritten = head.length;
      let row = 0;
      const pump = () => {
        while (hugeBytesWritten < hugeBytes) {
          const rows: string[] = [];
          for (let k = 0; k < 500; k++, row++) rows.push(`<tr><td>${row}</td><td>ข่าวประชาสัมพันธ์ลำดับที่ ${row}</td><td>12 ม.ค. 2567</td></tr>`);
          const chunk = Buffer.from(rows.join('\n'));
          hugeBytesWritten += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('</table></body></html>');
      };
      return pump();
    }
    if (p === '/binary') return send(req, res, 200, noise(256 * 1024), { 'content-type': 'text/html' });
    if (p === '/fake-pdf') {
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.from(noise(4096, 7))]);
      return send(req, res, 200, pdf, { 'content-type': 'text/html' });
    }

    // --- charsets (thai-sites.md §4)
    if (p === '/charset/mismatch') return send(req, res, 200, encodeWindows874(charsetBody('<meta charset="utf-8">')), { 'content-type': 'text/html; charset=utf-8' });
    if (p === '/charset/three-metas') return send(req, res, 200, encodeWindows874(charsetBody(THREE_METAS)), { 'content-type': 'text/html' });
    if (p === '/charset/three-metas-utf8') return send(req, res, 200, charsetBody(THREE_METAS.replace('charset="utf-8"', 'charset="windows-874"')), { 'content-type': 'text/html; charset=tis-620' });
    if (p === '/charset/target') return send(req, res, 200, page('รายงาน', 'x'));

    // --- malformed HTML
    if (p === '/malformed/unclosed') {
      return send(req, res, 200, `<html><head><title>แท็กไม่ปิด</title><body><div><p>ย่อหน้า<table><tr><td>เซลล์<a href="/malformed/found-unclosed">ลิงก์ในแท็กไม่ปิด<div><span><b><i>ข้อความ<ul><li>รายการ<li>รายการ`);
    }
    if (p === '/malformed/unclosed-title') {
      // An unclosed <title> swallows the rest of the page, as in a browser.
      return send(req, res, 200, `<html><head><title>ไม่ปิดชื่อ<body>${'<p>ย่อหน้า</p>'.repeat(20_000)}<a href="/malformed/found-after-title">ลิงก์</a>`);
    }
    if (p === '/malformed/forms') {
      return send(req, res, 200, page('ฟอร์มซ้อน', `<form method="post" action="/submit"><form action="/search"><form><input name="a"></form><a href="/malformed/found-forms">ลิงก์ในฟอร์ม</a></form></form>`));
    }
    if (p === '/malformed/deep') {
      const depth = 10_000;
      return send(req, res, 200, page('ซ้อนลึก', `${'<div>'.repeat(depth)}<a href="/malformed/found-deep">ลิงก์ลึกที่สุด</a>${'</div>'.repeat(depth)}`));
    }
    if (p.startsWith('/malformed/found-')) return send(req, res, 200, page('พบแล้ว', 'x'));

    // --- must never be requested (a test asserts it); answer as a real site would
    if (p.startsWith('/private/')) return send(req, res, 200, page('ภายใน', 'ลับ'));
    if (/^\/(logout|signout|submit|search)$|^\/member\//.test(p) || url.searchParams.get('action') === 'logout') {
      return send(req, res, 200, page('ออกจากระบบแล้ว', 'คุณได้ออกจากระบบแล้ว'));
    }

    // --- hostile text (security: rendered as text, never as HTML)
    if (p === '/xss') {
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const evil = esc('<script>alert("xss")</script><img src=x onerror=alert(1)>');
      return send(req, res, 200, page(`${evil} โครงสร้างองค์กร`, `<h2>${evil}</h2><a href="/structure-evil">${evil} โครงสร้าง ${'ยาว'.repeat(3000)}</a>
        <a href="javascript:alert(document.domain)">javascript:alert(1)</a><p>${'ข้อความยาวมาก '.repeat(5000)}</p>`));
    }
    if (p === '/structure-evil') return send(req, res, 200, page('โครงสร้าง', '<p>x</p>'));
    if (p === '/title-long') return send(req, res, 200, page('ชื่อยาว'.repeat(20_000), `<h2>${'หัวข้อยาว'.repeat(20_000)}</h2>`));
    if (p === '/base-elsewhere') {
      return send(req, res, 200, `<html><head><base href="${elsewhere}/base/"><title>ฐาน</title></head><body><a href="relative-page">ลิงก์สัมพัทธ์</a><a href="doc.pdf">ไฟล์</a></body></html>`);
    }

    // --- documents
    if (p === '/files/plan.pdf') return send(req, res, 200, '%PDF-1.4 x', { 'content-type': 'application/pdf' });

    send(req, res, 404, page('404 ไม่พบหน้า', 'ไม่พบ'));
  };

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', at: Date.now() - started });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let done = false;
    const end = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    res.on('finish', end);
    res.on('close', end);
    if (o.latencyMs) later(o.latencyMs, () => handle(req, res));
    else handle(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // A reset socket must not crash the test process.
  server.on('clientError', (_e, s) => s.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get hugeBytesWritten() {
      return hugeBytesWritten;
    },
    count: (path) => requests.filter((r) => (typeof path === 'string' ? r.path === path : path.test(r.path))).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The "elsewhere" host: answers anything, records everything. A test asserts it saw nothing. */
export async function startRecorder(): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const started = Date.now();
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', at: Date.now() - started });
    res.writeHead(200, { 'content-type': HTML });
    res.end(page('เว็บอื่น', '<a href="/more">ต่อ</a>'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `npx tsx tests/fault-server/server.ts`: serve the hostile site by hand (and its elsewhere). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const rec = await startRecorder();
  const s = await startFaultServer({ elsewhere: rec.url });
  process.stdout.write(`fault site ${s.url}/  (elsewhere ${rec.url})\n`);
}
