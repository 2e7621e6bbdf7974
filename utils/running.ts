/**
 * The state of audits, one per site, kept in `storage.local` by the background (the only writer)
 * and watched by the popup (issue #4 §1). Storage, not memory: closing the popup or a suspended
 * MV3 service worker must not lose an audit in progress.
 *
 * Two keys, each defined once here:
 * - `local:audit-runs` (v1): the runs, small (progress, phase, why it ended); written often.
 * - `local:audit-report:<auditId>` (envelope v1): the run's latest report: the interim one while
 *   crawling (so a closed tab still leaves a partial report), then the final one. Kept apart so a
 *   progress write never rewrites a report.
 * When a run ends, its report also goes to the history (utils/history.ts); the run keeps its id.
 *
 * zod/mini: the popup imports this module. The report is checked with a loose view schema of the
 * fields the popup shows; the background has already parsed it with the full `ReportSchema`.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import type { Report } from '@/checks/report/schema';
import { ErrorCodeSchema, ProgressSchema, type ErrorCode, type Progress } from './messages';

const Str = (n: number) => z.string().check(z.maxLength(n));
const Status = z.enum(['pass', 'partial', 'fail', 'review']);

/** The fields of a `Report` the popup renders. Loose: the stored report keeps every other field. */
export const ReportViewSchema = z.looseObject({
  schema: z.literal('oit-audit-report/1'),
  site: z.looseObject({ startUrl: Str(4096), origin: Str(4096), title: Str(1000) }),
  ruleset: z.looseObject({
    id: Str(100),
    fiscalYear: z.number(),
    title: z.optional(Str(200)),
    sections: z.optional(z.array(z.looseObject({ id: Str(20), title: Str(300) }))),
  }),
  startedAt: Str(40),
  finishedAt: Str(40),
  crawl: z.looseObject({
    pagesFetched: z.number(),
    pagesFailed: z.number(),
    documentsFound: z.number(),
    stoppedBy: z.enum(['all-found', 'exhausted', 'page-limit', 'time-limit', 'cancelled']),
    errors: z.array(z.unknown()),
  }),
  summary: z.looseObject({
    pass: z.number(),
    partial: z.number(),
    fail: z.number(),
    review: z.number(),
    score: z.number(),
    total: z.optional(z.number()),
    passMark: z.optional(z.number()),
  }),
  survey: z.looseObject({
    eit: z.looseObject({ status: z.enum(['pass', 'fail', 'review']), url: z.nullable(Str(4096)) }),
    iit: z.looseObject({ status: z.enum(['pass', 'fail', 'review']), url: z.nullable(Str(4096)) }),
  }),
  items: z.array(
    z.looseObject({
      id: Str(10),
      section: Str(20),
      title: Str(500),
      status: Status,
      evidence: z.array(z.looseObject({ url: Str(4096), kind: Str(20), text: Str(2000), foundOn: Str(4096) })),
      missing: z.array(Str(2000)),
      notes: z.array(Str(2000)),
      titleEn: z.optional(Str(500)),
      missingEn: z.optional(z.array(Str(2000))),
      concept: z.optional(Str(100)),
      verdict: z.optional(z.looseObject({ status: Status })),
    }),
  ),
});

/** Why a run ended. */
export const EndReasonSchema = z.enum([
  'complete', // the audit ran to its end (all found, exhausted, a budget)
  'cancelled', // the person pressed cancel
  'tab-closed', // the audited tab was closed
  'page-left', // the audited tab went to another page (the content script died with the page)
  'interrupted', // the browser restarted, or the content script stopped answering
  'error',
]);
export type EndReason = z.infer<typeof EndReasonSchema>;

export const RunSchema = z.object({
  auditId: Str(100),
  siteKey: Str(300),
  tabId: z.int(),
  startUrl: Str(4096),
  rulesetId: Str(100),
  phase: z.enum(['running', 'ended']),
  endReason: z.optional(EndReasonSchema),
  error: z.optional(ErrorCodeSchema),
  detail: z.optional(Str(2000)),
  startedAt: Str(40),
  updatedAt: Str(40),
  progress: z.nullable(ProgressSchema),
  /** A report (interim or final) is stored under `local:audit-report:<auditId>`. */
  hasReport: z.boolean(),
  /** The history entry of the report (utils/history.ts), for the "full report" link. */
  reportId: z.optional(Str(100)),
});
export type Run = z.infer<typeof RunSchema>;

export interface RunsState {
  runs: Run[];
}

export const EMPTY_RUNS: RunsState = { runs: [] };

/**
 * Runs kept: one per site, the 10 most recent. Each keeps a report (typically 20–150 kB), and
 * utils/history.ts leaves 2 MiB of the 10 MiB `storage.local` quota to settings and running state.
 */
export const MAX_RUNS = 10;

export interface ParsedRuns {
  state: RunsState;
  /** Runs dropped because they were corrupt (the person is told; the others are kept). */
  dropped: number;
}

/** Validate what storage returned, run by run: one corrupt run never hides the others. */
export function parseRuns(raw: unknown): ParsedRuns {
  if (raw === null || raw === undefined) return { state: { runs: [] }, dropped: 0 };
  const list = typeof raw === 'object' && raw !== null && Array.isArray((raw as { runs?: unknown }).runs) ? ((raw as { runs: unknown[] }).runs) : null;
  if (!list) return { state: { runs: [] }, dropped: 1 };
  const runs: Run[] = [];
  let dropped = 0;
  for (const r of list) {
    const parsed = RunSchema.safeParse(r);
    if (parsed.success) runs.push(parsed.data);
    else dropped++;
  }
  return { state: { runs }, dropped };
}

/** `local:audit-runs`, version 1. Written only by the background, always valid; read through `parseRuns`. */
export const runsItem = storage.defineItem<unknown>('local:audit-runs', { fallback: null, version: 1 });

export async function loadRuns(): Promise<ParsedRuns> {
  try {
    return parseRuns(await runsItem.getValue());
  } catch (err) {
    console.error('OIT Auditor: audit state unreadable', err);
    return { state: { runs: [] }, dropped: 1 };
  }
}

const REPORT_ENVELOPE_VERSION = 1;
const ReportEnvelopeSchema = z.object({ v: z.literal(REPORT_ENVELOPE_VERSION), report: ReportViewSchema });

/** The storage key of a run's report. */
export const runReportKey = (auditId: string) => `local:audit-report:${auditId}` as const;

/**
 * A run's report, or null when there is none; `isCorrupt` when one was stored but cannot be read
 * (the popup says so instead of showing nothing).
 */
export async function loadRunReport(auditId: string): Promise<{ report: Report | null; isCorrupt: boolean }> {
  let raw: unknown;
  try {
    raw = await storage.getItem<unknown>(runReportKey(auditId));
  } catch (err) {
    console.error('OIT Auditor: report unreadable', err);
    return { report: null, isCorrupt: true };
  }
  return parseRunReport(raw);
}

export function parseRunReport(raw: unknown): { report: Report | null; isCorrupt: boolean } {
  if (raw === null || raw === undefined) return { report: null, isCorrupt: false };
  const parsed = ReportEnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    console.error('OIT Auditor: corrupt stored report', parsed.error.issues[0]);
    return { report: null, isCorrupt: true };
  }
  // The background stored it after `ReportSchema.parse`: the view schema only guards the popup.
  return { report: parsed.data.report as unknown as Report, isCorrupt: false };
}

/** Background only: `report` has been parsed with the full `ReportSchema`. */
export async function saveRunReport(auditId: string, report: Report): Promise<void> {
  await storage.setItem(runReportKey(auditId), { v: REPORT_ENVELOPE_VERSION, report });
}

export async function removeRunReports(auditIds: string[]): Promise<void> {
  if (auditIds.length) await storage.removeItems(auditIds.map(runReportKey));
}

// ---------------------------------------------------------------- pure transitions (tested)

export const runForSite = (s: RunsState, siteKey: string): Run | undefined => s.runs.find((r) => r.siteKey === siteKey);
export const runById = (s: RunsState, auditId: string): Run | undefined => s.runs.find((r) => r.auditId === auditId);

/**
 * A new run replaces the site's previous one (its report stays in the history); beyond
 * `MAX_RUNS` sites the oldest go. Returns the runs dropped, whose stored reports must go too.
 */
export function startRun(s: RunsState, run: Run): { state: RunsState; dropped: Run[] } {
  const kept = [run, ...s.runs.filter((r) => r.siteKey !== run.siteKey)];
  const dropped = [...s.runs.filter((r) => r.siteKey === run.siteKey), ...kept.slice(MAX_RUNS)];
  return { state: { runs: kept.slice(0, MAX_RUNS) }, dropped };
}

function update(s: RunsState, auditId: string, f: (r: Run) => Run | null): RunsState {
  return { runs: s.runs.map((r) => (r.auditId === auditId ? (f(r) ?? r) : r)) };
}

/** Progress of a running audit; ignored once it has ended (a late message after cancel). */
export function applyProgress(s: RunsState, auditId: string, progress: Progress, at: string): RunsState {
  return update(s, auditId, (r) => (r.phase === 'running' ? { ...r, progress, updatedAt: at } : null));
}

/** A report was stored for the run (interim while running, final when it ends). */
export function markReport(s: RunsState, auditId: string, at: string): RunsState {
  return update(s, auditId, (r) => ({ ...r, hasReport: true, updatedAt: at }));
}

/** End a run (once: the first reason wins). */
export function endRun(s: RunsState, auditId: string, end: { reason: EndReason; at: string; error?: ErrorCode; detail?: string }): RunsState {
  return update(s, auditId, (r) =>
    r.phase === 'ended'
      ? null
      : {
          ...r,
          phase: 'ended',
          endReason: end.reason,
          updatedAt: end.at,
          ...(end.error ? { error: end.error } : {}),
          ...(end.detail ? { detail: end.detail } : {}),
        },
  );
}

export function setReportId(s: RunsState, auditId: string, reportId: string): RunsState {
  return update(s, auditId, (r) => ({ ...r, reportId }));
}

/**
 * Runs still marked running whose content script has not spoken for `staleMs`: the browser
 * restarted or the tab died while the worker slept. The content script sends a heartbeat every
 * 5 s (entrypoints/content.ts), so 60 s of silence is not a slow page.
 */
export function staleRuns(s: RunsState, nowMs: number, staleMs = 60_000): Run[] {
  return s.runs.filter((r) => r.phase === 'running' && nowMs - Date.parse(r.updatedAt) > staleMs);
}
