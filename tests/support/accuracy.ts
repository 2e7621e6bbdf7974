/**
 * Accuracy of the audit on the labelled fixture corpus (issue #3 §4): every site under
 * tests/fixtures/sites/ with a `labels.json` is served on 127.0.0.1 (cli/serve-site.ts), audited
 * through the real crawler (`runAudit` with Node's fetch), and compared item by item with the labels
 * a strict assessor wrote (shared/oit/criteria.md §4.1).
 *
 * Figures, per site and overall: exact agreement (same status), pass/not-pass agreement, false passes
 * (we say pass, the label does not: the worst bug, style.md), missed passes, evidence hits
 * (`evidence[0]` is one of the labelled URLs, counted over items both sides call pass) and survey
 * agreement. Used by tests/integration/accuracy.test.ts and `npm run accuracy` (cli/accuracy.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { runAudit } from '../../checks/audit';
import { normalizeUrl } from '../../checks/crawl/url';
import { ReportSchema, type Report } from '../../checks/report/schema';
import type { RuleSet } from '../../checks/rules';
import { getRuleSet } from '../../checks/rulesets';
import { nodeEnrich } from '../../cli/node-readers';
import { serveSite } from '../../cli/serve-site';

export const SITES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

/** The issue's thresholds ("Done when"): never weaken them to make a run green. */
export const THRESHOLDS = { passAgreement: 0.98, exactAgreement: 0.9, evidenceHits: 0.95 } as const;

const Status = z.enum(['pass', 'partial', 'fail', 'review']);
type Status = z.infer<typeof Status>;

export const LabelsSchema = z.object({
  ruleset: z.string(),
  site: z.string().optional(),
  /** Path of the start URL on the served site (default `/`). */
  startPath: z.string().startsWith('/').default('/'),
  items: z.record(
    z.string().regex(/^O\d{1,2}$/),
    z.object({
      status: Status,
      /** Site-relative (`/x`) or absolute URLs a webmaster would paste into ITAS; the first is the best. */
      evidence: z.array(z.string().min(1)),
      why: z.string().min(10),
    }),
  ),
  survey: z.object({ eit: z.enum(['pass', 'fail', 'review']), iit: z.enum(['pass', 'fail', 'review']) }).optional(),
});
export type Labels = z.infer<typeof LabelsSchema>;

/** Fixture sites that carry labels, by folder name (sorted). */
export function labelledSites(dir = SITES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'labels.json')))
    .map((d) => d.name)
    .sort();
}

export function loadLabels(site: string, dir = SITES_DIR): Labels {
  const raw = JSON.parse(readFileSync(join(dir, site, 'labels.json'), 'utf8')) as unknown;
  const parsed = LabelsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${site}/labels.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Problems of the labels themselves against their rule set (every item labelled, nothing extra). */
export function labelErrors(labels: Labels, ruleset: RuleSet): string[] {
  const codes = ruleset.items.map((i) => i.code);
  const errors: string[] = [];
  for (const c of codes) if (!labels.items[c]) errors.push(`${c} of ${ruleset.id} has no label`);
  for (const c of Object.keys(labels.items)) if (!codes.includes(c)) errors.push(`label ${c} is not an item of ${ruleset.id}`);
  for (const [c, l] of Object.entries(labels.items)) {
    if (l.status === 'pass' && !l.evidence.length) errors.push(`${c} is labelled pass without evidence`);
  }
  return errors;
}

/** The report breaks shared/contracts/report.md: items once each in rule-set order, absolute evidence URLs, valid schema. */
export function contractErrors(report: Report, ruleset: RuleSet): string[] {
  const errors: string[] = [];
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) errors.push(`schema: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const want = ruleset.items.map((i) => i.code);
  const got = report.items.map((i) => i.id);
  if (want.join(',') !== got.join(',')) errors.push(`items are not the rule set's items in order, once each: got [${got.join(',')}], want [${want.join(',')}]`);
  if (report.ruleset.id !== ruleset.id) errors.push(`report.ruleset.id ${report.ruleset.id} ≠ ${ruleset.id}`);
  for (const item of report.items) {
    for (const e of item.evidence) {
      if (!/^https?:\/\/[^/]/i.test(e.url) || normalizeUrl(e.url) === null) errors.push(`${item.id}: evidence URL is not absolute: ${e.url}`);
      if (e.foundOn && !/^https?:\/\/[^/]/i.test(e.foundOn)) errors.push(`${item.id}: foundOn is not absolute: ${e.foundOn}`);
    }
    if (item.status === 'pass' && item.evidence.length === 0) errors.push(`${item.id}: pass without evidence`);
  }
  return errors;
}

export interface Disagreement {
  site: string;
  item: string;
  got: Status | 'absent';
  expected: Status;
  /** Our evidence URLs (site-relative when on the site). */
  evidence: string[];
  /** What the report says is missing (Thai). */
  missing: string[];
  /** The label's one line of reasoning. */
  why: string;
}

export interface SiteAccuracy {
  site: string;
  ruleset: string;
  items: number;
  exact: number;
  passAgree: number;
  falsePasses: Disagreement[];
  missedPasses: Disagreement[];
  /** Other disagreements (partial vs fail, review vs partial…). */
  otherMismatches: Disagreement[];
  evidence: { hits: number; total: number; misses: { item: string; got: string; want: string[] }[] };
  survey: { agree: number; total: number; mismatches: string[] };
  contractErrors: string[];
  labelErrors: string[];
  /** The label distribution (expected statuses). */
  labels: Record<Status, number>;
  pagesFetched: number;
  stoppedBy: string;
  ms: number;
}

function relative(url: string, origin: string): string {
  return url.startsWith(origin) ? url.slice(origin.length) || '/' : url;
}

/** Labelled URL → comparable absolute form. */
function absolute(u: string, origin: string): string {
  return normalizeUrl(u.startsWith('/') ? origin + u : u) ?? u;
}

export function compareWithLabels(site: string, report: Report, labels: Labels, ruleset: RuleSet, origin: string, ms = 0): SiteAccuracy {
  const byId = new Map(report.items.map((i) => [i.id, i]));
  const acc: SiteAccuracy = {
    site,
    ruleset: ruleset.id,
    items: 0,
    exact: 0,
    passAgree: 0,
    falsePasses: [],
    missedPasses: [],
    otherMismatches: [],
    evidence: { hits: 0, total: 0, misses: [] },
    survey: { agree: 0, total: 0, mismatches: [] },
    contractErrors: contractErrors(report, ruleset),
    labelErrors: labelErrors(labels, ruleset),
    labels: { pass: 0, partial: 0, fail: 0, review: 0 },
    pagesFetched: report.crawl.pagesFetched,
    stoppedBy: report.crawl.stoppedBy,
    ms,
  };
  for (const [code, label] of Object.entries(labels.items)) {
    acc.items++;
    acc.labels[label.status]++;
    const item = byId.get(code);
    const got: Status | 'absent' = item ? item.status : 'absent';
    const d: Disagreement = {
      site,
      item: code,
      got,
      expected: label.status,
      evidence: (item?.evidence ?? []).map((e) => relative(e.url, origin)),
      missing: item?.missing ?? (item ? [] : ['(item not in the rule set)']),
      why: label.why,
    };
    if (got === label.status) acc.exact++;
    else if (got === 'pass') acc.falsePasses.push(d);
    else if (label.status === 'pass') acc.missedPasses.push(d);
    else acc.otherMismatches.push(d);
    if ((got === 'pass') === (label.status === 'pass')) acc.passAgree++;
    if (got === 'pass' && label.status === 'pass') {
      acc.evidence.total++;
      const first = item!.evidence[0]?.url;
      const wanted = label.evidence.map((u) => absolute(u, origin));
      if (first && wanted.includes(absolute(first, origin))) acc.evidence.hits++;
      else acc.evidence.misses.push({ item: code, got: first ? relative(first, origin) : '(none)', want: label.evidence });
    }
  }
  if (labels.survey) {
    for (const kind of ['eit', 'iit'] as const) {
      acc.survey.total++;
      const got = report.survey?.[kind]?.status;
      if (got === labels.survey[kind]) acc.survey.agree++;
      else acc.survey.mismatches.push(`${kind}: got ${got ?? '(none)'}, expected ${labels.survey[kind]}`);
    }
  }
  return acc;
}

/**
 * Serve one fixture site, audit it with the real crawler, compare with its labels. The audit runs as
 * the CLI's does: Node's fetch, and the evidence readers of issue #5 (PDF text, QR codes) on the
 * site's own documents and images.
 */
export async function auditFixtureSite(site: string, dir = SITES_DIR): Promise<{ accuracy: SiteAccuracy; report: Report }> {
  const labels = loadLabels(site, dir);
  const ruleset = getRuleSet(labels.ruleset);
  if (!ruleset) throw new Error(`${site}/labels.json: unknown rule set ${labels.ruleset}`);
  const server = await serveSite(join(dir, site));
  const t0 = Date.now();
  try {
    const fetchNode: typeof fetch = (url, init) => fetch(url, init);
    const report = await runAudit({
      startUrl: server.url + labels.startPath,
      ruleset,
      fetch: fetchNode,
      settings: { timeLimitMs: 5 * 60_000 },
      enrich: nodeEnrich({ fetch: fetchNode, ruleset }),
    });
    return { accuracy: compareWithLabels(site, report, labels, ruleset, server.url, Date.now() - t0), report };
  } finally {
    await server.close();
  }
}

export interface Totals {
  items: number;
  exact: number;
  passAgree: number;
  falsePasses: number;
  missedPasses: number;
  evidenceHits: number;
  evidenceTotal: number;
  surveyAgree: number;
  surveyTotal: number;
}

export function totals(results: SiteAccuracy[]): Totals {
  const t: Totals = { items: 0, exact: 0, passAgree: 0, falsePasses: 0, missedPasses: 0, evidenceHits: 0, evidenceTotal: 0, surveyAgree: 0, surveyTotal: 0 };
  for (const r of results) {
    t.items += r.items;
    t.exact += r.exact;
    t.passAgree += r.passAgree;
    t.falsePasses += r.falsePasses.length;
    t.missedPasses += r.missedPasses.length;
    t.evidenceHits += r.evidence.hits;
    t.evidenceTotal += r.evidence.total;
    t.surveyAgree += r.survey.agree;
    t.surveyTotal += r.survey.total;
  }
  return t;
}

/** Share in [0, 1]; an empty denominator counts as 1 (nothing to get wrong). */
export function ratio(n: number, d: number): number {
  return d ? n / d : 1;
}

function pct(n: number, d: number): string {
  return `${n}/${d} (${(100 * ratio(n, d)).toFixed(1)}%)`;
}

/** The table and lists printed by `npm run accuracy`. */
export function formatAccuracy(results: SiteAccuracy[]): string {
  const rows: string[][] = [['site', 'items', 'labels p/pt/f/r', 'exact', 'pass/not-pass', 'false pass', 'missed pass', 'evidence[0]', 'survey', 'pages']];
  const dist = (d: Record<Status, number>) => `${d.pass}/${d.partial}/${d.fail}/${d.review}`;
  const sum: Record<Status, number> = { pass: 0, partial: 0, fail: 0, review: 0 };
  for (const r of results) {
    for (const k of Object.keys(sum) as Status[]) sum[k] += r.labels[k];
    rows.push([r.site, String(r.items), dist(r.labels), pct(r.exact, r.items), pct(r.passAgree, r.items), String(r.falsePasses.length), String(r.missedPasses.length), pct(r.evidence.hits, r.evidence.total), `${r.survey.agree}/${r.survey.total}`, String(r.pagesFetched)]);
  }
  const t = totals(results);
  rows.push(['overall', String(t.items), dist(sum), pct(t.exact, t.items), pct(t.passAgree, t.items), String(t.falsePasses), String(t.missedPasses), pct(t.evidenceHits, t.evidenceTotal), `${t.surveyAgree}/${t.surveyTotal}`, '']);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join('  ').trimEnd();
  const out: string[] = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  rows.slice(1, -1).forEach((r) => out.push(line(r)));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1]));
  out.push(
    '',
    `thresholds: pass/not-pass ≥ ${THRESHOLDS.passAgreement * 100}%, exact ≥ ${THRESHOLDS.exactAgreement * 100}%, evidence[0] ≥ ${THRESHOLDS.evidenceHits * 100}%, false passes = 0`,
  );
  const list = (title: string, ds: Disagreement[], withEvidence: boolean) => {
    out.push('', `${title} (${ds.length})`);
    for (const d of ds) {
      const extra = withEvidence ? `evidence: ${d.evidence.slice(0, 2).join(' ') || '(none)'}` : `missing: ${d.missing.slice(0, 2).join('; ') || '(nothing said)'}`;
      out.push(`  ${d.site} ${d.item}: got ${d.got}, expected ${d.expected} | ${extra}`, `      label: ${d.why}`);
    }
  };
  list('FALSE PASSES', results.flatMap((r) => r.falsePasses), true);
  list('MISSED PASSES', results.flatMap((r) => r.missedPasses), false);
  list('other mismatches', results.flatMap((r) => r.otherMismatches), false);
  const evMisses = results.flatMap((r) => r.evidence.misses.map((m) => ({ site: r.site, ...m })));
  out.push('', `evidence[0] not a labelled URL (${evMisses.length})`);
  for (const m of evMisses) out.push(`  ${m.site} ${m.item}: got ${m.got} | labelled ${m.want.join(' ')}`);
  const survey = results.flatMap((r) => r.survey.mismatches.map((m) => `${r.site} ${m}`));
  if (survey.length) out.push('', `survey mismatches (${survey.length})`, ...survey.map((s) => `  ${s}`));
  const contract = results.flatMap((r) => [...r.contractErrors, ...r.labelErrors].map((e) => `${r.site}: ${e}`));
  if (contract.length) out.push('', `contract / label problems (${contract.length})`, ...contract.map((s) => `  ${s}`));
  return out.join('\n') + '\n';
}
