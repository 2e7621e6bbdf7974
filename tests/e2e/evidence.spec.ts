/**
 * Issue #5 in the extension: the same evidence fixture site as the CLI test
 * (tests/integration/evidence-beyond-html.test.ts), audited from the toolbar button. The content
 * script decodes the QR codes with the browser's image decoder and reads the PDFs with pdf.js loaded
 * lazily from the extension's `pdfjs/` files.
 */
import { rmSync } from 'node:fs';
import type { Report } from '../../checks/report/schema';
import { serveSite } from '../../cli/serve-site';
import { EIT_URL, IIT_URL, prepareEvidenceSite } from '../fixtures/sites/evidence/_assets';
import { clickToolbarButton, expect, readStorage, setSettings, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('decodes the survey QR codes and reads the PDFs in the content script', async ({ context, sw, extensionId }) => {
  test.setTimeout(120_000);
  const dir = await prepareEvidenceSite();
  const site = await serveSite(dir);
  try {
    await setSettings(sw, { language: 'th', rulesetId: 'ita-2566' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const tabId = await clickToolbarButton(context, sw, extensionId, page);
    const popup = await PopupPage.open(context, extensionId, tabId);
    await popup.start();
    await popup.waitForEnd();

    const stored = await readStorage(sw);
    const env = Object.entries(stored).find(([k]) => k.startsWith('audit-report:'))?.[1] as { report: Report } | undefined;
    const report = env?.report;
    expect(report, 'a stored report').toBeTruthy();
    expect(report!.survey.eit).toMatchObject({ status: 'pass', via: 'qr', url: EIT_URL });
    expect(report!.survey.iit).toMatchObject({ status: 'pass', via: 'qr', url: IIT_URL });
    const item = (id: string) => report!.items.find((i) => i.id === id)!;
    expect(item('O11').status).toBe('pass');
    expect(item('O27').status).toBe('pass');
    expect(item('O39').status).toBe('review');
    expect(item('O36').status).not.toBe('pass');
    // The popup's checklist says the survey was read from a QR code.
    await expect(popup.page.locator('li.survey-row[data-survey="eit"]')).toContainText('อ่านจากคิวอาร์โค้ด');
    // pdf.js came from the extension, not from the site.
    expect(site.requests.map((r) => r.path).filter((p) => p.includes('pdf.min'))).toEqual([]);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
