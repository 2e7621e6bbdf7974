/**
 * `period`: the evidence is of the right time (criteria.md §2.4 "Recurring conditions"): the
 * current fiscal year, its first six months (ต.ค.–มี.ค.), the previous fiscal year, or monthly
 * coverage of the first six months. The year is read from the words (ปีงบประมาณ 2568, ประจำปี
 * 2567, a plan span พ.ศ. 2566–2570, file names), never from an O-number; an old year's page (ITA
 * 2565 still linked) names its old year and so does not count. With `anyOf`, one of several periods
 * is enough and the note says which one was found (update-2568-2570.md §3: 2569 O18 "accept a
 * full-year PREV report or a CUR first-half report, and flag which one it found"). With
 * `acceptDates`, entries dated in the year count too (activities, news posts). When no year can be
 * read at all and part of the evidence is a file or page that could not be read (a scan, Drive, e-GP,
 * a page past the crawl budget), a person must look: review, never pass and never fail.
 *
 * The engine runs this detector for every item whose period is not `none`, with `period` set from
 * the item; a concept or item may add a `period` component to set `anyOf` or `acceptDates`.
 */
import { z } from 'zod';
import type { Text } from '../rules';
import { compact } from '../thai/normalize';
import { isGenericText, isTruncated } from '../match';
import { fiscalYearOf, firstHalfMonths, monthsMentioned, thaiMonthName } from '../thai/dates';
import { defineDetector } from './types';
import type { Candidate, DetectorContext } from './types';
import { datesIn, fileNameOf, fileTitleOf, yearsIn, yearsOf } from './evidence-text';
import { missingMonths, monthsMessage, type MonthRef } from './month-coverage';
import { hasOwnData, proseLength } from './document';
import { ownBlockText, ownDates, ownPictures, ownText, ownWords } from './site-chrome';
import type { DateFeature, SiteFeatures } from '../features';

const PeriodKind = z.enum(['none', 'current', 'h1', 'previous', 'monthly']);
type PeriodKind = z.infer<typeof PeriodKind>;

/** Words that say "the first six months" (compacted: no spaces, no dots). */
const H1_WORDS = /(6เดือน|หกเดือน|รอบ6|ครึ่งปีแรก|ครึ่งปี|ไตรมาส(ที่)?2(?!\d)|ไตรมาส(ที่)?1-?2(?!\d)|ตุลาคม.{0,12}มีนาคม|ตค.{0,6}มีค)/;

/** "เมื่อวันที่ 25 กันยายน 2568 …", "ในวันที่ …": the day an activity was held, as Thai news write it. */
const EVENT_CUE = /(?:เมื่อ|ใน)วันที่ ?|เมื่อ ?(?=\d)/g;
/** A post has its posting date and the activity's; a list of many dated entries is dated entry by entry. */
const POST_MAX_DAYS = 3;

/**
 * The days a single post says its activity was held ("เมื่อวันที่ 25 ก.ย. 2568"), when it says so:
 * a forum held in September and posted in October belongs to September's fiscal year.
 */
type Day = { year: number; month: number; day: number };

function eventDates(c: Candidate, site: SiteFeatures): Day[] {
  if (!c.page || ownDates(c.page, site).filter((d) => d.day !== undefined).length > POST_MAX_DAYS) return [];
  return daysAfter(ownText(c.page, site).slice(0, 5000), EVENT_CUE);
}


/** The full dates written right after each cue ("เมื่อวันที่ …", "ข้อมูล ณ วันที่ …"). */
function daysAfter(text: string, cue: RegExp): Day[] {
  const out: Day[] = [];
  for (const m of text.matchAll(cue)) {
    const first = datesIn(text.slice(m.index + m[0].length, m.index + m[0].length + 40))[0];
    if (first?.day !== undefined && first.month !== undefined) out.push({ year: first.year, month: first.month, day: first.day });
  }
  return out;
}

/** "(พ.ศ. 2566–2570)": the span of the plan an activity was held for, not when it was held. */
const SPAN_RE = /(?:พ\.? ?ศ\.? ?)?(?<!\d)25\d\d ?[-–] ?25\d\d(?!\d)/g;

/**
 * The days an activity page gives (a table "กิจกรรม | วันที่", a post's "วันที่ 16 มิถุนายน 2565"), when
 * none falls in fiscal year `want` and the year is named nowhere but in a span: the forum of June
 * 2565 held for the plan 2566–2570 is FY 2565's. Returns those days, or undefined.
 */
function entriesOutside(c: Candidate, want: number, site: SiteFeatures): DateFeature[] | undefined {
  if (!c.page) return undefined;
  const days = ownDates(c.page, site).filter((d) => d.day !== undefined && d.month !== undefined);
  if (!days.length || days.some((d) => fiscalYearOf(d) === want)) return undefined;
  const words = [c.text, c.page.title, ...c.page.headings.slice(0, 5), ownText(c.page, site).slice(0, 5000), ...c.attachments.map((a) => a.link.text)].join(' | ');
  return yearsIn(words.replace(SPAN_RE, ' ')).includes(want) ? undefined : days;
}

function datedIn(c: Candidate, fy: number, site: SiteFeatures): boolean {
  const dates = [...(c.page ? ownDates(c.page, site) : []), ...datesIn(c.text)];
  return dates.some((d) => d.month !== undefined && fiscalYearOf(d) === fy);
}

/**
 * The words that can say "the first six months": the files' when there are files (a post titled
 * with the item's name "…รอบ 6 เดือน" that attaches only the first quarter covers the first
 * quarter), else the candidate's own words and page.
 */
/** How much of a page is read for the months it covers: a table of months may sit in a later tab. */
const H1_PAGE_CHARS = 10_000;

function h1Text(c: Candidate, site?: SiteFeatures): string {
  const files: string[] = [];
  // A page that holds the year's data itself (a table of months) is read with its files.
  if (c.page && (c.kind === 'document' || c.attachments.length) && hasOwnData(c.page, site)) files.push(ownBlockText(c.page, site, H1_PAGE_CHARS));
  // A file that was read speaks for itself: the row that links it may be an ITA table row carrying
  // the item's own title ("O12 … รอบ 6 เดือน") over a first-quarter report.
  if (c.kind === 'document') files.push(c.doc?.text ? (c.link?.text ?? '') : c.text, fileNameOf(c.url), c.doc?.text?.slice(0, 5000) ?? '');
  for (const a of c.attachments) files.push(a.link.text, a.doc?.text ? '' : a.link.context, fileNameOf(a.link.url), a.doc?.text?.slice(0, 5000) ?? '');
  if (files.length) return files.join(' | ');
  const own = c.page ? ownWords(c.page, site) : { headings: [], text: '' };
  // Cell by cell: a table "เดือน | จำนวน" must not read a count as the day of the next month.
  const body = c.page ? ownBlockText(c.page, site, H1_PAGE_CHARS) : '';
  return [c.text, c.page?.title ?? '', ...own.headings.slice(0, 8), body].join(' | ');
}

const foundYears = (years: number[]) => ({
  th: years.length ? ` (พบปี ${years.join(', ')})` : '',
  en: years.length ? ` (found ${years.join(', ')})` : '',
});

interface Check {
  ok: boolean;
  /** No year could be read at all, and some of the evidence is a file or page nobody could read. */
  unknown?: boolean;
  missing?: Text;
  label: Text;
}

/** Below this much prose, a page showing a picture is the picture. */
const PICTURE_PAGE_PROSE = 200;

/** Part of the evidence could not be read here (a file without text, another site, a viewer, a page not opened). */
function hasUnread(c: Candidate, site: SiteFeatures): boolean {
  if (c.isExternal || c.isViewer) return true;
  // A page whose content is a picture (statistics posted as a JPG): its words cannot be read here.
  if (c.page && ownPictures(c.page, site).length && proseLength(c.page, site) < PICTURE_PAGE_PROSE) return true;
  if ((c.kind === 'document' || c.kind === 'image') && !c.doc?.text) return true;
  if (c.kind === 'page' && !c.page) return true;
  return c.attachments.some((a) => !a.doc?.text);
}

/** "ข้อมูลเดือนมีนาคม 2567 อยู่ระหว่างรวบรวม": a month the table names but whose figures are not in yet. */
const PENDING_RE = /เดือน ?([^\s|]{2,12} ?\d{2,4}) ?(?:ยัง)?(?:อยู่ระหว่าง(?:การ)?(?:รวบรวม|จัดทำ|ดำเนินการ|ตรวจสอบ|สรุป)|ยังไม่(?:ได้)?(?:รวบรวม|จัดทำ|สรุป|เผยแพร่))/g;

function pendingMonths(text: string): MonthRef[] {
  const out: MonthRef[] = [];
  for (const m of text.matchAll(PENDING_RE)) out.push(...monthsMentioned(m[1], { namedOnly: true }));
  return out;
}

/**
 * The months of the first six months of fiscal year `fy` the evidence does not cover, when it says
 * which months it covers: by naming them (a table of months, `ต.ค. 2566 – มี.ค. 2567`, `มกราคม –
 * มีนาคม 2567`), every one must be there; by a date alone (`ข้อมูล ณ 31 ธ.ค. 2565`, data so far), it
 * must reach March. Undefined when it names no month of that year.
 */
function h1Gap(c: Candidate, fy: number, site: SiteFeatures): MonthRef[] | undefined {
  const text = h1Text(c, site);
  const h1 = firstHalfMonths(fy);
  const inYear = (ms: MonthRef[]) => ms.filter((m) => fiscalYearOf(m) === fy);
  const named = inYear(monthsMentioned(text, { namedOnly: true }));
  if (named.length) {
    const pending = new Set(pendingMonths(text).map((m) => m.year * 100 + m.month));
    const seen = new Set(named.map((m) => m.year * 100 + m.month).filter((k) => !pending.has(k)));
    return h1.filter((m) => !seen.has(m.year * 100 + m.month));
  }
  const dated = inYear(monthsMentioned(text));
  if (!dated.length) return undefined;
  const last = Math.max(...dated.map((m) => m.year * 100 + m.month));
  return h1.filter((m) => m.year * 100 + m.month > last);
}

/**
 * A document whose own name or text says it covers less than the first six months
 * ("รายงานติดตาม-ไตรมาส1-2567.pdf", "ไตรมาสที่ 1 (ตุลาคม – ธันวาคม 2566)"), whatever the row that links it
 * says: the months it names, shortest form first ("ต.ค. 2566 – ธ.ค. 2566"); undefined otherwise.
 */
function fileCoversLess(c: Candidate, fy: number): string | undefined {
  if (c.kind !== 'document') return undefined;
  // A file that was read speaks for itself, not the link that carries it ("รอบ 6 เดือน" over a first-quarter report).
  const linkWords = c.link && !c.doc?.text && !isGenericText(compact(c.link.text)) ? c.link.text : '';
  const own = [linkWords, fileTitleOf(c.url).replace(/-/g, ' '), c.doc?.title ?? '', c.doc?.text?.slice(0, 3000) ?? ''].join(' | ');
  if (H1_WORDS.test(compact(own)) || FULL_YEAR_WORDS.test(compact(own))) return undefined;
  const named = monthsMentioned(own, { namedOnly: true }).filter((m) => fiscalYearOf(m) === fy);
  if (!named.length) return undefined;
  const seen = new Set(named.map((m) => m.year * 100 + m.month));
  if (firstHalfMonths(fy).every((m) => seen.has(m.year * 100 + m.month))) return undefined;
  const [a, b] = [named[0], named[named.length - 1]];
  return a === b ? `${thaiMonthName(a.month)} ${a.year}` : `${thaiMonthName(a.month)} ${a.year} – ${thaiMonthName(b.month)} ${b.year}`;
}

/** "ข้อมูล ณ วันที่ …", "ณ วันที่ …", "ถึงวันที่ …": the day a report's data run to. */
const AS_OF = /(?:ข้อมูล ?)?(?:ณ|ถึง|สิ้นสุด) ?วันที่ ?/g;

/** The texts read from the candidate's files (what the files say, not what their links say). */
function readTexts(c: Candidate): string {
  const texts = [c.doc?.text ?? '', ...c.attachments.map((a) => a.doc?.text ?? '')];
  return texts.map((t) => t.slice(0, 5000)).join(' | ');
}

/**
 * The latest day the read files say their data run to, when it falls in fiscal year `fy` before the
 * end of its first six months (before late March); undefined otherwise.
 */
function dataUntil(text: string, fy: number): Day | undefined {
  let latest: Day | undefined;
  const key = (d: Day) => d.year * 10000 + d.month * 100 + d.day;
  for (const d of daysAfter(text, AS_OF)) {
    if (fiscalYearOf(d) === fy && (!latest || key(d) > key(latest))) latest = d;
  }
  if (!latest) return undefined;
  const beforeEnd = latest.month >= 10 || latest.month <= 2 || (latest.month === 3 && latest.day < 25);
  return beforeEnd ? latest : undefined;
}

/** Words that say "the whole year" (compacted). */
const FULL_YEAR_WORDS = /(12เดือน|สิบสองเดือน|รอบ12|ทั้งปี|ไตรมาส(ที่)?4(?!\d)|ไตรมาส(ที่)?1-?4(?!\d)|ตุลาคม.{0,12}กันยายน|ตค.{0,6}กย)/;

/**
 * The evidence of fiscal year `fy` is a half-year report only ("รายงานรอบ 6 เดือน (ต.ค. 67 – มี.ค. 68)"):
 * it says six months and names no later month of the year nor the whole year. A previous year's
 * results are asked for the whole year (criteria.md §4.3/§4.4 "previous FY"): the half is not enough.
 */
function halfYearOnly(c: Candidate, fy: number, site: SiteFeatures): boolean {
  const text = h1Text(c, site);
  const words = compact(text);
  if (!H1_WORDS.test(words) || FULL_YEAR_WORDS.test(words)) return false;
  // Named months only: the date the report was signed ("ณ วันที่ 25 เมษายน 2567") is no month it covers.
  return !monthsMentioned(text, { namedOnly: true }).some((m) => m.year === fy && m.month >= 4 && m.month <= 9);
}

interface Opts {
  acceptDates: boolean;
  coverage: 'any' | 'h1';
}

function check(kind: PeriodKind, c: Candidate, ctx: DetectorContext, o: Opts): Check {
  const fy = ctx.fiscalYear;
  if (kind === 'none') return { ok: true, label: { th: '', en: '' } };
  if (kind === 'current' || kind === 'previous') {
    const want = kind === 'previous' ? fy - 1 : fy;
    // The ITA page's year is the assessment's: it dates this year's items, not last year's.
    const years = yearsOf(c, ctx.site, { assessmentYears: kind !== 'previous' });
    const label = kind === 'previous' ? { th: `ปีงบประมาณที่ผ่านมา (พ.ศ. ${want})`, en: `the previous fiscal year (${want})` } : { th: `ปีงบประมาณ พ.ศ. ${want}`, en: `fiscal year ${want}` };
    // An activity post that says when it was held is of that day's year, whatever else it names
    // (the plan span "พ.ศ. 2566 – 2570" it was held for, the day it was posted).
    const held = o.acceptDates ? eventDates(c, ctx.site) : [];
    if (held.length) {
      if (held.some((d) => fiscalYearOf(d) === want)) return { ok: true, label };
      const when = held.map((d) => `${d.day} ${thaiMonthName(d.month)} ${d.year}`).join(', ');
      return { ok: false, label, missing: { th: `กิจกรรมจัดเมื่อ ${when} ไม่อยู่ใน${label.th}`, en: `The activity was held on ${held.map((d) => `${d.day}/${d.month}/${d.year}`).join(', ')}, not in ${label.en}` } };
    }
    const outside = o.acceptDates && years.includes(want) ? entriesOutside(c, want, ctx.site) : undefined;
    if (outside) {
      const when = outside.slice(0, 3).map((d) => `${d.day} ${thaiMonthName(d.month!)} ${d.year}`).join(', ');
      return { ok: false, label, missing: { th: `กิจกรรมที่พบลงวันที่ ${when} ไม่อยู่ใน${label.th}`, en: `The activities found are dated ${outside.slice(0, 3).map((d) => `${d.day}/${d.month}/${d.year}`).join(', ')}, not in ${label.en}` } };
    }
    if (kind === 'previous' && years.includes(want) && halfYearOnly(c, want, ctx.site)) {
      return {
        ok: false,
        label,
        missing: { th: `พบเพียงรายงานรอบ 6 เดือนของปีงบประมาณ พ.ศ. ${want} ไม่ใช่ผลทั้งปีงบประมาณ`, en: `Only a six-month report of fiscal year ${want}, not the whole year` },
      };
    }
    if (years.includes(want) || (o.acceptDates && datedIn(c, want, ctx.site))) {
      // Statistics of the year "as of 31 Dec" stop short of the first six months the assessor
      // reads them for (criteria.md §4.1 O16/O29 "H1 (M)"): say so, when the evidence names its months.
      const gap = kind === 'current' && o.coverage === 'h1' ? h1Gap(c, fy, ctx.site) : undefined;
      if (gap?.length) {
        const th = gap.map((m) => `${thaiMonthName(m.month)} ${m.year}`).join(', ');
        return {
          ok: false,
          label,
          missing: { th: `ข้อมูลไม่ครบ 6 เดือนแรกของปีงบประมาณ (ต.ค. ${fy - 1} – มี.ค. ${fy}): ไม่มีเดือน ${th}`, en: `The data does not cover the first six months (Oct–Mar) of fiscal year ${fy}: missing ${gap.map((m) => `${m.month}/${m.year}`).join(', ')}` },
        };
      }
      return { ok: true, label };
    }
    const f = foundYears(years);
    return { ok: false, unknown: !years.length && hasUnread(c, ctx.site), label, missing: { th: `ไม่พบข้อมูลของ${label.th}${f.th}`, en: `Nothing for ${label.en}${f.en}` } };
  }
  if (kind === 'h1') {
    const label = { th: `6 เดือนแรกของปีงบประมาณ พ.ศ. ${fy} (ต.ค. ${fy - 1} – มี.ค. ${fy})`, en: `the first six months of fiscal year ${fy} (Oct–Mar)` };
    const text = h1Text(c, ctx.site);
    const months = new Set(monthsMentioned(text).map((m) => m.year * 100 + m.month));
    const coversH1 = firstHalfMonths(fy).every((m) => months.has(m.year * 100 + m.month));
    const years = yearsOf(c, ctx.site);
    const short = fileCoversLess(c, fy);
    if (short) return { ok: false, label, missing: { th: `เอกสารครอบคลุมเพียง ${short} ไม่ใช่ ${label.th}`, en: `The document covers only ${short}, not ${label.en}` } };
    // "ข้อมูล ณ วันที่ 31 ธันวาคม 2568" in a report titled "รอบ 6 เดือน": its data stop before March.
    const until = dataUntil(readTexts(c), fy);
    if (until) {
      const when = `${until.day} ${thaiMonthName(until.month)} ${until.year}`;
      return { ok: false, label, missing: { th: `ข้อมูลถึงวันที่ ${when} เท่านั้น ไม่ครบ ${label.th}`, en: `The data run only to ${until.day}/${until.month}/${until.year}, not ${label.en}` } };
    }
    if (coversH1 || (years.includes(fy) && H1_WORDS.test(compact(text)))) return { ok: true, label };
    const f = foundYears(years);
    // A file nobody could read, under a title cut with "..." ("…ประจำปี 2567 รอ..."): the words that
    // would say its months are cut off, so a person must look.
    const cut = c.kind === 'document' && !c.doc?.text && isTruncated(c.link?.text ?? c.text);
    return { ok: false, unknown: cut ? hasUnread(c, ctx.site) : !years.length && !months.size && hasUnread(c, ctx.site), label, missing: { th: `ไม่พบว่าครอบคลุม ${label.th}${f.th}`, en: `Does not show it covers ${label.en}${f.en}` } };
  }
  // monthly: every month of the first half named somewhere in the item's candidates.
  const label = { th: `สรุปผลรายเดือน ต.ค. ${fy - 1} – มี.ค. ${fy}`, en: `monthly summaries Oct–Mar of fiscal year ${fy}` };
  const absent = missingMonths(c, ctx, fy, 'h1');
  return absent.length ? { ok: false, label, missing: monthsMessage(absent, firstHalfMonths(fy)) } : { ok: true, label };
}

export default defineDetector({
  id: 'period',
  params: z.object({
    /** Set by the engine from the item's `period`. */
    period: PeriodKind.default('none'),
    /** Any of these periods is enough (replaces `period`). */
    anyOf: z.array(PeriodKind).min(1).optional(),
    /** Entries dated in the year count (activity posts), not only explicit fiscal-year words. */
    acceptDates: z.boolean().default(false),
    /**
     * `h1`: evidence of the current year that names the months it covers must reach March, the end
     * of the first six months (statistics "as of 31 Dec" are partial). Evidence naming no month is
     * judged by its year alone (criteria.md marks this H1 condition M, unverified).
     */
    coverage: z.enum(['any', 'h1']).default('any'),
  }),
  evaluate(c, p, ctx) {
    const kinds = p.anyOf ?? [p.period];
    const checks = kinds.map((k) => check(k, c, ctx, p));
    const hit = checks.find((x) => x.ok);
    if (hit) {
      const notes = kinds.length > 1 && hit.label.th ? [{ th: `พบข้อมูลของ${hit.label.th}`, en: `Found data for ${hit.label.en}` }] : [];
      return { status: 'pass', notes };
    }
    if (checks.some((x) => x.unknown)) {
      const what = checks.map((x) => x.label.th).join(' หรือ ');
      return { status: 'review', notes: [{ th: `ไม่พบปีในชื่อหรือเนื้อหาที่อ่านได้ ตรวจในเอกสารด้วยตนเองว่าเป็นข้อมูลของ${what}`, en: `No year in the titles or readable text: check the document is for ${checks.map((x) => x.label.en).join(' or ')}` }] };
    }
    if (checks.length === 1) return { status: 'fail', missing: [checks[0].missing!] };
    return {
      status: 'fail',
      missing: [{ th: `ไม่พบข้อมูลของ${checks.map((x) => x.label.th).join(' หรือ ')}`, en: `Nothing for ${checks.map((x) => x.label.en).join(' or ')}` }],
    };
  },
});
