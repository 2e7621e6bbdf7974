/**
 * What the popup's checklist shows (issue #4 §2): filters, sections, display URLs. Pure and small:
 * the popup imports this, never the formatters or the crawler (popup chunk ≤ 60 kB, issue #7).
 */
import type { Report } from '@/checks/report/schema';

export type Item = Report['items'][number];
export type Status = Item['status'];
export type Filter = 'all' | 'gaps' | 'review';

/** The status a person acts on: the reviewer's verdict when there is one (checks/report/format.ts). */
export const effectiveStatus = (item: Pick<Item, 'status' | 'verdict'>): Status => item.verdict?.status ?? item.status;

/** `gaps`: what still has to be published (partial, fail); `review`: what a person must look at. */
export function matchesFilter(item: Pick<Item, 'status' | 'verdict'>, filter: Filter): boolean {
  const s = effectiveStatus(item);
  if (filter === 'gaps') return s === 'partial' || s === 'fail';
  if (filter === 'review') return s === 'review';
  return true;
}

export interface Section {
  id: string;
  title: string;
  items: Item[];
}

/** Items grouped by section in the rule set's order, with the report's own section titles. */
export function sectionsOf(report: Pick<Report, 'items' | 'ruleset'>, filter: Filter = 'all'): Section[] {
  const titles = new Map((report.ruleset.sections ?? []).map((s) => [s.id, s.title]));
  const out: Section[] = [];
  for (const item of report.items) {
    if (!matchesFilter(item, filter)) continue;
    let s = out.find((x) => x.id === item.section);
    if (!s) out.push((s = { id: item.section, title: titles.get(item.section) ?? '', items: [] }));
    s.items.push(item);
  }
  return out;
}

export const isHttpUrl = (u: string): boolean => /^https?:\/\//i.test(u);

/** A URL as a person reads it: no scheme, percent-escapes of Thai paths decoded when valid. */
export function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '');
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/** `m:ss` for an elapsed time. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
