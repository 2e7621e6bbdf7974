/**
 * Browser-test fixtures for the report page (issue #4 §4–6), on top of tests/e2e/fixtures.ts (the
 * built extension in Debian's Chromium): one real report of the sample agency site, audited through
 * the real crawler on 127.0.0.1 (tests/support/accuracy.ts) once per worker, and the import helper.
 */
import type { Page } from '@playwright/test';
import type { Report } from '../../checks/report/schema';
import { auditFixtureSite } from '../support/accuracy';
import { expect, readStorage, test as base } from './fixtures';

export const test = base.extend<object, { sampleReport: Report }>({
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
export const extensionStorage = readStorage;
