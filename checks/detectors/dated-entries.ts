/**
 * `dated-entries`: a list of entries (news, procurement notices, activities) with at least `min`
 * dated in the fiscal year. criteria.md §4.1 O7 ("news … items dated in the current year"), O20
 * (notices of the current FY), §2.4. Dates are read from the page's main text (`4 ธ.ค. 2567`,
 * thai-sites.md §5), never from a date the whole site shows (a "today" line: site-chrome.ts), and go by fiscal year (ต.ค.–ก.ย.). A list whose newest entry is older says so;
 * a list without any date, or one on another site (Facebook, e-GP), needs a person.
 */
import { z } from 'zod';
import { fiscalYearOf } from '../thai/dates';
import { datesIn } from './evidence-text';
import { ownDates } from './site-chrome';
import { defineDetector } from './types';

export default defineDetector({
  id: 'dated-entries',
  params: z.object({
    year: z.enum(['current', 'previous']).default('current'),
    min: z.number().int().min(1).default(1),
    /** How the checklist names the entries. */
    noun: z.object({ th: z.string(), en: z.string() }).default({ th: 'ข่าว', en: 'news' }),
  }),
  evaluate(c, p, ctx) {
    const fy = p.year === 'previous' ? ctx.fiscalYear - 1 : ctx.fiscalYear;
    if (!c.page) {
      const where = c.isExternal ? { th: 'อยู่นอกเว็บไซต์', en: 'is off the site' } : { th: 'ยังไม่ได้เปิดหน้านี้', en: 'was not opened' };
      return { status: 'review', notes: [{ th: `รายการ${p.noun.th}${where.th} ตรวจด้วยตนเองว่ามีรายการในปีงบประมาณ พ.ศ. ${fy}`, en: `The ${p.noun.en} list ${where.en}: check it has entries in fiscal year ${fy}` }] };
    }
    // A page with several sections (a home page: news, then procurement notices) counts only the
    // entries listed under the item's own heading; a page about the item counts all of its dates.
    const rows = c.page.links.filter((l) => !l.inNav);
    const about = !ctx.names || ctx.names(c.page.title);
    const own = about ? [] : rows.filter((l) => ctx.names!(l.heading));
    const sectioned = own.length > 0 && own.length < rows.length && rows.some((l) => l.heading && !ctx.names!(l.heading) && datesIn(l.context).length);
    const dates = (sectioned ? own.flatMap((l) => datesIn(l.context)) : [...ownDates(c.page, ctx.site), ...rows.flatMap((l) => datesIn(l.context))]).filter((d) => d.month !== undefined);
    const inYear = new Set(dates.filter((d) => fiscalYearOf(d) === fy).map((d) => `${d.year}-${d.month}-${d.day ?? ''}`));
    if (inYear.size >= p.min) return { status: 'pass' };
    if (!dates.length) {
      return { status: 'review', notes: [{ th: `ไม่พบวันที่ของ${p.noun.th} ตรวจด้วยตนเองว่ามีรายการในปีงบประมาณ พ.ศ. ${fy}`, en: `No dates on the ${p.noun.en}: check it has entries in fiscal year ${fy}` }] };
    }
    const newest = Math.max(...dates.map((d) => fiscalYearOf(d)));
    const tail = newest < fy ? { th: ` (ล่าสุดเป็นของปีงบประมาณ พ.ศ. ${newest})`, en: ` (the newest is from fiscal year ${newest})` } : { th: '', en: '' };
    return { status: 'fail', missing: [{ th: `ไม่พบ${p.noun.th}ที่ลงวันที่ในปีงบประมาณ พ.ศ. ${fy}${tail.th}`, en: `No ${p.noun.en} dated in fiscal year ${fy}${tail.en}` }] };
  },
});
