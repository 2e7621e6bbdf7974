/**
 * The extension under faults (issue #6 §3): the real crawl in the person's tab against the hostile
 * site, the service worker stopped mid-audit (MV3 suspends it), two audits on two tabs at once,
 * cancel / closed popup / closed tab in a row, and corrupt or old-version data in storage.local.
 * Each ends in a consistent state, keeps a (partial) report in the history, loses no earlier
 * report, and never shows a blank popup. Closing the popup, cancelling and closing the tab one by
 * one are in tests/e2e/audit.spec.ts; here they come one after another on one site's history.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { FORBIDDEN_PATHS, startFaultServer, startRecorder } from '../fault-server/server';
import { clickToolbarButton, expect, readStorage, serveSample, setSettings, test } from './fixtures';
import { PopupPage } from './pages/popup';

declare const chrome: typeof import('wxt/browser').browser;

interface Ctx {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
}

/** Open `url` in a tab, grant activeTab with the toolbar button, open the popup for that tab. */
async function openAndPopup(ctx: Ctx, url: string): Promise<{ page: Page; tabId: number; popup: PopupPage }> {
  const page = await ctx.context.newPage();
  await page.goto(url);
  const tabId = await clickToolbarButton(ctx.context, ctx.sw, ctx.extensionId, page);
  const popup = await PopupPage.open(ctx.context, ctx.extensionId, tabId);
  return { page, tabId, popup };
}

interface StoredHistory {
  history?: { entries: { id: string; siteKey: string; startUrl: string; finishedAt: string }[] };
}
const historyEntries = async (sw: Worker) => ((await readStorage(sw, 'history')) as StoredHistory).history?.entries ?? [];
const storedReport = async (sw: Worker, id: string) =>
  ((await readStorage(sw, `history-report:${id}`)) as Record<string, { report: { crawl: { stoppedBy: string; pagesFetched: number }; items: unknown[] } }>)[`history-report:${id}`];

/** The live service worker (a stopped one is replaced by a new one when something wakes it). */
async function liveWorker(context: BrowserContext): Promise<Worker> {
  await expect.poll(() => context.serviceWorkers().length, { timeout: 20_000 }).toBeGreaterThan(0);
  return context.serviceWorkers()[0];
}

/** The hostile site's pages that only cost time in a browser (their bounds are proven in tests/integration/faults.test.ts). */
const SLOW_PAGES = ['/slow', '/trickle', '/err/503-long', '/err/429-date'];

test('audits the hostile site in the browser: finishes, stays on the site, only reads, keeps its report', async ({ context, sw, extensionId }) => {
  const elsewhere = await startRecorder();
  const site = await startFaultServer({ elsewhere: elsewhere.url, omit: SLOW_PAGES });
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
  try {
    await setSettings(sw, { language: 'th' });
    const { page, popup } = await openAndPopup({ context, sw, extensionId }, `${site.url}/`);
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));

    // The tab itself loaded the home page's banner and iframe from elsewhere, as any browser would:
    // only what comes after the start is the extension's doing.
    const elsewhereBefore = elsewhere.requests.length;
    await popup.start();
    await popup.waitForEnd(100_000);

    // Ended by itself (every trap bounded), with a checklist and a report in the history.
    await expect(popup.endReason).toHaveCount(0);
    await expect(popup.crawlLine).toContainText(/ตรวจครบ|เวลา|หน้าสูงสุด|พบครบ/);
    await expect(popup.page.locator('li.item').first()).toBeVisible();
    const entries = await historyEntries(sw);
    expect(entries.map((e) => e.startUrl)).toEqual([`${site.url}/`]);
    const stored = await storedReport(sw, entries[0].id);
    expect(stored.report.crawl.pagesFetched).toBeGreaterThan(20);

    // Nothing left the site, nothing but GET/HEAD, no logout, no form, no robots-disallowed page.
    expect(elsewhere.requests.slice(elsewhereBefore)).toEqual([]);
    expect(site.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(site.requests.filter((r) => FORBIDDEN_PATHS.some((re) => re.test(r.path)))).toEqual([]);
    expect(site.count(/^\/private\//)).toBe(0);
    expect(site.count(/jsessionid|phpsessid/i)).toBe(0);
    expect(new Set(site.requests.filter((r) => r.path.startsWith('/variants?')).map((r) => r.path)).size).toBeLessThanOrEqual(25);
    // The hostile page's markup never ran in the site's tab, the popup or the report.
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  } finally {
    await site.close();
    await elsewhere.close();
  }
});

test('the service worker stopped mid-audit (as MV3 suspends it): the audit goes on and ends with its report', async ({ context, sw, extensionId }) => {
  const site = await serveSample({ latencyMs: 250 });
  try {
    await setSettings(sw, { language: 'th' });
    const { popup } = await openAndPopup({ context, sw, extensionId }, `${site.url}/public/`);
    await popup.start();
    await expect.poll(() => popup.pagesFetched(), { timeout: 30_000 }).toBeGreaterThan(2);
    const before = await popup.pagesFetched();

    // DevTools' "stop worker": the same as Chrome suspending an idle MV3 worker, state in memory lost.
    const cdp = await context.newCDPSession(popup.page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...e.versions.map((v) => v.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The content script reconnects, which starts a new worker; the crawl never stopped.
    await expect.poll(() => statuses.join(','), { timeout: 15_000 }).toMatch(/stopped.*running/);
    const revived = await liveWorker(context);
    await expect.poll(() => popup.pagesFetched(), { timeout: 30_000 }).toBeGreaterThan(before);
    await popup.waitForEnd();
    await expect(popup.endReason).toHaveCount(0);
    await expect(popup.page.getByTestId('full-report')).toBeVisible();
    const entries = await historyEntries(revived);
    expect(entries).toHaveLength(1);
    expect((await storedReport(revived, entries[0].id)).report.crawl.stoppedBy).not.toBe('cancelled');
  } finally {
    await site.close();
  }
});

test('two audits on two tabs at once: each ends with its own report', async ({ context, sw, extensionId }) => {
  const siteA = await serveSample({ latencyMs: 100 });
  const siteB = await serveSample({ latencyMs: 100 });
  try {
    await setSettings(sw, { language: 'th' });
    const a = await openAndPopup({ context, sw, extensionId }, `${siteA.url}/public/`);
    const b = await openAndPopup({ context, sw, extensionId }, `${siteB.url}/public/`);

    await a.popup.start();
    await b.popup.start();
    await expect(a.popup.cancelButton).toBeVisible();
    await expect(b.popup.cancelButton).toBeVisible();
    await Promise.all([a.popup.waitForEnd(), b.popup.waitForEnd()]);

    await expect(a.popup.endReason).toHaveCount(0);
    await expect(b.popup.endReason).toHaveCount(0);
    const entries = await historyEntries(sw);
    expect(entries.map((e) => e.startUrl).sort()).toEqual([`${siteA.url}/`, `${siteB.url}/`].sort());
    // Each popup shows its own site's audit, same checklist on both (same sample site).
    expect(await a.popup.statusOf('O1')).toBe(await b.popup.statusOf('O1'));
    expect(siteA.requests.length).toBeGreaterThan(20);
    expect(siteB.requests.length).toBeGreaterThan(20);
  } finally {
    await siteA.close();
    await siteB.close();
  }
});

test('complete, then cancelled, then tab closed (popup closed meanwhile): three reports, none lost', async ({ context, sw, extensionId }) => {
  const site = await serveSample({ latencyMs: 200 });
  try {
    await setSettings(sw, { language: 'th' });
    // 1. A complete audit, with the popup closed and reopened in the middle.
    const first = await openAndPopup({ context, sw, extensionId }, `${site.url}/public/`);
    await first.popup.start();
    await expect.poll(() => first.popup.pagesFetched(), { timeout: 30_000 }).toBeGreaterThan(2);
    await first.popup.close();
    const reopened = await PopupPage.open(context, extensionId, first.tabId);
    await reopened.waitForEnd();
    const [complete] = await historyEntries(sw);
    const completeBefore = JSON.stringify(await storedReport(sw, complete.id));

    // 2. Run again and cancel: a partial report.
    await reopened.start();
    await expect(reopened.page.locator('li.item').first()).toBeVisible({ timeout: 30_000 });
    await expect(reopened.cancelButton).toBeVisible();
    // Cancel once this run has crawled something (its partial report is what must be kept).
    await expect.poll(() => reopened.pagesFetched(), { timeout: 30_000 }).toBeGreaterThan(2);
    await reopened.cancelButton.click();
    await expect(reopened.endReason).toHaveAttribute('data-reason', 'cancelled');
    await expect.poll(async () => (await historyEntries(sw)).length, { timeout: 30_000 }).toBe(2);

    // 3. Run again and close the audited tab: another partial report.
    await reopened.start();
    await expect(reopened.cancelButton).toBeVisible();
    // Once the first partial report has come (the content script sends one every 1.5 s).
    await expect(reopened.page.getByText('ผลระหว่างตรวจ')).toBeVisible({ timeout: 30_000 });
    await first.page.close();
    await expect(reopened.endReason).toHaveAttribute('data-reason', 'tab-closed');
    await expect.poll(async () => (await historyEntries(sw)).length, { timeout: 15_000 }).toBe(3);

    const entries = await historyEntries(sw);
    const stopped = await Promise.all(entries.map(async (e) => (await storedReport(sw, e.id)).report.crawl.stoppedBy));
    expect(stopped.filter((s) => s === 'cancelled').length).toBeGreaterThanOrEqual(1);
    // The first, complete report is untouched by what came after.
    expect(JSON.stringify(await storedReport(sw, complete.id))).toBe(completeBefore);
    const runs = (await readStorage(sw, 'audit-runs')) as { 'audit-runs'?: { runs: { phase: string }[] } };
    expect(runs['audit-runs']?.runs.every((r) => r.phase === 'ended')).toBe(true);
  } finally {
    await site.close();
  }
});

test('corrupt and old-version storage: the popup and the report page say so, never go blank, lose nothing readable', async ({ context, sw, extensionId }) => {
  const site = await serveSample();
  try {
    // A valid report, audited for real, to plant in old layouts.
    await setSettings(sw, { language: 'th' });
    const { tabId, popup } = await openAndPopup({ context, sw, extensionId }, `${site.url}/public/`);
    await popup.start();
    await popup.waitForEnd();
    const [entry] = await historyEntries(sw);
    const { report } = await storedReport(sw, entry.id);
    await popup.close();

    // Popup: corrupt runs, a corrupt stored run report and a corrupt settings field.
    await sw.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const runKey = Object.keys(all).find((k) => k.startsWith('audit-report:'))!;
      const runs = all['audit-runs'] as { runs: unknown[] };
      await chrome.storage.local.set({
        'audit-runs': { runs: [...runs.runs, { auditId: 42, phase: 'flying' }, 'garbage'] },
        [runKey]: { v: 1, report: { schema: 'oit-audit-report/1', items: 'nope' } },
        settings: { ...(all.settings as object), maxPages: 'lots', concurrency: -3 },
      });
    });
    const damaged = await PopupPage.open(context, extensionId, tabId);
    await expect(damaged.page.getByTestId('storage-notice')).toBeVisible();
    await expect(damaged.page.locator('h1')).toBeVisible();
    await expect(damaged.startButton).toBeVisible();

    // Report page: the history in its first (v1) layout is migrated; a corrupt entry is skipped.
    await sw.evaluate(
      async ({ report, siteKey }) => {
        const keep = ['settings', 'audit-runs'];
        const all = await chrome.storage.local.get(null);
        await chrome.storage.local.remove(Object.keys(all).filter((k) => !keep.includes(k)));
        await chrome.storage.local.set({
          history: [
            { id: 'v1-good', siteKey, savedAt: '2026-11-01T00:00:00.000Z', report },
            { id: 'v1-bad', siteKey, savedAt: '2026-11-02T00:00:00.000Z', report: { schema: 'oit-audit-report/1' } },
          ],
        });
      },
      { report, siteKey: entry.siteKey },
    );
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/report.html?id=v1-good`);
    await expect(page.locator('.report-head h1')).toBeVisible();
    await expect(page.locator('[data-item="O1"]')).toBeVisible();

    // Then a corrupt index and a report saved by a newer version: rebuilt, and both said.
    await sw.evaluate(async () => {
      await chrome.storage.local.set({ history: 'garbage', 'history-report:v9': { v: 9, id: 'v9', report: {} } });
    });
    await page.goto(`chrome-extension://${extensionId}/report.html?id=v1-good`);
    await expect(page.locator('.report-head h1')).toBeVisible();
    await expect(page.getByText('ดัชนีประวัติการตรวจเสียหาย')).toBeVisible();
    await expect(page.getByText(/รุ่นที่ใหม่กว่า/)).toBeVisible();
    await expect(page.locator('[data-history-id="v1-good"]')).toBeVisible();

    // An index that lost its version mark is kept as it is, not "migrated" to an empty history.
    await sw.evaluate(() => chrome.storage.local.remove('history$'));
    await page.goto(`chrome-extension://${extensionId}/report.html?id=v1-good`);
    await expect(page.locator('.report-head h1')).toBeVisible();
    await expect(page.locator('[data-history-id="v1-good"]')).toBeVisible();
  } finally {
    await site.close();
  }
});
