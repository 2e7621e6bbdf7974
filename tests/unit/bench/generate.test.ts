/**
 * The bench's site generator (issue #7 §1): deterministic, the requested size, realistic pages,
 * items at the depths it claims, a minimal evidence set that is enough to find every item, and a
 * revision that changes exactly one page. The server answers conditional requests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateSite, type GeneratedSite } from '../../../bench/generate';
import { hash32 } from '../../../bench/random';
import { serveGenerated, type SiteServer } from '../../../bench/server';
import { computeTargets } from '../../../bench/targets';
import { DEFAULT_RULESET_ID, getRuleSet } from '../../../checks/rulesets';

const ruleset = getRuleSet(DEFAULT_RULESET_ID)!;
const bodyHash = (site: GeneratedSite, path: string) => {
  const r = site.get(path)!;
  return hash32(typeof r.body === 'string' ? r.body : new TextDecoder().decode(r.body));
};

let server: SiteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('generateSite', () => {
  it('is deterministic: the same seed gives the same site byte for byte, another seed another site', () => {
    const a = generateSite({ pages: 200, seed: 7, ruleset });
    const b = generateSite({ pages: 200, seed: 7, ruleset });
    const c = generateSite({ pages: 200, seed: 8, ruleset });
    expect(b.pagePaths).toEqual(a.pagePaths);
    expect(b.minimal).toEqual(a.minimal);
    expect(b.evidence).toEqual(a.evidence);
    for (const p of a.pagePaths) expect(bodyHash(b, p)).toBe(bodyHash(a, p));
    expect(c.pagePaths.map((p) => bodyHash(c, p))).not.toEqual(a.pagePaths.map((p) => bodyHash(a, p)));
  });

  it('has exactly the pages asked for, all reachable, mostly 30–150 kB of HTML', () => {
    const site = generateSite({ pages: 2000, ruleset });
    expect(site.pagePaths).toHaveLength(2000);
    expect(new Set(site.pagePaths).size).toBe(2000);
    expect(site.pagePaths.every((p) => site.depthOf(p)! >= 0)).toBe(true);
    const sizes = site.pagePaths.filter((_, i) => i % 10 === 0).map((p) => new TextEncoder().encode(site.get(p)!.body as string).byteLength / 1024);
    const inRange = sizes.filter((kb) => kb >= 30 && kb <= 160).length;
    expect(inRange / sizes.length).toBeGreaterThan(0.9);
  });

  it('publishes every item of the rule set once, at depths from 1 to 4, some only four levels down', () => {
    const site = generateSite({ pages: 2000, ruleset });
    const codes = ruleset.items.map((i) => i.code);
    expect(site.findable.sort()).toEqual([...codes].sort());
    expect(site.missing).toEqual([]);
    for (const code of codes) expect(site.evidence.filter((e) => e.item === code)).toHaveLength(1);
    const depths = site.evidence.map((e) => e.depth);
    expect(Math.max(...depths)).toBe(4);
    expect(site.evidence.some((e) => e.placement === 'deep' && e.depth === 4)).toBe(true);
    expect(site.evidence.some((e) => e.placement === 'hub')).toBe(true);
  });

  it('knows its minimal evidence set: the home page, the evidence pages and the pages on the way, enough to find every item', () => {
    const site = generateSite({ pages: 2000, ruleset });
    expect(site.minimal[0]).toBe(site.startPath);
    for (const e of site.evidence) expect(site.minimal).toContain(e.path);
    expect(site.minimal.length).toBeLessThan(site.evidence.length * 4);
    const targets = computeTargets(site, ruleset);
    expect(targets.surveyPass).toBe(true);
    // Found on the evidence set alone (pass, or a partial/review the detectors give a generated page).
    for (const code of site.findable) expect(targets.status[code]).not.toBe('fail');
  });

  it('leaves items out on request, and never names them elsewhere', () => {
    const site = generateSite({ pages: 2000, ruleset, missing: 2 });
    expect(site.missing).toHaveLength(2);
    expect(site.findable).toHaveLength(ruleset.items.length - 2);
    const targets = computeTargets(site, ruleset);
    for (const code of site.missing) expect(targets.status[code]).toBeUndefined();
    expect(site.evidence.map((e) => e.item)).not.toContain(site.missing[0]);
  });

  it('revision 1 edits exactly one page (the re-audit’s one change)', () => {
    const v0 = generateSite({ pages: 200, ruleset });
    const v1 = generateSite({ pages: 200, ruleset, revision: 1 });
    const changed = v0.pagePaths.filter((p) => v0.get(p)!.etag !== v1.get(p)!.etag);
    expect(changed).toEqual([v1.changedPath]);
    expect(v1.evidence.map((e) => e.path)).toContain(v1.changedPath);
  });
});

describe('serveGenerated', () => {
  it('serves pages, documents and 404s, and answers 304 to a matching If-None-Match or If-Modified-Since', async () => {
    const site = generateSite({ pages: 200, ruleset });
    server = await serveGenerated(site, { latencyMs: 0 });
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    const etag = home.headers.get('etag')!;
    const lastModified = home.headers.get('last-modified')!;
    expect((await home.text()).length).toBeGreaterThan(10_000);
    expect((await fetch(server.url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await fetch(server.url, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    expect((await fetch(server.url, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    expect((await fetch(`${server.origin}/public/nothing/here`)).status).toBe(404);
    const pdf = /href="(\/public\/list_upload\/[^"]+\.pdf)"/.exec(site.get(site.evidence.find((e) => e.placement !== 'home' && /detail/.test(e.path))!.path)!.body as string)![1];
    const head = await fetch(`${server.origin}${pdf}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/pdf');
    expect(server.counts().notModified).toBe(2);
  });
});
