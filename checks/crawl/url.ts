/**
 * URL handling for the crawl: normalisation, de-duplication, site scope and classification.
 * Sources for the shapes handled here: shared/thai-sites.md §1 (URL grammars), §7.2 (javascript:
 * popups), §7.11 (www / bare host, http / https).
 */

/** Query parameters that carry a session, never content (thai-sites.md §7; issue #6 traps). */
const SESSION_PARAMS = new Set(['phpsessid', 'jsessionid', 'sid', 'sessionid', 'session_id', 'cfid', 'cftoken', 'aspsessionid']);
/**
 * Query parameters that never change what a page shows: where a CMS returns after a form (Drupal's
 * `?destination=`) and click tracking. The same page under them is the same page (one fetch, one
 * evidence URL).
 */
const NO_CONTENT_PARAMS = new Set(['destination', 'fbclid', 'gclid', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']);

/**
 * Longest URL kept: the report schema's bound (checks/report/schema.ts `Url`). Real pages' URLs,
 * even percent-encoded Thai ones, stay far below it; longer ones are traps or garbage (issue #6).
 */
export const MAX_URL_LENGTH = 4096;

const DOCUMENT_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|rar|7z|csv)$/i;
const IMAGE_EXT = /\.(jpe?g|png|gif|webp|bmp|svg|tiff?)$/i;

/**
 * Percent-escapes are case-insensitive and unreserved characters need none: `%7e` and `~`, `%e0`
 * and `%E0` name the same resource (RFC 3986 §6.2.2).
 */
function normalizeEscapes(s: string): string {
  return s.replace(/%[0-9a-fA-F]{2}/g, (m) => {
    const code = parseInt(m.slice(1), 16);
    const ch = String.fromCharCode(code);
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : m.toUpperCase();
  });
}

/**
 * Absolute, comparable form of a link: fragment dropped, host lower-cased, default port dropped,
 * escapes normalised, session ids removed. The query string is kept: PHP sites route by it
 * (`news.php?cat_id=27`, `index.php?_mod=aXRh`). Returns null for what the crawler cannot GET.
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  const trimmed = raw.trim().replace(/[\t\n\r]/g, '');
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // `;jsessionid=…` path parameters (Java servers).
  url.pathname = url.pathname.replace(/;(jsessionid|phpsessid|sid)=[^/?#]*/gi, '');
  if (url.search) {
    const kept = [...url.searchParams].filter(([k]) => !SESSION_PARAMS.has(k.toLowerCase()) && !NO_CONTENT_PARAMS.has(k.toLowerCase()));
    url.search = kept.length ? '?' + kept.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&') : '';
  }
  const path = normalizeEscapes(url.pathname) || '/';
  const out = `${url.protocol}//${url.host}${path}${url.search}`;
  return out.length > MAX_URL_LENGTH ? null : out;
}

/**
 * Links that act on the user's session or data when followed: the extension crawls with the
 * user's cookies, so a GET on them would log the user out of their own CMS or worse (design.md
 * "Scope": logout links are never followed; issue #6). Matched on the URL and on the link text.
 */
const UNSAFE_URL = /(?:^|[/_.?&=-])(?:log[-_]?out|log[-_]?off|sign[-_]?out|sign[-_]?off)(?:$|[/_.?&=#-])|[?&](?:action|act|do|op|mode|cmd|task)=(?:logout|logoff|signout|delete|del|remove|destroy|drop)(?:$|&)/i;
const UNSAFE_TEXT = /ออกจากระบบ|ลงชื่อออก|\blog\s?(?:out|off)\b|\bsign\s?(?:out|off)\b/i;

export function isUnsafeLink(url: string, text = ''): boolean {
  let target = url;
  try {
    const u = new URL(url);
    target = decodeURIComponent(u.pathname + u.search);
  } catch {
    // keep the raw URL
  }
  return UNSAFE_URL.test(target) || UNSAFE_TEXT.test(text);
}

/** The site a URL belongs to: `www.` and bare host, http and https are one site (design.md, Scope). */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
    return host + port;
  } catch {
    return '';
  }
}

export function isSameSite(a: string, b: string): boolean {
  const ka = siteKey(a);
  return ka !== '' && ka === siteKey(b);
}

export type UrlClass = 'document' | 'image' | 'page';

/** What a URL most likely is, from its path (the response may say otherwise). */
export function classifyUrl(url: string): UrlClass {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = url;
  }
  if (DOCUMENT_EXT.test(path)) return 'document';
  if (IMAGE_EXT.test(path)) return 'image';
  return 'page';
}

/** Viewers and hosts whose content cannot be fetched or read by the crawler (thai-sites.md §3, §7.9). */
const VIEWER_PATTERNS: RegExp[] = [
  /^https?:\/\/(drive|docs)\.google\.com\//i,
  /^https?:\/\/([a-z0-9-]+\.)?flowpaper\.com\//i,
  /^https?:\/\/(www\.)?dropbox\.com\//i,
  /^https?:\/\/onedrive\.live\.com\//i,
  /^https?:\/\/1drv\.ms\//i,
  /^https?:\/\/(www\.)?anyflip\.com\//i,
  /^https?:\/\/(online\.)?fliphtml5\.com\//i,
  /^https?:\/\/(www\.)?pubhtml5\.com\//i,
  /^https?:\/\/(www\.)?canva\.com\//i,
];

export function isViewerUrl(url: string): boolean {
  return VIEWER_PATTERNS.some((re) => re.test(url));
}

/**
 * The target URL inside a `javascript:` link or an `onclick` handler, e.g.
 * `javascript:MM_openBrWindow('news_detail.php?news_id=912','','width=600')`,
 * `window.open("/x.pdf")`, `location.href='/p'` (thai-sites.md §1.3, §7.2).
 */
export function urlFromScript(script: string): string | null {
  const m =
    /\b(?:window\.open|MM_openBrWindow|openBrWindow|NewWindow|popUp|popup|openWindow|open)\s*\(\s*(['"])([^'"]+)\1/i.exec(script) ??
    /\blocation(?:\.href)?\s*=\s*(['"])([^'"]+)\1/i.exec(script) ??
    /\blocation\.(?:assign|replace)\s*\(\s*(['"])([^'"]+)\1/i.exec(script);
  if (!m) return null;
  const target = m[2].trim();
  if (!target || /^javascript:/i.test(target) || target === '#') return null;
  return target;
}

/** Key for trap limits: one path with the same query keys (calendars, endless paging, sort orders). */
export function pathPatternKey(url: string): string {
  try {
    const u = new URL(url);
    const keys = [...new Set([...u.searchParams.keys()])].sort().join('&');
    return `${siteKey(url)}${u.pathname}?${keys}`;
  } catch {
    return url;
  }
}
