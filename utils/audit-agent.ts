/**
 * The content-script side of an audit (design.md "content.ts"): injected on demand into the
 * audited tab (activeTab + scripting), it runs `runAudit` with the page's own `fetch` (same origin
 * as the site, so no host permission is needed), streams progress and partial reports to the
 * background over a port, and highlights evidence when asked ("show me").
 *
 * One agent per document: a second injection (re-run, "show me" on the same page) finds the first
 * one and reuses it, so two crawls never run side by side in one tab.
 */
import { pinToOrigin } from '@/checks/crawl/pin-origin';
import { browser, type Browser } from 'wxt/browser';
import { runAudit, type AuditOptions } from '@/checks/audit';
import type { RuleSet } from '@/checks/rules';
import { StartUrlError } from '@/checks/crawl/crawler';
import { decodeHtml } from '@/checks/crawl/decode';
import { extractFeatures } from '@/checks/crawl/extract';
import type { Report } from '@/checks/report/schema';
import { DEFAULT_RULESET_ID, getRuleSet } from '@/checks/rulesets';
import { clearHighlight, findEvidence, showHighlight } from './highlight';
import {
  AUDIT_PORT,
  BgToContentPortSchema,
  BgToContentSchema,
  type BgToContent,
  type ContentReply,
  type ContentToBg,
  type Progress,
} from './messages';

/** Progress is sent at most this often (a 300-page crawl would otherwise write storage 300+ times). */
const PROGRESS_EVERY_MS = 250;
/** A partial report at most this often: enough that a closed tab loses little, bounded in cost. */
const INTERIM_EVERY_MS = 1500;
/** Heartbeat: keeps the MV3 service worker awake and tells it the page is still crawling (utils/running.ts `staleRuns`). */
const HEARTBEAT_MS = 5000;

interface Current {
  auditId: string;
  controller: AbortController;
  port: Browser.runtime.Port | null;
  progress: Progress | null;
  interim: Report | null;
  lastProgressAt: number;
  lastInterimAt: number;
  pendingTimer: ReturnType<typeof setTimeout> | null;
  heartbeat: ReturnType<typeof setInterval> | null;
  isFinished: boolean;
}

class AuditAgent {
  readonly id = crypto.randomUUID();
  private current: Current | null = null;

  constructor(
    private readonly doc: Document,
    private readonly enrich?: AgentEnrich,
  ) {
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = BgToContentSchema.safeParse(raw);
      if (!msg.success) return undefined; // not ours: let other listeners answer
      return this.handle(msg.data);
    });
  }

  private async handle(msg: BgToContent): Promise<ContentReply> {
    if (msg.type === 'bg→content:start') {
      this.start(msg);
      return { ok: true };
    }
    if (msg.type === 'bg→content:probe-people') return { ok: true, url: await firstPageWithPeople(msg.urls) };
    for (const target of msg.targets) {
      const found = findEvidence(this.doc, target);
      if (found.length) {
        showHighlight(this.doc, found, msg.label, msg.notFound);
        return { ok: true, highlighted: found.length };
      }
    }
    showHighlight(this.doc, [], msg.label, msg.notFound);
    return { ok: true, highlighted: 0 };
  }

  private start(msg: Extract<BgToContent, { type: 'bg→content:start' }>): void {
    if (this.current && !this.current.isFinished) {
      if (this.current.auditId === msg.auditId) return;
      this.current.controller.abort();
    }
    clearHighlight(this.doc);
    const cur: Current = {
      auditId: msg.auditId,
      controller: new AbortController(),
      port: null,
      progress: null,
      interim: null,
      lastProgressAt: 0,
      lastInterimAt: 0,
      pendingTimer: null,
      heartbeat: null,
      isFinished: false,
    };
    this.current = cur;
    this.connect(cur);
    cur.heartbeat = setInterval(() => this.flush(cur), HEARTBEAT_MS);
    const ruleset = getRuleSet(msg.rulesetId) ?? getRuleSet(DEFAULT_RULESET_ID)!;

    runAudit({
      startUrl: msg.startUrl,
      ruleset,
      // The page's own fetch: same origin as the site, cookies and all (a logged-in webmaster sees what they see);
      // www/bare and http/https variants of the site are read on this origin (checks/crawl/pin-origin.ts).
      fetch: pinToOrigin((url, init) => globalThis.fetch(url, init), location.origin),
      redirectMode: 'follow',
      settings: msg.budget,
      signal: cur.controller.signal,
      enrich: this.enrich?.(ruleset, cur.controller.signal, msg.budget.timeLimitMs),
      onProgress: (p) => {
        cur.progress = { ...p, currentUrl: p.currentUrl?.slice(0, 4096) };
        this.schedule(cur);
      },
      onInterim: (r) => {
        cur.interim = r;
        this.schedule(cur);
      },
    })
      .then((report) => this.finish(cur, { type: 'content→bg:done', auditId: cur.auditId, report }))
      .catch((err: unknown) => {
        if (err instanceof StartUrlError) {
          if (cur.controller.signal.aborted) {
            this.finish(cur, { type: 'content→bg:done', auditId: cur.auditId, report: cur.interim });
            return;
          }
          this.finish(cur, { type: 'content→bg:failed', auditId: cur.auditId, error: 'start-url', detail: `${err.url}: ${err.reason}`.slice(0, 2000) });
          return;
        }
        console.error('OIT Auditor: audit crashed', err);
        this.finish(cur, { type: 'content→bg:failed', auditId: cur.auditId, error: 'crashed', detail: String(err).slice(0, 2000) });
      });
  }

  /** (Re)connect: the port closes when the service worker is suspended; a new one wakes it. */
  private connect(cur: Current): void {
    const port = browser.runtime.connect({ name: AUDIT_PORT });
    cur.port = port;
    port.onMessage.addListener((raw: unknown) => {
      const msg = BgToContentPortSchema.safeParse(raw);
      if (msg.success && msg.data.auditId === cur.auditId) cur.controller.abort();
    });
    port.onDisconnect.addListener(() => {
      if (cur.port === port) cur.port = null;
      if (!cur.isFinished && this.current === cur) setTimeout(() => this.current === cur && !cur.isFinished && this.connect(cur), 200);
    });
    this.send(cur, { type: 'content→bg:hello', auditId: cur.auditId });
    if (cur.progress) this.send(cur, { type: 'content→bg:progress', auditId: cur.auditId, progress: cur.progress });
    if (cur.interim) this.send(cur, { type: 'content→bg:interim', auditId: cur.auditId, report: cur.interim });
  }

  private send(cur: Current, msg: ContentToBg): void {
    try {
      cur.port?.postMessage(msg);
    } catch {
      // The port just closed; `connect` resends the latest state on the new one.
    }
  }

  /** Send what is due now, and leave a timer for the rest (trailing throttle). */
  private schedule(cur: Current): void {
    if (cur.pendingTimer) return;
    const now = Date.now();
    const wait = Math.max(0, Math.min(cur.lastProgressAt + PROGRESS_EVERY_MS - now, cur.interim ? cur.lastInterimAt + INTERIM_EVERY_MS - now : Infinity));
    cur.pendingTimer = setTimeout(() => {
      cur.pendingTimer = null;
      this.flush(cur);
    }, wait);
  }

  private flush(cur: Current): void {
    if (cur.isFinished) return;
    const now = Date.now();
    if (cur.progress && now - cur.lastProgressAt >= PROGRESS_EVERY_MS) {
      cur.lastProgressAt = now;
      this.send(cur, { type: 'content→bg:progress', auditId: cur.auditId, progress: cur.progress });
    }
    if (cur.interim && now - cur.lastInterimAt >= INTERIM_EVERY_MS) {
      cur.lastInterimAt = now;
      this.send(cur, { type: 'content→bg:interim', auditId: cur.auditId, report: cur.interim });
    }
  }

  private finish(cur: Current, msg: ContentToBg): void {
    if (cur.isFinished) return;
    if (cur.progress) this.send(cur, { type: 'content→bg:progress', auditId: cur.auditId, progress: cur.progress });
    cur.isFinished = true;
    if (cur.pendingTimer) clearTimeout(cur.pendingTimer);
    if (cur.heartbeat) clearInterval(cur.heartbeat);
    this.send(cur, msg);
    // Closing our end tells the background nothing more is coming; it has the final message.
    setTimeout(() => cur.port?.disconnect(), 500);
  }
}

/** The first of `urls` (same origin as this page) whose HTML shows person cards, read as the crawler reads it. */
async function firstPageWithPeople(urls: string[]): Promise<string | null> {
  for (const url of urls) {
    if (new URL(url).origin !== location.origin) continue;
    try {
      const res = await globalThis.fetch(url, { redirect: 'follow', credentials: 'include' });
      if (!res.ok) continue;
      const contentType = res.headers.get('content-type') ?? '';
      const { text, charset } = decodeHtml(new Uint8Array(await res.arrayBuffer()), contentType);
      if (extractFeatures(text, res.url || url, { contentType, charset }).people.length > 0) return url;
    } catch {
      // unreachable page: try the next one
    }
  }
  return null;
}

/** Install (once per document) and return the agent's id. */
/** Readers run after the crawl (QR codes, PDF text: issue #5); entrypoints/content.ts gives the browser's. */
export type AgentEnrich = (ruleset: RuleSet, signal: AbortSignal, timeLimitMs: number) => AuditOptions['enrich'];

export function installAuditAgent(doc: Document = document, enrich?: AgentEnrich): string {
  const g = globalThis as { __oitAuditAgent?: AuditAgent };
  g.__oitAuditAgent ??= new AuditAgent(doc, enrich);
  return g.__oitAuditAgent.id;
}
