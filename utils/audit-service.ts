/**
 * The background's part of an audit (design.md "background.ts"; issue #4 §1, §3): start an audit
 * in the person's tab, keep its state in storage while the content script streams, end it cleanly
 * (complete, cancelled, tab closed, page left), save the report to the history, and "show me".
 *
 * Permissions: `activeTab` + `scripting` only. Clicking the toolbar button grants the extension the
 * tab's origin until the tab goes to another origin (measured on Chromium 156: same-origin
 * navigations keep the grant, a cross-origin one or a new tab does not). So "show me" navigates
 * the audited tab itself within the site, and opens anything elsewhere in a new tab, unhighlighted.
 *
 * MV3 service workers are suspended when idle: everything that must survive is in storage
 * (utils/running.ts); in memory are only the open ports, which the content script re-opens.
 */
import { browser, type Browser } from 'wxt/browser';
import { normalizeUrl, siteKey } from '@/checks/crawl/url';
import { ReportSchema, type Report } from '@/checks/report/schema';
import { saveReport } from './history';
import {
  AUDIT_PORT,
  ContentReplySchema,
  ContentToBgSchema,
  PopupToBgSchema,
  type ErrorCode,
  type PopupToBg,
  type Reply,
} from './messages';
import {
  applyProgress,
  endRun,
  loadRunReport,
  loadRuns,
  markReport,
  removeRunReports,
  runById,
  runForSite,
  runsItem,
  saveRunReport,
  setReportId,
  staleRuns,
  startRun,
  type EndReason,
  type Run,
  type RunsState,
} from './running';
import { DEFAULT_RULESET_ID, RULESETS } from '@/checks/rulesets';
import { crawlBudget, loadSettings, resolveRulesetId } from './settings';
import { planShowMe } from './show-me';
import { resolveLang, T } from './ui-text';

/** WXT's output path of entrypoints/content.ts (a runtime-registered content script). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** After the port closes, wait this long for a reconnect (a suspended worker) before ending the run. */
const DISCONNECT_GRACE_MS = 1500;
/** Cancel: wait this long for the content script's final report, then end with the interim one. */
const CANCEL_GRACE_MS = 5000;
/** Give a restarted worker's content scripts time to reconnect before calling their runs stale. */
const STARTUP_RECONCILE_MS = 10_000;

const fail = (error: ErrorCode, detail?: string): Reply => ({ ok: false, error, ...(detail ? { detail: detail.slice(0, 2000) } : {}) });
const nowIso = () => new Date().toISOString();

export function registerAuditService(): void {
  /** Open ports by audit id (memory only: a restarted worker learns them again from `hello`). */
  const ports = new Map<string, Browser.runtime.Port>();
  /** Cancelled before the content script said hello: it is told on hello, and its partial report still kept. */
  const cancelRequested = new Set<string>();

  // --- one writer: storage updates run one after another, so no progress write loses an end.
  let chain: Promise<unknown> = Promise.resolve();
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  }
  const mutate = (f: (s: RunsState) => RunsState) =>
    serial(async () => {
      const next = f((await loadRuns()).state);
      await runsItem.setValue(next);
      return next;
    });

  /** End a run once, keep its last report, and save that report to the history. */
  async function finish(auditId: string, reason: EndReason, opts: { report?: Report | null; error?: ErrorCode; detail?: string } = {}): Promise<void> {
    const ended = await serial(async () => {
      const state = (await loadRuns()).state;
      const run = runById(state, auditId);
      if (!run || run.phase === 'ended') return null;
      const at = nowIso();
      if (opts.report) await saveRunReport(auditId, opts.report);
      let next = endRun(state, auditId, { reason, at, error: opts.error, detail: opts.detail });
      if (opts.report) next = markReport(next, auditId, at);
      await runsItem.setValue(next);
      return runById(next, auditId)!;
    });
    const port = ports.get(auditId);
    ports.delete(auditId);
    if (!ended) return;
    if (reason !== 'complete') {
      try {
        port?.postMessage({ type: 'bg→content:cancel', auditId });
      } catch {
        // The page is already gone.
      }
    }
    const report = opts.report ?? (ended.hasReport ? (await loadRunReport(auditId)).report : null);
    if (!report) return;
    try {
      const reportId = await saveReport(report);
      await mutate((s) => setReportId(s, auditId, reportId));
    } catch (err) {
      console.error('OIT Auditor: report not saved to history', err);
    }
  }

  async function reconcile(staleMs: number): Promise<void> {
    const { state } = await loadRuns();
    for (const run of staleRuns(state, Date.now(), staleMs)) if (!ports.has(run.auditId)) await finish(run.auditId, 'interrupted');
  }

  // ------------------------------------------------------------ popup → background
  async function startAudit(tabId: number): Promise<Reply> {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    // No URL: activeTab was not granted on this tab (the popup was not opened from it).
    if (!tab?.url) return fail('no-access');
    if (!/^https?:\/\//i.test(tab.url)) return fail('not-http');
    const key = siteKey(tab.url);
    const previous = runForSite((await loadRuns()).state, key);
    if (previous?.phase === 'running') {
      if (ports.has(previous.auditId)) return { ok: false, error: 'already-running', detail: previous.auditId };
      await finish(previous.auditId, 'interrupted');
    }
    const { settings } = await loadSettings();
    const rulesetId = resolveRulesetId(
      settings,
      RULESETS.map((r) => r.id),
      DEFAULT_RULESET_ID,
    );
    const auditId = crypto.randomUUID();
    // The site's home: the crawl is best-first from there, whatever page the person was on.
    const startUrl = new URL('/', tab.url).href;
    const at = nowIso();
    const run: Run = {
      auditId,
      siteKey: key,
      tabId,
      startUrl,
      rulesetId,
      phase: 'running',
      startedAt: at,
      updatedAt: at,
      progress: null,
      hasReport: false,
    };
    let dropped: Run[] = [];
    await mutate((s) => {
      const r = startRun(s, run);
      dropped = r.dropped;
      return r.state;
    });
    await removeRunReports(dropped.map((r) => r.auditId));
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
      const reply = ContentReplySchema.safeParse(
        await browser.tabs.sendMessage(tabId, {
          type: 'bg→content:start',
          auditId,
          startUrl,
          rulesetId,
          budget: crawlBudget(settings),
        }),
      );
      if (!reply.success || !reply.data.ok) throw new Error('the content script did not accept the audit');
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      await finish(auditId, 'error', { error: 'inject-failed', detail });
      return fail('inject-failed', detail);
    }
    return { ok: true, auditId };
  }

  async function cancelAudit(auditId: string): Promise<Reply> {
    const run = runById((await loadRuns()).state, auditId);
    if (!run) return fail('unknown-audit');
    if (run.phase !== 'running') return { ok: true, auditId };
    const port = ports.get(auditId);
    if (!port) {
      // The content script may be starting (no hello yet): let it stop and send what it has.
      cancelRequested.add(auditId);
      setTimeout(() => {
        cancelRequested.delete(auditId);
        void finish(auditId, 'cancelled');
      }, CANCEL_GRACE_MS);
      return { ok: true, auditId };
    }
    // The content script stops and sends its final (partial) report, with its crawl errors.
    port.postMessage({ type: 'bg→content:cancel', auditId });
    setTimeout(() => void finish(auditId, 'cancelled'), CANCEL_GRACE_MS);
    return { ok: true, auditId };
  }

  /** Navigate a tab and wait for the new page to load (or 20 s). */
  function navigate(tabId: number, url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      let sawLoading = false;
      const done = () => {
        clearTimeout(timer);
        browser.tabs.onUpdated.removeListener(listener);
      };
      const listener = (id: number, info: Browser.tabs.OnUpdatedInfo) => {
        if (id !== tabId) return;
        if (info.status === 'loading') sawLoading = true;
        if (info.status === 'complete' && sawLoading) {
          done();
          resolve();
        }
      };
      const timer = setTimeout(() => {
        done();
        resolve();
      }, 20_000);
      browser.tabs.onUpdated.addListener(listener);
      browser.tabs.update(tabId, { url, active: true }).catch((err: unknown) => {
        done();
        reject(err);
      });
    });
  }

  async function showEvidence(msg: Extract<PopupToBg, { type: 'popup→bg:show-evidence' }>): Promise<Reply> {
    const run = runForSite((await loadRuns()).state, msg.siteKey);
    if (!run) return fail('unknown-audit');
    // Navigating the tab would end its crawl: "show me" waits for the audit to end.
    if (run.phase === 'running' && run.tabId === msg.tabId) return fail('already-running');
    const { report } = await loadRunReport(run.auditId);
    const item = report?.items.find((i) => i.id === msg.itemId);
    const plan = item && planShowMe(item, msg.evidenceIndex);
    if (!item || !plan) return fail('no-evidence');

    const { settings } = await loadSettings();
    const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
    const label = `${item.id} ${lang === 'en' && item.titleEn ? item.titleEn : item.title}`;
    const tab = await browser.tabs.get(msg.tabId).catch(() => null);
    const target = new URL(plan.page);
    if (!tab?.url || new URL(tab.url).origin !== target.origin) {
      // Another origin: activeTab does not reach it, and navigating there would lose the grant.
      await browser.tabs.create({ url: plan.page });
      return { ok: true, newTab: true, highlighted: 0 };
    }
    try {
      await browser.scripting.executeScript({ target: { tabId: msg.tabId }, files: [CONTENT_SCRIPT_FILE] });
      let page = plan.page;
      if (plan.probe?.length) {
        const probed = ContentReplySchema.safeParse(await browser.tabs.sendMessage(msg.tabId, { type: 'bg→content:probe-people', urls: plan.probe }));
        if (probed.success && probed.data.url) page = probed.data.url;
      }
      if (normalizeUrl(tab.url) !== normalizeUrl(page)) {
        await navigate(msg.tabId, page);
        await browser.scripting.executeScript({ target: { tabId: msg.tabId }, files: [CONTENT_SCRIPT_FILE] });
      } else await browser.tabs.update(msg.tabId, { active: true });
      if (tab.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
      const reply = ContentReplySchema.safeParse(
        await browser.tabs.sendMessage(msg.tabId, { type: 'bg→content:highlight', targets: plan.targets, label, notFound: T.notFoundOnPage[lang] }),
      );
      return { ok: true, highlighted: reply.success ? (reply.data.highlighted ?? 0) : 0 };
    } catch (err) {
      return fail('inject-failed', err instanceof Error ? err.message : String(err));
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith('popup→bg:')) return undefined; // not ours
    const parsed = PopupToBgSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve(fail('bad-message', parsed.error.message));
    const msg = parsed.data;
    const handle = (): Promise<Reply> => {
      switch (msg.type) {
        case 'popup→bg:start-audit':
          return startAudit(msg.tabId);
        case 'popup→bg:cancel-audit':
          return cancelAudit(msg.auditId);
        case 'popup→bg:show-evidence':
          return showEvidence(msg);
      }
    };
    return handle().catch((err: unknown) => fail('crashed', err instanceof Error ? err.message : String(err)));
  });

  // ------------------------------------------------------------ content script → background
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== AUDIT_PORT) return;
    const tabId = port.sender?.tab?.id;
    let auditId: string | null = null;

    port.onMessage.addListener((raw: unknown) => {
      const parsed = ContentToBgSchema.safeParse(raw);
      if (!parsed.success) {
        console.warn('OIT Auditor: bad message from the content script', parsed.error.message);
        return;
      }
      const msg = parsed.data;
      if (auditId === null) auditId = msg.auditId;
      if (msg.auditId !== auditId) return;
      void (async () => {
        const run = runById((await loadRuns()).state, msg.auditId);
        // Only the tab the audit was started in may report on it.
        if (!run || run.tabId !== tabId) return;
        if (run.phase === 'ended') {
          if (msg.type === 'content→bg:hello') port.postMessage({ type: 'bg→content:cancel', auditId: msg.auditId });
          return;
        }
        ports.set(msg.auditId, port);
        if (cancelRequested.delete(msg.auditId)) port.postMessage({ type: 'bg→content:cancel', auditId: msg.auditId });
        switch (msg.type) {
          case 'content→bg:hello':
            return;
          case 'content→bg:progress':
            await mutate((s) => applyProgress(s, msg.auditId, msg.progress, nowIso()));
            return;
          case 'content→bg:interim': {
            const report = ReportSchema.safeParse(msg.report);
            if (!report.success) return console.warn('OIT Auditor: invalid interim report', report.error.issues[0]);
            await serial(async () => {
              const current = runById((await loadRuns()).state, msg.auditId);
              if (current?.phase !== 'running') return;
              await saveRunReport(msg.auditId, report.data);
            });
            await mutate((s) => markReport(s, msg.auditId, nowIso()));
            return;
          }
          case 'content→bg:done': {
            if (msg.report === null) return finish(msg.auditId, 'cancelled');
            const report = ReportSchema.safeParse(msg.report);
            if (!report.success) return finish(msg.auditId, 'error', { error: 'crashed', detail: `invalid report: ${report.error.issues[0]?.message ?? ''}` });
            return finish(msg.auditId, report.data.crawl.stoppedBy === 'cancelled' ? 'cancelled' : 'complete', { report: report.data });
          }
          case 'content→bg:failed':
            return finish(msg.auditId, 'error', { error: msg.error, detail: msg.detail });
        }
      })().catch((err: unknown) => console.error('OIT Auditor: message not handled', err));
    });

    port.onDisconnect.addListener(() => {
      const id = auditId;
      if (!id) return;
      if (ports.get(id) === port) ports.delete(id);
      // The page is gone (closed, navigated) — or the worker restarts and the page reconnects.
      setTimeout(() => {
        if (ports.has(id)) return;
        void (async () => {
          const run = runById((await loadRuns()).state, id);
          if (run?.phase !== 'running') return;
          const isTabOpen = await browser.tabs.get(run.tabId).then(
            () => true,
            () => false,
          );
          await finish(id, isTabOpen ? 'page-left' : 'tab-closed');
        })();
      }, DISCONNECT_GRACE_MS);
    });
  });

  // `tabs` events need no permission: a closed tab ends its audit with what was received.
  browser.tabs.onRemoved.addListener((tabId) => {
    void (async () => {
      const { state } = await loadRuns();
      for (const run of state.runs) if (run.tabId === tabId && run.phase === 'running') await finish(run.auditId, 'tab-closed');
    })();
  });

  // A browser restart kills every content script: their runs end with what they had sent.
  browser.runtime.onStartup.addListener(() => void reconcile(0));
  setTimeout(() => void reconcile(60_000), STARTUP_RECONCILE_MS);
}
