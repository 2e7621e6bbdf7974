/**
 * What changed since the previous run of the same site (issue #4 §5), per item, on the effective
 * status (the reviewer's verdict when there is one, else the machine's: format.ts effectiveStatus).
 *
 * The kinds, precisely (prev → cur):
 * - `fixed`:        prev ∈ {fail, partial, review} → pass
 * - `improved`:     fail → partial
 * - `worsened`:     partial → fail
 * - `regressed`:    pass → fail | partial
 * - `new-gap`:      absent | review → fail | partial (a gap that was not known before)
 * - `needs-review`: anything else → review (review is never a failure: design.md "Outcomes")
 * - `added`:        absent → pass
 * - `unchanged`:    same status
 * Items of the previous run that are gone are listed in `removed`.
 *
 * Item codes are renumbered between ITA years (shared/oit/criteria.md §5): "O12" of one year is not
 * "O12" of the next. Across rule sets, items are matched by concept (when both reports carry it),
 * never by code.
 */
import { effectiveStatus } from './format';
import type { ItemReport, Report, ReportStatus } from './schema';

export type ChangeKind = 'fixed' | 'improved' | 'worsened' | 'regressed' | 'new-gap' | 'needs-review' | 'added' | 'unchanged';

export interface ItemChange {
  id: string;
  kind: ChangeKind;
  before?: ReportStatus;
  after: ReportStatus;
  /** The previous run's item code, when matched by concept across rule sets. */
  beforeId?: string;
}

export interface ReportDiff {
  /** False when the rule sets differ and items could not be matched by concept. */
  isComparable: boolean;
  isRulesetChanged: boolean;
  items: ItemChange[];
  byId: Record<string, ItemChange>;
  removed: { id: string; before: ReportStatus }[];
  counts: Record<ChangeKind, number>;
}

export const CHANGE_LABEL: Record<ChangeKind, { th: string; en: string; icon: string }> = {
  fixed: { th: 'แก้แล้ว', en: 'fixed', icon: '▲' },
  improved: { th: 'ดีขึ้น', en: 'improved', icon: '△' },
  worsened: { th: 'แย่ลง', en: 'worsened', icon: '▽' },
  regressed: { th: 'ถดถอย', en: 'regressed', icon: '▼' },
  'new-gap': { th: 'ช่องว่างใหม่', en: 'new gap', icon: '✚' },
  'needs-review': { th: 'ต้องตรวจด้วยตนเอง', en: 'needs review', icon: '?' },
  added: { th: 'รายการใหม่', en: 'new item', icon: '+' },
  unchanged: { th: 'ไม่เปลี่ยน', en: 'unchanged', icon: '=' },
};

/** fail < partial < pass; review stands apart. */
const RANK: Record<Exclude<ReportStatus, 'review'>, number> = { fail: 0, partial: 1, pass: 2 };

export function changeKind(before: ReportStatus | undefined, after: ReportStatus): ChangeKind {
  if (before === after) return 'unchanged';
  if (after === 'review') return 'needs-review';
  if (before === undefined) return after === 'pass' ? 'added' : 'new-gap';
  if (after === 'pass') return 'fixed';
  // after ∈ {fail, partial} from here.
  if (before === 'review') return 'new-gap';
  if (before === 'pass') return 'regressed';
  return RANK[after] > RANK[before] ? 'improved' : 'worsened';
}

const emptyCounts = (): Record<ChangeKind, number> => ({
  fixed: 0, improved: 0, worsened: 0, regressed: 0, 'new-gap': 0, 'needs-review': 0, added: 0, unchanged: 0,
});

export function diffReports(previous: Report | undefined, current: Report): ReportDiff {
  const isRulesetChanged = !!previous && previous.ruleset.id !== current.ruleset.id;
  const keyOf = (i: ItemReport): string | undefined => (isRulesetChanged ? (i.concept ? `c:${i.concept}` : undefined) : `i:${i.id}`);
  const before = new Map<string, ItemReport>();
  for (const i of previous?.items ?? []) {
    const k = keyOf(i);
    if (k && !before.has(k)) before.set(k, i);
  }
  const isComparable = !!previous && (!isRulesetChanged || before.size > 0);
  const counts = emptyCounts();
  const items: ItemChange[] = [];
  // A first run (or rule sets with nothing in common) has no "before": no labels rather than all "new".
  if (!isComparable) return { isComparable, isRulesetChanged, items, byId: {}, removed: [], counts };
  const matched = new Set<string>();
  for (const cur of current.items) {
    const k = keyOf(cur);
    const prev = k ? before.get(k) : undefined;
    if (prev && k) matched.add(k);
    const after = effectiveStatus(cur);
    const b = prev ? effectiveStatus(prev) : undefined;
    const change: ItemChange = { id: cur.id, kind: changeKind(b, after), after };
    if (b) change.before = b;
    if (prev && prev.id !== cur.id) change.beforeId = prev.id;
    counts[change.kind]++;
    items.push(change);
  }
  const removed = [...before.entries()].filter(([k]) => !matched.has(k)).map(([, i]) => ({ id: i.id, before: effectiveStatus(i) }));
  return { isComparable, isRulesetChanged, items, byId: Object.fromEntries(items.map((c) => [c.id, c])), removed, counts };
}

/**
 * The summary after the reviewer's verdicts, computed like the machine's (checks/audit.ts `score`:
 * share of items at `pass`, weighted when the rule set has weights), so both can be shown side by side.
 */
export function effectiveSummary(report: Report, weights?: Record<string, number>): Report['summary'] {
  const statuses = report.items.map((i) => ({ id: i.id, status: effectiveStatus(i) }));
  const count = (s: ReportStatus) => statuses.filter((i) => i.status === s).length;
  const w = (id: string) => weights?.[id] ?? 1;
  const total = statuses.reduce((s, i) => s + w(i.id), 0);
  const passed = statuses.filter((i) => i.status === 'pass').reduce((s, i) => s + w(i.id), 0);
  return {
    ...report.summary,
    pass: count('pass'),
    partial: count('partial'),
    fail: count('fail'),
    review: count('review'),
    score: total ? Math.round((1000 * passed) / total) / 10 : 0,
  };
}
