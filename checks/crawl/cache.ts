/**
 * What a re-audit of the same site reuses from the last one (issue #7 §4): the ETag and
 * Last-Modified of every page and document seen, so that the next crawl asks with `If-None-Match` /
 * `If-Modified-Since` and a `304 Not Modified` reuses the page's features without downloading or
 * parsing it again; and the previous run's evidence pages, which the next crawl fetches first.
 *
 * Runtime-agnostic and serialisable (`toJSON` / `CrawlCache.fromJSON`), so the extension can keep
 * it in `storage.local` beside the report and the CLI in a file. Serialised, every distinct link is
 * written once (a mega-menu repeats on every page, shared/thai-sites.md §1.1), which also makes the
 * restored pages share their link objects in memory.
 */
import type { DocumentFeature, LinkFeature, PageFeatures } from '../features';
import { siteKey } from './url';

export const CACHE_SCHEMA = 'oit-crawl-cache/1';

/**
 * Bump when checks/crawl/extract.ts changes what a page's features hold, or the readers what a
 * document's hold (3: `pagesRead`; 4: tab and accordion labels as headings; 5: `postbackPager`; 6: provincial heads as positions): a cache written by another version is dropped as a whole (its
 * pages are fetched and parsed again), never half-reused.
 */
export const FEATURES_VERSION = 6;

/** Bounds: a cache never holds more than this (the oldest entries go first). */
const MAX_PAGES = 20_000;
const MAX_DOCUMENTS = 20_000;

interface Validators {
  etag?: string;
  lastModified?: string;
}

type StoredPage = Omit<PageFeatures, 'links'> & { links: number[] };

export interface SerializedCrawlCache {
  schema: typeof CACHE_SCHEMA;
  featuresVersion: number;
  /** The site (host without `www.`, and port) the cache belongs to. */
  site: string;
  savedAt?: string;
  /** Every distinct link once; pages refer to them by index. */
  links: LinkFeature[];
  pages: { url: string; etag?: string; lastModified?: string; features: StoredPage }[];
  documents: { url: string; etag?: string; lastModified?: string; doc: DocumentFeature }[];
  /** The previous run's evidence pages (and the pages that link to its evidence documents). */
  evidence: string[];
}

function validatorsOf(headers: Headers | undefined): Validators | null {
  const etag = headers?.get('etag') ?? undefined;
  const lastModified = headers?.get('last-modified') ?? undefined;
  // A weak or strong ETag is fine for a GET: the server says whether what it would send changed.
  return etag || lastModified ? { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) } : null;
}

export class CrawlCache {
  private pages = new Map<string, { v: Validators; features: PageFeatures }>();
  private documents = new Map<string, { v: Validators; doc: DocumentFeature }>();
  /** The previous run's evidence pages, fetched first by the next crawl. */
  evidence: string[] = [];
  /** The site this cache is for ('' until the first page is stored). */
  site = '';
  /** What this run did with it (not serialised). */
  readonly stats = { conditional: 0, notModified: 0, stored: 0 };

  get size(): { pages: number; documents: number } {
    return { pages: this.pages.size, documents: this.documents.size };
  }

  /** A cache is for one site: used on another, it starts empty (a user may audit several sites). */
  useFor(startUrl: string): void {
    const key = siteKey(startUrl);
    if (this.site && this.site !== key) {
      this.pages.clear();
      this.documents.clear();
      this.evidence = [];
    }
    this.site = key;
  }

  /** Headers of a conditional request for a URL seen last time, or undefined. */
  conditionalHeaders(url: string, kind: 'page' | 'document' = 'page'): Record<string, string> | undefined {
    const v = kind === 'page' ? this.pages.get(url)?.v : this.documents.get(url)?.v;
    if (!v) return undefined;
    this.stats.conditional++;
    const h: Record<string, string> = {};
    if (v.etag) h['If-None-Match'] = v.etag;
    if (v.lastModified) h['If-Modified-Since'] = v.lastModified;
    return h;
  }

  /** After a 304: the page's stored features, at this crawl's depth. */
  reusePage(url: string, depth: number): PageFeatures | undefined {
    const hit = this.pages.get(url);
    if (!hit) return undefined;
    this.stats.notModified++;
    return hit.features.depth === depth ? hit.features : { ...hit.features, depth };
  }

  /** After a 304 to a document check: what was known of it. */
  reuseDocument(url: string): DocumentFeature | undefined {
    const hit = this.documents.get(url);
    if (!hit) return undefined;
    this.stats.notModified++;
    return { ...hit.doc };
  }

  /** Keep a freshly parsed page (only when the server gave a validator: otherwise it cannot be revalidated). */
  storePage(url: string, headers: Headers | undefined, features: PageFeatures): void {
    const v = validatorsOf(headers);
    if (!v) {
      this.pages.delete(url);
      return;
    }
    this.pages.delete(url);
    this.pages.set(url, { v, features });
    this.stats.stored++;
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
  }

  storeDocument(url: string, headers: Headers | undefined, doc: DocumentFeature): void {
    const v = validatorsOf(headers);
    if (!v || doc.exists !== true) {
      this.documents.delete(url);
      return;
    }
    this.documents.delete(url);
    this.documents.set(url, { v, doc: { ...doc } });
    if (this.documents.size > MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
  }

  /** The evidence of this run, for the next one (same-site page URLs only, once each, bounded). */
  setEvidence(urls: Iterable<string>): void {
    const out = new Set<string>();
    for (const u of urls) {
      if (!this.site || siteKey(u) === this.site) out.add(u);
      if (out.size >= 500) break;
    }
    this.evidence = [...out];
  }

  toJSON(): SerializedCrawlCache {
    const index = new Map<LinkFeature, number>();
    const byKey = new Map<string, number>();
    const links: LinkFeature[] = [];
    const ref = (l: LinkFeature): number => {
      let i = index.get(l);
      if (i !== undefined) return i;
      const key = JSON.stringify(l);
      i = byKey.get(key);
      if (i === undefined) {
        i = links.length;
        links.push(l);
        byKey.set(key, i);
      }
      index.set(l, i);
      return i;
    };
    const pages = [...this.pages].map(([url, { v, features }]) => ({ url, ...v, features: { ...features, links: features.links.map(ref) } }));
    const documents = [...this.documents].map(([url, { v, doc }]) => ({ url, ...v, doc }));
    return { schema: CACHE_SCHEMA, featuresVersion: FEATURES_VERSION, site: this.site, savedAt: new Date().toISOString(), links, pages, documents, evidence: this.evidence };
  }

  /**
   * Restore a serialised cache. Anything unexpected (another schema or extractor version, a
   * corrupt entry) is dropped, never thrown: a bad cache only costs a full crawl.
   */
  static fromJSON(json: unknown): CrawlCache {
    const c = new CrawlCache();
    if (!json || typeof json !== 'object') return c;
    const j = json as Partial<SerializedCrawlCache>;
    if (j.schema !== CACHE_SCHEMA || typeof j.site !== 'string') return c;
    c.site = j.site;
    c.evidence = Array.isArray(j.evidence) ? j.evidence.filter((u): u is string => typeof u === 'string').slice(0, 500) : [];
    if (j.featuresVersion !== FEATURES_VERSION) return c;
    const links = Array.isArray(j.links) ? j.links : [];
    for (const p of Array.isArray(j.pages) ? j.pages.slice(-MAX_PAGES) : []) {
      if (!p || typeof p.url !== 'string' || !p.features || !Array.isArray(p.features.links)) continue;
      if (typeof p.etag !== 'string' && typeof p.lastModified !== 'string') continue;
      const pageLinks = p.features.links.map((i) => links[i]).filter((l): l is LinkFeature => !!l && typeof l.url === 'string');
      const v: Validators = { ...(typeof p.etag === 'string' ? { etag: p.etag } : {}), ...(typeof p.lastModified === 'string' ? { lastModified: p.lastModified } : {}) };
      c.pages.set(p.url, { v, features: { ...(p.features as unknown as PageFeatures), links: pageLinks } });
    }
    for (const d of Array.isArray(j.documents) ? j.documents.slice(-MAX_DOCUMENTS) : []) {
      if (!d || typeof d.url !== 'string' || !d.doc || typeof d.doc !== 'object') continue;
      if (typeof d.etag !== 'string' && typeof d.lastModified !== 'string') continue;
      const v: Validators = { ...(typeof d.etag === 'string' ? { etag: d.etag } : {}), ...(typeof d.lastModified === 'string' ? { lastModified: d.lastModified } : {}) };
      c.documents.set(d.url, { v, doc: d.doc });
    }
    return c;
  }
}
