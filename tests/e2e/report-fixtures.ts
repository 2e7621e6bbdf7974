/**
 * Browser-test fixtures for the report page (issue #4 §4–6): Debian's Chromium with the built
 * extension (.output/chrome-mv3, shared/stack-notes.md "Loading the built extension"), the
 * extension id from its service worker, and one real report of the sample agency site, audited
 * through the real crawler on 127.0.0.1 (tests/support/accuracy.ts) once per worker.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Report } from '../../checks/report/schema';
import { auditFixtureSite } from '../support/accuracy';

const EXTENSION = resolve('.output/chrome-mv3');

export const test = base.extend<{ context: BrowserContext; sw: Worker; extensionId: string }, { sampleReport: Report }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'oit-report-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      locale: 'th-TH',
      timezoneId: 'Asia/Bangkok',
      viewport: { width: 1100, height: 900 },
      acceptDownloads: true,
      args: [
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
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
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  sampleReport: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { report } = await auditFixtureSite('sample');
      await use(report);
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

export { expect };

/** Imports a report as a person does: the report page's "import JSON" file input. Returns its id. */
export async function importThroughPage(page: Page, extensionId: string, report: unknown, name = 'report.json'): Promise<string> {
  if (!page.url().startsWith(`chrome-extension://${extensionId}/report.html`)) await page.goto(`chrome-extension://${extensionId}/report.html`);
  const before = page.url();
  await page.locator('input[data-action="import"]').first().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await page.waitForURL((u) => u.href !== before && u.searchParams.has('id'));
  await expect(page.locator('.report-head h1')).toBeVisible();
  return new URL(page.url()).searchParams.get('id')!;
}

/** Every key of the extension's storage.local, read through the service worker. */
export async function extensionStorage(sw: Worker): Promise<Record<string, unknown>> {
  type Chrome = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  return sw.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null));
}
