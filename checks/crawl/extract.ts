/**
 * HTML → PageFeatures. One iterative walk over the parsed document (htmlparser2's DOM), in
 * document order, so that "nearest heading before a link" costs nothing and a 10,000-deep page
 * cannot overflow the stack. Nothing is read from comments, `<template>`, `<script>` or `<style>`
 * (thai-sites.md §7.5: a stale itas link inside an HTML comment must not count); hidden content
 * (accordions, carousels, tab panes) is read, because it is published (§7.3).
 */
// cheerio/slim (htmlparser2 underneath, the stack's parser): the walk below reads its DOM directly
// rather than through the jQuery-like API, which is slow on pages with thousands of nodes.
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { DateFeature, FormFeature, ImageFeature, LinkFeature, LinkVia, PageFeatures, PersonFeature } from '../features';
import { normalize } from '../thai/normalize';
import { parseFiscalYears, parseThaiDates } from '../thai/dates';
import { classifyUrl, isSameSite, normalizeUrl, urlFromScript } from './url';

export interface ExtractLimits {
  maxLinks: number;
  maxTextChars: number;
  maxImages: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxLinks: 3000, maxTextChars: 40_000, maxImages: 400 };

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The label of a collapsed section: a tab (`role="tab"`, Bootstrap `data-bs-toggle="tab"`), an
 * accordion or collapse toggle, a `<summary>`. What it hides is published content (the quality bar:
 * collapsed content counts), and its label names it as a heading would. `opens` tells an accordion
 * (its panel follows it: it is the heading of what comes next) from a tab (the panels come after the
 * whole tab list: its label is a heading of the page, not of the next panel).
 */
function sectionLabel(el: Element): { opens: boolean } | null {
  if (el.name === 'summary') return { opens: true };
  if (el.name !== 'button' && el.name !== 'a') return null;
  const toggle = attr(el, 'data-bs-toggle') || attr(el, 'data-toggle');
  if (attr(el, 'role') === 'tab' || toggle === 'tab' || toggle === 'pill') return { opens: false };
  if (toggle === 'collapse' || /(^|\s)accordion-(button|toggle|title)(\s|$)/.test(attr(el, 'class'))) return { opens: true };
  return null;
}
const CONTEXT_TAGS = new Set(['li', 'tr', 'dd', 'dt', 'p', 'figure', 'caption']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'tr', 'td', 'th', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header',
  'footer', 'nav', 'ul', 'ol', 'table', 'dd', 'dt', 'figure', 'figcaption', 'blockquote', 'form', 'option', 'label',
]);
const NAV_TAGS = new Set(['nav', 'header', 'footer']);
const NAV_CLASS = /(^|[\s_-])(nav|navbar|menu|menus|mega-?menu|dropdown|submenu|footer|header|breadcrumbs?|topbar|sitemap-menu)($|[\s_-]|\d)/i;
const NAV_ROLE = /^(navigation|menu|menubar|banner|contentinfo)$/i;
const TAB_LIST_CLASS = /(^|\s)nav-(tabs|pills)(\s|$)/i;
const NAV_PART_CLASS = /(^|\s)(nav-(item|link)|(accordion|card|modal|panel|section|entry|post|page|article|content|table)-header)(?=\s|$)/gi;

const PLACEHOLDER_PHOTO = /(ex_personnel|no[-_]?(image|img|photo|pic)|noimg|nophoto|avatar|placeholder|default[-_]?(user|person|profile)|blank|unknown|user[-_]?icon|person[-_]?icon|silhouette)/i;
/** Thai personal titles before a name (thai-sites.md §1.9, §1.4 cards). `นาย` must not catch `นายก`. */
const NAME_RE = /(?:^|[\s(>:])((?:นางสาว|นาง|นาย|น\.ส\.|ว่าที่\s?(?:ร\.ต\.|ร้อยตรี|ร\.ท\.|ร้อยโท)\s?(?:หญิง)?|ดร\.|จ\.ส\.อ\.|จ\.ส\.ท\.|ส\.อ\.|ส\.ต\.อ\.|ด\.ต\.|ร\.ต\.ต\.|พ\.ต\.ท\.|พ\.ต\.อ\.|นพ\.|พญ\.|จ่าเอก|สิบเอก|พันจ่าเอก|ผศ\.|รศ\.)\s?([ก-ฮเ-ไ][ก-๛]{1,30})\s+([ก-ฮเ-ไ][ก-๛]{1,30}))/g;
const NOT_A_FIRST_NAME = /^(ก(องค์การ|เทศมนตรี|อบต|อบจ|ฯ|เมือง|สมาคม|รัฐมนตรี)?$|กองค์|กเทศ|กอบ|อำเภอ|อําเภอ|ทหาร|ช่าง|หน้า|จ้าง|ประกัน|ทุน|ตำรวจ|แพทย์$)/;
/** Heads of a central department's provincial office ("พัฒนาการจังหวัด…", "เกษตรจังหวัด…"). */
export const PROVINCIAL_HEAD = '(?:ผู้ว่าราชการ|พัฒนาการ|เกษตร|ท้องถิ่น|สาธารณสุข|ปศุสัตว์|แรงงาน|ประมง|สรรพากรพื้นที่|คลัง|วัฒนธรรม|ยุติธรรม|สถิติ|พาณิชย์|อุตสาหกรรม|พลังงาน|ศึกษาธิการ|โยธาธิการและผังเมือง|ป้องกันและบรรเทาสาธารณภัย|พัฒนาสังคมและความมั่นคงของมนุษย์|ทรัพยากรธรรมชาติและสิ่งแวดล้อม)จังหวัด';
const POSITION_RE = new RegExp(`(รองนายก|นายก|ประธานสภา|รองประธานสภา|เลขานุการ|สมาชิกสภา|ปลัด|รองปลัด|ผู้อำนวยการ|หัวหน้า|ผู้ช่วย|นักวิชาการ|นักพัฒนา|นักทรัพยากร|นักจัดการ|นักวิเคราะห์|นิติกร|เจ้าพนักงาน|เจ้าหน้าที่|พนักงาน|ครู|ผู้ใหญ่บ้าน|กำนัน|ที่ปรึกษา|ผู้ตรวจ|วิศวกร|นายช่าง|อธิบดี|รองอธิบดี|เลขาธิการ|นายอำเภอ|${PROVINCIAL_HEAD})`);
const PHONE_RE = /(?<![\d])(0(?:[\s\-.()]{0,2}\d){8,9})(?![\d])/g;
const EMAIL_RE = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const MAP_URL = /(google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|longdo\.com\/map)/i;

/**
 * Memos shared by every page of a crawl (issue #7 profile: URL parsing and `normalize` of the same
 * mega-menu, printed twice on every page, were a third of the extraction time). Both functions are
 * pure, so a bounded map is safe; it is cleared when full, never grows without bound.
 */
const MEMO_MAX = 20_000;

/**
 * A copy of `s` that does not keep the page's HTML alive. The parser's attribute values and text
 * nodes are substrings of the whole page, and V8 keeps a substring's parent string: one label kept
 * in the features (or in a memo) kept a 200 kB page in memory (issue #7 heap snapshot: 53 MB of
 * pages held by 1,400 such substrings after 600 pages). Short strings are copies already.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
const resolveMemo = new Map<string, { url: string; kind: LinkFeature['kind'] } | null>();
const normalizeMemo = new Map<string, string>();
const sameSiteMemo = new Map<string, boolean>();

/** `normalize` of a short text (labels, rows, headings), memoised: menus repeat on every page. */
function normalizeShort(s: string): string {
  if (s.length > 400) return detach(normalize(s));
  let t = normalizeMemo.get(s);
  if (t === undefined) {
    if (normalizeMemo.size >= MEMO_MAX) normalizeMemo.clear();
    t = detach(normalize(s));
    normalizeMemo.set(detach(s), t);
  }
  return t;
}

const originOf = (base: string) => {
  const i = base.indexOf('/', base.indexOf('//') + 2);
  return i < 0 ? base : base.slice(0, i);
};

/**
 * An href resolved against the page (normalizeUrl + classifyUrl), memoised. A path-absolute href
 * (`/public/list/...`) depends only on the base's origin, an absolute one on nothing else.
 */
function resolveHref(raw: string, base: string): { url: string; kind: LinkFeature['kind'] } | null {
  const key = /^https?:\/\//i.test(raw) ? raw : raw.startsWith('/') && !raw.startsWith('//') ? `${originOf(base)}\u0000${raw}` : `${base}\u0000${raw}`;
  let r = resolveMemo.get(key);
  if (r === undefined) {
    const url = normalizeUrl(raw, base);
    r = url ? { url, kind: classifyUrl(url) } : null;
    if (resolveMemo.size >= MEMO_MAX) resolveMemo.clear();
    resolveMemo.set(detach(key), r);
  }
  return r;
}

function sameSite(url: string, siteUrl: string): boolean {
  const key = `${siteUrl}\u0000${url}`;
  let r = sameSiteMemo.get(key);
  if (r === undefined) {
    if (sameSiteMemo.size >= MEMO_MAX) sameSiteMemo.clear();
    r = isSameSite(url, siteUrl);
    sameSiteMemo.set(key, r);
  }
  return r;
}

/**
 * Identical links share one object across pages (issue #7: on the bench's 2,000-page site, the
 * mega-menu printed on every page made 60 % of a crawl's memory). Features are never mutated once
 * extracted, and the engine's per-link memos hit more often. Bounded: cleared when full.
 */
const linkIntern = new Map<string, LinkFeature[]>();
let linkInternSize = 0;

function sameLink(a: LinkFeature, b: LinkFeature): boolean {
  return a.kind === b.kind && a.via === b.via && a.internal === b.internal && a.text === b.text && a.label === b.label &&
    a.hasImage === b.hasImage && a.inNav === b.inNav && a.heading === b.heading && a.context === b.context;
}

function internLink(l: LinkFeature): LinkFeature {
  let same = linkIntern.get(l.url);
  if (!same) {
    if (linkInternSize >= MEMO_MAX) {
      linkIntern.clear();
      linkInternSize = 0;
    }
    linkIntern.set(l.url, (same = []));
  }
  for (const x of same) if (sameLink(x, l)) return x;
  l.text = detach(l.text);
  l.label = detach(l.label);
  l.heading = detach(l.heading);
  l.context = detach(l.context);
  if (same.length < 8) {
    same.push(l);
    linkInternSize++;
  }
  return l;
}

function bounded(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) : s;
}

/** Text of a subtree (bounded), with block boundaries as spaces, skipping script/style/template. */
export function textOf(node: AnyNode, max = 400): string {
  const parts: string[] = [];
  let len = 0;
  const stack: AnyNode[] = [node];
  while (stack.length && len < max) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = (n as unknown as { data: string }).data;
      parts.push(t);
      len += t.length;
    } else if (n.type === 'tag' || n.type === 'root') {
      const el = n as Element;
      if (el.name && SKIP_TAGS.has(el.name)) continue;
      if (el.name && BLOCK_TAGS.has(el.name)) parts.push(' ');
      const kids = el.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return bounded(parts.join(''), max);
}

function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? '';
}

function isNavElement(el: Element): boolean {
  if (NAV_TAGS.has(el.name)) return true;
  if (el.name === 'html' || el.name === 'body') return false;
  const role = attr(el, 'role');
  if (role && NAV_ROLE.test(role)) return true;
  const cls = `${attr(el, 'class')} ${attr(el, 'id')}`;
  // A tab list (Bootstrap `nav nav-tabs`) labels the page's own sections: content, not a menu. Its
  // items (`nav-item`, `nav-link`) are menu entries only inside a menu, which their ancestor says;
  // an `accordion-header` or `card-header` is the heading of a section, not the page's header.
  if (role === 'tablist' || TAB_LIST_CLASS.test(cls)) return false;
  const own = cls.replace(NAV_PART_CLASS, ' ');
  return own.trim().length > 0 && NAV_CLASS.test(own);
}

interface Frame {
  node: AnyNode;
  inNav: boolean;
  linkUrl: string | undefined;
}

/**
 * First element called `name`, in document order. Iterative and linear: cheerio's `$('title')`
 * goes quadratic (domutils `removeSubsets`) on a page with thousands of top-level nodes, such as
 * a table written after `</html>`, and took seconds on the fault site's 20 MB page (issue #6).
 */
function findFirst(root: AnyNode, name: string, test?: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'root' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    if (el.name === name && (!test || test(el))) return el;
    const kids = el.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return null;
}

/** Collapse normalised matches of phone numbers into a canonical digit string. */
export function findPhones(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PHONE_RE)) {
    const digits = m[1].replace(/\D/g, '');
    if (digits.length === 9 || digits.length === 10) out.add(digits);
  }
  return [...out];
}

export function findEmails(text: string): string[] {
  return [...new Set((text.match(EMAIL_RE) ?? []).map((e) => e.toLowerCase()))];
}

/** Names with a Thai title in a normalised text. */
export function findNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    if (NOT_A_FIRST_NAME.test(m[2])) continue;
    out.push(m[1].replace(/\s+/g, ' ').trim());
  }
  return out;
}

function positionIn(cardText: string, name: string): string {
  const rest = cardText.replace(name, ' ');
  const m = POSITION_RE.exec(rest);
  if (!m) return '';
  const tail = rest.slice(m.index);
  const stop = tail.search(/(เบอร์|โทร|tel|e-?mail|อีเมล|มือถือ|\d{3,}|นางสาว|นาง|นาย(?!ก))/i);
  return bounded((stop > 0 ? tail.slice(0, stop) : tail).trim(), 120);
}

/**
 * A person card around a name: the nearest ancestor holding an image, as long as it holds no
 * other name (a row of cards must not lend one card's photo or phone to another).
 */
function personFromName(textNode: AnyNode, name: string, pageUrl: string): PersonFeature | null {
  let el: Element | null = textNode.parent as Element | null;
  let card: Element | null = null;
  for (let depth = 0; el && depth < 8 && el.type === 'tag'; depth++) {
    const text = normalize(textOf(el, 800));
    const names = new Set(findNames(text));
    if (names.size > 1 || text.length > 700) break;
    card = el;
    const imgs = collectImages(el);
    if (imgs.length) break;
    el = el.parent as Element | null;
  }
  if (!card) return null;
  const text = normalize(textOf(card, 800));
  const imgs = collectImages(card);
  const srcs = imgs.map((i) => `${attr(i, 'src')} ${attr(i, 'data-src')} ${attr(i, 'alt')}`);
  const position = positionIn(text, name);
  const hrefs = collectHrefs(card);
  const phones = findPhones(text).concat(hrefs.filter((h) => /^tel:/i.test(h)).map((h) => h.slice(4).replace(/\D/g, '')));
  const emails = findEmails(text).concat(hrefs.filter((h) => /^mailto:/i.test(h)).map((h) => h.slice(7).split('?')[0].toLowerCase()));
  void pageUrl;
  return {
    name,
    position,
    hasPhoto: imgs.length > 0,
    isPlaceholderPhoto: imgs.length > 0 && srcs.every((s) => PLACEHOLDER_PHOTO.test(s)),
    phones: [...new Set(phones.filter(Boolean))],
    emails: [...new Set(emails.filter(Boolean))],
    text: bounded(text, 400),
  };
}

function collectImages(el: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...el.children];
  while (stack.length && out.length < 5) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (e.name === 'img') out.push(e);
    stack.push(...e.children);
  }
  return out;
}

function collectHrefs(el: Element): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [...el.children];
  while (stack.length && out.length < 20) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (e.name === 'a' && e.attribs.href) out.push(e.attribs.href.trim());
    stack.push(...e.children);
  }
  return out;
}

function closestContext(el: Element): Element | null {
  let p = el.parent as Element | null;
  for (let i = 0; p && i < 6 && p.type === 'tag'; i++) {
    if (CONTEXT_TAGS.has(p.name)) return p;
    p = p.parent as Element | null;
  }
  return null;
}

function formOf(el: Element, pageUrl: string, heading: string): FormFeature {
  const fields: string[] = [];
  const stack: AnyNode[] = [...el.children];
  while (stack.length && fields.length < 60) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (e.name === 'input' || e.name === 'textarea' || e.name === 'select') {
      const type = attr(e, 'type').toLowerCase();
      if (type === 'hidden' || type === 'submit' || type === 'button') continue;
      // A select's choices say what the form takes ("เรื่องทั่วไป / ทุจริต"): they belong to its field.
      const choices = e.name === 'select' ? textOf(e, 160) : '';
      const f = normalize(`${attr(e, 'name')} ${attr(e, 'placeholder')} ${attr(e, 'aria-label')} ${choices}`);
      if (f) fields.push(f);
    } else if (e.name === 'label') {
      const f = normalize(textOf(e, 80));
      if (f) fields.push(f);
    }
    stack.push(...e.children);
  }
  const legend = normalize(textOf(el, 200));
  return {
    action: normalizeUrl(attr(el, 'action') || pageUrl, pageUrl) ?? pageUrl,
    method: attr(el, 'method').toLowerCase() === 'post' ? 'post' : 'get',
    fields,
    heading: heading || bounded(legend, 120),
  };
}

/** Parse one HTML page into features. `pageUrl` is the final URL (after redirects). */
export function extractFeatures(
  html: string,
  pageUrl: string,
  meta: { url?: string; depth?: number; status?: number; contentType?: string; charset?: string; siteUrl?: string } = {},
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
): PageFeatures {
  const root = load(html).root()[0] as AnyNode;
  const siteUrl = meta.siteUrl ?? pageUrl;
  let base = pageUrl;
  const baseHref = findFirst(root, 'base', (el) => !!el.attribs?.href)?.attribs.href;
  if (baseHref) base = normalizeUrl(baseHref, pageUrl) ?? pageUrl;

  const links: LinkFeature[] = [];
  const seenLinks = new Set<string>();
  const images: ImageFeature[] = [];
  const forms: FormFeature[] = [];
  const headings: string[] = [];
  const textParts: string[] = [];
  const nameNodes: { node: AnyNode; name: string }[] = [];
  let textLen = 0;
  const navParts: string[] = [];
  let navLen = 0;
  let heading = '';
  let postbackPager = false;
  let hasMap = false;
  const contextCache = new Map<Element, string>();

  const contextText = (el: Element): string => {
    const c = closestContext(el);
    if (!c) return '';
    let t = contextCache.get(c);
    if (t === undefined) {
      t = normalizeShort(textOf(c, 300));
      contextCache.set(c, t);
    }
    return t;
  };

  const addLink = (raw: string, via: LinkVia, el: Element, frame: Frame, label: string, hasImage: boolean) => {
    if (links.length >= limits.maxLinks) return;
    const r = raw.trim();
    let url: string | null;
    let kind: LinkFeature['kind'];
    if (/^mailto:/i.test(r)) {
      url = r;
      kind = 'mailto';
    } else if (/^tel:/i.test(r)) {
      url = r;
      kind = 'tel';
    } else {
      const resolved = resolveHref(r, base);
      if (!resolved) return;
      url = resolved.url;
      kind = resolved.kind;
    }
    if (url && MAP_URL.test(url)) hasMap = true;
    const text = normalizeShort(label);
    const key = `${url}\u0000${text}\u0000${frame.inNav ? 1 : 0}`;
    if (seenLinks.has(key)) return;
    seenLinks.add(key);
    links.push(
      internLink({
        url,
        kind,
        via,
        internal: kind !== 'mailto' && kind !== 'tel' && sameSite(url, siteUrl),
        text: bounded(text, 300),
        label: bounded(label.replace(/\s+/g, ' ').trim(), 300),
        hasImage,
        inNav: frame.inNav,
        heading,
        context: contextText(el),
      }),
    );
  };

  const stack: Frame[] = [{ node: root, inNav: false, linkUrl: undefined }];
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (frame.inNav) {
        // Site chrome (header/footer) still carries the contact block: keep a bounded copy for phones and e-mails.
        if (navLen < 10_000) {
          navParts.push(' ', data);
          navLen += data.length;
        }
        continue;
      }
      if (textLen < limits.maxTextChars && data.trim()) {
        textParts.push(data);
        textLen += data.length;
      }
      if (/(นาย|นาง|น\.ส\.|ว่าที่|ดร\.|จ\.ส\.|ส\.อ\.|ด\.ต\.|พ\.ต\.|ร\.ต\.|นพ\.|พญ\.|จ่า|สิบ|ผศ\.|รศ\.)/.test(data) && nameNodes.length < 200) {
        for (const name of findNames(normalize(data))) nameNodes.push({ node, name });
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const tag = el.name;
    if (tag && SKIP_TAGS.has(tag)) continue;
    if (node.type === 'script' || node.type === 'style') continue;
    const inNav = frame.inNav || (tag ? isNavElement(el) : false);
    let linkUrl = frame.linkUrl;

    if (tag) {
      if (BLOCK_TAGS.has(tag) && !inNav) textParts.push(BLOCK_BREAK);
      const section = HEADING_TAGS.has(tag) ? { opens: true } : inNav ? null : sectionLabel(el);
      if (section) {
        const h = normalizeShort(textOf(el, 300));
        if (h) {
          if (section.opens) heading = h;
          // An accordion's button inside its own <h2> is one heading, not two.
          if (!inNav && headings.length < 200 && headings[headings.length - 1] !== h) headings.push(h);
        }
      }
      const onclick = attr(el, 'onclick');
      if (tag === 'a' || tag === 'area') {
        const href = attr(el, 'href');
        const target = /^\s*javascript:/i.test(href) ? urlFromScript(href) : href && !href.trim().startsWith('#') ? href : null;
        if (!postbackPager && POSTBACK_PAGER.test(href)) postbackPager = true;
        const fromClick = onclick ? urlFromScript(onclick) : null;
        const imgs = tag === 'a' ? collectImages(el) : [];
        let label = tag === 'a' ? textOf(el, 300).replace(/\s+/g, ' ').trim() : attr(el, 'alt');
        if (!label) label = imgs.map((i) => attr(i, 'alt') || attr(i, 'title')).join(' ').trim() || attr(el, 'title') || attr(el, 'aria-label');
        for (const [u, via] of [[target, /^\s*javascript:/i.test(href) ? 'js' : tag], [fromClick, 'js']] as const) {
          if (u) addLink(u, via as LinkVia, el, { ...frame, inNav }, label, imgs.length > 0);
        }
        const resolved = target ? resolveHref(target.trim(), base)?.url : fromClick ? resolveHref(fromClick.trim(), base)?.url : null;
        if (resolved) linkUrl = resolved;
      } else if (onclick) {
        const u = urlFromScript(onclick);
        if (u) addLink(u, 'js', el, { ...frame, inNav }, textOf(el, 200).replace(/\s+/g, ' ').trim(), false);
      }
      if (tag === 'iframe' || tag === 'frame' || tag === 'embed') {
        const src = attr(el, 'src') || attr(el, 'data-src');
        if (src) addLink(src, tag as LinkVia, el, { ...frame, inNav }, attr(el, 'title') || heading, false);
      } else if (tag === 'object') {
        const data = attr(el, 'data');
        if (data) addLink(data, 'object', el, { ...frame, inNav }, attr(el, 'title') || heading, false);
      } else if (tag === 'img' && images.length < limits.maxImages) {
        const src = attr(el, 'src') || attr(el, 'data-src') || attr(el, 'data-lazy-src');
        const abs = src ? (resolveHref(src.trim(), base)?.url ?? null) : null;
        if (abs) {
          const alt = normalize(`${attr(el, 'alt')} ${attr(el, 'title')}`);
          if (/แผนที่|\bmap\b/.test(alt)) hasMap = true;
          images.push({
            src: abs,
            alt,
            context: contextText(el) || normalize(textOf(el.parent as Element, 200)),
            linkUrl,
            width: parseInt(attr(el, 'width'), 10) || undefined,
            height: parseInt(attr(el, 'height'), 10) || undefined,
          });
        }
      } else if (tag === 'form' && forms.length < 30) {
        forms.push(formOf(el, pageUrl, heading));
      } else if (tag === 'map') {
        hasMap = true;
      }
    }
    const kids = el.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], inNav, linkUrl });
  }

  const { text, blocks } = blocksOf(textParts.join(''), limits.maxTextChars);
  // Bounded like headings: a hostile or broken page (an unclosed <title> swallows the whole page) must not carry megabytes into the report.
  const titleEl = findFirst(root, 'title');
  const title = titleEl ? bounded(normalize(textOf(titleEl, 2000)), 300) : '';
  const people: PersonFeature[] = [];
  const seenPeople = new Set<string>();
  for (const { node, name } of nameNodes) {
    if (seenPeople.has(name)) continue;
    const p = personFromName(node, name, pageUrl);
    if (p) {
      seenPeople.add(name);
      people.push(p);
    }
  }
  const dates: DateFeature[] = [];
  const seenDates = new Set<string>();
  for (const d of parseThaiDates(text)) {
    const k = `${d.year}-${d.month ?? ''}-${d.day ?? ''}`;
    if (seenDates.has(k) || dates.length >= 400) continue;
    seenDates.add(k);
    dates.push({ year: d.year, month: d.month, day: d.day });
  }
  const linkTexts = links.filter((l) => !l.inNav).map((l) => l.text).join(' ');
  for (const img of images) {
    img.alt = detach(img.alt);
    img.context = detach(img.context);
  }
  for (const f of forms) {
    f.fields = f.fields.map(detach);
    f.heading = detach(f.heading);
  }
  for (const p of people) {
    p.name = detach(p.name);
    p.position = detach(p.position);
    p.text = detach(p.text);
    p.emails = p.emails.map(detach);
  }
  return {
    url: meta.url ?? pageUrl,
    finalUrl: pageUrl,
    depth: meta.depth ?? 0,
    status: meta.status ?? 200,
    contentType: meta.contentType ?? 'text/html',
    charset: meta.charset ?? 'utf-8',
    title: detach(title),
    headings: headings.map(detach),
    links,
    images,
    forms,
    people,
    phones: findPhones(`${text} ${normalize(navParts.join(''))}`),
    emails: findEmails(`${text} ${normalize(navParts.join(''))}`).map(detach),
    dates,
    fiscalYears: parseFiscalYears(`${title} ${headings.join(' ')} ${text} ${bounded(linkTexts, 20000)}`),
    hasMap,
    text: detach(text),
    blocks,
    ...(postbackPager && { postbackPager: true }),
  };
}

/** An ASP.NET GridView pager: `javascript:__doPostBack('ctl00$…$gvDoc','Page$2')` posts the form. */
const POSTBACK_PAGER = /__doPostBack\(\s*['"][^'"]*['"]\s*,\s*['"]Page\$/i;

/** Marks where a block element (a paragraph, a cell, a list item) starts in the raw text. */
const BLOCK_BREAK = '\u0001';
const MAX_BLOCKS = 4000;

/**
 * The page's normalised text, one space between blocks, and where each block starts in it: the
 * engine tells the site's repeated chrome (a side menu in a table cell on every page) from the
 * page's own words by its blocks (checks/detectors/site-chrome.ts).
 */
function blocksOf(raw: string, maxChars: number): { text: string; blocks: number[] } {
  const parts: string[] = [];
  const blocks: number[] = [];
  let len = 0;
  for (const seg of raw.split(BLOCK_BREAK)) {
    if (len >= maxChars) break;
    const n = normalize(seg);
    if (!n) continue;
    if (blocks.length < MAX_BLOCKS) blocks.push(len ? len + 1 : 0);
    len += (len ? 1 : 0) + n.length;
    parts.push(n);
  }
  return { text: bounded(parts.join(' '), maxChars), blocks };
}
