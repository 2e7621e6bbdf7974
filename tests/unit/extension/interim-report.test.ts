/**
 * `runAudit({ onInterim })`: the partial report the extension keeps while crawling, so a tab closed
 * mid-audit still leaves what was found (issue #4 §1).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runAudit } from '@/checks/audit';
import { ReportSchema, type Report } from '@/checks/report/schema';
import { getRuleSet, DEFAULT_RULESET_ID } from '@/checks/rulesets';
import { serveMiniSite, type MiniSite } from '../../support/mini-site';

const page = (title: string, body: string) => `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

let site: MiniSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

describe('runAudit onInterim', () => {
  it('reports what is found so far, valid against the report schema, before the audit ends', async () => {
    site = await serveMiniSite({
      '/': page('องค์การบริหารส่วนตำบลทดสอบ', '<nav><a href="/structure">โครงสร้าง</a> <a href="/a">ข่าว ก</a> <a href="/b">ข่าว ข</a></nav>'),
      '/structure': page('โครงสร้าง', '<h1>โครงสร้างองค์กร</h1><img src="/chart.png" alt="แผนผังโครงสร้าง">'),
      '/a': page('ข่าว ก', '<p>ข่าว</p>'),
      '/b': page('ข่าว ข', '<p>ข่าว</p>'),
    });
    const interims: Report[] = [];

    const final = await runAudit({
      startUrl: `${site.url}/`,
      ruleset: getRuleSet(DEFAULT_RULESET_ID)!,
      fetch: (url, init) => fetch(url, init),
      settings: { obeyRobots: false, concurrency: 1 },
      onInterim: (r) => interims.push(r),
    });

    expect(interims.length).toBeGreaterThan(0);
    const actual = interims[interims.length - 1];
    expect(ReportSchema.safeParse(actual).success).toBe(true);
    expect(actual.crawl.stoppedBy).toBe('cancelled');
    expect(actual.items.map((i) => i.id)).toEqual(final.items.map((i) => i.id));
    expect(actual.crawl.pagesFetched).toBeLessThanOrEqual(final.crawl.pagesFetched);
  });
});
