/**
 * Every message between the popup, the background and the content script: one zod discriminated
 * union, each name showing its direction (style.md §8; Dark Reader `ui-bg-…`, webhint `Events`).
 * Every handler parses before it acts, and the sender gets a parsed reply.
 *
 *   popup → bg        runtime.sendMessage       start-audit, cancel-audit, show-evidence
 *   bg → content      tabs.sendMessage          start, highlight
 *   content ⇄ bg      runtime port "oit-audit"  hello, progress, interim, done, failed / cancel
 *
 * The popup reads the audit's state from storage (utils/running.ts), not from messages: storage is
 * what survives a closed popup and a suspended service worker.
 *
 * zod/mini (the popup imports this module). A report travels as `unknown` here and the background
 * parses it with the full `ReportSchema` (checks/report/schema.ts) before keeping it: importing
 * that schema here would put full zod in the popup.
 */
import * as z from 'zod/mini';

const TabId = z.int().check(z.gte(0));
const Id = z.string().check(z.minLength(1), z.maxLength(100));
const Url = z.string().check(z.maxLength(4096));

/** Crawl progress (checks/crawl/crawler.ts `CrawlProgress` + items found, checks/audit.ts). */
export const ProgressSchema = z.object({
  pagesFetched: z.int(),
  pagesFailed: z.int(),
  maxPages: z.int(),
  queued: z.int(),
  documentsChecked: z.int(),
  documentsFound: z.int(),
  currentUrl: z.optional(Url),
  elapsedMs: z.number(),
  itemsPassed: z.optional(z.int()),
  itemsTotal: z.int(),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** Budgets sent to the content script (utils/settings.ts `crawlBudget`). */
export const BudgetSchema = z.object({
  maxPages: z.int().check(z.gte(1), z.lte(2000)),
  maxDepth: z.int().check(z.gte(1), z.lte(20)),
  timeLimitMs: z.int().check(z.gte(1000), z.lte(3_600_000)),
  concurrency: z.int().check(z.gte(1), z.lte(8)),
  obeyRobots: z.boolean(),
});

/**
 * What "show me" looks for on the page (content script, utils/highlight.ts): the `<a>` whose href
 * resolves to a URL, the people cards of an executives page, or a heading/text.
 */
export const HighlightTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), href: Url }),
  z.object({ kind: z.literal('people') }),
  z.object({ kind: z.literal('text'), text: z.string().check(z.maxLength(500)) }),
]);
export type HighlightTarget = z.infer<typeof HighlightTargetSchema>;

// ---------------------------------------------------------------- popup → background
export const PopupToBgSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('popup→bg:start-audit'), tabId: TabId }),
  z.object({ type: z.literal('popup→bg:cancel-audit'), auditId: Id }),
  z.object({
    type: z.literal('popup→bg:show-evidence'),
    tabId: TabId,
    siteKey: z.string().check(z.maxLength(300)),
    itemId: z.string().check(z.maxLength(10)),
    evidenceIndex: z.int().check(z.gte(0), z.lte(50)),
  }),
]);
export type PopupToBg = z.infer<typeof PopupToBgSchema>;

/** Error codes the popup translates (utils/ui-text.ts `ERROR_TEXT`). */
export const ErrorCodeSchema = z.enum([
  'no-access', // the tab's URL cannot be read: the popup was not opened on it (activeTab)
  'not-http', // chrome://, file://, the Web Store…
  'inject-failed',
  'already-running',
  'unknown-audit',
  'no-evidence',
  'bad-message',
  'start-url', // the start page itself could not be fetched
  'crashed',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    auditId: z.optional(Id),
    /** show-evidence: how many elements were highlighted (0: the page opened, nothing matched). */
    highlighted: z.optional(z.int()),
    /** show-evidence: the page opened in a new tab, without a highlight (another site: activeTab does not reach it). */
    newTab: z.optional(z.boolean()),
  }),
  z.object({ ok: z.literal(false), error: ErrorCodeSchema, detail: z.optional(z.string().check(z.maxLength(2000))) }),
]);
export type Reply = z.infer<typeof ReplySchema>;

// ---------------------------------------------------------------- background → content script
export const BgToContentSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('bg→content:start'),
    auditId: Id,
    startUrl: Url,
    rulesetId: Id,
    budget: BudgetSchema,
  }),
  z.object({
    type: z.literal('bg→content:highlight'),
    /** Tried in order; the first that finds something on the page is shown. */
    targets: z.array(HighlightTargetSchema).check(z.maxLength(5)),
    /** The overlay's text, e.g. "O2 ข้อมูลผู้บริหาร". */
    label: z.string().check(z.maxLength(600)),
    /** Added to the label when nothing matched, in the person's language. */
    notFound: z.string().check(z.maxLength(200)),
  }),
  /**
   * Which of these same-site pages shows people cards? The content script fetches and reads them
   * (as the crawler did) so "show me" opens the page with the executives, not the hub linking to it.
   */
  z.object({ type: z.literal('bg→content:probe-people'), urls: z.array(Url).check(z.maxLength(10)) }),
]);
export type BgToContent = z.infer<typeof BgToContentSchema>;

/** Port messages, background → content script. */
export const BgToContentPortSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('bg→content:cancel'), auditId: Id })]);
export type BgToContentPort = z.infer<typeof BgToContentPortSchema>;

// ---------------------------------------------------------------- content script → background (port)
export const AUDIT_PORT = 'oit-audit';

export const ContentToBgSchema = z.discriminatedUnion('type', [
  /** Sent on every (re)connect: after the service worker was suspended the port is new. */
  z.object({ type: z.literal('content→bg:hello'), auditId: Id }),
  z.object({ type: z.literal('content→bg:progress'), auditId: Id, progress: ProgressSchema }),
  /** The report so far (checks/audit.ts `onInterim`), parsed with `ReportSchema` by the background. */
  z.object({ type: z.literal('content→bg:interim'), auditId: Id, report: z.unknown() }),
  z.object({ type: z.literal('content→bg:done'), auditId: Id, report: z.unknown() }),
  z.object({ type: z.literal('content→bg:failed'), auditId: Id, error: ErrorCodeSchema, detail: z.string().check(z.maxLength(2000)) }),
]);
export type ContentToBg = z.infer<typeof ContentToBgSchema>;

/** The reply of the content script to `bg→content:*`. */
export const ContentReplySchema = z.object({
  ok: z.boolean(),
  highlighted: z.optional(z.int()),
  /** probe-people: the first URL with people cards, or null. */
  url: z.optional(z.nullable(Url)),
});
export type ContentReply = z.infer<typeof ContentReplySchema>;
