/**
 * Site chrome: words a site repeats on many of its pages, outside any `<nav>`/`<header>`/`<footer>`
 * the extractor already drops: a side column "การประเมินคุณธรรมและความโปร่งใส ITA ๒๕๖๖", a banner
 * "(EIT) ประจำปี ๒๕๖๖", a "today" date in the masthead, a visitor counter (thai-sites.md §1: old
 * Joomla modules, AS-System side boxes, Dungbhumi ITA award boxes). Such words date no page: a FY 2565
 * declaration shown beside the side column "ITA 2566" is still FY 2565's.
 *
 * Repetition is counted on the crawl's own pages, incrementally (the engine judges the site again at
 * every early-stop check): a year mention is chrome when the words just before it, or just after it,
 * recur on at least CHROME_SHARE of the pages (and on MIN_PAGES); a heading or a date likewise.
 * An article and its print view are two pages, so MIN_PAGES is three.
 */
import type { DateFeature, FormFeature, ImageFeature, LinkFeature, PageFeatures, SiteFeatures } from '../features';

/** How much of a page's text is read for the years it names (its opening: title, list, prose). */
export const PAGE_YEAR_CHARS = 3000;
/** Characters either side of a year that identify its phrase. */
const WINDOW = 24;
const MIN_PAGES = 3;
const CHROME_SHARE = 0.2;
/** A Buddhist-era or Common-era year as the normaliser writes it (Thai digits already Arabic). */
const YEAR_RE = /(?<!\d)(?:25|20)\d\d(?!\d)/g;

interface Tally {
  /** Pages counted so far (the site's pages are only ever added). */
  pages: number;
  counts: Map<string, number>;
}

const tallies = new WeakMap<SiteFeatures, Tally>();

function phraseKeys(text: string, i: number): [string, string] {
  return [`<${text.slice(Math.max(0, i - WINDOW), i + 4)}`, `>${text.slice(i, i + 4 + WINDOW)}`];
}

const dateKey = (d: DateFeature) => `@${d.year}-${d.month ?? ''}-${d.day ?? ''}`;
const formKey = (f: FormFeature) => `F${f.action}\u0000${f.fields.join('|')}`;

/** FNV-1a of a block's text: blocks are counted by hash, so the tally holds numbers, not the site's text. */
function hashOf(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `&${(h >>> 0).toString(36)}`;
}

/** The blocks of a page's text (its paragraphs, cells, list items), when the extractor recorded them. */
function blockTexts(p: PageFeatures): string[] {
  const b = p.blocks;
  if (!b?.length) return [];
  const out: string[] = [];
  for (let i = 0; i < b.length; i++) out.push(p.text.slice(b[i], i + 1 < b.length ? b[i + 1] - 1 : undefined));
  return out;
}

function pageKeys(p: PageFeatures): Set<string> {
  const keys = new Set<string>();
  const t = p.text.slice(0, PAGE_YEAR_CHARS);
  for (const m of t.matchAll(YEAR_RE)) for (const k of phraseKeys(t, m.index)) keys.add(k);
  for (const h of p.headings) keys.add(`#${h}`);
  for (const d of p.dates) keys.add(dateKey(d));
  for (const t of blockTexts(p)) keys.add(hashOf(t));
  for (const l of p.links) if (!l.inNav) keys.add(`L${l.url}\u0000${l.text}`);
  for (const i of p.images) keys.add(`I${i.src}`);
  for (const f of p.forms) keys.add(formKey(f));
  return keys;
}

function tally(site: SiteFeatures): Tally {
  let t = tallies.get(site);
  if (!t) tallies.set(site, (t = { pages: 0, counts: new Map() }));
  if (t.pages === site.pages.size) return t;
  let i = 0;
  for (const p of site.pages.values()) {
    if (i++ < t.pages) continue;
    for (const k of pageKeys(p)) t.counts.set(k, (t.counts.get(k) ?? 0) + 1);
  }
  t.pages = site.pages.size;
  return t;
}

/** Whether a key recurs on enough of the site's pages to be chrome. */
function chromeTest(site: SiteFeatures): (key: string) => boolean {
  const t = tally(site);
  const min = Math.max(MIN_PAGES, Math.ceil(t.pages * CHROME_SHARE));
  return (key) => (t.counts.get(key) ?? 0) >= min;
}

/**
 * A link the site shows on many pages outside its menus (a side banner to the EIT survey, a
 * "latest news" box): it sits under whatever heading each page has, and belongs to none of them.
 * The same URL under other words (an ITA row's "คลิก" to the complaint form) is not chrome.
 */
export function isChromeLink(site: SiteFeatures, link: LinkFeature): boolean {
  return site.pages.size >= MIN_PAGES && chromeTest(site)(`L${link.url}\u0000${link.text}`);
}

/** The state of the site's chrome: changes whenever the crawl adds a page (for memos). */
export function chromeVersion(site: SiteFeatures | undefined): number {
  return site ? site.pages.size : -1;
}

const ownTexts = new WeakMap<PageFeatures, { chrome: number; text: string }>();

/**
 * A page's text without the blocks the site repeats on many pages (a menu in a table cell, a side
 * column, a footer not marked as one): what the page itself says. Without a site, or for features
 * without blocks, the whole text.
 */
export function ownText(p: PageFeatures, site: SiteFeatures | undefined): string {
  if (!site || site.pages.size < MIN_PAGES || !p.blocks?.length) return p.text;
  const version = chromeVersion(site);
  const hit = ownTexts.get(p);
  if (hit && hit.chrome === version) return hit.text;
  const isChrome = chromeTest(site);
  const text = blockTexts(p)
    .filter((t) => !isChrome(hashOf(t)))
    .join(' ');
  ownTexts.set(p, { chrome: version, text });
  return text;
}

/**
 * A page's own words for dating it: its text with the years of repeated phrases blanked, and its
 * headings without those repeated on many pages. Without a site, everything counts.
 */
export function ownWords(p: PageFeatures, site: SiteFeatures | undefined): { headings: string[]; text: string } {
  const text = ownText(p, site).slice(0, PAGE_YEAR_CHARS);
  if (!site || site.pages.size < MIN_PAGES) return { headings: p.headings, text };
  const isChrome = chromeTest(site);
  let own = text;
  for (const m of text.matchAll(YEAR_RE)) {
    if (phraseKeys(text, m.index).some(isChrome)) own = `${own.slice(0, m.index)}    ${own.slice(m.index + 4)}`;
  }
  return { headings: p.headings.filter((h) => !isChrome(`#${h}`)), text: own };
}

/** A page's dates without those the whole site shows (a "today" date, a counter's date). */
export function ownDates(p: PageFeatures, site: SiteFeatures | undefined): DateFeature[] {
  if (!site || site.pages.size < MIN_PAGES || !p.dates.length) return p.dates;
  const isChrome = chromeTest(site);
  return p.dates.filter((d) => !isChrome(dateKey(d)));
}

/** A page's images without those the whole site shows (a logo, side banners, a counter's digits). */
export function ownImages(p: PageFeatures, site: SiteFeatures | undefined): ImageFeature[] {
  if (!site || site.pages.size < MIN_PAGES || !p.images.length) return p.images;
  const isChrome = chromeTest(site);
  return p.images.filter((i) => !isChrome(`I${i.src}`));
}

/** An image big enough to carry a document (not an icon, a bullet or a spacer); unknown sizes count. */
const isPicture = (i: ImageFeature): boolean => (i.width ?? 300) >= 200 && (i.height ?? 300) >= 200;

/** A page's own pictures: images the whole site does not show, big enough to hold a document's page. */
export function ownPictures(p: PageFeatures, site: SiteFeatures | undefined): ImageFeature[] {
  return ownImages(p, site).filter(isPicture);
}

/** A page's own forms: not the search box, poll or newsletter sign-up the whole site shows. */
export function ownForms(p: PageFeatures, site: SiteFeatures | undefined): FormFeature[] {
  if (!site || site.pages.size < MIN_PAGES || !p.forms.length) return p.forms;
  const isChrome = chromeTest(site);
  return p.forms.filter((f) => !isChrome(formKey(f)));
}

/**
 * The page's own blocks joined by " | ": for reading months out of tables, where a count in one cell
 * must not become the day of the month in the next ("ตุลาคม 2568 | 14 | พฤศจิกายน 2568" is no
 * "14 พฤศจิกายน"). Without block marks, the text as it is.
 */
export function ownBlockText(p: PageFeatures, site: SiteFeatures | undefined, max = PAGE_YEAR_CHARS): string {
  if (!p.blocks?.length) return ownText(p, site).slice(0, max);
  const isChrome = site && site.pages.size >= MIN_PAGES ? chromeTest(site) : () => false;
  const out: string[] = [];
  let len = 0;
  for (const t of blockTexts(p)) {
    if (len >= max) break;
    if (isChrome(hashOf(t))) continue;
    out.push(t);
    len += t.length + 3;
  }
  return out.join(' | ').slice(0, max);
}
