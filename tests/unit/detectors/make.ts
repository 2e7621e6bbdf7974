/**
 * Hand-made features for detector unit tests (style.md §13: pure tests on small snippets and
 * hand-made features). `pageOf` runs the real extractor on a snippet; the others fill defaults.
 */
import { extractFeatures } from '../../../checks/crawl/extract';
import type { Candidate, DetectorContext } from '../../../checks/detectors';
import type { DocumentFeature, LinkFeature, PageFeatures, SiteFeatures } from '../../../checks/features';

export const ORIGIN = 'https://www.tambon-example.go.th';

export function pageOf(html: string, path = '/p'): PageFeatures {
  return extractFeatures(`<html><body>${html}</body></html>`, ORIGIN + path, { siteUrl: ORIGIN });
}

export function link(l: Partial<LinkFeature> & { url: string }): LinkFeature {
  return { kind: 'page', via: 'a', internal: l.url.startsWith(ORIGIN), text: '', label: l.text ?? '', hasImage: false, inNav: false, heading: '', context: '', ...l };
}

export function doc(url: string, d: Partial<DocumentFeature> = {}): DocumentFeature {
  return { url, isInternal: url.startsWith(ORIGIN), exists: true, ...d };
}

/** A candidate: by default a page candidate for `page`, strong, on the agency's site. */
export function cand(c: Partial<Candidate> = {}): Candidate {
  const page = c.page;
  return {
    url: page?.finalUrl ?? `${ORIGIN}/p`,
    kind: 'page',
    label: '',
    text: page ? `${page.title} ${page.headings.slice(0, 2).join(' ')}` : '',
    foundOn: `${ORIGIN}/`,
    attachments: [],
    isExternal: false,
    isViewer: false,
    isStrong: true,
    score: 10,
    ...c,
  };
}

export function siteOf(pages: PageFeatures[] = []): SiteFeatures {
  return { startUrl: `${ORIGIN}/`, origin: ORIGIN, pages: new Map(pages.map((p) => [p.finalUrl, p])), documents: new Map(), qrCodes: [] };
}

export function ctx(c: Partial<DetectorContext> = {}): DetectorContext {
  return { site: siteOf(), fiscalYear: 2566, isLocalGov: true, candidates: [], ...c };
}
