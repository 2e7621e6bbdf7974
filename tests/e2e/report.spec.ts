/**
 * The full report page as a committee member uses it (issue #4 §4, §5): open a saved audit of the
 * sample agency site, read every item, set a verdict that survives a reload, see what changed since
 * the previous run, open an older run, and print a clean A4 report in Sarabun.
 */
import { mkdirSync } from 'node:fs';
import type { Report, ReportStatus } from '../../checks/report/schema';
import { expect, extensionStorage, importThroughPage, test } from './report-fixtures';

/** The same site audited again after the webmaster changed it: one pass lost, one gap fixed. */
function secondRun(first: Report): { report: Report; regressedId: string; fixedId: string } {
  const report: Report = structuredClone(first);
  const regressed = report.items.find((i) => i.status === 'pass')!;
  const fixed = report.items.find((i) => i.status === 'fail' || i.status === 'partial')!;
  regressed.status = 'fail';
  regressed.evidence = [];
  regressed.missing = ['ไม่พบรายการนี้บนเว็บไซต์ (หน้าเดิมถูกลบ)'];
  fixed.status = 'pass';
  fixed.missing = [];
  fixed.evidence = [{ url: `${first.site.origin}/public/ita/${fixed.id.toLowerCase()}.html`, kind: 'page', text: `${fixed.id} ${fixed.title}`, foundOn: first.site.startUrl }];
  const count = (s: ReportStatus) => report.items.filter((i) => i.status === s).length;
  report.summary = { ...report.summary, pass: count('pass'), partial: count('partial'), fail: count('fail'), review: count('review'), score: Math.round((1000 * count('pass')) / report.items.length) / 10 };
  report.startedAt = new Date(Date.parse(first.finishedAt) + 86_400_000).toISOString();
  report.finishedAt = new Date(Date.parse(first.finishedAt) + 86_400_000 + 9_000).toISOString();
  return { report, regressedId: regressed.id, fixedId: fixed.id };
}

test('a reviewer verdict is kept beside the machine status and survives a reload', async ({ page, sw, extensionId, sampleReport }) => {
  const id = await importThroughPage(page, extensionId, sampleReport);
  const gap = sampleReport.items.find((i) => i.status !== 'pass')!;
  const item = page.locator(`[data-item="${gap.id}"]`);

  await item.getByRole('button', { name: /ตัดสินโดยผู้ตรวจ/ }).click();
  await item.getByRole('radio', { name: /ผ่าน/ }).check();
  await item.getByLabel(/บันทึก/).fill('พบเอกสารฉบับสแกนในหน้าข่าว');
  await item.getByLabel(/ชื่อผู้ตรวจ/).fill('นางสาวกรรมการ ตรวจสอบ');
  await item.getByRole('button', { name: /บันทึกผลการตัดสิน/ }).click();

  await expect(item.getByTestId('verdict')).toContainText('นางสาวกรรมการ ตรวจสอบ');
  await page.reload();
  await expect(item.locator('.badge[data-status="pass"]').first()).toContainText('ผู้ตรวจ');
  await expect(item.getByTestId('machine-status')).toContainText('เครื่อง');
  await expect(item.getByTestId('machine-status').locator('.badge')).toHaveAttribute('data-status', gap.status);
  await expect(item.getByTestId('verdict')).toContainText('พบเอกสารฉบับสแกนในหน้าข่าว');
  const stored = (await extensionStorage(sw))[`history-report:${id}`] as { report: Report };
  expect(stored.report.items.find((i) => i.id === gap.id)!.verdict).toMatchObject({ status: 'pass', reviewer: 'นางสาวกรรมการ ตรวจสอบ', note: 'พบเอกสารฉบับสแกนในหน้าข่าว' });
  expect(stored.report.items.find((i) => i.id === gap.id)!.status).toBe(gap.status);
  // The name is remembered for the next verdict.
  const other = page.locator('[data-item]').filter({ hasNot: page.getByTestId('verdict') }).first();
  await other.getByRole('button', { name: /ตัดสินโดยผู้ตรวจ/ }).click();
  await expect(other.getByLabel(/ชื่อผู้ตรวจ/)).toHaveValue('นางสาวกรรมการ ตรวจสอบ');
});

test('a second run shows what changed since the previous one, and the history opens older runs', async ({ page, extensionId, sampleReport }) => {
  const { report: second, regressedId, fixedId } = secondRun(sampleReport);
  const firstId = await importThroughPage(page, extensionId, sampleReport, 'first.json');
  await importThroughPage(page, extensionId, second, 'second.json');

  await expect(page.locator(`[data-item="${regressedId}"] [data-change]`)).toHaveAttribute('data-change', 'regressed');
  await expect(page.locator(`[data-item="${fixedId}"] [data-change]`)).toHaveAttribute('data-change', 'fixed');
  await expect(page.locator(`[data-item="${fixedId}"] [data-change]`)).toContainText('แก้แล้ว');
  const unchanged = sampleReport.items.find((i) => i.id !== regressedId && i.id !== fixedId)!;
  await expect(page.locator(`[data-item="${unchanged.id}"] [data-change]`)).toHaveAttribute('data-change', 'unchanged');
  await expect(page.getByTestId('diff-summary')).toContainText('ถดถอย');

  // Filters: gaps only, then changed.
  await page.locator('[data-filter="gaps"]').click();
  for (const i of second.items) {
    const isGap = i.status === 'fail' || i.status === 'partial';
    await expect(page.locator(`[data-item="${i.id}"]`)).toBeVisible({ visible: isGap });
  }
  await page.locator('[data-filter="changed"]').click();
  await expect(page.locator('[data-item]:visible')).toHaveCount(2);
  await page.locator('[data-filter="all"]').click();

  const rows = page.locator('[data-history-id]');
  await expect(rows).toHaveCount(2);
  await rows.filter({ has: page.locator('a') }).locator('a').click();
  await expect(page).toHaveURL(new RegExp(`id=${firstId}`));
  await expect(page.getByTestId('diff-summary')).toContainText('การตรวจครั้งแรก');
});

test('site text is shown as text and only http(s) evidence is a link', async ({ page, extensionId, sampleReport }) => {
  const report: Report = structuredClone(sampleReport);
  const item = report.items[0];
  item.evidence = [
    { url: 'javascript:alert(1)', kind: 'link', text: '<b>ไม่ใช่ HTML</b><img src=x onerror=alert(2)>', foundOn: 'data:text/html,<script>alert(3)</script>' },
    ...item.evidence,
  ];
  item.title = '<i>ชื่อรายการ</i>';

  await importThroughPage(page, extensionId, report);

  const shown = page.locator(`[data-item="${item.id}"]`);
  await expect(shown.getByText('javascript:alert(1)')).toBeVisible();
  await expect(shown.getByText('<b>ไม่ใช่ HTML</b><img src=x onerror=alert(2)>')).toBeVisible();
  await expect(shown.getByText('<i>ชื่อรายการ</i>')).toBeVisible();
  expect(await shown.locator('a[href^="javascript:"], a[href^="data:"], b, i, img').count()).toBe(0);
  const links = await shown.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
  expect(links.length).toBeGreaterThan(0);
  expect(new Set(links)).toEqual(new Set(['http:']));
});

test('screenshot: the report of the sample site after a second run, with a verdict', async ({ page, extensionId, sampleReport }) => {
  const { report: second } = secondRun(sampleReport);
  await importThroughPage(page, extensionId, sampleReport, 'first.json');
  await importThroughPage(page, extensionId, second, 'second.json');
  const gap = second.items.find((i) => i.status === 'fail')!;
  const item = page.locator(`[data-item="${gap.id}"]`);
  await item.getByRole('button', { name: /ตัดสินโดยผู้ตรวจ/ }).click();
  await item.getByRole('radio', { name: /ไม่ครบ/ }).check();
  await item.getByLabel(/บันทึก/).fill('มีผังโครงสร้างในหน้าเกี่ยวกับเรา แต่ยังไม่เป็นปัจจุบัน');
  await item.getByLabel(/ชื่อผู้ตรวจ/).fill('นายสมชาย ใจดี');
  await item.getByRole('button', { name: /บันทึกผลการตัดสิน/ }).click();
  await expect(item.getByTestId('verdict')).toBeVisible();

  await page.setViewportSize({ width: 1100, height: 1450 });
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'docs/screenshots/report.png' });

  // The print view at A4 width (210 mm ≈ 794 CSS px), as the PDF shows it.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/report-print.png' });
  await page.pdf({ path: test.info().outputPath('report.pdf'), format: 'A4', printBackground: true });
});

test('importing a malformed report names the problem and stores nothing', async ({ page, sw, extensionId, sampleReport }) => {
  await page.goto(`chrome-extension://${extensionId}/report.html`);
  const input = page.locator('input[data-action="import"]');

  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": "oit-audit-report/1", "items": [') });
  await expect(page.locator('.notice')).toContainText('นำเข้าไม่สำเร็จ');
  await expect(page.locator('.notice')).toContainText('not valid JSON');
  await input.setInputFiles({ name: 'v9.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...sampleReport, schema: 'oit-audit-report/9' })) });
  await expect(page.locator('.notice')).toContainText('oit-audit-report/9');
  const polluted = JSON.stringify(sampleReport).replace('{"schema"', '{"__proto__":{"isPolluted":true},"schema"');
  const bad = JSON.parse(JSON.stringify(sampleReport)) as Report;
  (bad.items[0] as { status: string }).status = 'excellent';
  await input.setInputFiles({ name: 'status.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.locator('.notice')).toContainText('items[0].status');

  expect(Object.keys(await extensionStorage(sw)).filter((k) => k.startsWith('history'))).toEqual([]);
  expect(page.url()).not.toContain('id=');

  // A report with a prototype key is imported without it.
  await input.setInputFiles({ name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(polluted) });
  await page.waitForURL(/id=/);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).isPolluted)).toBeUndefined();
});

test('print gives a clean A4 report in Thai with the bundled Sarabun font', async ({ page, extensionId, sampleReport }) => {
  await importThroughPage(page, extensionId, sampleReport);
  await page.locator('[data-filter="gaps"]').click();

  await page.emulateMedia({ media: 'print' });

  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('.history')).toBeHidden();
  await expect(page.locator('[data-item]')).toHaveCount(sampleReport.items.length);
  for (const i of sampleReport.items) await expect(page.locator(`[data-item="${i.id}"]`)).toBeVisible();
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Sarabun' && f.status === 'loaded').length;
  });
  expect(fonts).toBeGreaterThan(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Sarabun/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/Sarabun/);
});
