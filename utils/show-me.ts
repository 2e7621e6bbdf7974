/**
 * Where "show me" goes for an item's evidence, and what it looks for there (issue #4 §3). Pure:
 * the background navigates, the content script (utils/highlight.ts) looks.
 *
 * - Executives (people cards): the first evidence page that shows the cards (`probe`: the content
 *   script reads the candidates as the crawler did; an ITA hub page often comes first and only
 *   links to them), the cards outlined.
 * - A link found on another page (a menu entry, an ITA hub list, a document link): that page
 *   (`foundOn`), pointing at the `<a>` whose href resolves to the evidence URL. A PDF cannot be
 *   highlighted inside, but the link to it can.
 * - A page found by its own title: the page, pointing at its heading.
 */
import type { HighlightTarget } from './messages';

export interface EvidenceView {
  url: string;
  kind: string;
  text: string;
  foundOn: string;
}

export interface ItemView {
  id: string;
  title: string;
  concept?: string;
  evidence: EvidenceView[];
}

export interface ShowMePlan {
  /** The page to open in the audited tab. */
  page: string;
  /** Tried in order on that page. */
  targets: HighlightTarget[];
  /** Pages that may show people cards: the first that does replaces `page`. */
  probe?: string[];
}

const isHttp = (u: string) => /^https?:\/\//i.test(u);

/** Concepts whose evidence is people cards (checks/concepts/executives.ts). */
const PEOPLE_CONCEPTS = new Set(['executives']);

export function planShowMe(item: ItemView, evidenceIndex: number): ShowMePlan | null {
  const ev = item.evidence[evidenceIndex];
  if (!ev) return null;
  if (item.concept && PEOPLE_CONCEPTS.has(item.concept) && ev.kind === 'page' && isHttp(ev.url)) {
    const pages = [ev, ...item.evidence.filter((e) => e !== ev)].filter((e) => e.kind === 'page' && isHttp(e.url)).map((e) => e.url);
    return {
      page: ev.url,
      targets: [{ kind: 'people' }, { kind: 'text', text: ev.text }, { kind: 'text', text: item.title }],
      probe: [...new Set(pages)].slice(0, 5),
    };
  }
  if (ev.foundOn && ev.foundOn !== ev.url && isHttp(ev.foundOn)) {
    return { page: ev.foundOn, targets: [{ kind: 'link', href: ev.url }, { kind: 'text', text: ev.text }] };
  }
  if (!isHttp(ev.url)) return null;
  return { page: ev.url, targets: [{ kind: 'text', text: ev.text }, { kind: 'text', text: item.title }] };
}
