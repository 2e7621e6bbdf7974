/**
 * `companion`: a second disclosure that the year's item merges with the first, judged as its own
 * concept (with its own components and the given period) anywhere on the site. criteria.md §5 and
 * update-2568-2570.md §4: from 2568, O1 is structure + powers/duties, O3 is contact + a Q&A
 * channel, O6 is the annual plan + its progress, O16/O15 the ethics code + its promotion, O21 the
 * No Gift declaration + culture; 2569 O10 is E-Service + its statistics, O13 HR rules + plan.
 * An assessor takes several URLs for such an item, so the second part may sit on another page.
 */
import { z } from 'zod';
import { defineDetector, STATUS_RANK } from './types';

export default defineDetector({
  id: 'companion',
  params: z.object({
    concept: z.string(),
    /** How the checklist names the second part when it is missing. */
    label: z.object({ th: z.string(), en: z.string() }),
    period: z.enum(['none', 'current', 'h1', 'previous', 'monthly']).default('none'),
    /** Parts (topic ids) of the second concept that the item's first part already shows. */
    coveredTopics: z.array(z.string()).default([]),
  }),
  evaluate(_c, p, ctx) {
    if (!ctx.lookup) return { status: 'review', notes: [{ th: `ตรวจด้วยตนเองว่ามี${p.label.th}`, en: `Check that ${p.label.en} is shown` }] };
    const found = ctx.lookup(p.concept, p.period, p.coveredTopics);
    // The second part may be a section of the first part's own page (a tab "สถิติการใช้บริการ" on the
    // E-Service page): judged there, the better of the two counts.
    const here = found.status === 'pass' ? undefined : ctx.lookupHere?.(p.concept, _c, p.period, p.coveredTopics);
    const r = here && STATUS_RANK[here.status] > STATUS_RANK[found.status] ? here : found;
    const evidence = r.evidence ? [r.evidence] : [];
    if (r.status === 'pass') return { status: 'pass', evidence };
    if (r.status === 'review') {
      return { status: 'review', evidence, notes: [{ th: `พบ${p.label.th} แต่ต้องตรวจด้วยตนเอง`, en: `Found ${p.label.en}, but a person must check it` }] };
    }
    if (r.status === 'partial') {
      return {
        status: 'fail',
        evidence,
        missing: r.missing.map((m) => ({ th: `${p.label.th}: ${m.th}`, en: `${p.label.en}: ${m.en}` })),
      };
    }
    return { status: 'fail', missing: [{ th: `ไม่พบ${p.label.th}`, en: `${p.label.en} not found` }] };
  },
});
