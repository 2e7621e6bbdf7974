/**
 * `topics`: the evidence covers each required part of an item, named part by part. Parts come from
 * criteria.md (e.g. §4.1 O40 ethics promotion: "at least (1) ethics advisory team/working group,
 * (2) Dos & Don'ts guidance, (3) training/activities with ethics content"; O25 HR rules (1)–(4)).
 * Every candidate of the item counts (a site often posts each part as its own file). A term from
 * `whole` means one document covers every part by name (the item's full title). When parts are
 * missing but some files could not be read, a person must look inside them: review, not fail.
 */
import { z } from 'zod';
import type { Text } from '../rules';
import { compact } from '../thai/normalize';
import { defineDetector } from './types';
import { evidenceText, fileNameOf } from './evidence-text';

const Topic = z.object({ id: z.string(), th: z.string(), en: z.string(), terms: z.array(z.string()).min(1) });

export default defineDetector({
  id: 'topics',
  params: z.object({
    topics: z.array(Topic).min(1),
    /** Terms (compacted) that name the whole set at once. */
    whole: z.array(z.string()).default([]),
  }),
  evaluate(c, p, ctx) {
    const texts: string[] = [];
    let unread = false;
    for (const cand of new Set([c, ...ctx.candidates])) {
      if (!cand.isStrong && cand !== c) continue;
      texts.push(evidenceText(cand, 20_000), ...cand.attachments.map((a) => fileNameOf(a.link.url)));
      // A file nobody read may hold any part, unless its title says which part it is ("หลักเกณฑ์การ
      // สรรหา…" holds the recruitment rules, as an assessor reading the list would take it).
      if (cand.kind === 'document' && !cand.doc?.text && !namesATopic(cand.text)) unread = true;
      if (cand.attachments.some((a) => !a.doc?.text && !namesATopic(`${a.link.text} ${fileNameOf(a.link.url)}`))) unread = true;
      if (cand.isViewer) unread = true;
    }
    const all = compact(texts.join(' '));
    function namesATopic(t: string): boolean {
      const x = compact(t);
      return p.topics.some((tp) => tp.terms.some((term) => x.includes(compact(term))));
    }
    const found = (terms: string[]) => terms.some((t) => all.includes(compact(t)));
    if (p.whole.length && found(p.whole)) return { status: 'pass' };
    const absent = p.topics.filter((t) => !found(t.terms));
    if (!absent.length) return { status: 'pass' };
    const names: Text = { th: absent.map((t) => t.th).join(', '), en: absent.map((t) => t.en).join(', ') };
    if (unread) {
      return { status: 'review', notes: [{ th: `ตรวจในเอกสารด้วยตนเองว่ามี ${names.th}`, en: `Check inside the documents for: ${names.en}` }] };
    }
    return { status: 'fail', missing: [{ th: `ไม่พบ ${names.th}`, en: `Missing: ${names.en}` }] };
  },
});
