/**
 * Every export of the report page, downloaded as a person does and parsed back (issue #4 §6): CSV
 * and the ITAS sheet (UTF-8 with BOM, formula injection neutralised), XLSX, Markdown, and JSON
 * that imports back. Each one carries the reviewer's verdict.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { parseReportJson } from '../../checks/report/import';
import type { Report } from '../../checks/report/schema';
import { expect, importThroughPage, test } from './report-fixtures';

async function download(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const csv = (bytes: Buffer): string[][] => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.toString('utf8'), { bom: true }) as string[][];
};

const isSafe = (cell: string) => !/^[=+\-@\t\r]/.test(cell);

/** The sample site's report, with a formula planted in a title (a hostile or careless site). */
function withTrap(report: Report): Report {
  const r: Report = structuredClone(report);
  r.items[r.items.length - 1].title = '=HYPERLINK("http://evil.example","คลิก")';
  return r;
}

test('each export downloads with the site and date in its name and parses back with the verdict', async ({ page, extensionId, sampleReport }) => {
  const report = withTrap(sampleReport);
  await importThroughPage(page, extensionId, report);
  const gap = report.items.find((i) => i.status === 'fail')!;
  const item = page.locator(`[data-item="${gap.id}"]`);
  await item.getByRole('button', { name: /ตัดสินโดยผู้ตรวจ/ }).click();
  await item.getByRole('radio', { name: /ผ่าน/ }).check();
  await item.getByLabel(/บันทึก/).fill('พบในไฟล์แนบของข่าวประชาสัมพันธ์');
  await item.getByLabel(/ชื่อผู้ตรวจ/).fill('นายตรวจ ละเอียด');
  await item.getByRole('button', { name: /บันทึกผลการตัดสิน/ }).click();
  await expect(item.getByTestId('verdict')).toBeVisible();
  const site = new URL(report.site.startUrl).host.replace(':', '_');
  const date = new Date(Date.parse(report.finishedAt) + 7 * 3600_000).toISOString().slice(0, 10);

  // CSV: every item, effective and machine status side by side, reviewer and note.
  const c = await download(page, 'csv');
  expect(c.name).toBe(`oit-${site}-${date}.csv`);
  const rows = csv(c.bytes);
  expect(rows.slice(1).map((r) => r[0])).toEqual(report.items.map((i) => i.id));
  const row = rows.find((r) => r[0] === gap.id)!;
  expect(row.slice(3, 5)).toEqual(['ผ่าน', 'ไม่พบ']);
  expect(row).toContain('นายตรวจ ละเอียด');
  expect(row).toContain('พบในไฟล์แนบของข่าวประชาสัมพันธ์');
  for (const cell of rows.flat()) expect(isSafe(cell), cell).toBe(true);

  // ITAS sheet: code, title, status, the URL to paste (none when the item fails), empty note column.
  const t = await download(page, 'itas');
  expect(t.name).toBe(`oit-${site}-${date}-itas.csv`);
  const itas = csv(t.bytes);
  expect(itas[0]).toEqual(['รหัส (Code)', 'รายการ (Item)', 'สถานะ (Status)', 'URL สำหรับ ITAS (URL)', 'คำอธิบายเพิ่มเติม (Clarification note)']);
  for (const i of report.items) {
    const r = itas.find((x) => x[0] === i.id)!;
    const effective = i.id === gap.id ? 'pass' : i.status;
    const expectedUrl = effective === 'fail' ? '' : (i.evidence[0]?.url ?? '');
    expect(r[3], i.id).toBe(expectedUrl);
    expect(r[4]).toBe('');
  }
  expect(itas.find((x) => x[0] === gap.id)![2]).toBe('ผ่าน');

  // XLSX: three sheets, opened back with read-excel-file.
  const x = await download(page, 'xlsx');
  expect(x.name).toBe(`oit-${site}-${date}.xlsx`);
  const sheet = await readSheet(x.bytes, 'ผลการตรวจ');
  const xrow = sheet.find((r) => r[0] === gap.id)!;
  expect(xrow.slice(3, 5)).toEqual(['ผ่าน', 'ไม่พบ']);
  expect(xrow).toContain('นายตรวจ ละเอียด');
  for (const cell of sheet.flat()) expect(isSafe(String(cell ?? '')), String(cell)).toBe(true);
  const itasSheet = await readSheet(x.bytes, 'ITAS');
  expect(itasSheet.map((r) => r[0])).toEqual(['รหัส (Code)', ...report.items.map((i) => i.id)]);

  // Markdown: verdict and machine status.
  const m = await download(page, 'md');
  expect(m.name).toBe(`oit-${site}-${date}.md`);
  const md = m.bytes.toString('utf8');
  expect(md).toContain(`# ผลการตรวจ OIT: ${report.site.title}`);
  expect(md).toContain('ผ่าน (ผู้ตรวจ; เครื่อง: ไม่พบ)');
  expect(md).toContain('ผู้ตรวจ นายตรวจ ละเอียด: พบในไฟล์แนบของข่าวประชาสัมพันธ์');

  // JSON: the contract's report, with the verdict; it imports back as a new history entry.
  const j = await download(page, 'json');
  expect(j.name).toBe(`oit-${site}-${date}.json`);
  const back = parseReportJson(j.bytes.toString('utf8'));
  expect(back.ok).toBe(true);
  if (!back.ok) return;
  expect(back.report.items.find((i) => i.id === gap.id)!.verdict).toMatchObject({ status: 'pass', reviewer: 'นายตรวจ ละเอียด' });
  expect({ ...back.report, items: back.report.items.map(({ verdict: _v, ...i }) => i) }).toEqual(report);
  const reimported = await importThroughPage(page, extensionId, back.report, j.name);
  await expect(page.locator(`[data-item="${gap.id}"]`).getByTestId('verdict')).toContainText('นายตรวจ ละเอียด');
  expect(reimported).toBeTruthy();
});
