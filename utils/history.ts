/**
 * Audit history (issue #4 §5): the last 20 reports per site in `storage.local`, with the reviewer's
 * verdicts stored inside each report (`items[].verdict`, checks/report/schema.ts).
 *
 * Layout (versioned, like WXT's storage guide and Dark Reader's "corrupt storage loses nothing"):
 * - `local:history` — the index, a WXT item at version 2: `{ entries: IndexEntry[] }`, newest first.
 *   Version 1 (the first layout) kept whole entries inline, `HistoryEntry[]`; the v2 migration moves
 *   each report to its own key, so listing the history never loads every report.
 * - `local:history-report:<id>` — one envelope per report, `{ v: 1, id, siteKey, savedAt, report }`.
 *
 * Every read is zod-checked: a corrupt or newer-version entry is skipped and returned as a notice the
 * UI shows; nothing here throws on bad stored data. A corrupt index is rebuilt from the report keys.
 * Sizes are bounded (chrome.storage.local holds 10 MiB without `unlimitedStorage`), see BUDGET.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { siteKey as siteKeyOf } from '@/checks/crawl/url';
import { parseReportJson, validateReport, type ImportError } from '@/checks/report/import';
import { ReportSchema, StatusSchema, VerdictSchema, type Report, type Verdict } from '@/checks/report/schema';

export interface HistoryEntry {
  id: string;
  siteKey: string;
  savedAt: string;
  report: Report;
}

/** What the history list shows without loading the report. */
export interface HistorySummary {
  id: string;
  siteKey: string;
  savedAt: string;
  finishedAt: string;
  title: string;
  startUrl: string;
  rulesetId: string;
  score: number;
  summary: { pass: number; partial: number; fail: number; review: number };
  /** Size of the stored envelope in UTF-8 bytes (for the storage budget). */
  bytes: number;
  isImported?: boolean;
}

/** A problem met while reading history, shown by the UI (Thai first). Never thrown. */
export interface HistoryNotice {
  code: 'corrupt-entry' | 'newer-version' | 'missing-entry' | 'corrupt-index' | 'trimmed' | 'evicted';
  id?: string;
  th: string;
  en: string;
}

export const BUDGET = {
  /** Reports kept per site (issue #4). */
  perSite: 20,
  /**
   * chrome.storage.local QUOTA_BYTES is 10,485,760 without `unlimitedStorage`; keep 2 MiB for the
   * settings and the running audit's state (utils/messages.ts, utils/settings.ts).
   */
  totalBytes: 8 * 1024 * 1024,
  /** One report; a typical one is 20–150 kB (5–40 items, a few evidence links each). */
  reportBytes: 1024 * 1024,
} as const;

const REPORT_KEY_PREFIX = 'history-report:';
const ENVELOPE_VERSION = 1;

const SummarySchema = z.object({
  id: z.string().max(100),
  siteKey: z.string().max(300),
  savedAt: z.string().max(40),
  finishedAt: z.string().max(40),
  title: z.string().max(1000),
  startUrl: z.string().max(4096),
  rulesetId: z.string().max(100),
  score: z.number(),
  summary: z.object({ pass: z.number(), partial: z.number(), fail: z.number(), review: z.number() }),
  bytes: z.number().nonnegative(),
  isImported: z.boolean().optional(),
});

interface HistoryIndex {
  entries: unknown[];
}

const EnvelopeSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  id: z.string().max(100),
  siteKey: z.string().max(300),
  savedAt: z.string().max(40),
  isImported: z.boolean().optional(),
  report: ReportSchema,
});
type Envelope = z.infer<typeof EnvelopeSchema>;

const reportKey = (id: string) => `local:${REPORT_KEY_PREFIX}${id}` as const;
const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

function summaryOf(env: Envelope, bytes: number): HistorySummary {
  const r = env.report;
  const s = r.summary;
  return {
    id: env.id,
    siteKey: env.siteKey,
    savedAt: env.savedAt,
    finishedAt: r.finishedAt,
    title: r.site.title,
    startUrl: r.site.startUrl,
    rulesetId: r.ruleset.id,
    score: s.score,
    summary: { pass: s.pass, partial: s.partial, fail: s.fail, review: s.review },
    bytes,
    ...(env.isImported ? { isImported: true } : {}),
  };
}

/**
 * v1 → v2: inline entries move to their own keys. Unreadable v1 entries are dropped here (there is
 * nowhere to show a notice during a migration) and logged.
 */
async function migrateV1(v1: unknown): Promise<HistoryIndex> {
  // Not a v1 list (a v2 index whose version mark was lost, or garbage): left as it is, so
  // `readIndex` keeps a valid index or rebuilds a corrupt one from the report keys, with a notice,
  // instead of an empty index hiding every stored report (issue #6).
  if (!Array.isArray(v1)) return v1 as HistoryIndex;
  const list = v1;
  const entries: HistorySummary[] = [];
  for (const raw of list) {
    const env = EnvelopeSchema.safeParse({ v: ENVELOPE_VERSION, ...(raw as object) });
    if (!env.success) {
      console.warn('[history] v1 entry dropped during migration', env.error.issues[0]);
      continue;
    }
    const json = JSON.stringify(env.data);
    await storage.setItem(reportKey(env.data.id), env.data);
    entries.push(summaryOf(env.data, utf8Bytes(json)));
  }
  entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { entries };
}

export const historyIndex = storage.defineItem<HistoryIndex>('local:history', {
  fallback: { entries: [] },
  version: 2,
  migrations: { 2: migrateV1 },
});

/** Serialise index writes inside one extension context (background and report page each have one). */
let queue: Promise<unknown> = Promise.resolve();
function locked<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const notice = (code: HistoryNotice['code'], id: string | undefined, th: string, en: string): HistoryNotice => ({ code, id, th, en });

/** Reads the index; a corrupt index is rebuilt from the report keys, losing nothing. */
async function readIndex(notices: HistoryNotice[]): Promise<HistorySummary[]> {
  let raw: unknown;
  try {
    raw = await historyIndex.getValue();
  } catch (err) {
    raw = undefined;
    console.error('[history] index unreadable', err);
  }
  const entries = raw && typeof raw === 'object' && Array.isArray((raw as HistoryIndex).entries) ? (raw as HistoryIndex).entries : null;
  if (!entries) {
    notices.push(notice('corrupt-index', undefined, 'ดัชนีประวัติการตรวจเสียหาย ได้สร้างใหม่จากรายงานที่เก็บไว้', 'The history index was corrupt; it was rebuilt from the stored reports.'));
    return rebuildIndex(notices);
  }
  const out: HistorySummary[] = [];
  for (const e of entries) {
    const p = SummarySchema.safeParse(e);
    if (p.success) out.push(p.data);
    else {
      const id = typeof (e as { id?: unknown })?.id === 'string' ? (e as { id: string }).id : undefined;
      notices.push(notice('corrupt-entry', id, `ข้ามรายการประวัติที่เสียหาย${id ? ` (${id})` : ''}`, `Skipped a corrupt history entry${id ? ` (${id})` : ''}.`));
    }
  }
  return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function rebuildIndex(notices: HistoryNotice[]): Promise<HistorySummary[]> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const out: HistorySummary[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(REPORT_KEY_PREFIX)) continue;
    const env = readEnvelope(key.slice(REPORT_KEY_PREFIX.length), value, notices);
    if (env) out.push(summaryOf(env, utf8Bytes(JSON.stringify(env))));
  }
  out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  await historyIndex.setValue({ entries: out });
  return out;
}

function readEnvelope(id: string, value: unknown, notices: HistoryNotice[]): Envelope | undefined {
  if (value == null) {
    notices.push(notice('missing-entry', id, `ไม่พบรายงาน ${id} ในที่เก็บ`, `Report ${id} is missing from storage.`));
    return undefined;
  }
  const v = (value as { v?: unknown })?.v;
  if (typeof v === 'number' && v > ENVELOPE_VERSION) {
    notices.push(notice('newer-version', id, `รายงาน ${id} บันทึกโดยรุ่นที่ใหม่กว่า จึงเปิดไม่ได้`, `Report ${id} was saved by a newer version and cannot be opened.`));
    return undefined;
  }
  const p = EnvelopeSchema.safeParse(value);
  if (!p.success) {
    const issue = p.error.issues[0];
    console.warn('[history] corrupt report', id, issue);
    notices.push(notice('corrupt-entry', id, `ข้ามรายงานที่เสียหาย (${id}: ${issue?.path.join('.') || 'ทั้งหมด'})`, `Skipped a corrupt report (${id}: ${issue?.path.join('.') || 'whole entry'}).`));
    return undefined;
  }
  return p.data;
}

async function loadEnvelope(id: string, notices: HistoryNotice[]): Promise<Envelope | undefined> {
  return readEnvelope(id, await storage.getItem<unknown>(reportKey(id)), notices);
}

const toEntry = (e: Envelope): HistoryEntry => ({ id: e.id, siteKey: e.siteKey, savedAt: e.savedAt, report: e.report });

/**
 * Shrinks a report that is over the per-report budget: the evidence beyond the best few, long
 * snippets and the tail of crawl errors go first. The statuses, verdicts and best evidence stay.
 */
export function compactReport(report: Report, maxBytes: number = BUDGET.reportBytes): { report: Report; isTrimmed: boolean } {
  const size = (r: Report) => utf8Bytes(JSON.stringify(r));
  if (size(report) <= maxBytes) return { report, isTrimmed: false };
  const stages: ((r: Report) => Report)[] = [
    (r) => ({ ...r, crawl: { ...r.crawl, errors: r.crawl.errors.slice(0, 100) } }),
    (r) => ({ ...r, items: r.items.map((i) => ({ ...i, evidence: i.evidence.slice(0, 5).map((e) => ({ ...e, text: e.text.slice(0, 300) })) })) }),
    (r) => ({ ...r, crawl: { ...r.crawl, errors: r.crawl.errors.slice(0, 10) }, items: r.items.map((i) => ({ ...i, evidence: i.evidence.slice(0, 2).map((e) => ({ ...e, text: e.text.slice(0, 120) })), missing: i.missing.slice(0, 10), notes: i.notes.slice(0, 10) })) }),
  ];
  let r = report;
  for (const stage of stages) {
    r = stage(r);
    if (size(r) <= maxBytes) break;
  }
  return { report: r, isTrimmed: true };
}

function newId(savedAt: Date): string {
  const rand = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `r${savedAt.getTime().toString(36)}-${rand}`;
}

const isQuotaError = (err: unknown) => /quota/i.test(String((err as Error)?.message ?? err));

export interface SaveResult {
  id: string;
  notices: HistoryNotice[];
}

/** Saves a report; returns its id and what had to give way (trimmed, evicted). */
export function saveReportWithNotices(report: Report, opts: { isImported?: boolean; now?: Date } = {}): Promise<SaveResult> {
  return locked(async () => {
    const notices: HistoryNotice[] = [];
    const checked = ReportSchema.parse(report);
    const { report: stored, isTrimmed } = compactReport(checked);
    const bytesCheck = utf8Bytes(JSON.stringify(stored));
    if (bytesCheck > BUDGET.reportBytes) {
      throw new Error(`รายงานใหญ่เกินกว่าจะเก็บได้ (${bytesCheck} ไบต์) / The report is too large to store (${bytesCheck} bytes).`);
    }
    const now = opts.now ?? new Date();
    const id = newId(now);
    const env: Envelope = {
      v: ENVELOPE_VERSION,
      id,
      siteKey: siteKeyOf(stored.site.startUrl) || siteKeyOf(stored.site.origin),
      savedAt: now.toISOString(),
      ...(opts.isImported ? { isImported: true } : {}),
      report: stored,
    };
    if (isTrimmed) {
      notices.push(notice('trimmed', id, 'รายงานใหญ่เกินไป จึงเก็บเฉพาะหลักฐานสำคัญ', 'The report was large: only the main evidence was kept.'));
    }
    const bytes = utf8Bytes(JSON.stringify(env));
    let index = await readIndex(notices);
    index = [summaryOf(env, bytes), ...index.filter((e) => e.id !== id)];
    // Keep the newest `perSite` of this site, then stay within the total budget (oldest first).
    const ofSite = index.filter((e) => e.siteKey === env.siteKey);
    const drop = new Set(ofSite.slice(BUDGET.perSite).map((e) => e.id));
    let total = index.filter((e) => !drop.has(e.id)).reduce((s, e) => s + e.bytes, 0);
    for (const e of [...index].reverse()) {
      if (total <= BUDGET.totalBytes) break;
      if (e.id === id || drop.has(e.id)) continue;
      drop.add(e.id);
      total -= e.bytes;
      notices.push(notice('evicted', e.id, `ลบรายงานเก่า (${e.siteKey} ${e.savedAt.slice(0, 10)}) เพื่อให้มีที่เก็บพอ`, `Removed an old report (${e.siteKey} ${e.savedAt.slice(0, 10)}) to stay within storage.`));
    }
    index = index.filter((e) => !drop.has(e.id));
    if (drop.size) await storage.removeItems([...drop].map(reportKey));
    // A full disk or another extension page's writes can still hit the quota: free the oldest and retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await storage.setItem(reportKey(id), env);
        break;
      } catch (err) {
        const victim = [...index].reverse().find((e) => e.id !== id);
        if (!isQuotaError(err) || !victim || attempt >= 5) throw err;
        index = index.filter((e) => e.id !== victim.id);
        await storage.removeItem(reportKey(victim.id));
        notices.push(notice('evicted', victim.id, `ลบรายงานเก่า (${victim.siteKey} ${victim.savedAt.slice(0, 10)}) เพราะที่เก็บเต็ม`, `Removed an old report (${victim.siteKey} ${victim.savedAt.slice(0, 10)}): storage was full.`));
      }
    }
    await historyIndex.setValue({ entries: index });
    return { id, notices };
  });
}

/** Contract with the audit flow (issue #4): saves a report, returns its id. */
export async function saveReport(report: Report): Promise<string> {
  return (await saveReportWithNotices(report)).id;
}

/** Index entries (no report bodies), newest first; for the history list. */
export async function listSummaries(siteKey?: string): Promise<{ entries: HistorySummary[]; notices: HistoryNotice[] }> {
  const notices: HistoryNotice[] = [];
  const index = await readIndex(notices);
  return { entries: siteKey === undefined ? index : index.filter((e) => e.siteKey === siteKey), notices };
}

/** Whole entries, newest first, with the notices for what was skipped. */
export async function loadHistory(siteKey?: string): Promise<{ entries: HistoryEntry[]; notices: HistoryNotice[] }> {
  const notices: HistoryNotice[] = [];
  const index = await readIndex(notices);
  const entries: HistoryEntry[] = [];
  for (const s of index) {
    if (siteKey !== undefined && s.siteKey !== siteKey) continue;
    const env = await loadEnvelope(s.id, notices);
    if (env) entries.push(toEntry(env));
  }
  return { entries, notices };
}

/** Contract: every readable entry (of one site), newest first. Corrupt ones are skipped. */
export async function listReports(siteKey?: string): Promise<HistoryEntry[]> {
  return (await loadHistory(siteKey)).entries;
}

/** One entry, with a notice when it cannot be read. */
export async function loadReport(id: string): Promise<{ entry?: HistoryEntry; notices: HistoryNotice[] }> {
  const notices: HistoryNotice[] = [];
  // Reading the index waits for its migration: a v1 history moves its reports to their own keys
  // then, and a page opened right after an update would otherwise find no report (issue #6).
  await historyIndex.getValue().catch(() => undefined);
  const env = await loadEnvelope(id, notices);
  return { entry: env && toEntry(env), notices };
}

/** Contract: one entry, or undefined when absent or unreadable. */
export async function getReport(id: string): Promise<HistoryEntry | undefined> {
  return (await loadReport(id)).entry;
}

/** The run saved just before `id` for the same site (skipping unreadable ones), if any. */
export async function previousReport(id: string): Promise<HistoryEntry | undefined> {
  const notices: HistoryNotice[] = [];
  const index = await readIndex(notices);
  const at = index.findIndex((e) => e.id === id);
  if (at < 0) return undefined;
  const site = index[at].siteKey;
  for (const e of index.slice(at + 1)) {
    if (e.siteKey !== site) continue;
    const env = await loadEnvelope(e.id, notices);
    if (env) return toEntry(env);
  }
  return undefined;
}

export const VerdictInputSchema = z.object({
  status: StatusSchema,
  note: z.string().max(4000).default(''),
  reviewer: z.string().max(200).default(''),
  at: z.string().max(40).optional(),
});
export type VerdictInput = z.input<typeof VerdictInputSchema>;

/**
 * A committee member's verdict on one item, kept inside the stored report beside the machine's
 * status (`null` removes it). Returns the updated entry.
 */
export function setVerdict(reportId: string, itemId: string, verdict: VerdictInput | null): Promise<HistoryEntry> {
  return locked(async () => {
    const notices: HistoryNotice[] = [];
    const env = await loadEnvelope(reportId, notices);
    if (!env) throw new Error(notices[0] ? `${notices[0].th} / ${notices[0].en}` : `ไม่พบรายงาน / Report not found: ${reportId}`);
    const item = env.report.items.find((i) => i.id === itemId);
    if (!item) throw new Error(`ไม่พบรายการ ${itemId} ในรายงาน / Item ${itemId} is not in the report`);
    if (verdict === null) delete item.verdict;
    else {
      const v = VerdictInputSchema.parse(verdict);
      const full: Verdict = VerdictSchema.parse({ ...v, at: v.at ?? new Date().toISOString() });
      item.verdict = full;
    }
    await storage.setItem(reportKey(reportId), env);
    return toEntry(env);
  });
}

export type ImportResult = { ok: true; id: string; notices: HistoryNotice[] } | { ok: false; error: ImportError };

/**
 * Imports a JSON report (text, or an already-parsed value) into history, validated by
 * checks/report/import.ts. Nothing is stored when it fails.
 */
export async function importReport(json: unknown): Promise<ImportResult> {
  const parsed = typeof json === 'string' ? parseReportJson(json) : validateReport(json);
  if (!parsed.ok) return parsed;
  const { id, notices } = await saveReportWithNotices(parsed.report, { isImported: true });
  return { ok: true, id, notices };
}

/** Removes one report from history. */
export function deleteReport(id: string): Promise<void> {
  return locked(async () => {
    const notices: HistoryNotice[] = [];
    const index = await readIndex(notices);
    await storage.removeItem(reportKey(id));
    await historyIndex.setValue({ entries: index.filter((e) => e.id !== id) });
  });
}

/** The reviewer's name, remembered between verdicts (design.md: options also may set it). */
export const reviewerNameItem = storage.defineItem<string>('local:reviewer-name', { fallback: '' });
