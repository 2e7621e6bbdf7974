/**
 * Importing a JSON report back (issue #4 §6): the file comes from anywhere, so it is treated as
 * hostile. The text is size-capped before parsing, keys that could reach an object's prototype are
 * dropped while parsing, and the value must match `ReportSchema` (bounded arrays and strings,
 * shared/contracts/report.md). Every failure names the problem, Thai first.
 */
import { REPORT_SCHEMA, ReportSchema, type Report } from './schema';

/** A real report is 20–150 kB; 5 MB leaves room for a large site's crawl errors and still parses fast. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

export interface ImportError {
  code: 'too-large' | 'empty' | 'not-json' | 'not-object' | 'not-a-report' | 'unknown-version' | 'invalid' | 'duplicate-item';
  th: string;
  en: string;
}

export type ImportParse = { ok: true; report: Report; droppedKeys: number } | { ok: false; error: ImportError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (code: ImportError['code'], th: string, en: string): ImportParse => ({ ok: false, error: { code, th, en } });

/** For a file too large to be a report: the caller may say so without reading it. */
export function tooLargeError(): ImportError {
  const mb = (MAX_IMPORT_CHARS / 1024 / 1024).toFixed(0);
  return { code: 'too-large', th: `ไฟล์ใหญ่เกินไป (เกิน ${mb} MB) ไม่ใช่รายงานของ OIT Auditor`, en: `The file is too large (over ${mb} MB) to be an OIT Auditor report.` };
}

/** Parses the text of a report file. */
export function parseReportJson(text: string): ImportParse {
  if (typeof text !== 'string' || !text.trim()) return fail('empty', 'ไฟล์ว่างเปล่า', 'The file is empty.');
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: tooLargeError() };
  let dropped = 0;
  let value: unknown;
  try {
    // A reviver returning undefined deletes the key: `__proto__` never becomes an own key of the result.
    value = JSON.parse(text.replace(/^\ufeff/, ''), function (key, v) {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped++;
        return undefined;
      }
      return v;
    });
  } catch (err) {
    const where = String((err as Error)?.message ?? '').replace(/^[^:]*:\s*/, '');
    return fail('not-json', `ไฟล์ไม่ใช่ JSON ที่ถูกต้อง (${where})`, `The file is not valid JSON (${where}).`);
  }
  const res = validateReport(value);
  return res.ok ? { ...res, droppedKeys: dropped } : res;
}

const pathText = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(ราก / root)';

/** Validates a value already parsed (e.g. by a test or a message). */
export function validateReport(value: unknown): ImportParse {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail('not-object', 'ไฟล์ต้องเป็นออบเจกต์ JSON ของรายงาน', 'The file must hold a JSON report object.');
  }
  const schema = (value as { schema?: unknown }).schema;
  if (schema === undefined) {
    return fail('not-a-report', `ไม่ใช่รายงานของ OIT Auditor (ไม่มีช่อง "schema": "${REPORT_SCHEMA}")`, `Not an OIT Auditor report (no "schema": "${REPORT_SCHEMA}" field).`);
  }
  if (schema !== REPORT_SCHEMA) {
    const shown = typeof schema === 'string' ? schema.slice(0, 60) : typeof schema;
    return fail('unknown-version', `รุ่นของรายงานไม่รองรับ: "${shown}" (รองรับ "${REPORT_SCHEMA}")`, `Unsupported report version: "${shown}" (expected "${REPORT_SCHEMA}").`);
  }
  const p = ReportSchema.safeParse(value);
  if (!p.success) {
    const issue = p.error.issues[0];
    const at = pathText(issue.path);
    const more = p.error.issues.length > 1 ? ` (+${p.error.issues.length - 1})` : '';
    if (issue.code === 'too_big') {
      return fail('invalid', `ข้อมูลใหญ่เกินกำหนดที่ ${at} (สูงสุด ${String(issue.maximum)})${more}`, `Too large at ${at} (at most ${String(issue.maximum)})${more}.`);
    }
    return fail('invalid', `ข้อมูลไม่ถูกต้องที่ ${at}: ${issue.message}${more}`, `Invalid value at ${at}: ${issue.message}${more}.`);
  }
  const seen = new Set<string>();
  for (const item of p.data.items) {
    if (seen.has(item.id)) return fail('duplicate-item', `รายการ ${item.id} ซ้ำกันในรายงาน`, `Item ${item.id} appears twice in the report.`);
    seen.add(item.id);
  }
  return { ok: true, report: p.data, droppedKeys: 0 };
}
