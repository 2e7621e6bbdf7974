import { describe, expect, it } from 'vitest';
import { changeKind, diffReports, effectiveSummary, type ChangeKind } from '@/checks/report/diff';
import type { ReportStatus } from '@/checks/report/schema';
import { makeItem, makeReport } from './sample-report';

describe('changeKind', () => {
  const table: [ReportStatus | undefined, ReportStatus, ChangeKind][] = [
    ['fail', 'pass', 'fixed'],
    ['partial', 'pass', 'fixed'],
    ['review', 'pass', 'fixed'],
    ['fail', 'partial', 'improved'],
    ['partial', 'fail', 'worsened'],
    ['pass', 'fail', 'regressed'],
    ['pass', 'partial', 'regressed'],
    [undefined, 'fail', 'new-gap'],
    [undefined, 'partial', 'new-gap'],
    ['review', 'fail', 'new-gap'],
    ['review', 'partial', 'new-gap'],
    ['pass', 'review', 'needs-review'],
    ['fail', 'review', 'needs-review'],
    [undefined, 'review', 'needs-review'],
    [undefined, 'pass', 'added'],
    ['pass', 'pass', 'unchanged'],
    ['fail', 'fail', 'unchanged'],
    ['review', 'review', 'unchanged'],
  ];
  it.each(table)('%s → %s is %s', (before, after, expected) => {
    expect(changeKind(before, after)).toBe(expected);
  });
});

describe('diffReports', () => {
  it('labels each item against the previous run and lists removed items', () => {
    const previous = makeReport([makeItem('O1', 'fail'), makeItem('O2', 'pass'), makeItem('O3', 'partial'), makeItem('O9', 'pass')]);
    const current = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'fail'), makeItem('O3', 'partial'), makeItem('O4', 'fail')]);

    const actual = diffReports(previous, current);

    expect(actual.isComparable).toBe(true);
    expect(actual.items.map((c) => [c.id, c.kind])).toEqual([
      ['O1', 'fixed'],
      ['O2', 'regressed'],
      ['O3', 'unchanged'],
      ['O4', 'new-gap'],
    ]);
    expect(actual.byId.O2).toMatchObject({ before: 'pass', after: 'fail' });
    expect(actual.removed).toEqual([{ id: 'O9', before: 'pass' }]);
    expect(actual.counts).toMatchObject({ fixed: 1, regressed: 1, unchanged: 1, 'new-gap': 1 });
  });

  it('uses the reviewer verdict as the effective status on both sides', () => {
    const verdict = (status: ReportStatus) => ({ status, note: 'ตรวจแล้ว', reviewer: 'สมชาย', at: '2026-11-26T11:00:00.000Z' });
    const previous = makeReport([makeItem('O1', 'fail', { verdict: verdict('pass') }), makeItem('O2', 'review', { verdict: verdict('fail') })]);
    const current = makeReport([makeItem('O1', 'fail'), makeItem('O2', 'pass')]);

    const actual = diffReports(previous, current);

    expect(actual.byId.O1).toMatchObject({ kind: 'regressed', before: 'pass', after: 'fail' });
    expect(actual.byId.O2).toMatchObject({ kind: 'fixed', before: 'fail', after: 'pass' });
  });

  it('gives no labels on a first run', () => {
    const actual = diffReports(undefined, makeReport());

    expect(actual.isComparable).toBe(false);
    expect(actual.items).toEqual([]);
  });

  it('matches items by concept, never by code, across rule sets', () => {
    const previous = makeReport([makeItem('O1', 'fail', { concept: 'structure' }), makeItem('O2', 'pass', { concept: 'executives' })]);
    const current = makeReport([makeItem('O1', 'pass', { concept: 'executives' }), makeItem('O2', 'pass', { concept: 'structure' })], {
      ruleset: { id: 'ita-2568', fiscalYear: 2568 },
    });

    const actual = diffReports(previous, current);

    expect(actual.isRulesetChanged).toBe(true);
    expect(actual.byId.O1).toMatchObject({ kind: 'unchanged', beforeId: 'O2' });
    expect(actual.byId.O2).toMatchObject({ kind: 'fixed', beforeId: 'O1' });
  });

  it('is not comparable across rule sets when items carry no concept', () => {
    const previous = makeReport([makeItem('O1', 'fail')]);
    const current = makeReport([makeItem('O1', 'pass')], { ruleset: { id: 'ita-2568', fiscalYear: 2568 } });

    const actual = diffReports(previous, current);

    expect(actual.isComparable).toBe(false);
    expect(actual.byId.O1).toBeUndefined();
  });
});

describe('effectiveSummary', () => {
  it('counts and scores the reviewer verdicts, keeping the machine summary apart', () => {
    const report = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'fail', { verdict: { status: 'pass', note: '', reviewer: '', at: '2026-11-26T00:00:00.000Z' } }), makeItem('O3', 'review'), makeItem('O4', 'fail')]);

    const actual = effectiveSummary(report);

    expect(actual).toMatchObject({ pass: 2, partial: 0, fail: 1, review: 1, score: 50 });
    expect(report.summary).toMatchObject({ pass: 1, fail: 2, score: 25 });
  });

  it('weights items when the rule set has weights', () => {
    const report = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'fail')]);

    expect(effectiveSummary(report, { O1: 3, O2: 1 }).score).toBe(75);
  });
});
