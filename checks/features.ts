/**
 * Page features: what the crawler keeps of a page once it is parsed (design.md: "features, not
 * pages"). Detectors only ever see these; the HTML itself is released right after extraction so
 * memory stays bounded on large sites.
 *
 * Every `*Text` field named `text` is already `normalize()`d (checks/thai): detectors compare it
 * directly against normalised rule terms. `label` fields keep the original wording (trimmed and
 * bounded) for display in the report.
 */

/** How a link was found in the page. */
export type LinkVia = 'a' | 'area' | 'iframe' | 'frame' | 'object' | 'embed' | 'js';

/** What a link points to, decided from its URL (and, later, the response). */
export type LinkKind = 'page' | 'document' | 'image' | 'mailto' | 'tel';

export interface LinkFeature {
  /** Absolute, normalised URL (checks/crawl/url.ts), or the raw `mailto:`/`tel:` URL. */
  url: string;
  kind: LinkKind;
  via: LinkVia;
  /** Inside the audited site (same host, `www.` or not, http or https). */
  internal: boolean;
  /** Normalised text: the anchor text, else the alt of an image inside it, else its title. */
  text: string;
  /** Original text for display (bounded). */
  label: string;
  /** The anchor wraps an image (banner, QR, icon). */
  hasImage: boolean;
  /** Inside nav/header/footer/menu markup (site-wide chrome rather than page content). */
  inNav: boolean;
  /** Normalised text of the nearest heading before the link (bounded). */
  heading: string;
  /** Normalised text of the link's row: its `<tr>`, `<li>` or block parent (bounded). */
  context: string;
}

export interface ImageFeature {
  src: string;
  /** Normalised alt/title. */
  alt: string;
  /** Normalised text around the image (its figure/caption/parent block, bounded). */
  context: string;
  /** URL of the link wrapping the image, if any. */
  linkUrl?: string;
  width?: number;
  height?: number;
}

export interface FormFeature {
  action: string;
  method: 'get' | 'post';
  /** Normalised names/labels/placeholders of the form's fields. */
  fields: string[];
  /** Normalised heading or legend text nearest the form. */
  heading: string;
}

/** A "person card": a photo, a Thai name with a title, a position, maybe a phone or e-mail. */
export interface PersonFeature {
  name: string;
  position: string;
  hasPhoto: boolean;
  /** The photo is a known placeholder (ex_personnel.png, no-image, avatar…). */
  isPlaceholderPhoto: boolean;
  phones: string[];
  emails: string[];
  /** Normalised text of the whole card (bounded). */
  text: string;
}

export interface DateFeature {
  /** Buddhist-era year. */
  year: number;
  month?: number;
  day?: number;
}

export interface PageFeatures {
  /** The URL the crawler asked for (normalised). */
  url: string;
  /** The URL after redirects (normalised). */
  finalUrl: string;
  depth: number;
  status: number;
  contentType: string;
  /** Charset the body was decoded with. */
  charset: string;
  title: string;
  /** Normalised h1–h6 (and strong page-title blocks) texts, in order, bounded. */
  headings: string[];
  links: LinkFeature[];
  images: ImageFeature[];
  forms: FormFeature[];
  people: PersonFeature[];
  phones: string[];
  emails: string[];
  /** Dates named in the page's main text. */
  dates: DateFeature[];
  /** BE fiscal years named explicitly (ปีงบประมาณ 2568, ประจำปี 2567, ITA 2568…). */
  fiscalYears: number[];
  /** A map is shown (Google Maps iframe or link, `<map>`, a "แผนที่" image). */
  hasMap: boolean;
  /** Normalised visible-or-hidden text of the page body (bounded sample; nav text excluded). */
  text: string;
  /**
   * Where each block (paragraph, cell, list item…) starts in `text`, in order (bounded). The engine
   * drops the blocks the site repeats on many pages (site-chrome.ts). Absent in features saved by
   * older extractors.
   */
  blocks?: number[];
  /**
   * A list on the page turns its pages only by posting the form (an ASP.NET GridView pager,
   * `__doPostBack(…,'Page$2')`): its next pages are out of reach, since the audit never posts.
   */
  postbackPager?: boolean;
}

/** A document (PDF, DOC, XLS, image) seen through a link: never parsed by the crawler itself. */
export interface DocumentFeature {
  url: string;
  /** Same site as the audited agency. */
  isInternal: boolean;
  /** Result of the existence check: true (2xx with a non-HTML type), false (404, HTML in place of a file…), undefined (not checked). */
  exists?: boolean;
  status?: number;
  contentType?: string;
  /** Why it is considered broken, when `exists === false`. */
  problem?: string;
  /** Text extracted from the document (first pages), normalised; filled by document readers (issue #5). */
  text?: string;
  /** The document has no text layer (a scan): a human must read it. */
  isScanned?: boolean;
  /** Pages in the document (PDF), when it was read. */
  pages?: number;
  /** Pages whose text is in `text` (the first ones): fewer than `pages` means the rest was not read. */
  pagesRead?: number;
  /** Normalised title: the PDF's own Title or first lines, else the file name (Office files, scans). */
  title?: string;
  /** The file actually read, when this entry is a viewer (Google Docs viewer, FlowPaper) around a same-site PDF. */
  readVia?: string;
  /** Why the document was not read (size cap, other site, broken file…); it still counts as existing. */
  readError?: string;
}

/** A decoded QR code (issue #5). */
export interface QrCodeFeature {
  imageUrl: string;
  /** The page showing the image. */
  foundOn: string;
  /** The decoded text (usually a URL). */
  data: string;
  /** Normalised alt and surrounding text: what the site says the code is. */
  label?: string;
  /** The survey the label names (`EIT` / `IIT` / ภายนอก / ภายใน), when it names one. */
  labelKind?: 'eit' | 'iit';
}

/** An image that may carry a QR code but was not decoded, and why (bounds, other site, format). */
export interface UncheckedImage {
  url: string;
  foundOn: string;
  reason: 'other-site' | 'too-large' | 'format' | 'limit' | 'time' | 'fetch-failed' | 'unreadable';
  /** Normalised alt and surrounding text. */
  label?: string;
  labelKind?: 'eit' | 'iit';
}

/** Everything an audit gathered about a site: the input of the rule engine. */
export interface SiteFeatures {
  startUrl: string;
  origin: string;
  pages: Map<string, PageFeatures>;
  documents: Map<string, DocumentFeature>;
  /** Decoded QR codes, filled by the QR reader (issue #5). */
  qrCodes: QrCodeFeature[];
  /** Images that may carry a survey QR code but were not decoded (issue #5: say "not checked"). */
  qrUnchecked?: UncheckedImage[];
  /**
   * Pages of the site the crawler asked for and could not get (a 404 behind a menu entry, a
   * redirect loop, a timeout), by normalised URL: a link to them is found, but what it shows is not.
   */
  failedPages?: Map<string, FailedPage>;
}

export interface FailedPage {
  /** HTTP status, when the server answered. */
  status?: number;
  /** The fetcher's code: `http`, `timeout`, `network`, `redirect-loop`, `too-many-redirects`, `time-limit`… */
  code: string;
  reason: string;
}
