import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BUDGET,
  compactReport,
  getReport,
  historyIndex,
  importReport,
  listReports,
  listSummaries,
  loadHistory,
  loadReport,
  previousReport,
  saveReport,
  saveReportWithNotices,
  setVerdict,
} from '@/utils/history';
import type { Report } from '@/checks/report/schema';
import { makeItem, makeReport } from '../report/sample-report';

const siteReport = (host: string, finishedAt = '2026-11-26T10:00:09.000Z', items = [makeItem('O1', 'pass'), makeItem('O2', 'fail')]): Report =>
  makeReport(items, { site: { startUrl: `http://${host}/`, origin: `http://${host}`, title: host }, finishedAt });

/** Saves one after the other with increasing clocks: `savedAt` orders the history. */
async function saveMany(reports: Report[], start = Date.UTC(2026, 10, 1)): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, r] of reports.entries()) ids.push((await saveReportWithNotices(r, { now: new Date(start + i * 60_000) })).id);
  return ids;
}

const stored = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('saveReport / getReport / listReports', () => {
  it('stores a report under its site key and reads it back', async () => {
    const report = siteReport('www.ronthong.go.th');

    const id = await saveReport(report);
    const actual = await getReport(id);

    expect(actual).toMatchObject({ id, siteKey: 'ronthong.go.th', report });
    expect(actual!.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('lists newest first, filtered by site', async () => {
    const [a1, b1, a2] = await saveMany([siteReport('a.go.th'), siteReport('b.go.th'), siteReport('a.go.th')]);

    const actual = await listReports('a.go.th');

    expect(actual.map((e) => e.id)).toEqual([a2, a1]);
    expect((await listReports()).map((e) => e.id)).toEqual([a2, b1, a1]);
  });

  it('rejects a report that does not match the contract', async () => {
    const bad = { ...siteReport('a.go.th'), schema: 'nope' } as unknown as Report;

    await expect(saveReport(bad)).rejects.toThrow();
    expect(await listReports()).toEqual([]);
  });
});

describe('corrupt and foreign data', () => {
  it('skips a corrupt report and returns a notice instead of throwing', async () => {
    const [good, bad] = await saveMany([siteReport('a.go.th'), siteReport('a.go.th')]);
    await fakeBrowser.storage.local.set({ [`history-report:${bad}`]: { v: 1, id: bad, report: { items: 'garbage' } } });

    const actual = await loadHistory('a.go.th');

    expect(actual.entries.map((e) => e.id)).toEqual([good]);
    expect(actual.notices).toEqual([expect.objectContaining({ code: 'corrupt-entry', id: bad })]);
    expect(actual.notices[0].th).toMatch(/เสียหาย/);
    expect(await getReport(bad)).toBeUndefined();
  });

  it('skips a report written by a newer version', async () => {
    const [id] = await saveMany([siteReport('a.go.th')]);
    const env = (await stored())[`history-report:${id}`] as object;
    await fakeBrowser.storage.local.set({ [`history-report:${id}`]: { ...env, v: 7 } });

    const actual = await loadReport(id);

    expect(actual.entry).toBeUndefined();
    expect(actual.notices[0].code).toBe('newer-version');
  });

  it('skips a corrupt index entry and still lists the others', async () => {
    const [id] = await saveMany([siteReport('a.go.th')]);
    const index = (await historyIndex.getValue()) as { entries: unknown[] };
    await historyIndex.setValue({ entries: [...index.entries, { id: 42, junk: true }] });

    const actual = await listSummaries();

    expect(actual.entries.map((e) => e.id)).toEqual([id]);
    expect(actual.notices.map((n) => n.code)).toEqual(['corrupt-entry']);
  });

  it('rebuilds a corrupt index from the stored reports, losing nothing', async () => {
    const ids = await saveMany([siteReport('a.go.th'), siteReport('b.go.th')]);
    await fakeBrowser.storage.local.set({ history: 'not an index' });

    const actual = await listSummaries();

    expect(actual.notices.map((n) => n.code)).toEqual(['corrupt-index']);
    expect(actual.entries.map((e) => e.id)).toEqual([...ids].reverse());
    expect(((await historyIndex.getValue()) as { entries: unknown[] }).entries).toHaveLength(2);
  });
});

describe('budgets', () => {
  it(`keeps the newest ${BUDGET.perSite} reports per site and removes the older ones from storage`, async () => {
    const ids = await saveMany([...Array.from({ length: BUDGET.perSite + 2 }, () => siteReport('a.go.th')), siteReport('b.go.th')]);

    const actual = await listSummaries('a.go.th');

    expect(actual.entries).toHaveLength(BUDGET.perSite);
    expect(actual.entries.map((e) => e.id)).toEqual(ids.slice(2, BUDGET.perSite + 2).reverse());
    const keys = Object.keys(await stored());
    expect(keys).not.toContain(`history-report:${ids[0]}`);
    expect(keys).not.toContain(`history-report:${ids[1]}`);
    expect((await listSummaries('b.go.th')).entries).toHaveLength(1);
  });

  it('evicts the oldest reports of any site to stay within the total budget', async () => {
    // Each ~900 kB (4 items × 50 notes × 1500 Thai characters × 3 bytes): 10 of them exceed 8 MiB.
    const notes = Array.from({ length: 50 }, () => 'ก'.repeat(1500));
    const big = (host: string) => siteReport(host, undefined, ['O1', 'O2', 'O3', 'O4'].map((id) => makeItem(id, 'fail', { notes })));
    const reports = Array.from({ length: 10 }, (_, i) => big(`s${i}.go.th`));
    const ids = await saveMany(reports.slice(0, 9));

    const actual = await saveReportWithNotices(reports[9], { now: new Date(Date.UTC(2026, 11, 1)) });

    const summaries = (await listSummaries()).entries;
    expect(summaries.reduce((s, e) => s + e.bytes, 0)).toBeLessThanOrEqual(BUDGET.totalBytes);
    expect(summaries[0].id).toBe(actual.id);
    expect(summaries.map((e) => e.id)).not.toContain(ids[0]);
    expect(actual.notices.some((n) => n.code === 'evicted' && n.id === ids[0])).toBe(true);
  });

  it('trims a report over the per-report budget, keeping statuses, verdicts and the best evidence', () => {
    const evidence = Array.from({ length: 40 }, (_, i) => ({ url: `http://a.go.th/${i}`, kind: 'page' as const, text: 'ค'.repeat(1900), foundOn: 'http://a.go.th/' }));
    const verdict = { status: 'pass' as const, note: 'ok', reviewer: 'ก', at: '2026-11-26T00:00:00.000Z' };
    const report = siteReport('a.go.th', undefined, [makeItem('O1', 'partial', { evidence, verdict })]);

    const actual = compactReport(report, 50_000);

    expect(actual.isTrimmed).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(actual.report)).length).toBeLessThanOrEqual(50_000);
    expect(actual.report.items[0]).toMatchObject({ status: 'partial', verdict });
    expect(actual.report.items[0].evidence[0].url).toBe('http://a.go.th/0');
  });

  it('frees the oldest report and retries when storage reports its quota is exceeded', async () => {
    const [old, kept] = await saveMany([siteReport('a.go.th'), siteReport('b.go.th')]);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    spy.mockImplementation(set);

    const actual = await saveReportWithNotices(siteReport('c.go.th'), { now: new Date(Date.UTC(2026, 11, 1)) });

    expect(actual.notices).toEqual([expect.objectContaining({ code: 'evicted', id: old })]);
    expect((await listSummaries()).entries.map((e) => e.id)).toEqual([actual.id, kept]);
  });
});

describe('migrations', () => {
  it('moves v1 inline entries to their own keys (v2), dropping unreadable ones', async () => {
    const a = siteReport('a.go.th');
    const v1 = [
      { id: 'old-1', siteKey: 'a.go.th', savedAt: '2026-01-01T00:00:00.000Z', report: a },
      { id: 'old-2', siteKey: 'a.go.th', savedAt: '2026-02-01T00:00:00.000Z', report: { ...a, finishedAt: '2026-02-01T00:00:00.000Z' } },
      { id: 'broken', siteKey: 'a.go.th', savedAt: '2026-03-01T00:00:00.000Z', report: { schema: 'oit-audit-report/1' } },
    ];
    await fakeBrowser.storage.local.set({ history: v1 });

    await historyIndex.migrate();

    const all = await stored();
    expect(all.history$).toEqual({ v: 2 });
    expect(Object.keys(all).filter((k) => k.startsWith('history-report:')).sort()).toEqual(['history-report:old-1', 'history-report:old-2']);
    const actual = await listReports('a.go.th');
    expect(actual.map((e) => e.id)).toEqual(['old-2', 'old-1']);
    expect(actual[1].report).toEqual(a);
  });
});

describe('setVerdict and previousReport', () => {
  it('keeps the verdict in the stored report beside the machine status, and removes it with null', async () => {
    const id = await saveReport(siteReport('a.go.th'));

    await setVerdict(id, 'O2', { status: 'pass', note: 'พบในไฟล์ PDF', reviewer: 'สมชาย' });
    const actual = (await getReport(id))!.report.items.find((i) => i.id === 'O2')!;

    expect(actual.status).toBe('fail');
    expect(actual.verdict).toMatchObject({ status: 'pass', note: 'พบในไฟล์ PDF', reviewer: 'สมชาย' });
    expect(Date.parse(actual.verdict!.at)).not.toBeNaN();
    await setVerdict(id, 'O2', null);
    expect((await getReport(id))!.report.items.find((i) => i.id === 'O2')!.verdict).toBeUndefined();
  });

  it('refuses an unknown item or status', async () => {
    const id = await saveReport(siteReport('a.go.th'));

    await expect(setVerdict(id, 'O99', { status: 'pass' })).rejects.toThrow(/O99/);
    await expect(setVerdict(id, 'O1', { status: 'great' as never })).rejects.toThrow();
    await expect(setVerdict('nope', 'O1', { status: 'pass' })).rejects.toThrow();
  });

  it('finds the run before, of the same site, skipping unreadable ones', async () => {
    const [a1, , a2, a3] = await saveMany([siteReport('a.go.th'), siteReport('b.go.th'), siteReport('a.go.th'), siteReport('a.go.th')]);
    await fakeBrowser.storage.local.set({ [`history-report:${a2}`]: { v: 1, broken: true } });

    expect((await previousReport(a3))?.id).toBe(a1);
    expect(await previousReport(a1)).toBeUndefined();
  });
});

describe('importReport', () => {
  it('stores a valid JSON report as imported', async () => {
    const report = siteReport('a.go.th');

    const actual = await importReport(JSON.stringify(report));

    expect(actual.ok).toBe(true);
    const entry = actual.ok ? await getReport(actual.id) : undefined;
    expect(entry?.report).toEqual(report);
    expect((await listSummaries()).entries[0].isImported).toBe(true);
  });

  it('stores nothing when the JSON is malformed', async () => {
    const actual = await importReport('{"schema":"oit-audit-report/1","items":[');

    expect(actual.ok).toBe(false);
    expect(!actual.ok && actual.error.code).toBe('not-json');
    expect(await stored()).toEqual({});
  });
});
