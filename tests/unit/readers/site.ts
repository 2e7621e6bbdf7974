/** Hand-made site features from inline HTML (style.md §13: detectors on small snippets). */
import { extractFeatures } from '../../../checks/crawl/extract';
import type { DocumentFeature, SiteFeatures } from '../../../checks/features';

export function siteOf(origin: string, pages: Record<string, string>, documents: DocumentFeature[] = []): SiteFeatures {
  const site: SiteFeatures = { startUrl: `${origin}/`, origin, pages: new Map(), documents: new Map(), qrCodes: [] };
  let depth = 0;
  for (const [path, html] of Object.entries(pages)) {
    const url = `${origin}${path}`;
    site.pages.set(url, extractFeatures(html, url, { depth: depth++ === 0 ? 0 : 1, siteUrl: `${origin}/` }));
  }
  for (const d of documents) site.documents.set(d.url, d);
  return site;
}
