/**
 * `topics`: the evidence covers each required part of an item, named part by part. Parts come from
 * criteria.md (e.g. §4.1 O40 ethics promotion: "at least (1) ethics advisory team/working group,
 * (2) Dos & Don'ts guidance, (3) training/activities with ethics content"; O25 HR rules (1)–(4)).
 * Every candidate of the item counts (a site often posts each part as its own file). A term from
 * `whole` means one document covers every part by name (the item's full title). When parts are
 * missing but some files could not be read, a person must look inside them: review, not fail.
 * With `readInFull`, a file whose first pages only were read counts as unread: a plan's table of
 * projects and amounts comes after its cover, foreword and contents.
 */
import { z } from 'zod';
import type { Text } from '../rules';
import { compact, normalize } from '../thai/normalize';
import type { DocumentFeature } from '../features';
import { defineDetector } from './types';
import type { PageFeatures, SiteFeatures } from '../features';
import { ownPictures, ownText } from './site-chrome';
import { fileNameOf } from './evidence-text';
import { isPicturePage } from './document';

/** A page's words without its title and headings (they name the item, not its parts). */
function proseOf(p: PageFeatures, site: SiteFeatures): string {
  let t = ownText(p, site).slice(0, 20_000);
  for (const h of p.headings.slice(0, 3)) t = t.replace(h, ' ');
  return t;
}

const Topic = z.object({
  id: z.string(),
  th: z.string(),
  en: z.string(),
  terms: z.array(z.string()).min(1),
  /**
   * Regular expressions on the normalised (not compacted) text, for what words cannot name: an amount
   * `1,250,000` or `50,000 บาท` (the compacted `บาท` is also inside `บทบาท`). Validated on load.
   */
  patterns: z
    .array(z.string().refine((src) => { try { new RegExp(src, 'u'); return true; } catch { return false; } }, 'not a valid regular expression'))
    .default([]),
});

/** Text read from a file, unless only its first pages were (then what it lacks may be further on). */
const readText = (doc: DocumentFeature | undefined, inFull: boolean): string | undefined =>
  doc?.text && (!inFull || (doc.pagesRead ?? doc.pages ?? 0) >= (doc.pages ?? 0)) ? doc.text : undefined;

export default defineDetector({
  id: 'topics',
  params: z.object({
    topics: z.array(Topic).min(1),
    /** Terms (compacted) that name the whole set at once. */
    whole: z.array(z.string()).default([]),
    /**
     * When a part may be inside a file nobody read: `review` (a person looks), or `pass` for a part
     * that only the file's own figures can show and that the item's other checks already stand for.
     */
    ifUnread: z.enum(['review', 'pass']).default('review'),
    readInFull: z.boolean().default(false),
    /**
     * A page's own pictures may hold a part (a signed declaration posted as a photo): nobody read
     * them, so they count as unread files. Icons and images the whole site shows do not.
     */
    imagesUnread: z.boolean().default(false),
  }),
  evaluate(c, p, ctx) {
    // What the evidence holds: its files (titles, names, text read) and its pages' prose. Not the
    // candidate's own title: an ITA post titled with the item's name ("O25 หลักเกณฑ์การบริหารและ
    // พัฒนาทรัพยากรบุคคล") says nothing of what it attaches.
    const texts: string[] = [];
    const files: string[] = [];
    /** Titles of files nobody read: only they may stand for the whole by their name. */
    const unreadNames: string[] = [];
    let unread = false;
    // Files named only loosely ("คู่มือ Do's & Don'ts") count when they sit on the same page as the
    // item's own evidence: a page "มาตรฐานทางจริยธรรม" lists the order, the guide and the training.
    const places = new Set<string>();
    for (const cand of [c, ...ctx.candidates]) {
      if (cand !== c && !cand.isStrong) continue;
      places.add(cand.url);
      places.add(cand.foundOn);
    }
    for (const cand of new Set([c, ...ctx.candidates])) {
      if (!cand.isStrong && cand !== c && !places.has(cand.foundOn)) continue;
      if (cand.kind === 'document' || cand.kind === 'image') {
        files.push(cand.text, fileNameOf(cand.url), cand.doc?.text ?? '');
        if (!readText(cand.doc, p.readInFull)) unreadNames.push(cand.text, fileNameOf(cand.url));
      }
      for (const a of cand.attachments) {
        files.push(a.link.text, a.link.context, fileNameOf(a.link.url), a.doc?.text ?? '');
        if (!readText(a.doc, p.readInFull)) unreadNames.push(a.link.text, fileNameOf(a.link.url));
      }
      if (cand.page) texts.push(proseOf(cand.page, ctx.site));
      // A file nobody read may hold any part, unless its title or its line says which part it is
      // ("หลักเกณฑ์การสรรหา…" holds the recruitment rules; "แต่งตั้งคณะทำงาน… : คำสั่งเทศบาล ที่ 45/2566"
      // is the working group's order), as an assessor reading the list would take it.
      if (cand.kind === 'document' && !readText(cand.doc, p.readInFull) && !namesATopic(cand.text)) unread = true;
      if (cand.attachments.some((a) => !readText(a.doc, p.readInFull) && !namesATopic(`${a.link.text} ${a.link.context} ${fileNameOf(a.link.url)}`))) unread = true;
      if (cand.isViewer) unread = true;
      if (p.imagesUnread && cand.page && ownPictures(cand.page, ctx.site).length > 0) unread = true;
      // A report read for its parts, posted as pictures of its pages (little prose beside them): unread.
      if (p.readInFull && cand.page && isPicturePage(cand.page, ctx.site)) unread = true;
    }
    const fileText = compact(files.join(' '));
    const all = `${fileText} ${compact(texts.join(' '))}`;
    const raw = p.topics.some((t) => t.patterns.length) ? normalize(`${files.join(' ')} ${texts.join(' ')}`) : '';
    function namesATopic(t: string): boolean {
      const x = compact(t);
      return p.topics.some((tp) => tp.terms.some((term) => x.includes(compact(term))));
    }
    const found = (tp: z.infer<typeof Topic>) =>
      tp.terms.some((t) => all.includes(compact(t))) || tp.patterns.some((src) => new RegExp(src, 'u').test(raw));
    // A file titled with the whole ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.pdf") covers every part, as
    // far as anyone can tell without reading it; a file that was read shows which parts it has.
    const unreadText = compact(unreadNames.join(' '));
    if (p.whole.some((t) => unreadText.includes(compact(t)))) return { status: 'pass' };
    const absent = p.topics.filter((t) => !found(t));
    if (!absent.length) return { status: 'pass' };
    const names: Text = { th: absent.map((t) => t.th).join(', '), en: absent.map((t) => t.en).join(', ') };
    if (unread && p.ifUnread === 'pass') return { status: 'pass' };
    if (unread) {
      return { status: 'review', notes: [{ th: `ตรวจในเอกสารด้วยตนเองว่ามี ${names.th}`, en: `Check inside the documents for: ${names.en}` }] };
    }
    return { status: 'fail', missing: [{ th: `ไม่พบ ${names.th}`, en: `Missing: ${names.en}` }] };
  },
});
