import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_RUNS,
  applyProgress,
  endRun,
  loadRunReport,
  loadRuns,
  markReport,
  parseRuns,
  runById,
  runForSite,
  runsItem,
  staleRuns,
  startRun,
  runReportKey,
  type Run,
  type RunsState,
} from '@/utils/running';
import { storage } from 'wxt/utils/storage';

const progress = { pagesFetched: 3, pagesFailed: 0, maxPages: 300, queued: 10, documentsChecked: 1, documentsFound: 2, elapsedMs: 900, itemsTotal: 5 };

function run(over: Partial<Run> = {}): Run {
  return {
    auditId: 'a1',
    siteKey: 'ronthong.go.th',
    tabId: 7,
    startUrl: 'https://ronthong.go.th/',
    rulesetId: 'ita-2566',
    phase: 'running',
    startedAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    progress: null,
    hasReport: false,
    ...over,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('run transitions', () => {
  it('a new audit of a site replaces its previous run and reports it as dropped', () => {
    const before: RunsState = { runs: [run({ auditId: 'old', phase: 'ended', endReason: 'complete' }), run({ auditId: 'other', siteKey: 'x.go.th' })] };

    const actual = startRun(before, run({ auditId: 'new' }));

    expect(actual.state.runs.map((r) => r.auditId)).toEqual(['new', 'other']);
    expect(actual.dropped.map((r) => r.auditId)).toEqual(['old']);
  });

  it(`keeps at most ${MAX_RUNS} sites, dropping the oldest`, () => {
    let s: RunsState = { runs: [] };
    const dropped: string[] = [];
    for (let i = 0; i < MAX_RUNS + 2; i++) {
      const r = startRun(s, run({ auditId: `a${i}`, siteKey: `s${i}.go.th` }));
      s = r.state;
      dropped.push(...r.dropped.map((d) => d.auditId));
    }

    expect(s.runs).toHaveLength(MAX_RUNS);
    expect(dropped).toEqual(['a0', 'a1']);
  });

  it('applies progress to a running audit only', () => {
    const s: RunsState = { runs: [run()] };

    const running = applyProgress(s, 'a1', progress, '2026-11-26T10:00:05.000Z');
    const ended = endRun(running, 'a1', { reason: 'cancelled', at: '2026-11-26T10:00:06.000Z' });
    const late = applyProgress(ended, 'a1', { ...progress, pagesFetched: 99 }, '2026-11-26T10:00:07.000Z');

    expect(runById(running, 'a1')?.progress?.pagesFetched).toBe(3);
    expect(runById(late, 'a1')?.progress?.pagesFetched).toBe(3);
  });

  it('ends a run once: the first reason wins', () => {
    const s: RunsState = { runs: [run()] };

    const first = endRun(s, 'a1', { reason: 'tab-closed', at: '2026-11-26T10:01:00.000Z' });
    const second = endRun(first, 'a1', { reason: 'page-left', at: '2026-11-26T10:01:01.000Z' });

    expect(runById(second, 'a1')).toMatchObject({ phase: 'ended', endReason: 'tab-closed', updatedAt: '2026-11-26T10:01:00.000Z' });
  });

  it('finds runs silent for a minute as stale', () => {
    const s: RunsState = { runs: [run({ auditId: 'quiet' }), run({ auditId: 'busy', siteKey: 'b', updatedAt: '2026-11-26T10:00:50.000Z' }), run({ auditId: 'done', siteKey: 'c', phase: 'ended' })] };

    const actual = staleRuns(s, Date.parse('2026-11-26T10:01:30.000Z'));

    expect(actual.map((r) => r.auditId)).toEqual(['quiet']);
  });

  it('marks a stored report', () => {
    const actual = markReport({ runs: [run()] }, 'a1', '2026-11-26T10:00:09.000Z');

    expect(runForSite(actual, 'ronthong.go.th')?.hasReport).toBe(true);
  });
});

describe('reading the stored state', () => {
  it('drops a corrupt run and keeps the others', () => {
    const actual = parseRuns({ runs: [run(), { auditId: 5 }, run({ auditId: 'b', siteKey: 'b' })] });

    expect(actual.state.runs.map((r) => r.auditId)).toEqual(['a1', 'b']);
    expect(actual.dropped).toBe(1);
  });

  it('treats a state that is not an object as empty, with a notice', () => {
    expect(parseRuns([1, 2])).toEqual({ state: { runs: [] }, dropped: 1 });
    expect(parseRuns(undefined)).toEqual({ state: { runs: [] }, dropped: 0 });
  });

  it('loads runs from storage.local', async () => {
    await runsItem.setValue({ runs: [run()] });

    const actual = await loadRuns();

    expect(actual.state.runs).toHaveLength(1);
  });

  it('reports a corrupt stored report instead of failing', async () => {
    await storage.setItem(runReportKey('a1'), { v: 1, report: { schema: 'something-else' } });

    const actual = await loadRunReport('a1');

    expect(actual).toEqual({ report: null, isCorrupt: true });
  });
});
