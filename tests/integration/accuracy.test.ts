/**
 * The accuracy gate of issue #3 §4: every labelled fixture site (tests/fixtures/sites/*\/labels.json)
 * is audited through the real crawler on 127.0.0.1 and compared with its labels.
 * - Any false pass fails (a false "pass" is the worst bug: style.md, issue #3 "Done when").
 * - The report keeps shared/contracts/report.md: every item of the rule set once, in order, with
 *   absolute evidence URLs.
 * - The thresholds of the issue hold over the corpus: pass/not-pass ≥ 98 %, exact ≥ 90 %,
 *   `evidence[0]` a labelled URL for ≥ 95 % of the items both sides call pass.
 * - The corpus itself is sound: labels cover every item of their rule set, and each ITA 2566 item is
 *   a pass on one site and a fail or partial on another (issue #3 §3).
 * `npm run accuracy` prints the same figures with the lists of disagreements.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getRuleSet } from '../../checks/rulesets';
import { resolveSiteFile } from '../../cli/serve-site';
import {
  SITES_DIR,
  THRESHOLDS,
  auditFixtureSite,
  formatAccuracy,
  labelledSites,
  loadLabels,
  ratio,
  totals,
  type SiteAccuracy,
} from '../support/accuracy';

/**
 * Blind holdout sites: written after the detectors were tuned, by someone who did not read them, to
 * measure the engine on unseen sites. `npm run accuracy` reports them; they are not gated here, so
 * that they stay a measure rather than become a tuning target.
 */
/*
 * joomla, pasworld, itgmod, laravel, gsites, handphp, phudesign, nextjs, citywebs, wpflip, aspnet, ppao, cityportal, drupal, hospital and provoffice were holdouts first: their blind figures are in the README
 * ("Accuracy"). The engine was then fixed on what they found, so they are gated now like the tuned
 * sites. A new holdout goes here until its first run is recorded.
 */
const HOLDOUT = new Set<string>([]);
const SITES = labelledSites().filter((s) => !HOLDOUT.has(s));
const results: SiteAccuracy[] = [];

afterAll(() => {
  // The figures, for whoever reads the test log (the assertions below carry the verdict).
  if (results.length) process.stderr.write(`\n${formatAccuracy(results)}`);
});

describe('labelled fixture corpus', () => {
  it('has the four site styles of thai-sites.md §8 besides the sample', () => {
    expect(SITES).toEqual(expect.arrayContaining(['assystem', 'dungbhumi', 'legacy', 'wordpress']));
  });

  it('labels every ITA 2566 item as pass on one site and as fail or partial on another', () => {
    const ruleset = getRuleSet('ita-2566')!;
    const labelled = SITES.map((s) => loadLabels(s)).filter((l) => l.ruleset === 'ita-2566');
    const codes = Array.from({ length: 43 }, (_, i) => `O${i + 1}`);
    const uncovered = codes.filter((code) => {
      const statuses = labelled.map((l) => l.items[code]?.status);
      return !statuses.includes('pass') || !statuses.some((s) => s === 'fail' || s === 'partial');
    });
    expect(uncovered).toEqual([]);
    expect(ruleset.id).toBe('ita-2566');
  });

  it.each(SITES)('%s: every on-site URL labelled as the evidence of a pass is served', async (site) => {
    const labels = loadLabels(site);
    // A redirect the site answers (a moved page, _server.json) is served too: the assessor lands on its target.
    const config = join(SITES_DIR, site, '_server.json');
    const redirects = existsSync(config) ? ((JSON.parse(readFileSync(config, 'utf8')) as { redirects?: Record<string, string | { to: string }> }).redirects ?? {}) : {};
    const broken: string[] = [];
    for (const [code, l] of Object.entries(labels.items)) {
      if (l.status !== 'pass') continue;
      for (const u of l.evidence.filter((e) => e.startsWith('/'))) {
        const url = new URL(u, 'http://fixture.invalid');
        const moved = redirects[url.pathname + url.search];
        const target = moved ? new URL(typeof moved === 'string' ? moved : moved.to, 'http://fixture.invalid') : url;
        const file = await resolveSiteFile(join(SITES_DIR, site), decodeURIComponent(target.pathname), target.search.slice(1));
        if (!file) broken.push(`${code} ${u}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe.each(SITES)('fixture site %s', (site) => {
  it('is audited without a false pass, within the report contract', async () => {
    const { accuracy } = await auditFixtureSite(site);
    results.push(accuracy);
    expect(accuracy.labelErrors, 'labels.json must label every item of its rule set').toEqual([]);
    expect(accuracy.contractErrors, 'report contract (shared/contracts/report.md)').toEqual([]);
    const falsePasses = accuracy.falsePasses.map((d) => `${d.item}: got pass, expected ${d.expected}; evidence ${d.evidence.join(' ')}`);
    expect(falsePasses, 'false passes').toEqual([]);
  }, 180_000);
});

describe('accuracy over the corpus', () => {
  it('meets the thresholds of issue #3 (pass/not-pass ≥ 98 %, exact ≥ 90 %, evidence[0] ≥ 95 %)', () => {
    expect(results.length, 'every site was audited').toBe(SITES.length);
    const t = totals(results);
    const figures = {
      passAgreement: ratio(t.passAgree, t.items),
      exactAgreement: ratio(t.exact, t.items),
      evidenceHits: ratio(t.evidenceHits, t.evidenceTotal),
    };
    expect(figures.passAgreement, `pass/not-pass agreement ${t.passAgree}/${t.items}`).toBeGreaterThanOrEqual(THRESHOLDS.passAgreement);
    expect(figures.exactAgreement, `exact agreement ${t.exact}/${t.items}`).toBeGreaterThanOrEqual(THRESHOLDS.exactAgreement);
    expect(figures.evidenceHits, `evidence[0] hits ${t.evidenceHits}/${t.evidenceTotal}`).toBeGreaterThanOrEqual(THRESHOLDS.evidenceHits);
  });
});
