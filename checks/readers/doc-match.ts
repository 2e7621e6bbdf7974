/**
 * Items named only inside a document (issue #5): a link whose own words say nothing ("ดาวน์โหลด",
 * "คลิกที่นี่", a scanner's file name `Scan2023-10-16_105945.pdf`) under a row and heading that do
 * not name the item either, but whose document, once read, opens with the item's title. Only the
 * document's title and opening lines count (`documentHead`): a notice names its subject there, while
 * its body cites other plans and laws.
 */
import type { DocumentFeature, LinkFeature, PageFeatures, SiteFeatures } from '../features';
import { isGenericText, linkMatchText, matchCompacted, type CompiledConcept, type MatchStrength } from '../match';
import { compact } from '../thai/normalize';
import { documentHead } from './pdf-text';

/** Per page: its document links with vague words (features never change once extracted). */
const vagueMemo = new WeakMap<PageFeatures, LinkFeature[]>();

function vagueDocumentLinks(p: PageFeatures): LinkFeature[] {
  let links = vagueMemo.get(p);
  if (!links) {
    links = p.links.filter((l) => (l.kind === 'document' || l.via === 'iframe' || l.via === 'object' || l.via === 'embed') && isGenericText(compact(l.text)));
    vagueMemo.set(p, links);
  }
  return links;
}

const isRead = (d: DocumentFeature | undefined): d is DocumentFeature => !!d && d.exists !== false && !!(d.title || d.text);

/** Whether any document of the site was read (the crawl's early checks run before the readers). */
export function hasReadDocuments(site: SiteFeatures): boolean {
  for (const d of site.documents.values()) if (isRead(d)) return true;
  return false;
}

export interface DocumentHit {
  link: LinkFeature;
  strength: MatchStrength;
  /** The document's own title: the words that matched, and a better label than "ดาวน์โหลด". */
  title: string;
}

export function documentHits(p: PageFeatures, cc: CompiledConcept, site: SiteFeatures): DocumentHit[] {
  const out: DocumentHit[] = [];
  for (const link of vagueDocumentLinks(p)) {
    const doc = site.documents.get(link.url);
    if (!isRead(doc) || matchCompacted(linkMatchText(link), cc)) continue;
    const strength = matchCompacted(documentHead(doc), cc);
    if (strength) out.push({ link, strength, title: doc.title || (doc.text ?? '').slice(0, 200) });
  }
  return out;
}
