/**
 * `month-coverage`: monthly summaries (แบบ สขร.1) cover every month they should, named month by
 * month. criteria.md §4.1 O21 ("monthly, covering the months so far"; H1 M), §4.4 O11 (first six
 * months of the current year, by quarter or month) and O12 (the 12 months Oct–Sep of the previous
 * year). The months come from the words of every candidate of the item (list rows, file names,
 * attachments, document text), so a list split over several pages still counts.
 */
import { z } from 'zod';
import type { Text } from '../rules';
import { firstHalfMonths, monthsMentioned, thaiMonthName } from '../thai/dates';
import { defineDetector } from './types';
import type { Candidate, DetectorContext } from './types';
import { fileNameOf, isDeadLink } from './evidence-text';
import type { SiteFeatures } from '../features';

const MONTHLY_WORDS = /(สขร|เดือน|สรุปผล|จัดซื้อจัดจ้าง|ไตรมาส|ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)/;

/** The texts of a candidate that can name months: its row, its page's headings and month-like links, its files. */
function monthTexts(c: Candidate, site: SiteFeatures, perFile = false): string[] {
  // A file or page that does not open names no month the assessor can read (January's 404 beside the other months).
  const live = (url: string) => !isDeadLink(url, site);
  // Per file: only what names each file (its link, its name), never the text inside one file (a
  // yearly summary's table of months is one file, not twelve).
  if (perFile) {
    const out = c.kind === 'document' ? [c.text, fileNameOf(c.url)] : [];
    if (c.page) for (const l of c.page.links) if (!l.inNav && l.kind === 'document' && MONTHLY_WORDS.test(l.text) && live(l.url)) out.push(l.text);
    for (const a of c.attachments) if (live(a.link.url)) out.push(a.link.text, fileNameOf(a.link.url));
    return out;
  }
  const out = [c.text];
  if (c.kind === 'document') out.push(fileNameOf(c.url));
  if (c.doc?.text) out.push(c.doc.text.slice(0, 5000));
  if (c.page) {
    out.push(c.page.title, ...c.page.headings.slice(0, 20));
    for (const l of c.page.links) if (!l.inNav && MONTHLY_WORDS.test(l.text) && live(l.url)) out.push(l.text);
  }
  for (const a of c.attachments) if (live(a.link.url)) out.push(a.link.text, fileNameOf(a.link.url), a.doc?.text?.slice(0, 5000) ?? '');
  return out;
}

export interface MonthRef {
  year: number;
  month: number;
}

/** The months wanted: the first six of fiscal year `fy` (Oct–Mar), or all twelve (Oct–Sep). */
export function wantedMonths(fy: number, span: 'h1' | 'full'): MonthRef[] {
  const h1 = firstHalfMonths(fy);
  return span === 'h1' ? h1 : [...h1, ...[4, 5, 6, 7, 8, 9].map((month) => ({ year: fy, month }))];
}

/** Wanted months that no candidate of the item names. */
export function missingMonths(c: Candidate, ctx: DetectorContext, fy: number, span: 'h1' | 'full', ranges = true, also: string[] = []): MonthRef[] {
  const texts: string[] = [];
  // The monthly files may be filed apart from the summary, under their own name (สขร.1 รายเดือน).
  const live = (cand: Candidate) => !isDeadLink(cand.url, ctx.site);
  for (const id of also) for (const cand of ctx.candidatesOf?.(id) ?? []) if (cand.isStrong && live(cand)) texts.push(...monthTexts(cand, ctx.site, !ranges));
  // Without ranges the months are files of their own (criteria.md §4.4 O12): read per file.
  for (const cand of new Set([c, ...ctx.candidates])) if ((cand.isStrong || cand === c) && live(cand)) texts.push(...monthTexts(cand, ctx.site, !ranges));
  const seen = new Set(monthsMentioned(texts.filter(Boolean).join(' | '), { namedOnly: true, ranges }).map((m) => m.year * 100 + m.month));
  return wantedMonths(fy, span).filter((m) => !seen.has(m.year * 100 + m.month));
}

export function monthsMessage(absent: MonthRef[], wanted?: MonthRef[]): Text {
  if (wanted && absent.length === wanted.length && absent.length > 2) {
    const [a, b] = [absent[0], absent[absent.length - 1]];
    return {
      th: `ไม่พบสรุปผลรายเดือนของเดือนใดเลยในช่วง ${thaiMonthName(a.month)} ${a.year} – ${thaiMonthName(b.month)} ${b.year}`,
      en: `No monthly summary for any month from ${a.month}/${a.year} to ${b.month}/${b.year} (month/BE year)`,
    };
  }
  const th = absent.map((m) => `${thaiMonthName(m.month)} ${m.year}`).join(', ');
  const en = absent.map((m) => `${m.month}/${m.year}`).join(', ');
  return { th: `ไม่พบสรุปผลรายเดือนของเดือน ${th}`, en: `No monthly summary for ${en} (month/BE year)` };
}

export default defineDetector({
  id: 'month-coverage',
  params: z.object({
    /** Which fiscal year: the rule set's (`current`) or the one before (`previous`). */
    year: z.enum(['current', 'previous']).default('current'),
    /** The first six months (Oct–Mar) or the whole year (Oct–Sep). */
    span: z.enum(['h1', 'full']).default('h1'),
    /**
     * A range ("ต.ค. 2567 – ก.ย. 2568") covers its months. Off for the twelve monthly files that go
     * with a yearly summary (criteria.md §4.4 O12): the summary's own period names no month's file.
     */
    ranges: z.boolean().default(true),
    /** Other concepts whose candidates count too (the monthly summaries beside the yearly one). */
    alsoConcepts: z.array(z.string()).default([]),
  }),
  evaluate(c, p, ctx) {
    const fy = p.year === 'previous' ? ctx.fiscalYear - 1 : ctx.fiscalYear;
    const absent = missingMonths(c, ctx, fy, p.span, p.ranges, p.alsoConcepts);
    return absent.length ? { status: 'fail', missing: [monthsMessage(absent, wantedMonths(fy, p.span))] } : { status: 'pass' };
  },
});
