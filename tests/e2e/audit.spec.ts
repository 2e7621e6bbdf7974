/**
 * The extension as a person uses it (issue #4 §1–§3, §7): open the agency's site, click the
 * toolbar button, start the audit in the popup, read the checklist, "show me" an item on the page;
 * close and reopen the popup during a slow crawl, cancel, close the tab. Expectations are a subset
 * of the report (style.md §16), checked against the sample site's labels.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, SAMPLE_SITE_DIR, clickToolbarButton, expect, readStorage, serveSample, setSettings, test } from './fixtures';
import { PopupPage } from './pages/popup';

interface Labels {
  items: Record<string, { status: string; evidence: string[] }>;
}
const labels = JSON.parse(readFileSync(join(SAMPLE_SITE_DIR, 'labels.json'), 'utf8')) as Labels;
const CHECKED = ['O1', 'O2', 'O11', 'O27', 'O28'];

/** Open the sample site in a tab, click the toolbar button on it, open the popup for that tab. */
async function openSiteAndPopup(
  ctx: { context: import('@playwright/test').BrowserContext; sw: import('@playwright/test').Worker; extensionId: string },
  siteUrl: string,
): Promise<{ page: Page; tabId: number; popup: PopupPage }> {
  await setSettings(ctx.sw, { language: 'th' });
  const page = await ctx.context.newPage();
  await page.goto(`${siteUrl}/public/`);
  const tabId = await clickToolbarButton(ctx.context, ctx.sw, ctx.extensionId, page);
  const popup = await PopupPage.open(ctx.context, ctx.extensionId, tabId);
  return { page, tabId, popup };
}

/** Pages fetched by the running audit, as the background stored it (utils/running.ts). */
async function storedPagesFetched(sw: import('@playwright/test').Worker): Promise<number> {
  const { 'audit-runs': runs } = (await readStorage(sw, 'audit-runs')) as { 'audit-runs'?: { runs: { progress: { pagesFetched: number } | null }[] } };
  return runs?.runs[0]?.progress?.pagesFetched ?? 0;
}

test('the built manifest asks only for activeTab, scripting and storage, and for no host', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  const declared = (manifest.content_scripts as { matches?: string[] }[] | undefined) ?? [];
  expect(declared.flatMap((c) => c.matches ?? [])).toEqual([]);
});

test('audits the open tab from the popup and shows the checklist', async ({ context, sw, extensionId }) => {
  const site = await serveSample();
  try {
    const { popup } = await openSiteAndPopup({ context, sw, extensionId }, site.url);

    await expect(popup.startButton).toHaveText('ตรวจเว็บไซต์นี้');
    await popup.start();
    await popup.waitForEnd();

    for (const id of CHECKED) expect(await popup.statusOf(id), id).toBe(labels.items[id].status);
    for (const id of CHECKED.filter((x) => labels.items[x].status !== 'fail')) {
      const href = await popup.evidenceHref(id);
      expect(labels.items[id].evidence.map((p) => `${site.url}${p}`), `${id} evidence`).toContain(href);
    }
    expect(await popup.evidenceHref('O27')).toBeNull();
    await expect(popup.item('O2').locator('.item-missing')).toContainText('ช่องทางการติดต่อ');
    await expect(popup.item('O2').locator('.status')).toHaveText(/◐\s*ไม่ครบ/);

    // The summary counts what the checklist shows; the score is the share of items passed.
    const rows = popup.page.locator('li.item');
    const total = await rows.count();
    const passed = await popup.page.locator('li.item[data-status="pass"]').count();
    await expect(popup.page.getByTestId('count-pass')).toContainText(String(passed));
    await expect(popup.page.getByTestId('count-fail')).toContainText(String(await popup.page.locator('li.item[data-status="fail"]').count()));
    await expect(popup.page.getByTestId('score')).toContainText(((Math.round((1000 * passed) / total) / 10).toFixed(1)));
    await expect(popup.page.locator('[data-survey="eit"]')).toHaveAttribute('data-status', 'pass');

    // Filters: gaps only shows partial and fail items; needs-review shows none here.
    await popup.filter('gaps');
    expect(await popup.page.locator('li.item[data-status="pass"]').count()).toBe(0);
    await expect(popup.item('O2')).toBeVisible();
    await expect(popup.item('O27')).toBeVisible();
    await popup.filter('all');

    // The report went to the history: the full-report link names it.
    await expect(popup.page.getByTestId('full-report')).toHaveAttribute('href', /^report\.html\?id=/);

    // Export from the popup: the ITAS sheet, one row per item with the URL to paste into ITAS.
    await popup.page.locator('.export-menu > summary').click();
    const [download] = await Promise.all([popup.page.waitForEvent('download'), popup.page.locator('button[data-export="itas"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^oit-127\.0\.0\.1_\d+-\d{4}-\d{2}-\d{2}.*\.csv$/);
    const sheet = readFileSync(await download.path(), 'utf8');
    expect(sheet).toContain(`O28,`);
    expect(sheet).toContain(`${site.url}/public/fraudcomplaint/data/index/menu/5005`);

    // What the person sees: a popup is at most 600 px high (Chromium), the rest scrolls.
    mkdirSync('docs/screenshots', { recursive: true });
    await popup.page.setViewportSize({ width: 420, height: 600 });
    await popup.screenshot('docs/screenshots/popup.png');
    await popup.filter('gaps');
    await popup.screenshot('docs/screenshots/popup-gaps.png');
    await popup.filter('all');

    // English second: the switch in the popup's footer.
    await popup.page.getByRole('button', { name: 'English' }).click();
    await expect(popup.startButton).toHaveText('Run again');
    await expect(popup.item('O2').locator('.status')).toHaveText(/Partial/);
  } finally {
    await site.close();
  }
});

test('"show me" opens the evidence page in the audited tab and highlights it', async ({ context, sw, extensionId }) => {
  const site = await serveSample();
  try {
    const { page, popup } = await openSiteAndPopup({ context, sw, extensionId }, site.url);
    await popup.start();
    await popup.waitForEnd();

    // People cards (O2): the executives page, every card outlined, the label naming the item.
    await popup.showMe('O2');
    await expect(page).toHaveURL(/\/public\/person\/data\/chart\/structure_id\/17\/menu\/1180$/);
    await expect.poll(() => page.locator('[data-oit-highlight]').count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('#oit-auditor-overlay')).toContainText('O2 ข้อมูลผู้บริหาร');
    await expect(page.locator('[data-oit-highlight]').first()).toContainText(/นาย|นาง/);
    await page.bringToFront();
    await page.screenshot({ path: 'docs/screenshots/popup-show-me.png' });

    // A link found on a menu (O28): the page it was found on, the <a> to the evidence outlined.
    const evidence = await popup.evidenceHref('O28');
    await popup.showMe('O28');
    await expect(page).toHaveURL(`${site.url}/public/`);
    const marked = page.locator('a[data-oit-highlight]');
    await expect(marked.first()).toBeVisible();
    expect(await marked.first().evaluate((a) => (a as HTMLAnchorElement).href)).toBe(evidence);
    await expect(page.locator('#oit-auditor-overlay')).toContainText('O28');

  } finally {
    await site.close();
  }
});

test('closing and reopening the popup during a crawl shows the same audit, then its result', async ({ context, sw, extensionId }) => {
  const site = await serveSample({ latencyMs: 300 });
  try {
    const { tabId, popup } = await openSiteAndPopup({ context, sw, extensionId }, site.url);
    await popup.start();
    await expect.poll(() => popup.pagesFetched(), { timeout: 30_000 }).toBeGreaterThan(2);
    await expect(popup.page.getByTestId('items-found')).toBeVisible();
    await popup.screenshot('docs/screenshots/popup-progress.png');
    const before = await popup.pagesFetched();

    await popup.close();
    // The crawl goes on without a popup.
    await expect.poll(() => storedPagesFetched(sw), { timeout: 30_000 }).toBeGreaterThan(before);

    const again = await PopupPage.open(context, extensionId, tabId);
    await expect(again.progressBar).toBeVisible();
    expect(await again.pagesFetched()).toBeGreaterThan(before);
    await expect(again.cancelButton).toBeVisible();
    await again.waitForEnd();
    for (const id of CHECKED) expect(await again.statusOf(id), id).toBe(labels.items[id].status);
  } finally {
    await site.close();
  }
});

test('cancel stops the audit and keeps the partial report', async ({ context, sw, extensionId }) => {
  const site = await serveSample({ latencyMs: 300 });
  try {
    const { popup } = await openSiteAndPopup({ context, sw, extensionId }, site.url);
    await popup.start();
    // The live checklist: the report so far appears while crawling.
    await expect(popup.page.locator('li.item').first()).toBeVisible({ timeout: 30_000 });
    const requestsAtCancel = site.requests.length;
    await popup.cancelButton.click();

    await expect(popup.endReason).toHaveAttribute('data-reason', 'cancelled');
    await expect(popup.crawlLine).toContainText('หยุดก่อนตรวจครบ');
    await expect(popup.page.locator('li.item')).not.toHaveCount(0);
    await expect(popup.page.getByTestId('full-report')).toBeVisible();
    const { history } = (await readStorage(sw, 'history')) as { history?: { entries: unknown[] } };
    expect(history?.entries.length).toBe(1);
    // Stopped: far fewer requests than a whole crawl (about 160 with documents).
    expect(site.requests.length - requestsAtCancel).toBeLessThan(20);
  } finally {
    await site.close();
  }
});

test('a tab closed mid-audit ends it with a partial report', async ({ context, sw, extensionId }) => {
  const site = await serveSample({ latencyMs: 300 });
  try {
    const { page, popup } = await openSiteAndPopup({ context, sw, extensionId }, site.url);
    await popup.start();
    await expect(popup.page.locator('li.item').first()).toBeVisible({ timeout: 30_000 });

    await page.close();

    await expect(popup.endReason).toHaveAttribute('data-reason', 'tab-closed');
    await expect(popup.page.locator('li.item')).not.toHaveCount(0);
    await expect(popup.page.getByTestId('full-report')).toBeVisible();
  } finally {
    await site.close();
  }
});

test('a webmaster whose robots.txt shuts every robot out turns the switch off in the options and audits the site', async ({ context, sw, extensionId }) => {
  const { serveMiniSite, page: cmsPage } = await import('../support/mini-site');
  const site = await serveMiniSite({
    '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /\n' },
    '/': cmsPage('องค์การบริหารส่วนตำบลทดสอบ', '<a href="/about/structure">โครงสร้างองค์กร</a> <a href="/contact">ติดต่อเรา</a>'),
    '/about/structure': cmsPage('โครงสร้างองค์กร', '<h1>โครงสร้างองค์กร</h1><p>ฝ่ายการเมือง นายก อบต. ฝ่ายประจำ ปลัด อบต.</p>'),
    '/contact': cmsPage('ติดต่อเรา', '<h1>ติดต่อเรา</h1><p>โทรศัพท์ 0-4466-1234</p>'),
  });
  try {
    await setSettings(sw, { language: 'th' });
    const tab = await context.newPage();
    await tab.goto(`${site.url}/`);
    const tabId = await clickToolbarButton(context, sw, extensionId, tab);

    // Robots obeyed (the default): nothing past the start page is read.
    let popup = await PopupPage.open(context, extensionId, tabId);
    await popup.start();
    await popup.waitForEnd();
    expect(site.requests.filter((r) => r.path === '/about/structure')).toEqual([]);
    await popup.close();

    // The options page: the switch is on, in Thai; turned off and saved.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const robots = options.getByRole('checkbox', { name: /ทำตาม robots\.txt/ });
    await expect(robots).toBeChecked();
    await robots.uncheck();
    await options.getByRole('button', { name: 'บันทึก' }).click();
    await expect(options.getByRole('status').last()).toHaveText('บันทึกแล้ว');
    expect(((await readStorage(sw, 'settings')) as { settings: { obeyRobots: boolean } }).settings.obeyRobots).toBe(false);

    // Run again: the site's pages are read, still only with GET/HEAD.
    // (The popup still shows the first audit's end line, so wait for the site to be read, not for that line.)
    popup = await PopupPage.open(context, extensionId, tabId);
    await popup.start();
    await expect.poll(() => site.requests.filter((r) => r.path === '/about/structure').length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(site.requests.every((r) => r.method === 'GET' || r.method === 'HEAD')).toBe(true);
  } finally {
    await site.close();
  }
});
