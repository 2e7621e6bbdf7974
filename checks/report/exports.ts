/**
 * Exports of one report (issue #4 §6), shared by the popup and the report page: CSV (UTF-8 + BOM),
 * XLSX, Markdown, JSON (the contract's report, shared/contracts/report.md) and the ITAS sheet (one
 * row per item with the URL to paste into ITAS). Every export carries the reviewer's verdicts.
 * Pure: no `browser.*`, no Node APIs; returns the bytes, the caller saves them.
 */
import { siteKey } from '../crawl/url';
import { STATUS_LABEL, effectiveStatus, formatMarkdown, reportTableRows, safeCell, toCsv } from './format';
import type { ItemReport, Report } from './schema';

export type ExportKind = 'csv' | 'xlsx' | 'md' | 'json' | 'itas';

export interface ExportFile {
  filename: string;
  mime: string;
  data: string | Uint8Array<ArrayBuffer>;
}

export const EXPORT_KINDS: { kind: ExportKind; th: string; en: string }[] = [
  { kind: 'itas', th: 'ตาราง ITAS (CSV)', en: 'ITAS sheet (CSV)' },
  { kind: 'xlsx', th: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  { kind: 'csv', th: 'CSV', en: 'CSV' },
  { kind: 'md', th: 'Markdown', en: 'Markdown' },
  { kind: 'json', th: 'JSON (นำเข้ากลับได้)', en: 'JSON (re-importable)' },
];

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report's date as the agency sees it: Thailand is UTC+7 all year (no daylight saving). */
export function reportDate(report: Report): string {
  const t = Date.parse(report.finishedAt) || Date.parse(report.startedAt);
  if (!Number.isFinite(t)) return 'undated';
  return new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
}

/** `oit-<site>-<yyyy-mm-dd>[-suffix].<ext>`; the site part is reduced to safe file-name characters. */
export function exportFilename(report: Report, ext: string, suffix = ''): string {
  const site = (siteKey(report.site.startUrl) || siteKey(report.site.origin) || 'site').replace(/[^a-z0-9.-]+/gi, '_');
  return `oit-${site}-${reportDate(report)}${suffix ? `-${suffix}` : ''}.${ext}`;
}

/** The URL to paste into ITAS: the best evidence, http(s) only; none for an item that fails. */
export function itasUrl(item: ItemReport): string {
  if (effectiveStatus(item) === 'fail') return '';
  const ev = item.evidence.find((e) => /^https?:\/\//i.test(e.url));
  return ev?.url ?? '';
}

export const ITAS_HEADER = ['รหัส (Code)', 'รายการ (Item)', 'สถานะ (Status)', 'URL สำหรับ ITAS (URL)', 'คำอธิบายเพิ่มเติม (Clarification note)'];

/** The ITAS sheet: code, title, effective status, URL, and an empty column for the webmaster's note. */
export function itasRows(report: Report): string[][] {
  return [ITAS_HEADER, ...report.items.map((i) => [i.id, i.title, STATUS_LABEL[effectiveStatus(i)].th, itasUrl(i), ''])];
}

function summaryRows(report: Report): (string | number)[][] {
  const s = report.summary;
  const c = report.crawl;
  const survey = (k: 'eit' | 'iit') => {
    const sv = report.survey[k];
    return `${STATUS_LABEL[sv.status].th}${sv.url ? ` ${sv.url}` : ''}`;
  };
  return [
    ['หัวข้อ (Field)', 'ค่า (Value)'],
    ['หน่วยงาน (Agency)', report.site.title],
    ['เว็บไซต์ (Site)', report.site.startUrl],
    ['ชุดเกณฑ์ (Rule set)', `${report.ruleset.title ?? ''} (${report.ruleset.id})`.trim()],
    ['ตรวจเมื่อ (Audited at)', report.finishedAt],
    ['ผ่าน (pass)', s.pass],
    ['ไม่ครบ (partial)', s.partial],
    ['ไม่พบ (fail)', s.fail],
    ['ตรวจด้วยตนเอง (review)', s.review],
    ['คะแนน % (score, machine)', s.score],
    ['แบบวัด EIT', survey('eit')],
    ['แบบวัด IIT', survey('iit')],
    ['หน้าที่เปิด (pages fetched)', c.pagesFetched],
    ['หน้าที่เปิดไม่ได้ (pages failed)', c.pagesFailed],
    ['เอกสารที่พบ (documents)', c.documentsFound],
  ];
}

/** XML 1.0 forbids most C0 controls: one in a cell would make Excel refuse the whole file. */
// eslint-disable-next-line no-control-regex
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** A string cell, neutralised against formula injection like the CSV (format.ts safeCell). */
const textCell = (v: unknown) => ({ value: xmlSafe(safeCell(v)), type: String, wrap: true });

async function xlsx(report: Report): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on demand: the popup's chunk stays small (issue #4), the XLSX writer is its own chunk.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const header = (row: unknown[]) => row.map((v) => ({ value: xmlSafe(String(v)), type: String, fontWeight: 'bold' as const, wrap: true }));
  const body = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? { value: v, type: Number } : textCell(v))));
  const table = (rows: unknown[][]) => [header(rows[0]), ...body(rows.slice(1))];
  const blob = await writeXlsxFile([
    { sheet: 'ผลการตรวจ', data: table(reportTableRows(report)), stickyRowsCount: 1, columns: [{ width: 6 }, { width: 6 }, { width: 40 }, { width: 12 }, { width: 12 }, { width: 45 }, { width: 35 }, { width: 40 }, { width: 30 }, { width: 16 }, { width: 30 }, { width: 22 }] },
    { sheet: 'ITAS', data: table(itasRows(report)), stickyRowsCount: 1, columns: [{ width: 6 }, { width: 50 }, { width: 14 }, { width: 60 }, { width: 40 }] },
    { sheet: 'สรุป', data: table(summaryRows(report)), columns: [{ width: 30 }, { width: 60 }] },
  ] as Parameters<typeof writeXlsxFile>[0]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export async function exportReport(report: Report, kind: ExportKind): Promise<ExportFile> {
  switch (kind) {
    case 'csv':
      return { filename: exportFilename(report, 'csv'), mime: 'text/csv;charset=utf-8', data: toCsv(reportTableRows(report)) };
    case 'itas':
      return { filename: exportFilename(report, 'csv', 'itas'), mime: 'text/csv;charset=utf-8', data: toCsv(itasRows(report)) };
    case 'md':
      return { filename: exportFilename(report, 'md'), mime: 'text/markdown;charset=utf-8', data: formatMarkdown(report) };
    case 'json':
      return { filename: exportFilename(report, 'json'), mime: 'application/json', data: JSON.stringify(report, null, 2) + '\n' };
    case 'xlsx':
      return { filename: exportFilename(report, 'xlsx'), mime: XLSX_MIME, data: await xlsx(report) };
    default: {
      const never: never = kind;
      throw new Error(`Unknown export kind: ${String(never)}`);
    }
  }
}
