/**
 * `npm run bench` (issue #7 §2): generates the bench sites in memory, serves them on 127.0.0.1 with
 * a per-request latency, audits each one in a child process (best-first, then breadth-first with a
 * constant priority), measures the core's throughput, re-audits a site after one change, builds
 * the extension to measure its bundles, and prints a table (or, with `--json`, one JSON object).
 *
 *   npm run bench                 the table
 *   npm run bench -- --json       one JSON object on stdout (progress on stderr)
 *   npm run bench -- --quick      200 and 2,000 pages at 0 ms only; no re-audit, no bundle
 *   npm run bench -- --full       also breadth-first and the missing-items site at 300 ms (over 5 minutes)
 *   flags: --sizes 200,2000  --no-bundle  --no-reaudit  --seed N  --ruleset ID
 *
 * Speed is shown here, never asserted by timed tests (house rules).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { decodeHtml } from '../checks/crawl/decode';
import { extractFeatures } from '../checks/crawl/extract';
import { DEFAULT_RULESET_ID, getRuleSet } from '../checks/rulesets';
import type { ChildConfig, ChildResult } from './audit-child';
import { generateSite, type GeneratedSite } from './generate';
import { CONCURRENCY, FULL_EXTRA, JITTER, PROFILES, QUICK, type RunProfile } from './profiles';
import { serveGenerated } from './server';
import { computeTargets } from './targets';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./audit-child.ts', import.meta.url));

interface StrategyResult {
  fetchesToAllFound: number | null;
  wallMs: number;
  msToAllFound: number | null;
  pagesFetched: number;
  stoppedBy: string;
  peakRssMB: number;
  peakHeapMB: number;
  cpuMs: number;
  mismatched: ChildResult['mismatched'];
}

interface RunResult {
  pages: number;
  latencyMs: number;
  jitter: number;
  concurrency: number;
  missingItems: number;
  maxPages: number;
  bestFirst: StrategyResult;
  breadthFirst: StrategyResult | null;
  /** bestFirst.fetchesToAllFound / breadthFirst.fetchesToAllFound (the headline; lower is better). */
  ratio: number | null;
  minimalFetches: number;
  /** bestFirst.fetchesToAllFound / minimalFetches. */
  overMinimal: number | null;
  pagesPerSecond: number;
  pagesPerSecondWall: number;
  /** Of the best-first audit's process (the CLI's audit). */
  peakRssMB: number;
  peakHeapMB: number;
  findableItems: number;
  evidenceDepths: Record<string, number>;
  targetsNotPass: string[];
  avgPageKB: number;
  note?: string;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

function runChild(cfg: ChildConfig): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(cfg)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`audit child failed (${code}): ${err.slice(-2000)}`));
      resolve(JSON.parse(line) as ChildResult);
    });
  });
}

const strategyOf = (r: ChildResult): StrategyResult => ({
  fetchesToAllFound: r.fetchesToAllFound,
  wallMs: r.wallMs,
  msToAllFound: r.msToAllFound,
  pagesFetched: r.pagesFetched,
  stoppedBy: r.stoppedBy,
  peakRssMB: r.peakRssMB,
  peakHeapMB: r.peakHeapMB,
  cpuMs: r.cpuMs,
  mismatched: r.mismatched,
});

/**
 * Core throughput: decode + parse + extract features of the site's pages, in this process, with no
 * network. `pagesPerSecond` counts this process's CPU time (robust to other load on a shared
 * machine), `pagesPerSecondWall` the wall clock. One thread: the audit parses on one core.
 */
function throughput(site: GeneratedSite, origin: string, sample: number): { cpu: number; wall: number; avgKB: number } {
  const step = Math.max(1, Math.floor(site.pagePaths.length / sample));
  const paths = site.pagePaths.filter((_, i) => i % step === 0).slice(0, sample);
  const bodies = paths.map((p) => new TextEncoder().encode(site.get(p)!.body as string));
  const siteUrl = `${origin}${site.startPath}`;
  const once = () => {
    for (let i = 0; i < paths.length; i++) {
      const { text } = decodeHtml(bodies[i], 'text/html; charset=utf-8');
      extractFeatures(text, `${origin}${paths[i]}`, { siteUrl });
    }
  };
  once(); // warm-up: JIT and the memos a crawl would have warmed as well
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  once();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  const avgKB = bodies.reduce((s, b) => s + b.byteLength, 0) / bodies.length / 1024;
  return { cpu: Math.round((paths.length / cpuMs) * 1000), wall: Math.round((paths.length / wall) * 1000), avgKB: Math.round(avgKB * 10) / 10 };
}

interface ReauditResult {
  pages: number;
  latencyMs: number;
  changedPath: string;
  first: { fetches: number; wallMs: number; fetchesToAllFound: number | null };
  reaudit: { fetches: number; wallMs: number; fetchesToAllFound: number | null; notModified: number; requests: number; stoppedBy: string; mismatched: ChildResult['mismatched'] };
  cacheKB: number;
}

async function runProfile(
  p: RunProfile,
  seed: number,
  rulesetId: string,
  sites: Map<string, GeneratedSite>,
  tp: Map<number, ReturnType<typeof throughput>>,
): Promise<{ run: RunResult; reaudit?: ReauditResult }> {
  const ruleset = getRuleSet(rulesetId)!;
  const key = `${p.pages}:${p.missing ?? 0}`;
  let site = sites.get(key);
  if (!site) {
    const t = performance.now();
    site = generateSite({ pages: p.pages, seed, ruleset, missing: p.missing ?? 0 });
    sites.set(key, site);
    log(`  generated ${site.options.pages} pages in ${Math.round(performance.now() - t)} ms (minimal evidence set ${site.minimal.length})`);
  }
  const server = await serveGenerated(site, { latencyMs: p.latencyMs, jitter: JITTER, seed });
  try {
    if (!tp.has(p.pages)) tp.set(p.pages, throughput(site, server.origin, Math.min(site.pagePaths.length, 400)));
    const targets = computeTargets(site, ruleset, server.origin);
    const maxPages = p.maxPages ?? site.options.pages + 50;
    const cfg = (strategy: ChildConfig['strategy']): ChildConfig => ({
      url: server.url,
      rulesetId,
      strategy,
      settings: { maxPages, concurrency: CONCURRENCY, timeLimitMs: 20 * 60_000 },
      targets: targets.status,
      surveyPass: targets.surveyPass,
    });
    const dir = p.reaudit ? mkdtempSync(join(os.tmpdir(), 'oit-bench-')) : '';
    log(`  best-first…`);
    const best = await runChild({ ...cfg('best-first'), ...(p.reaudit ? { cacheOut: join(dir, 'cache.json') } : {}) });
    let reaudit: ReauditResult | undefined;
    if (p.reaudit) {
      // The same site after one edit (an evidence post gets a new attachment), audited with the cache.
      const v1 = generateSite({ pages: p.pages, seed, ruleset, missing: p.missing ?? 0, revision: 1 });
      const targets1 = computeTargets(v1, ruleset, server.origin);
      server.setSite(v1);
      server.resetCounts();
      log(`  re-audit after one change…`);
      const again = await runChild({ ...cfg('best-first'), targets: targets1.status, cacheIn: join(dir, 'cache.json') });
      const counts = server.counts();
      server.setSite(site);
      rmSync(dir, { recursive: true, force: true });
      reaudit = {
        pages: site.options.pages,
        latencyMs: p.latencyMs,
        changedPath: v1.changedPath,
        first: { fetches: best.pagesFetched, wallMs: best.wallMs, fetchesToAllFound: best.fetchesToAllFound },
        reaudit: {
          fetches: again.pagesFetched, wallMs: again.wallMs, fetchesToAllFound: again.fetchesToAllFound, notModified: counts.notModified,
          requests: counts.total, stoppedBy: again.stoppedBy, mismatched: again.mismatched,
        },
        cacheKB: Math.round((best.cacheBytes ?? 0) / 1024),
      };
    }
    let breadth: ChildResult | null = null;
    if (p.breadthFirst) {
      log(`  breadth-first…`);
      breadth = await runChild(cfg('breadth-first'));
    }
    const depths: Record<string, number> = {};
    for (const e of site.evidence) depths[`${e.placement}@${e.depth}`] = (depths[`${e.placement}@${e.depth}`] ?? 0) + 1;
    const t = tp.get(p.pages)!;
    const b = best.fetchesToAllFound;
    const bf = breadth?.fetchesToAllFound ?? null;
    const run: RunResult = {
      pages: site.options.pages,
      latencyMs: p.latencyMs,
      jitter: p.latencyMs ? JITTER : 0,
      concurrency: CONCURRENCY,
      missingItems: site.missing.length,
      maxPages,
      bestFirst: strategyOf(best),
      breadthFirst: breadth ? strategyOf(breadth) : null,
      ratio: b !== null && bf ? Math.round((b / bf) * 1000) / 1000 : null,
      minimalFetches: site.minimal.length,
      overMinimal: b !== null ? Math.round((b / site.minimal.length) * 100) / 100 : null,
      pagesPerSecond: t.cpu,
      pagesPerSecondWall: t.wall,
      // The CLI's audit is the best-first one; breadth-first's own peaks are in `breadthFirst`.
      peakRssMB: best.peakRssMB,
      peakHeapMB: best.peakHeapMB,
      findableItems: site.findable.length,
      evidenceDepths: depths,
      targetsNotPass: targets.notPass.map((x) => `${x.id}:${x.status}`),
      avgPageKB: t.avgKB,
      note: p.note,
    };
    return { run, reaudit };
  } finally {
    await server.close();
  }
}

/** Bundle sizes of the Chrome build (`wxt zip` into .output/bench), minified, in kB. */
async function bundle() {
  const run = promisify(execFile);
  await run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['wxt', 'zip', '-c', 'bench/wxt.config.ts'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  const out = join(ROOT, '.output/bench');
  const dir = join(out, 'chrome-mv3');
  const kb = (f: string) => (existsSync(f) ? Math.round((statSync(f).size / 1024) * 10) / 10 : 0);
  const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')) : [];
  const popupChunk = chunks.find((f) => /^popup-.*\.js$/.test(f));
  // What popup.html loads: its entry chunk plus the shared chunks it imports.
  const popupHtml = existsSync(join(dir, 'popup.html')) ? readFileSync(join(dir, 'popup.html'), 'utf8') : '';
  const popupScripts = [...popupHtml.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
  const zip = readdirSync(out).find((f) => /chrome\.zip$/.test(f));
  return {
    contentScriptKB: kb(join(dir, 'content-scripts/content.js')),
    popupKB: popupChunk ? kb(join(dir, 'chunks', popupChunk)) : 0,
    popupTotalKB: Math.round(popupScripts.reduce((s, f) => s + kb(join(dir, f)), 0) * 10) / 10,
    backgroundKB: kb(join(dir, 'background.js')),
    zipKB: zip ? kb(join(out, zip)) : 0,
  };
}

function machine() {
  const cpus = os.cpus();
  let model = cpus[0]?.model ?? 'unknown';
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1].trim();
  } catch {
    // not Linux
  }
  return { nproc: os.availableParallelism?.() ?? cpus.length, cpu: model, node: process.version, platform: `${os.type()} ${os.release()}`, memGB: Math.round(os.totalmem() / 1e9), loadavg: os.loadavg().map((x) => Math.round(x * 10) / 10) };
}

const fmt = (n: number | null | undefined, d = 0) => (n === null || n === undefined ? '–' : n.toFixed(d));
const pct = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)} %`);

function table(result: Awaited<ReturnType<typeof runAll>>): string {
  const lines: string[] = [];
  const m = result.machine;
  lines.push(`OIT Auditor bench · ${m.cpu} · ${m.nproc} cores · Node ${m.node} · rule set ${result.ruleset} · seed ${result.seed} · load ${m.loadavg.join(' ')}`);
  lines.push('');
  lines.push('| pages | latency | missing | best-first fetches | breadth-first fetches | ratio | minimal | × minimal | best-first wall | breadth-first wall | pages/s (CPU) | peak RSS best / breadth | peak heap best / breadth |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of result.runs) {
    const bf = r.breadthFirst;
    const bestFetches = r.bestFirst.fetchesToAllFound === null ? `– (${r.bestFirst.pagesFetched}, ${r.bestFirst.stoppedBy})` : `${r.bestFirst.fetchesToAllFound}${r.missingItems ? ` (${r.bestFirst.pagesFetched}, ${r.bestFirst.stoppedBy})` : ''}`;
    lines.push(
      `| ${r.pages} | ${r.latencyMs ? `${r.latencyMs} ms ±${Math.round(r.jitter * 100)} %` : '0 ms'} | ${r.missingItems || ''} | ${bestFetches} | ${bf ? fmt(bf.fetchesToAllFound) : 'not run'} | ${pct(r.ratio)} | ${r.minimalFetches} | ${fmt(r.overMinimal, 2)} | ${fmt(r.bestFirst.wallMs / 1000, 1)} s | ${bf ? `${fmt(bf.wallMs / 1000, 1)} s` : '–'} | ${r.pagesPerSecond} | ${fmt(r.peakRssMB)}${bf ? ` / ${fmt(bf.peakRssMB)}` : ''} MB | ${fmt(r.peakHeapMB)}${bf ? ` / ${fmt(bf.peakHeapMB)}` : ''} MB |`,
    );
  }
  if (result.reaudit) {
    const a = result.reaudit;
    lines.push('');
    lines.push(`Re-audit after one change (${a.pages} pages, ${a.latencyMs} ms): first audit ${a.first.fetches} fetches in ${fmt(a.first.wallMs / 1000, 1)} s; re-audit ${a.reaudit.fetches} fetches (${a.reaudit.notModified} answered 304) in ${fmt(a.reaudit.wallMs / 1000, 1)} s; cache ${a.cacheKB} kB.`);
  }
  if (result.bundle) {
    const b = result.bundle;
    lines.push(`Bundles (Chrome, minified): content script ${b.contentScriptKB} kB · popup chunk ${b.popupKB} kB (with shared chunks ${b.popupTotalKB} kB) · background ${b.backgroundKB} kB · zip ${b.zipKB} kB`);
  }
  const notes = result.runs.filter((r) => r.note || r.targetsNotPass.length || r.bestFirst.mismatched.length);
  for (const r of notes) {
    const extra = [r.note, r.targetsNotPass.length ? `not pass on the evidence set: ${r.targetsNotPass.join(', ')}` : '', r.bestFirst.mismatched.length ? `best-first ended off target: ${r.bestFirst.mismatched.map((x) => `${x.id} ${x.status}≠${x.target}`).join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`- ${r.pages} pages, ${r.latencyMs} ms${r.missingItems ? `, ${r.missingItems} missing` : ''}: ${extra}`);
  }
  lines.push(`Total ${fmt(result.totalMs / 1000, 0)} s.`);
  return lines.join('\n');
}

async function runAll(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      quick: { type: 'boolean' },
      full: { type: 'boolean' },
      sizes: { type: 'string' },
      seed: { type: 'string' },
      ruleset: { type: 'string' },
      'no-bundle': { type: 'boolean' },
      'no-reaudit': { type: 'boolean' },
    },
  });
  const t0 = performance.now();
  const seed = Number(values.seed ?? 2568);
  const rulesetId = (values.ruleset as string | undefined) ?? DEFAULT_RULESET_ID;
  if (!getRuleSet(rulesetId)) throw new Error(`unknown rule set ${rulesetId}`);
  const sizes = values.sizes ? new Set(String(values.sizes).split(',').map(Number)) : null;
  const profiles = (values.quick ? QUICK : values.full ? [...PROFILES, ...FULL_EXTRA] : PROFILES).filter((p) => !sizes || sizes.has(p.pages));
  const m = machine();
  const sites = new Map<string, GeneratedSite>();
  const tp = new Map<number, ReturnType<typeof throughput>>();
  const runs: RunResult[] = [];
  let reauditResult: ReauditResult | null = null;
  for (const p of profiles) {
    log(`${p.pages} pages, ${p.latencyMs} ms${p.missing ? `, ${p.missing} items missing` : ''}`);
    const r = await runProfile(values['no-reaudit'] ? { ...p, reaudit: false } : p, seed, rulesetId, sites, tp);
    runs.push(r.run);
    if (r.reaudit) reauditResult = r.reaudit;
    // Drop sites no later profile needs (a 10,000-page graph is small, but no need to keep it).
    for (const k of [...sites.keys()]) if (!profiles.slice(profiles.indexOf(p) + 1).some((q) => `${q.pages}:${q.missing ?? 0}` === k)) sites.delete(k);
  }
  let bundleResult: Awaited<ReturnType<typeof bundle>> | null = null;
  if (!values.quick && !values['no-bundle']) {
    log('bundle (wxt zip)…');
    bundleResult = await bundle();
  }
  return { schema: 'oit-bench/1', ruleset: rulesetId, seed, machine: m, runs, reaudit: reauditResult, bundle: bundleResult, totalMs: Math.round(performance.now() - t0), json: !!values.json };
}

runAll(process.argv.slice(2)).then(
  (r) => {
    const { json, ...result } = r;
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${table(r)}\n`);
  },
  (e) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
