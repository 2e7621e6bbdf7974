/**
 * Page object of the popup (WXT `e2e/pages/popup.ts`). The popup is opened as a page,
 * `popup.html?tab=<id>`, naming the audited tab (shared/stack-notes.md: a popup opened as a tab is
 * itself the active tab).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return new PopupPage(page);
  }

  get startButton(): Locator {
    return this.page.getByTestId('start');
  }
  get cancelButton(): Locator {
    return this.page.getByTestId('cancel');
  }
  get progressBar(): Locator {
    return this.page.getByRole('progressbar');
  }
  /** The line shown once an audit has ended ("เปิดแล้ว N หน้า · … · หยุดเพราะ…"). */
  get crawlLine(): Locator {
    return this.page.getByTestId('crawl-line');
  }
  get endReason(): Locator {
    return this.page.getByTestId('end-reason');
  }

  item(id: string): Locator {
    return this.page.locator(`li.item[data-item="${id}"]`);
  }

  async statusOf(id: string): Promise<string | null> {
    return this.item(id).getAttribute('data-status');
  }

  async evidenceHref(id: string): Promise<string | null> {
    const link = this.item(id).locator('a.evidence-link');
    return (await link.count()) ? link.getAttribute('href') : null;
  }

  async showMe(id: string): Promise<void> {
    await this.item(id).getByRole('button', { name: 'ดูบนหน้าเว็บ' }).click();
  }

  /** Pages fetched so far, read from the progress bar. */
  async pagesFetched(): Promise<number> {
    return Number(await this.progressBar.getAttribute('aria-valuenow'));
  }

  async start(): Promise<void> {
    await this.startButton.click();
  }

  async waitForEnd(timeout = 90_000): Promise<void> {
    await this.crawlLine.waitFor({ timeout });
  }

  async filter(name: 'all' | 'gaps' | 'review'): Promise<void> {
    await this.page.locator(`button[data-filter="${name}"]`).click();
  }

  /** A screenshot once the bundled Thai font has loaded (it loads when Thai text first renders). */
  async screenshot(path: string): Promise<void> {
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await this.page.screenshot({ path });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
