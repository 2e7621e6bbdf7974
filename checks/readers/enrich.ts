/**
 * Evidence beyond HTML (issue #5), run by `runAudit({enrich})` after the crawl and before judging:
 * decode the QR codes of the images that may show the EIT/IIT survey, and read the text of the PDFs
 * that may be item evidence. Both are bounded (images per audit, bytes and pixels per image,
 * documents per audit, pages per document) and stay on the agency's site unless the runtime says
 * it may fetch elsewhere; what is left out is recorded (`site.qrUnchecked`, `doc.readError`) so the
 * report can say "not checked" instead of "not found".
 *
 * Runtime-agnostic: the fetch, the image decoder and the PDF reader are passed in.
 */
import type { CrawlResult } from '../crawl/crawler';
import { fetchWithRetry, sleepWithSignal, type FetchLike, type FetcherOptions } from '../crawl/fetcher';
import { classifyUrl, isSameSite, normalizeUrl } from '../crawl/url';
import { CONCEPTS } from '../concepts';
import type { DocumentFeature, LinkFeature, PageFeatures, SiteFeatures, UncheckedImage } from '../features';
import { compileConcept, isGenericText, linkMatchText, matchCompacted, type CompiledConcept } from '../match';
import type { RuleSet } from '../rules';
import { compact } from '../thai/normalize';
import { analysePdf, isScannerFileName, titleFromFileName } from './pdf-text';
import { decodeQrCodes } from './qr-decode';
import { qrCandidates } from './qr-candidates';
import { IMAGE_MIME, imageSize, sniff } from './sniff';
import { UnsupportedImageError, type ImageDecoder, type PdfReader } from './types';

export interface ReaderSettings {
  /** Images decoded per audit. */
  maxQrImages: number;
  /** Bytes per image (issue #5: "images up to a bounded size (e.g. 4 MB, 4,000 px)"). */
  maxImageBytes: number;
  /** Longest side in pixels. */
  maxImageSide: number;
  /** PDFs read per audit. */
  maxDocuments: number;
  /** Bytes per PDF: pdf.js needs the whole file (its cross-reference table is at the end). */
  maxDocumentBytes: number;
  /** Pages read per PDF: a notice names its subject and fiscal year on its first page. */
  maxPdfPages: number;
  timeoutMs: number;
  /** Fetches and decodes at a time. */
  concurrency: number;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  maxQrImages: 24,
  maxImageBytes: 4 * 1024 * 1024,
  maxImageSide: 4000,
  maxDocuments: 60,
  maxDocumentBytes: 10 * 1024 * 1024,
  maxPdfPages: 3,
  timeoutMs: 20_000,
  concurrency: 2,
};

export interface ReaderDeps {
  fetch: FetchLike;
  /** Absent: QR codes are not read (and the survey says so). */
  decodeImage?: ImageDecoder;
  /** Absent: PDFs are not read. */
  readPdf?: PdfReader;
  /**
   * May the readers fetch this URL? Default: the audited site only (the CLI). The extension widens it
   * to the origins it holds a permission for (issue #5).
   */
  mayFetch?: (url: string, site: SiteFeatures) => boolean;
  /** Gives the documents that may be item evidence their priority. */
  ruleset?: RuleSet;
  settings?: Partial<ReaderSettings>;
  signal?: AbortSignal;
  redirectMode?: 'manual' | 'follow';
  /**
   * Time (ms since the epoch) after which no new image or document is started: the CLI's
   * `--time-limit-ms` covers the whole audit, readers included. What is left is reported unchecked.
   */
  deadline?: number;
  now?: () => number;
}

const sameSite = (url: string, site: SiteFeatures) => isSameSite(url, site.origin);
const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

/** Runs `task` over `items`, `n` at a time, until `stop()`; returns the items never started. */
async function pool<T>(items: T[], n: number, task: (item: T) => Promise<void>, stop: () => boolean): Promise<T[]> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  return items.slice(next);
}

/** Cancelled, or out of time. */
const stopper = (deps: ReaderDeps) => () => !!deps.signal?.aborted || (deps.deadline !== undefined && (deps.now ?? Date.now)() >= deps.deadline);

function fetcher(deps: ReaderDeps, site: SiteFeatures, s: ReaderSettings, maxBytes: number): FetcherOptions {
  const may = deps.mayFetch ?? sameSite;
  return {
    fetch: deps.fetch,
    timeoutMs: s.timeoutMs,
    maxBytes,
    maxRedirects: 5,
    retries: 1,
    backoffMs: 500,
    maxRetryAfterMs: 10_000,
    sleep: sleepWithSignal,
    signal: deps.signal,
    redirectMode: deps.redirectMode ?? 'manual',
    inScope: (u) => may(u, site),
  };
}

/** The `enrich` hook of `runAudit`. */
export function makeEnrich(deps: ReaderDeps): (site: SiteFeatures, crawl: CrawlResult) => Promise<void> {
  return async (site, crawl) => {
    const s = { ...DEFAULT_READER_SETTINGS, ...deps.settings };
    await readQrCodes(site, deps, s);
    await readDocuments(site, crawl, deps, s);
  };
}

// --- QR codes ---------------------------------------------------------------------------------

export async function readQrCodes(site: SiteFeatures, deps: ReaderDeps, s: ReaderSettings): Promise<void> {
  const unchecked: UncheckedImage[] = (site.qrUnchecked ??= []);
  const candidates = qrCandidates(site);
  const may = deps.mayFetch ?? sameSite;
  const note = (c: (typeof candidates)[number], reason: UncheckedImage['reason']) => {
    // Only images the site itself ties to the survey are worth a "not checked" line.
    if (c.score >= 10 && unchecked.length < 50) unchecked.push({ url: c.url, foundOn: c.foundOn, reason, label: c.label, labelKind: c.labelKind });
  };
  if (!deps.decodeImage) {
    for (const c of candidates) note(c, 'format');
    return;
  }
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (!may(c.url, site)) note(c, 'other-site');
    else if (chosen.length >= s.maxQrImages) note(c, 'limit');
    else chosen.push(c);
  }
  const opts = fetcher(deps, site, s, s.maxImageBytes + 1);
  const decode = deps.decodeImage;
  const left = await pool(
    chosen,
    s.concurrency,
    async (c) => {
      const r = await fetchWithRetry(c.url, opts);
      if (!r.ok) return note(c, r.code === 'off-site' ? 'other-site' : 'fetch-failed');
      if (r.body.length > s.maxImageBytes) return note(c, 'too-large');
      const kind = sniff(r.body);
      const mime = IMAGE_MIME[kind];
      if (!mime || kind === 'svg') return note(c, kind === 'html' ? 'fetch-failed' : 'format');
      const size = imageSize(r.body);
      if (size && Math.max(size.width, size.height) > s.maxImageSide) return note(c, 'too-large');
      let codes: string[];
      try {
        const img = await decode(r.body, mime);
        if (Math.max(img.width, img.height) > s.maxImageSide) return note(c, 'too-large');
        codes = decodeQrCodes(img);
      } catch (e) {
        return note(c, e instanceof UnsupportedImageError ? 'format' : 'unreadable');
      }
      if (!codes.length) return note(c, 'unreadable');
      for (const data of codes) site.qrCodes.push({ imageUrl: c.url, foundOn: c.foundOn, data, label: c.label, labelKind: c.labelKind });
    },
    stopper(deps),
  );
  for (const c of left) note(c, 'time');
}

// --- Documents --------------------------------------------------------------------------------

/** Query parameters viewers carry the file in: `docs.google.com/viewer?url=`, FlowPaper `?pdf=`, pdf.js `viewer.html?file=`. */
const VIEWER_PARAMS = ['url', 'pdf', 'file', 'src', 'doc', 'document'];

/** The file inside a viewer URL, when it names one. */
export function viewerTarget(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  for (const k of VIEWER_PARAMS) {
    const v = u.searchParams.get(k);
    if (!v) continue;
    const target = normalizeUrl(v, url);
    if (target && (classifyUrl(target) === 'document' || /\.pdf(\?|$)/i.test(target))) return target;
  }
  return null;
}

const OFFICE_EXT = /\.(docx?|xlsx?|pptx?|odt|ods|odp|rtf)$/i;

interface DocTarget {
  /** The URL the evidence names (the link, or the viewer). */
  url: string;
  /** The file to read. */
  readUrl: string;
  foundOn: string;
  score: number;
}

function isPdfLike(url: string, doc: DocumentFeature | undefined): boolean {
  if (doc?.contentType && /pdf/i.test(doc.contentType)) return true;
  let path = url;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    // keep the raw URL
  }
  return /\.pdf$/i.test(path);
}

/** Documents worth reading, best first: those linked with an item's words, then vague links, embeds and scans. */
export function documentTargets(site: SiteFeatures, ruleset?: RuleSet, may: (url: string) => boolean = (u) => sameSite(u, site)): DocTarget[] {
  const concepts: CompiledConcept[] = [];
  for (const item of ruleset?.items ?? []) {
    const c = CONCEPTS[item.concept];
    if (c && !concepts.some((x) => x.concept.id === c.id)) concepts.push(compileConcept(c));
  }
  const names = (text: string) => concepts.some((cc) => matchCompacted(text, cc) !== null);
  const byRead = new Map<string, DocTarget>();
  const consider = (t: DocTarget) => {
    const prev = byRead.get(`${t.url} ${t.readUrl}`);
    if (!prev || t.score > prev.score) byRead.set(`${t.url} ${t.readUrl}`, t);
  };
  for (const p of site.pages.values()) {
    const pageNames = names(compact(`${p.title} ${p.headings.slice(0, 2).join(' ')}`));
    for (const l of p.links) {
      if (l.kind === 'mailto' || l.kind === 'tel') continue;
      const inner = l.kind === 'document' ? null : viewerTarget(l.url);
      const readUrl = inner ?? l.url;
      const doc = site.documents.get(readUrl);
      const isDoc = l.kind === 'document' || inner !== null || (doc !== undefined && isPdfLike(readUrl, doc));
      if (!isDoc || !isPdfLike(readUrl, doc) || !may(readUrl)) continue;
      if (doc?.exists === false) continue;
      consider({ url: l.url, readUrl, foundOn: p.finalUrl, score: score(l, p, pageNames, names) });
    }
  }
  return [...byRead.values()].sort((a, b) => b.score - a.score);
}

function score(l: LinkFeature, p: PageFeatures, pageNames: boolean, names: (t: string) => boolean): number {
  let s = 0;
  if (names(linkMatchText(l))) s += 10;
  if (isGenericText(compact(l.text))) s += 6;
  if (pageNames) s += 4;
  if (l.via === 'object' || l.via === 'embed' || l.via === 'iframe') s += 3;
  if (isScannerFileName(l.url)) s += 2;
  if (l.inNav) s -= 3;
  if (p.depth <= 1) s += 1;
  return s;
}

function addError(crawl: CrawlResult, url: string, reason: string, code: string, foundOn?: string) {
  if (crawl.errors.some((e) => e.url === url)) return;
  if (crawl.errors.length < 500) crawl.errors.push({ url, reason, code, foundOn });
}

export async function readDocuments(site: SiteFeatures, crawl: CrawlResult, deps: ReaderDeps, s: ReaderSettings): Promise<void> {
  // Office files are not opened: their title is their file name (issue #5).
  for (const d of site.documents.values()) {
    if (!d.title && OFFICE_EXT.test(d.url.split(/[?#]/)[0])) d.title = titleFromFileName(d.url);
  }
  const read = deps.readPdf;
  if (!read) return;
  const may = deps.mayFetch ?? sameSite;
  const targets = documentTargets(site, deps.ruleset, (u) => may(u, site));
  const files = [...new Set(targets.map((t) => t.readUrl))].slice(0, s.maxDocuments);
  for (const url of [...new Set(targets.map((t) => t.readUrl))].slice(s.maxDocuments)) {
    const d = site.documents.get(url);
    if (d && !d.readError) d.readError = `not read: more than ${s.maxDocuments} documents in one audit`;
  }
  const from = new Map(targets.map((t) => [t.readUrl, t.foundOn]));
  const opts = fetcher(deps, site, s, s.maxDocumentBytes);
  const left = await pool(
    files,
    s.concurrency,
    async (url) => {
      const doc: DocumentFeature = site.documents.get(url) ?? { url, isInternal: sameSite(url, site) };
      site.documents.set(url, doc);
      const r = await fetchWithRetry(url, opts);
      if (!r.ok) {
        if (r.code === 'http' && (r.status === 404 || r.status === 410)) {
          doc.exists = false;
          doc.status = r.status;
          doc.problem = r.reason;
          addError(crawl, url, r.reason, r.code, from.get(url));
        } else if (r.code !== 'cancelled') {
          doc.readError = r.reason;
        }
        return;
      }
      doc.status = r.status;
      doc.contentType = r.contentType;
      if (r.truncated) {
        doc.readError = `larger than ${mb(s.maxDocumentBytes)}: not read`;
        return;
      }
      const kind = sniff(r.body);
      if (kind === 'html') {
        // A "PDF" that answers a web page (an error page, a login, a "file not found"): not evidence.
        doc.exists = false;
        doc.problem = 'HTML in place of the document';
        addError(crawl, url, 'document link answers an HTML page', 'not-a-document', from.get(url));
        return;
      }
      doc.exists = true;
      if (kind !== 'pdf') return;
      try {
        const a = analysePdf(await read(r.body, { maxPages: s.maxPdfPages }));
        doc.text = a.text;
        doc.isScanned = a.isScanned;
        doc.pages = a.pages;
        doc.pagesRead = a.pagesRead;
        doc.title = a.title || titleFromFileName(url);
      } catch (e) {
        const name = (e as Error)?.name ?? '';
        doc.readError = /password/i.test(name) ? 'password-protected PDF: not read' : `cannot read the PDF: ${(e as Error)?.message ?? e}`.slice(0, 200);
      }
    },
    stopper(deps),
  );
  for (const url of left) {
    const d = site.documents.get(url);
    if (d && !d.readError) d.readError = 'not read: the audit ran out of time';
  }
  // A viewer around a same-site PDF shows what the PDF says: give the viewer link the PDF's reading.
  for (const t of targets) {
    if (t.url === t.readUrl) continue;
    const inner = site.documents.get(t.readUrl);
    if (!inner || (inner.text === undefined && inner.isScanned === undefined && inner.exists !== false)) continue;
    const viewer = site.documents.get(t.url);
    site.documents.set(t.url, {
      ...viewer,
      url: t.url,
      isInternal: viewer?.isInternal ?? sameSite(t.url, site),
      exists: inner.exists,
      problem: inner.problem,
      text: inner.text,
      isScanned: inner.isScanned,
      pages: inner.pages,
      pagesRead: inner.pagesRead,
      title: inner.title,
      readVia: t.readUrl,
    });
  }
}
