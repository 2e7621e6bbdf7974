/**
 * The extension cannot be turned against its user (issue #6 §4): the built extension asks for no
 * host, allows no eval and loads no remote code; site text reaches the popup and the report page
 * as text only, in a real browser, whether it comes from a crawl or from an imported report; a
 * non-http(s) evidence URL is never a live link; extension pages make no request to the network.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { startFaultServer, type FaultServer } from '../fault-server/server';
import { BAD_URLS, IMG, SCRIPT, hostileReport } from '../unit/security/hostile-report';
import { EXTENSION_DIR, clickToolbarButton, expect, setSettings, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { importThroughPage } from './report-fixtures';

declare const chrome: typeof import('wxt/browser').browser;

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));

test('the built extension: no host permission, no eval in its CSP, no remote code, nothing exposed to other sites but pdf.js', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const built = files(EXTENSION_DIR);

  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  // No CSP key means MV3's default, `script-src 'self'; object-src 'self'`; one given must be no looser.
  const csp = JSON.stringify(manifest.content_security_policy ?? {});
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  // Only pdf.js (read by the content script in the page) is reachable from web pages; no page of ours.
  const war = (manifest.web_accessible_resources as { resources: string[] }[] | undefined) ?? [];
  expect(war.flatMap((w) => w.resources).filter((r) => !r.startsWith('pdfjs/'))).toEqual([]);
  // No remote code: no script, module, worker or stylesheet from the network in any built file.
  const remote: string[] = [];
  for (const f of built.filter((x) => /\.(html|m?js|css)$/.test(x))) {
    const text = readFileSync(f, 'utf8');
    const hits = [
      ...text.matchAll(/<script[^>]*\ssrc=["']?(?:https?:)?\/\//gi),
      ...text.matchAll(/<link[^>]*\shref=["']?(?:https?:)?\/\//gi),
      ...text.matchAll(/\bimport\s*\(\s*["'`](?:https?:)?\/\//g),
      ...text.matchAll(/\bimportScripts\s*\([^)]*["'`](?:https?:)?\/\//g),
      ...text.matchAll(/@import\s+(?:url\()?["']?(?:https?:)?\/\//g),
      ...text.matchAll(/url\(\s*["']?https?:\/\//g),
    ];
    for (const h of hits) remote.push(`${relative(EXTENSION_DIR, f)}: ${h[0].slice(0, 80)}`);
  }
  expect(remote).toEqual([]);
  // eval: none in our code; pdf.js feature-tests `new Function` and the default CSP refuses it.
  const evalUsers = built.filter((f) => /\.m?js$/.test(f) && /\beval\s*\(|new Function\s*\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(EXTENSION_DIR, f));
  expect(evalUsers.filter((f) => !f.startsWith('pdfjs/'))).toEqual([]);
});

/** Everything a page could do if site text ran as code: dialogs, a global, an element or a live bad link. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  return {
    dialogs,
    async verdict() {
      return page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned ?? null,
        scripts: [...document.querySelectorAll('script')].filter((s) => !s.src || !s.src.startsWith(location.origin)).length,
        images: [...document.querySelectorAll('img')].filter((i) => !i.src.startsWith(location.origin)).map((i) => i.outerHTML.slice(0, 80)),
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        badLinks: [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href')!)
          .filter((h) => !/^https?:\/\//i.test(h) && !/^report\.html\?id=/.test(h) && !h.startsWith('blob:') && h !== '#'),
        overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
    },
  };
}

/** The requests extension pages make to anything but the extension itself. */
function networkLog(context: BrowserContext, origin: string): string[] {
  const seen: string[] = [];
  context.on('request', (r) => {
    const frame = r.frame();
    const from = (() => {
      try {
        return frame.url();
      } catch {
        return '';
      }
    })();
    if (from.startsWith(origin) && !r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) seen.push(r.url());
  });
  return seen;
}

async function plantRun(sw: Worker, tabId: number, siteUrl: string, report: unknown): Promise<void> {
  await sw.evaluate(
    async ({ tabId, siteUrl, report }) => {
      const at = new Date().toISOString();
      const siteKey = new URL(siteUrl).host;
      await chrome.storage.local.set({
        'audit-runs': { runs: [{ auditId: 'planted', siteKey, tabId, startUrl: siteUrl, rulesetId: 'ita-2566', phase: 'ended', endReason: 'complete', startedAt: at, updatedAt: at, progress: null, hasReport: true }] },
        'audit-report:planted': { v: 1, report },
      });
    },
    { tabId, siteUrl, report },
  );
}

test('a hostile report is shown as text in the popup and the report page; bad-scheme evidence is not a link', async ({ context, sw, extensionId }) => {
  const origin = `chrome-extension://${extensionId}`;
  const requests = networkLog(context, origin);
  let site: FaultServer | undefined;
  try {
    site = await startFaultServer({ routes: { '/': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>อบต.</title><p>หน้าแรก</p>') } });
    await setSettings(sw, { language: 'th' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const tabId = await clickToolbarButton(context, sw, extensionId, page);
    await plantRun(sw, tabId, `${site.url}/`, hostileReport());

    // The popup, with the report of the site's last run.
    const popup = await PopupPage.open(context, extensionId, tabId);
    const inPopup = await watch(popup.page);
    await expect(popup.page.locator('li.item')).toHaveCount(hostileReport().items.length);
    await expect(popup.item('O1')).toContainText(SCRIPT);
    await expect(popup.item('O1')).toContainText(IMG);
    await expect(popup.item('O1').locator('.evidence-link')).toContainText(BAD_URLS[0]);
    const popupVerdict = await inPopup.verdict();
    expect(popupVerdict).toMatchObject({ pwned: null, scripts: 0, images: [], handlers: [], badLinks: [] });
    expect(popupVerdict.overflowX).toBeLessThanOrEqual(1);
    expect(inPopup.dialogs).toEqual([]);

    // The report page, with the same report imported from a file.
    const reportPage = await context.newPage();
    const inReport = await watch(reportPage);
    await importThroughPage(reportPage, extensionId, hostileReport(), 'hostile.json');
    await expect(reportPage.locator('[data-item="O1"]')).toContainText(SCRIPT);
    await expect(reportPage.locator('[data-item="O1"]').getByText(BAD_URLS[0], { exact: true }).first()).toBeVisible();
    expect(await inReport.verdict()).toMatchObject({ pwned: null, scripts: 0, images: [], handlers: [], badLinks: [] });
    expect(inReport.dialogs).toEqual([]);

    expect(requests).toEqual([]);
  } finally {
    await site?.close();
  }
});

test('a hostile site audited for real: its markup stays text in the popup and the full report', async ({ context, sw, extensionId }) => {
  const evil = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const home = `<!doctype html><html><head><meta charset="utf-8"><title>${evil(SCRIPT)} อบต.ทดสอบ ${evil(IMG)}</title></head><body>
    <a href="/structure">${evil(IMG)} โครงสร้างส่วนราชการ ${'ยาวมาก'.repeat(400)}</a> <a href="javascript:window.__pwned=4">ITA</a>
    <a href="/structure.pdf">แผนผังโครงสร้างองค์กร ${evil(SCRIPT)}</a></body></html>`;
  const site = await startFaultServer({
    routes: {
      '/': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(home),
      '/structure': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<title>โครงสร้าง</title><h1>${evil(SCRIPT)}โครงสร้าง</h1>`),
      '/structure.pdf': (_q, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    },
  });
  try {
    await setSettings(sw, { language: 'th' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const tabId = await clickToolbarButton(context, sw, extensionId, page);
    const popup = await PopupPage.open(context, extensionId, tabId);
    const inPopup = await watch(popup.page);

    await popup.start();
    await popup.waitForEnd();

    await expect(popup.page.locator('.header .site')).toContainText('<script>');
    expect(await inPopup.verdict()).toMatchObject({ pwned: null, scripts: 0, images: [], handlers: [], badLinks: [] });
    const full = context.waitForEvent('page');
    await popup.page.getByTestId('full-report').click();
    const reportPage = await full;
    const inReport = await watch(reportPage);
    await expect(reportPage.locator('.report-head')).toContainText('<script>');
    expect(await inReport.verdict()).toMatchObject({ pwned: null, scripts: 0, images: [], handlers: [], badLinks: [] });
    expect([...inPopup.dialogs, ...inReport.dialogs]).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  } finally {
    await site.close();
  }
});
