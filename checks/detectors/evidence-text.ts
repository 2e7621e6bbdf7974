/**
 * What a candidate offers to read: its words, its page, its attachments, its documents' text, and
 * the fiscal years and months they name. Memoised on the feature objects, because the engine judges
 * the same pages again at every early-stop check of the crawl.
 */
import type { DocumentFeature, PageFeatures, SiteFeatures } from '../features';
import { chromeVersion, ownText, ownWords } from './site-chrome';
import { parseFiscalYears, parseThaiDates, type ThaiDate } from '../thai/dates';
import type { Candidate } from './types';
import { hasOwnData } from './document';

/**
 * All the normalised text a candidate offers: the link and its row, the target page's title,
 * headings and text, its attachments' link texts, and any text read from the document.
 */
export function evidenceText(c: Candidate, site?: SiteFeatures, maxPageChars = 20_000): string {
  const parts = [c.text, c.link?.context ?? '', c.link?.heading ?? ''];
  if (c.page) parts.push(c.page.title, c.page.headings.join(' '), ownText(c.page, site).slice(0, maxPageChars));
  for (const a of c.attachments) parts.push(a.link.text, a.doc?.text ?? '');
  if (c.doc?.text) parts.push(c.doc.text);
  return parts.join(' ');
}

/** A document the candidate shows: itself, or an attachment of the page. */
export function documentsOf(c: Candidate) {
  const docs = c.attachments.map((a) => ({ url: a.link.url, doc: a.doc, viewer: false }));
  if (c.kind === 'document') docs.unshift({ url: c.url, doc: c.doc, viewer: false });
  return docs;
}

/**
 * A link the assessor cannot open: a file whose check failed (404, HTML in place of a PDF) or a page
 * the server answered with an error or a redirect loop. A timeout is not known to be dead.
 */
export function isDeadLink(url: string, site: SiteFeatures): boolean {
  if (site.documents.get(url)?.exists === false) return true;
  const f = site.failedPages?.get(url);
  return !!f && (f.code === 'redirect-loop' || f.code === 'too-many-redirects' || (f.code === 'http' && (f.status ?? 0) >= 400));
}

export function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The file name of a URL, percent-decoded (Thai file names: thai-sites.md §3). */
export function fileNameOf(url: string): string {
  return decodeURIComponentSafe(url.split(/[?#]/)[0].split('/').pop() ?? '').replace(/[_+]/g, ' ');
}

/** The file name without its extension: what the file is called ("พรบ.ระเบียบบริหารงานบุคคล 2542"). */
export function fileTitleOf(url: string): string {
  return fileNameOf(url).replace(/\.[a-z0-9]{2,4}$/i, '');
}

const dateMemo = new Map<string, ThaiDate[]>();

/** `parseThaiDates`, memoised on the text (rows and link texts repeat at every evaluation). */
export function datesIn(text: string): ThaiDate[] {
  if (!text) return [];
  let d = dateMemo.get(text);
  if (!d) {
    d = parseThaiDates(text);
    if (dateMemo.size > 20_000) dateMemo.clear();
    dateMemo.set(text, d);
  }
  return d;
}

const yearMemo = new Map<string, number[]>();

/** `parseFiscalYears`, memoised on the text (link rows and headings repeat across pages). */
export function yearsIn(text: string): number[] {
  if (!text) return [];
  let y = yearMemo.get(text);
  if (!y) {
    y = parseFiscalYears(text);
    if (yearMemo.size > 20_000) yearMemo.clear();
    yearMemo.set(text, y);
  }
  return y;
}

/**
 * Years a file name names. Names join words with hyphens ("แผนดำเนินงาน-ปี-2566.pdf") but also
 * carry 2-digit years after one ("แผน-66", thai-sites.md §3): both readings count.
 */
function fileYears(url: string): number[] {
  const name = fileNameOf(url);
  const spaced = name.replace(/-/g, ' ');
  const years = spaced === name ? yearsIn(name) : [...yearsIn(name), ...yearsIn(spaced)];
  return years.length ? years : bareFileYears(name);
}

/** A Buddhist-era year standing alone in a file name, a span of two, or a year and month (`skr1-2565-12`). */
const BARE_YEAR_RE = /(?<!\d)(25[4-9]\d)(?:\s*[-–]\s*(25[4-9]\d)|[-_.](0?[1-9]|1[0-2]))?(?!\d)/g;

/**
 * Years of a file name that says them without a word before them ("nogift-2565.pdf",
 * "แผนพัฒนา2566-2570.pdf"): a file named with a year is that year's file, whatever page lists it. A
 * year and month give the month's fiscal year (ต.ค.–ธ.ค. belong to the next one).
 */
function bareFileYears(name: string): number[] {
  // A full date is a timestamp (`Scan2565-10-18_141240.pdf`): when the file was scanned, not its year.
  if (/25[4-9]\d[-_.]?\d\d[-_.]?\d\d(?!\d)/.test(name)) return [];
  const years: number[] = [];
  for (const m of name.matchAll(BARE_YEAR_RE)) {
    const y = Number(m[1]);
    if (m[2]) years.push(...yearsIn(`พ.ศ. ${m[1]}-${m[2]}`));
    else if (m[3]) years.push(Number(m[3]) >= 10 ? y + 1 : y);
    else years.push(y);
  }
  return years;
}

const pageYears = new WeakMap<PageFeatures, { chrome: number; years: number[] }>();
const docYears = new WeakMap<DocumentFeature, { len: number; years: number[] }>();

/**
 * Years the page itself names: its title, headings and opening prose. The words of its links are
 * left out: the files a page lists (last year's report beside this year's plan) count through the
 * candidate's attachments, which hold only the files that belong to the item. So are the words the
 * site repeats on every page (a side column "ITA ๒๕๖๖": site-chrome.ts).
 */
function yearsOfPage(p: PageFeatures, site: SiteFeatures | undefined): number[] {
  const chrome = chromeVersion(site);
  const hit = pageYears.get(p);
  if (hit && hit.chrome === chrome) return hit.years;
  const own = ownWords(p, site);
  let prose = own.text;
  for (const l of p.links) if (!l.inNav && l.text.length >= 4) prose = prose.replace(l.text, ' ');
  const years = parseFiscalYears(`${p.title} ${own.headings.slice(0, 5).join(' ')} ${prose}`);
  pageYears.set(p, { chrome, years });
  return years;
}

function yearsOfDoc(d: DocumentFeature | undefined): number[] {
  if (!d?.text) return [];
  const hit = docYears.get(d);
  if (hit && hit.len === d.text.length) return hit.years;
  const years = parseFiscalYears(d.text.slice(0, 5000));
  docYears.set(d, { len: d.text.length, years });
  return years;
}

/**
 * The files that may date a candidate: not those that do not open (the current plan's dead link
 * beside last term's plan that opens: what the assessor can read is last term's), and not those
 * named only loosely when a surely named file is there (the budget ordinance of 2569 beside the
 * operating plan of 2568 does not make the plan 2569's).
 */
function datingAttachments(c: Candidate): Candidate['attachments'] {
  const live = c.attachments.filter((a) => a.doc?.exists !== false);
  const sure = live.filter((a) => !a.loose);
  return sure.length ? sure : live;
}

/** The years one attached file names: its own text when it was read and names some, else its link, row and file name. */
export function attachmentYears(a: Candidate['attachments'][number]): number[] {
  const read = yearsOfDoc(a.doc);
  if (read.length) return read;
  return [...yearsIn(a.link.text), ...yearsIn(a.link.context), ...fileYears(a.link.url)];
}

/**
 * Fiscal years a candidate names: first its files (a document's title and name, its attachments'
 * titles, rows and file names, the text read from them); when the files name no year, its link and
 * row and its page's title, headings and opening prose; when none of these does either, the heading
 * it sits under and the title of the page that lists it (not for menus, whose "nearest heading" is
 * unrelated): a hub page "ITA 2566" links last year's plan too. With the site, words the site
 * repeats on every page date nothing. With `assessmentYears: false`, an ITA page's year does not
 * date what it lists: "ITA 2568" is the assessment, whose "previous year" items are FY 2567's.
 */
export function yearsOf(c: Candidate, site?: SiteFeatures, opts: { assessmentYears?: boolean } = {}): number[] {
  const years = new Set<number>();
  const add = (ys: number[]) => ys.forEach((y) => years.add(y));
  // The files speak first: an ITA post titled with the item's name ("O23 นโยบายหรือแผน…", posted in
  // 2566) that attaches last year's plan shows last year's plan (the sample site's FY 2565 HR plan).
  // A file that was read and names its years speaks for itself: the row or link that carries it may
  // be titled with the current year over last year's report ("รอบ 6 เดือน 2566" on the FY 2565 one).
  const own = c.doc?.exists !== false ? yearsOfDoc(c.doc) : [];
  if (c.kind === 'document' || c.kind === 'image') {
    if (!own.length) {
      add(yearsIn(c.text));
      add(fileYears(c.url));
    }
  }
  add(own);
  for (const a of datingAttachments(c)) add(attachmentYears(a));
  // A page holding the year's data itself (a table of this year's counts, last year's file attached
  // "ย้อนหลัง") is dated by its own words as well as its files.
  if (years.size && c.page && hasOwnData(c.page, site)) add(yearsOfPage(c.page, site));
  if (years.size) return [...years].sort((a, b) => a - b);
  // A page that names its years speaks for itself, like a file: the ITA row that links it may say
  // "ปีงบประมาณ พ.ศ. 2567" over last year's activity post.
  const ownYears = c.page && c.link && !c.link.inNav ? yearsOfPage(c.page, site) : [];
  if (ownYears.length) return [...ownYears].sort((a, b) => a - b);
  add(yearsIn(c.text));
  if (c.page) add(yearsOfPage(c.page, site));
  // A link that names no year of its own takes the year of the page listing it ("ITA ประจำปี 2565"
  // over a table of O-items, thai-sites.md §2: old years' pages stay online).
  if (!years.size && c.link && !c.link.inNav) {
    const listing = (t: string) => (opts.assessmentYears === false && isAssessmentLabel(t) ? [] : yearsIn(t));
    add(listing(c.link.heading));
    if (!years.size && c.source) add(listing(`${c.source.title} ${c.source.headings[0] ?? ''}`));
  }
  return [...years].sort((a, b) => a - b);
}

const ASSESSMENT = /(^|[^a-z])(ita|oit)([^a-z]|$)|การประเมินคุณธรรมและความโปร่งใส|คุณธรรมและความโปร่งใส/;

/** A heading or title naming the ITA assessment ("ITA 2568", "การประเมินคุณธรรมและความโปร่งใส ประจำปี 2568"). */
function isAssessmentLabel(t: string): boolean {
  return ASSESSMENT.test(t.toLowerCase());
}

/** Every text a candidate has that can be read: false when all its content is in unread files. */
export function hasReadableContent(c: Candidate, site?: SiteFeatures, minPageChars = 300): boolean {
  if (c.page && ownText(c.page, site).length >= minPageChars) return true;
  if (c.doc?.text && !c.doc.isScanned) return true;
  return c.attachments.some((a) => !!a.doc?.text && !a.doc.isScanned);
}
