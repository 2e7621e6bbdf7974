/**
 * The audit report, schema `oit-audit-report/1`, exactly as shared/contracts/report.md (other tools
 * read it: fields may be added, never renamed or removed). Used to validate reports on import, so
 * sizes are bounded and unknown keys are dropped.
 */
import { z } from 'zod';

export const REPORT_SCHEMA = 'oit-audit-report/1';

const Url = z.string().max(4096);
const Str = (n = 2000) => z.string().max(n);

export const StatusSchema = z.enum(['pass', 'partial', 'fail', 'review']);

export const EvidenceSchema = z.object({
  url: Url,
  kind: z.enum(['page', 'document', 'image', 'link', 'qr']),
  text: Str(),
  foundOn: Url,
});

/** A reviewer's own verdict (issue #4): kept beside the machine's status, never instead of it. */
export const VerdictSchema = z.object({
  status: StatusSchema,
  note: Str(4000).default(''),
  reviewer: Str(200).default(''),
  at: Str(40),
});

export const ItemReportSchema = z.object({
  id: Str(10),
  section: Str(20),
  title: Str(500),
  status: StatusSchema,
  evidence: z.array(EvidenceSchema).max(50),
  missing: z.array(Str()).max(50),
  notes: z.array(Str()).max(50),
  // Added fields (contract: add freely).
  titleEn: Str(500).optional(),
  concept: Str(100).optional(),
  missingEn: z.array(Str()).max(50).optional(),
  confidence: z.enum(['S', 'S-partial', 'I', 'M']).optional(),
  verdict: VerdictSchema.optional(),
});

export const SurveyCheckSchema = z.object({
  status: z.enum(['pass', 'fail', 'review']),
  url: Url.nullable(),
  via: z.enum(['link', 'qr']).nullable(),
  foundOn: Url.nullable(),
  seenOn: z.array(Url).max(50).optional(),
  notes: z.array(Str()).max(20).optional(),
  /** The image a QR code was decoded from, when `via` is `qr` (issue #5). */
  imageUrl: Url.optional(),
});

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA),
  tool: z.object({ name: Str(100), version: Str(40) }),
  site: z.object({ startUrl: Url, origin: Url, title: Str(1000) }),
  ruleset: z.object({
    id: Str(100),
    fiscalYear: z.number().int(),
    title: Str(200).optional(),
    sections: z.array(z.object({ id: Str(20), title: Str(300) })).max(50).optional(),
  }),
  startedAt: Str(40),
  finishedAt: Str(40),
  crawl: z.object({
    pagesFetched: z.number().int().nonnegative(),
    pagesFailed: z.number().int().nonnegative(),
    documentsFound: z.number().int().nonnegative(),
    stoppedBy: z.enum(['all-found', 'exhausted', 'page-limit', 'time-limit', 'cancelled']),
    errors: z.array(z.object({ url: Url, reason: Str(), code: Str(40).optional(), foundOn: Url.optional() })).max(1000),
    skipped: z.record(Str(40), z.number().int().nonnegative()).optional(),
  }),
  summary: z.object({
    pass: z.number().int().nonnegative(),
    partial: z.number().int().nonnegative(),
    fail: z.number().int().nonnegative(),
    review: z.number().int().nonnegative(),
    score: z.number().min(0).max(100),
    total: z.number().int().nonnegative().optional(),
    passMark: z.number().optional(),
  }),
  survey: z.object({ eit: SurveyCheckSchema, iit: SurveyCheckSchema }),
  items: z.array(ItemReportSchema).max(200),
});

export type Report = z.infer<typeof ReportSchema>;
export type ItemReport = z.infer<typeof ItemReportSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type ReportStatus = z.infer<typeof StatusSchema>;
