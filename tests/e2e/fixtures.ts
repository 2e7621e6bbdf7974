/**
 * Browser-test fixtures (style.md §16, WXT `e2e/fixtures.ts`): Debian's Chromium with the built
 * extension (`.output/chrome-mv3`, built by `npx wxt build` first), the sample agency site served
 * on 127.0.0.1, and the one step a test cannot click: the toolbar button.
 *
 * The toolbar button matters: it is what grants `activeTab` on the site's tab, without which the
 * extension may not script the page (the manifest asks for no host permission). Chromium's DevTools
 * protocol runs an extension's action like a click, `Extensions.triggerAction`, when started with
 * `--enable-unsafe-extension-debugging` and driven over a pipe (Playwright's default).
 * Flags from shared/stack-notes.md.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SAMPLE_SITE_DIR, serveSite, type ServedSite } from '../../cli/serve-site';

/** `chrome` inside `sw.evaluate(...)`: the code runs in the extension's service worker. */
declare const chrome: typeof import('wxt/browser').browser;

/**
 * The built extension. `OIT_EXTENSION_DIR` may name a copy: on a working tree shared with others,
 * a concurrent `wxt build` empties `.output/chrome-mv3` under a running test.
 */
export const EXTENSION_DIR = resolve(process.env.OIT_EXTENSION_DIR ?? '.output/chrome-mv3');
export { SAMPLE_SITE_DIR };

export interface Fixtures {
  context: BrowserContext;
  /** The extension's service worker (background). */
  sw: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'oit-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1100, height: 800 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--enable-unsafe-extension-debugging',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;

/** Serve the sample agency site; `latencyMs` slows every answer (a slow crawl to watch). */
export function serveSample(opts: { latencyMs?: number } = {}): Promise<ServedSite> {
  return serveSite(SAMPLE_SITE_DIR, opts);
}

/** Settings as the options page saves them (utils/settings.ts): Thai, so the assertions read Thai. */
export async function setSettings(sw: Worker, patch: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (p) => {
    const current = ((await chrome.storage.local.get('settings')) as { settings?: object }).settings ?? {};
    await chrome.storage.local.set({
      settings: { rulesetId: 'ita-2566', language: 'th', maxPages: 300, maxDepth: 6, timeLimitMin: 10, concurrency: 4, ...current, ...p },
    });
  }, patch);
}

/**
 * Click the toolbar button on `page`'s tab (grants activeTab) and return the tab's id as the
 * extension sees it. The tab is found by URL, so give each test's page a distinct URL.
 */
export async function clickToolbarButton(context: BrowserContext, sw: Worker, extensionId: string, page: Page): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
  // With activeTab granted, the extension can read this tab's URL: that is how it is found.
  const tabId = await sw.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
  if (tabId === undefined) throw new Error('activeTab was not granted');
  return tabId;
}

/** The extension's storage.local, read through the service worker. */
export function readStorage(sw: Worker, key: string | null = null): Promise<Record<string, unknown>> {
  return sw.evaluate((k) => chrome.storage.local.get(k), key) as Promise<Record<string, unknown>>;
}
