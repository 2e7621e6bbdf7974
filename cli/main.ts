/**
 * The command line: `npm run --silent audit -- <url> [flags]` (shared/contracts/report.md).
 * Exit 0 when the audit ran to its end, 2 for a usage error (one clear line on stderr), 3 when the
 * start URL itself cannot be fetched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CrawlCache } from '../checks/crawl/cache';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runAudit } from '../checks/audit';
import { DEFAULT_CRAWL_SETTINGS, StartUrlError, type CrawlSettings } from '../checks/crawl/crawler';
import { formatCsv, formatHtml, formatMarkdown, formatText } from '../checks/report/format';
import type { Report } from '../checks/report/schema';
import type { RuleSet } from '../checks/rules';
import { DEFAULT_RULESET_ID, RULESETS, getRuleSet } from '../checks/rulesets';
import { parseRuleSet, RuleSetError } from '../checks/rulesets/load';
import { nodeEnrich } from './node-readers';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  fetch?: typeof fetch;
}

const FORMATS = ['text', 'json', 'md', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: npm run --silent audit -- <url> [--ruleset ${DEFAULT_RULESET_ID}|FILE.json] [--format text|json|md|csv|html] [--out FILE]
       [--max-pages N] [--max-depth N] [--concurrency N] [--timeout-ms N] [--time-limit-ms N] [--ignore-robots] [--cache FILE] [--list-rulesets]`;

class UsageError extends Error {}

function intFlag(v: string | undefined, name: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${v}")`);
  return n;
}

function loadRuleSet(arg: string | undefined): RuleSet {
  const id = arg ?? DEFAULT_RULESET_ID;
  const bundled = getRuleSet(id);
  if (bundled) return bundled;
  if (/\.json$/i.test(id)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(id, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read rule set file ${id}: ${(e as Error).message}`);
    }
    try {
      return parseRuleSet(json);
    } catch (e) {
      if (e instanceof RuleSetError) throw new UsageError(`${id}: ${e.message.split('\n')[0]}`);
      throw e;
    }
  }
  throw new UsageError(`unknown rule set "${id}" (bundled: ${RULESETS.map((r) => r.id).join(', ')}; or a path to a .json file)`);
}

/**
 * Site text ends up in a terminal: C0/C1 controls (ESC, BEL, CSI, CR…) are dropped from every
 * string of the report before it is printed, so a page title cannot move the cursor, overwrite a
 * line, retitle the terminal or write the clipboard (OSC 52) (issue #6). Tab and newline stay;
 * JSON escapes controls by itself.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const withoutControls = (report: Report): Report =>
  JSON.parse(JSON.stringify(report), (_key, v: unknown) => (typeof v === 'string' ? v.replace(CONTROLS, '') : v));

function render(reportIn: Report, format: Format, color: boolean): string {
  if (format === 'json') return JSON.stringify(reportIn, null, 2) + '\n';
  const report = withoutControls(reportIn);
  if (format === 'md') return formatMarkdown(report);
  if (format === 'csv') return formatCsv(report);
  if (format === 'html') return formatHtml(report);
  return formatText(report, { color });
}

function progressBar(done: number, total: number, width = 24): string {
  const filled = Math.min(width, Math.round((done / Math.max(1, total)) * width));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ruleset: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'max-pages': { type: 'string' },
        'max-depth': { type: 'string' },
        concurrency: { type: 'string' },
        'timeout-ms': { type: 'string' },
        'time-limit-ms': { type: 'string' },
        'ignore-robots': { type: 'boolean' },
        'list-rulesets': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        cache: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.stderr(`error: ${(e as Error).message.split('\n')[0]} (see --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (values['list-rulesets']) {
    for (const r of RULESETS) io.stdout(`${r.id}\t${r.items.length} items\t${r.title.th}${r.id === DEFAULT_RULESET_ID ? '\t(default)' : ''}\n`);
    return 0;
  }
  let ruleset: RuleSet;
  let settings: Partial<CrawlSettings>;
  let format: Format;
  let startUrl: string;
  try {
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one URL, got ${positionals.length}` : 'missing <url>');
    startUrl = positionals[0];
    let u: URL;
    try {
      u = new URL(startUrl);
    } catch {
      throw new UsageError(`not a URL: "${startUrl}" (give the agency's address, e.g. https://www.ronthong.go.th/)`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`only http and https URLs can be audited (got ${u.protocol})`);
    if (!FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    format = values.format as Format;
    ruleset = loadRuleSet(values.ruleset as string | undefined);
    settings = {
      maxPages: intFlag(values['max-pages'] as string, 'max-pages', 1, 100_000),
      maxDepth: intFlag(values['max-depth'] as string, 'max-depth', 0, 50),
      concurrency: intFlag(values.concurrency as string, 'concurrency', 1, 32),
      timeoutMs: intFlag(values['timeout-ms'] as string, 'timeout-ms', 100, 600_000),
      timeLimitMs: intFlag(values['time-limit-ms'] as string, 'time-limit-ms', 1000, 24 * 3_600_000),
      obeyRobots: values['ignore-robots'] ? false : undefined,
    };
    for (const k of Object.keys(settings) as (keyof CrawlSettings)[]) if (settings[k] === undefined) delete settings[k];
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  let lastLine = 0;
  const maxPages = settings.maxPages ?? 300;
  const onProgress = (p: { pagesFetched: number; itemsPassed?: number; itemsTotal: number; currentUrl?: string }) => {
    const items = p.itemsPassed !== undefined ? ` · ผ่าน ${p.itemsPassed}/${p.itemsTotal} รายการ` : '';
    if (io.isTTY) {
      const url = (p.currentUrl ?? '').slice(0, 60);
      io.stderr(`\r\x1b[K${progressBar(p.pagesFetched, maxPages)} ${p.pagesFetched}/${maxPages} หน้า${items} ${url}`);
    } else if (p.pagesFetched - lastLine >= 25) {
      lastLine = p.pagesFetched;
      io.stderr(`ตรวจแล้ว ${p.pagesFetched} หน้า${items}\n`);
    }
  };

  let report: Report;
  let cache: CrawlCache | undefined;
  try {
    const fetchFn: typeof fetch = io.fetch ?? ((url, init) => fetch(url, init));
    // Evidence beyond HTML (issue #5): QR codes in images and the text of PDFs, same site only.
    // --time-limit-ms covers the whole audit: the crawl leaves the readers the last 15 % (at most a minute).
    const timeLimitMs = settings.timeLimitMs ?? DEFAULT_CRAWL_SETTINGS.timeLimitMs;
    const readersMs = Math.min(60_000, Math.round(timeLimitMs * 0.15));
    // --cache FILE: a re-audit asks with If-None-Match / If-Modified-Since and reuses what did not change (issue #7).
    const cacheFile = values.cache as string | undefined;
    if (cacheFile) {
      let json: unknown = null;
      try {
        json = JSON.parse(readFileSync(cacheFile, 'utf8'));
      } catch {
        // No cache yet, or an unreadable one: start afresh (fromJSON drops anything it cannot trust).
      }
      cache = CrawlCache.fromJSON(json);
    }
    report = await runAudit({
      startUrl,
      ruleset,
      fetch: fetchFn,
      cache,
      settings: { ...settings, timeLimitMs: timeLimitMs - readersMs },
      onProgress,
      enrich: nodeEnrich({ fetch: fetchFn, ruleset, settings: { timeoutMs: settings.timeoutMs ?? 20_000 }, deadline: Date.now() + timeLimitMs }),
    });
  } catch (e) {
    if (io.isTTY) io.stderr('\r\x1b[K');
    if (e instanceof StartUrlError) {
      io.stderr(`error: cannot open ${e.url}: ${e.reason}\n`);
      return 3;
    }
    throw e;
  }
  if (io.isTTY) io.stderr('\r\x1b[K');
  if (values.cache) {
    try {
      if (cache) writeFileSync(values.cache as string, JSON.stringify(cache.toJSON()));
    } catch (e) {
      io.stderr(`warning: cannot write the cache ${values.cache}: ${(e as Error).message}\n`);
    }
  }
  const out = render(report, format, io.isTTY && !values['no-color'] && !values.out && format === 'text');
  if (values.out) {
    writeFileSync(values.out as string, out);
    io.stderr(`wrote ${values.out}\n`);
  } else {
    io.stdout(out);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Each page's parse leaves megabytes of garbage that V8 by default lets pile up to 4× the live
  // heap: with the heap grown 30 % past what is live, the bench's 2,000-page audit peaks at about
  // 185 MB RSS instead of 240 (issue #7; bench/audit-child.ts does the same). No hard cap: a big
  // site still gets the memory it needs.
  v8.setFlagsFromString('--heap-growing-percent=30');
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stderr.isTTY,
  }).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
