import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { exportFilename, exportReport, itasUrl } from '@/checks/report/exports';
import { parseReportJson } from '@/checks/report/import';
import { makeItem, makeReport } from './sample-report';

const verdict = { status: 'pass' as const, note: 'มีโครงสร้างในไฟล์ PDF', reviewer: 'สมหญิง', at: '2026-11-27T03:00:00.000Z' };

function reportWithTraps() {
  return makeReport([
    makeItem('O1', 'pass'),
    makeItem('O2', 'fail', { verdict }),
    makeItem('O3', 'partial', { title: '=HYPERLINK("http://evil.example","คลิก")' }),
    makeItem('O4', 'review', { missing: ['+1 ข้อ', '@SUM(A1)'], notes: ['-2', '\tTAB', '\rCR'] }),
    makeItem('O5', 'partial', { evidence: [{ url: 'javascript:alert(1)', kind: 'link', text: 'x', foundOn: 'http://ronthong.go.th/' }, { url: 'https://ronthong.go.th/ok.pdf', kind: 'document', text: 'แผน', foundOn: 'http://ronthong.go.th/' }] }),
  ]);
}

const csvRows = (data: string | Uint8Array) => {
  expect(typeof data).toBe('string');
  const text = data as string;
  expect(text.startsWith('\ufeff')).toBe(true);
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
};

const isSafe = (cell: string) => !/^[=+\-@\t\r]/.test(cell);

async function readSheets(data: string | Uint8Array<ArrayBuffer>) {
  expect(data).toBeInstanceOf(Uint8Array);
  const bytes = data as Uint8Array<ArrayBuffer>;
  const sheets = await readXlsxFile(new Blob([bytes]));
  return Object.fromEntries(sheets.map((s) => [s.sheet, s.data.map((r) => r.map((c) => (c == null ? '' : String(c))))]));
}

describe('exportFilename', () => {
  it('carries the site and the date in Thailand', () => {
    const report = makeReport(undefined, { site: { startUrl: 'https://www.oit-ronthong.go.th/index.php', origin: 'https://www.oit-ronthong.go.th', title: '' }, finishedAt: '2026-11-25T18:30:00.000Z' });

    expect(exportFilename(report, 'csv')).toBe('oit-oit-ronthong.go.th-2026-11-26.csv');
    expect(exportFilename(report, 'csv', 'itas')).toBe('oit-oit-ronthong.go.th-2026-11-26-itas.csv');
  });

  it('keeps the port but no characters a file system rejects', () => {
    const report = makeReport(undefined, { site: { startUrl: 'http://127.0.0.1:5173/', origin: 'http://127.0.0.1:5173', title: '' } });

    expect(exportFilename(report, 'json')).toBe('oit-127.0.0.1_5173-2026-11-26.json');
  });
});

describe('exportReport csv', () => {
  it('round-trips every item with the verdict beside the machine status', async () => {
    const actual = await exportReport(reportWithTraps(), 'csv');

    const rows = csvRows(actual.data);
    expect(actual.mime).toContain('text/csv');
    expect(rows[0].slice(0, 5)).toEqual(['รหัส', 'หมวด', 'รายการ', 'สถานะ', 'สถานะ (เครื่อง)']);
    expect(rows).toHaveLength(6);
    const o2 = rows.find((r) => r[0] === 'O2')!;
    expect(o2[3]).toBe('ผ่าน');
    expect(o2[4]).toBe('ไม่พบ');
    expect(o2).toContain('สมหญิง');
    expect(o2).toContain('มีโครงสร้างในไฟล์ PDF');
  });

  it('neutralises formula injection in every cell', async () => {
    const actual = csvRows((await exportReport(reportWithTraps(), 'csv')).data);

    for (const cell of actual.flat()) expect(isSafe(cell), cell).toBe(true);
    expect(actual.find((r) => r[0] === 'O3')![2]).toBe(`'=HYPERLINK("http://evil.example","คลิก")`);
  });
});

describe('exportReport itas', () => {
  it('has one row per item with the URL to paste, none for a fail, and an empty note column', async () => {
    const report = reportWithTraps();
    report.items[1] = makeItem('O2', 'fail');

    const actual = csvRows((await exportReport(report, 'itas')).data);

    expect(actual[0]).toEqual(['รหัส (Code)', 'รายการ (Item)', 'สถานะ (Status)', 'URL สำหรับ ITAS (URL)', 'คำอธิบายเพิ่มเติม (Clarification note)']);
    expect(actual.slice(1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['O1', 'ผ่าน', 'http://127.0.0.1:5173/o1', ''],
      ['O2', 'ไม่พบ', '', ''],
      ['O3', 'ไม่ครบ', 'http://127.0.0.1:5173/o3', ''],
      ['O4', 'ตรวจด้วยตนเอง', 'http://127.0.0.1:5173/o4', ''],
      ['O5', 'ไม่ครบ', 'https://ronthong.go.th/ok.pdf', ''],
    ]);
  });

  it('uses the effective status: a verdict of fail empties the URL', () => {
    const item = makeItem('O1', 'pass', { verdict: { ...verdict, status: 'fail' } });

    expect(itasUrl(item)).toBe('');
  });
});

describe('exportReport xlsx', () => {
  it('opens back with three sheets, Thai intact, verdict included', async () => {
    const actual = await exportReport(reportWithTraps(), 'xlsx');

    expect(actual.filename).toMatch(/^oit-ronthong\.go\.th-2026-11-26\.xlsx$/);
    const sheets = await readSheets(actual.data);
    expect(Object.keys(sheets)).toEqual(['ผลการตรวจ', 'ITAS', 'สรุป']);
    const o2 = sheets['ผลการตรวจ'].find((r) => r[0] === 'O2')!;
    expect(o2.slice(0, 5)).toEqual(['O2', '9.1', 'รายการ O2', 'ผ่าน', 'ไม่พบ']);
    expect(o2).toContain('สมหญิง');
    expect(sheets.ITAS.map((r) => r[0])).toEqual(['รหัส (Code)', 'O1', 'O2', 'O3', 'O4', 'O5']);
    expect(sheets['สรุป'].find((r) => r[0] === 'หน่วยงาน (Agency)')![1]).toBe('องค์การบริหารส่วนตำบลร่อนทอง');
  });

  it('neutralises formula injection in string cells and drops XML-invalid controls', async () => {
    const report = reportWithTraps();
    report.items[0].title = 'ชื่อ\u0000มี\u0007อักขระควบคุม';

    const sheets = await readSheets((await exportReport(report, 'xlsx')).data);

    for (const cell of Object.values(sheets).flat(2)) expect(isSafe(cell), cell).toBe(true);
    expect(sheets['ผลการตรวจ'].find((r) => r[0] === 'O3')![2]).toBe(`'=HYPERLINK("http://evil.example","คลิก")`);
    expect(sheets['ผลการตรวจ'].find((r) => r[0] === 'O1')![2]).toBe('ชื่อมีอักขระควบคุม');
  });
});

describe('exportReport md and json', () => {
  it('writes Markdown with the verdict and the machine status', async () => {
    const actual = (await exportReport(reportWithTraps(), 'md')).data as string;

    expect(actual).toContain('# ผลการตรวจ OIT: องค์การบริหารส่วนตำบลร่อนทอง');
    expect(actual).toContain('ผ่าน (ผู้ตรวจ; เครื่อง: ไม่พบ)');
    expect(actual).toContain('ผู้ตรวจ สมหญิง: มีโครงสร้างในไฟล์ PDF');
  });

  it('writes the contract JSON, pretty-printed, which imports back unchanged', async () => {
    const report = reportWithTraps();

    const actual = await exportReport(report, 'json');

    expect(actual.mime).toBe('application/json');
    expect(actual.data).toContain('\n  "schema": "oit-audit-report/1"');
    const back = parseReportJson(actual.data as string);
    expect(back.ok && back.report).toEqual(report);
  });
});
