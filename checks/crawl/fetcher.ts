/**
 * One polite GET (or HEAD) with a timeout, a size cap read from the stream, bounded retries that
 * honour Retry-After, and redirects followed by hand so every hop is checked against the site's
 * scope. Runtime-agnostic: the `fetch`, clock and sleep are passed in (design.md).
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetcherOptions {
  fetch: FetchLike;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Retries after a timeout, a network error, 429 or 5xx (the issue asks for one). */
  retries: number;
  /** First backoff; doubled per retry. */
  backoffMs: number;
  /** Cap on a server's Retry-After. */
  maxRetryAfterMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /**
   * `manual` (Node): hops are seen one by one. `follow` (a content script: browsers hide the
   * Location of manual redirects): the final URL is read from the response.
   */
  redirectMode: 'manual' | 'follow';
  /** May the crawler follow a redirect to this URL (same site)? */
  inScope: (url: string) => boolean;
  headers?: Record<string, string>;
}

export type FetchOutcome =
  | {
      ok: true;
      url: string;
      finalUrl: string;
      status: number;
      contentType: string;
      headers: Headers;
      body: Uint8Array;
      truncated: boolean;
      redirects: string[];
    }
  | { ok: false; url: string; finalUrl?: string; status?: number; reason: string; code: FetchErrorCode; redirects: string[] };

export type FetchErrorCode = 'http' | 'timeout' | 'network' | 'redirect-loop' | 'too-many-redirects' | 'off-site' | 'cancelled' | 'not-html';

export const sleepWithSignal = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Read at most `max` bytes of a body, cancelling the rest of the stream. */
export async function readCapped(res: Response, max: number): Promise<{ body: Uint8Array; truncated: boolean }> {
  if (!res.body) return { body: new Uint8Array(await res.arrayBuffer()).slice(0, max), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > max) {
      chunks.push(value.subarray(0, max - size));
      size = max;
      truncated = true;
      await reader.cancel().catch(() => {});
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const body = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    body.set(c, off);
    off += c.byteLength;
  }
  return { body, truncated };
}

function retryAfterMs(h: string | null, cap: number): number | null {
  if (!h) return null;
  const secs = Number(h);
  if (Number.isFinite(secs)) return Math.min(Math.max(0, secs * 1000), cap);
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.min(Math.max(0, at - Date.now()), cap) : null;
}

const isRetryableStatus = (s: number) => s === 429 || s === 502 || s === 503 || s === 504 || s === 500;

/** One request with redirects handled; no retries. */
async function requestOnce(
  url: string,
  method: 'GET' | 'HEAD',
  o: FetcherOptions,
  extraHeaders: Record<string, string>,
  accept: (contentType: string) => boolean,
): Promise<FetchOutcome & { retryAfter?: number | null }> {
  const redirects: string[] = [];
  let current = url;
  const seen = new Set<string>([url]);
  for (let hop = 0; ; hop++) {
    // Cancelled or out of time (a Retry-After wait cut short): no new request.
    if (o.signal?.aborted) return { ok: false, url, reason: 'cancelled', code: 'cancelled', redirects };
    const ctrl = new AbortController();
    const onAbort = () => ctrl.abort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => ctrl.abort(new Error('timeout')), o.timeoutMs);
    try {
      let res: Response;
      try {
        res = await o.fetch(current, {
          method,
          redirect: o.redirectMode,
          // A browser follows redirects out of sight: `same-origin` makes it refuse a redirect to
          // another origin before sending anything there (Fetch standard, main fetch), so no
          // request leaves the site (issue #6). Other origins fail under CORS in a page anyway.
          ...(o.redirectMode === 'follow' ? { mode: 'same-origin' as const } : {}),
          signal: ctrl.signal,
          headers: { ...o.headers, ...extraHeaders },
          credentials: 'include',
        });
      } catch (e) {
        if (o.signal?.aborted) return { ok: false, url, reason: 'cancelled', code: 'cancelled', redirects };
        if (ctrl.signal.aborted) return { ok: false, url, finalUrl: current, reason: `timeout after ${o.timeoutMs} ms`, code: 'timeout', redirects };
        return { ok: false, url, finalUrl: current, reason: `network error: ${(e as Error).message}`, code: 'network', redirects };
      }
      if (o.redirectMode === 'manual' && res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => {});
        const next = new URL(res.headers.get('location')!, current).href.replace(/#.*$/, '');
        redirects.push(next);
        if (!o.inScope(next)) return { ok: false, url, finalUrl: next, status: res.status, reason: `redirect to another site: ${next}`, code: 'off-site', redirects };
        if (seen.has(next)) return { ok: false, url, finalUrl: next, status: res.status, reason: 'redirect loop', code: 'redirect-loop', redirects };
        if (hop + 1 > o.maxRedirects) return { ok: false, url, finalUrl: next, status: res.status, reason: `more than ${o.maxRedirects} redirects`, code: 'too-many-redirects', redirects };
        seen.add(next);
        current = next;
        continue;
      }
      const finalUrl = o.redirectMode === 'follow' && res.url ? res.url : current;
      if (o.redirectMode === 'follow' && res.redirected) redirects.push(finalUrl);
      if (o.redirectMode === 'follow' && !o.inScope(finalUrl)) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, url, finalUrl, status: res.status, reason: `redirect to another site: ${finalUrl}`, code: 'off-site', redirects };
      }
      const contentType = res.headers.get('content-type') ?? '';
      if (!res.ok && res.status !== 206) {
        await res.body?.cancel().catch(() => {});
        return {
          ok: false, url, finalUrl, status: res.status, reason: `HTTP ${res.status}`, code: 'http', redirects,
          retryAfter: retryAfterMs(res.headers.get('retry-after'), o.maxRetryAfterMs),
        };
      }
      if (method === 'HEAD' || !accept(contentType)) {
        await res.body?.cancel().catch(() => {});
        return { ok: true, url, finalUrl, status: res.status, contentType, headers: res.headers, body: new Uint8Array(), truncated: false, redirects };
      }
      try {
        const { body, truncated } = await readCapped(res, o.maxBytes);
        return { ok: true, url, finalUrl, status: res.status, contentType, headers: res.headers, body, truncated, redirects };
      } catch (e) {
        if (o.signal?.aborted) return { ok: false, url, reason: 'cancelled', code: 'cancelled', redirects };
        if (ctrl.signal.aborted) return { ok: false, url, finalUrl, reason: `timeout after ${o.timeoutMs} ms`, code: 'timeout', redirects };
        return { ok: false, url, finalUrl, reason: `connection lost: ${(e as Error).message}`, code: 'network', redirects };
      }
    } finally {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
    }
  }
}

/**
 * GET or HEAD with retries. `accept` says whether a body of that content type should be read
 * (pages: HTML; others are closed after the headers).
 */
export async function fetchWithRetry(
  url: string,
  o: FetcherOptions,
  init: { method?: 'GET' | 'HEAD'; headers?: Record<string, string>; accept?: (contentType: string) => boolean } = {},
): Promise<FetchOutcome> {
  const accept = init.accept ?? (() => true);
  let attempt = 0;
  for (;;) {
    const r = await requestOnce(url, init.method ?? 'GET', o, init.headers ?? {}, accept);
    const retryable = !r.ok && (r.code === 'timeout' || r.code === 'network' || (r.code === 'http' && isRetryableStatus(r.status ?? 0)));
    if (r.ok || !retryable || attempt >= o.retries || o.signal?.aborted) {
      const { retryAfter: _, ...rest } = r as typeof r & { retryAfter?: unknown };
      return rest as FetchOutcome;
    }
    const wait = (!r.ok && 'retryAfter' in r && r.retryAfter != null ? r.retryAfter : o.backoffMs * 2 ** attempt) as number;
    await o.sleep(wait, o.signal);
    attempt++;
  }
}
