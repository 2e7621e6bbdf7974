/**
 * "Show me" (issue #4 §3): find the evidence of an item on the live page and point at it: an
 * outline, a scroll, and a small label naming the item. Runs in the content script; takes the
 * `document` so tests pass a linkedom one (WXT examples: helpers take `window` as a parameter).
 *
 * - `link`: the `<a>`/`<area>` whose href resolves to the evidence URL, on the page where the
 *   crawler found it (a menu entry). A link inside a closed dropdown is not visible: its nearest
 *   visible ancestor (the menu heading) is outlined instead.
 * - `people`: the person cards of an executives page, found as the crawler finds them (a Thai name
 *   with a title; its card is the nearest ancestor with a photo holding no other name:
 *   checks/crawl/extract.ts `personFromName`).
 * - `text`: the smallest heading or block whose text contains the evidence's wording.
 *
 * The label is set with `textContent` inside a shadow root: the page's CSS cannot restyle it
 * and no site or report text is ever parsed as HTML.
 */
import { findNames } from '@/checks/crawl/extract';
import { normalizeUrl, urlFromScript } from '@/checks/crawl/url';
import { normalize } from '@/checks/thai/normalize';
import type { HighlightTarget } from './messages';

export const HIGHLIGHT_ATTR = 'data-oit-highlight';
export const OVERLAY_ID = 'oit-auditor-overlay';
const MAX_MARKED = 20;

const BLOCK = new Set(['P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'FIGURE', 'FIGCAPTION', 'DD', 'DT']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);

/** Text of a subtree with block boundaries as spaces (bounded), like `textOf` in extract.ts. */
export function domText(node: Node, max = 800): string {
  const parts: string[] = [];
  let len = 0;
  const stack: Node[] = [node];
  while (stack.length && len < max) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      parts.push(t);
      len += t.length;
    } else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (BLOCK.has(tag)) parts.push(' ');
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return parts.join('').slice(0, max);
}

function isVisible(el: Element): boolean {
  // linkedom (tests) has no layout: everything counts as visible there.
  if (typeof (el as HTMLElement).getClientRects !== 'function') return true;
  const rects = (el as HTMLElement).getClientRects();
  if (!rects || rects.length === undefined) return true;
  return rects.length > 0;
}

/** The element itself when visible, else its nearest visible ancestor (a dropdown's menu heading). */
function visibleOrAncestor(el: Element): Element {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) if (isVisible(e)) return e;
  return el;
}

function findLinks(doc: Document, href: string, base: string): Element[] {
  const want = normalizeUrl(href);
  if (!want) return [];
  const out: Element[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href], area[href], a[onclick]'))) {
    const raw = a.getAttribute('href') ?? '';
    let url = normalizeUrl(raw, base);
    if (!url || /^javascript:/i.test(raw.trim())) {
      const fromScript = urlFromScript(`${raw} ${a.getAttribute('onclick') ?? ''}`);
      url = fromScript ? normalizeUrl(fromScript, base) : null;
    }
    if (url === want) out.push(a);
  }
  // Visible links first: the same entry often sits in a hidden mobile menu too.
  const visible = out.filter(isVisible);
  return visible.length ? visible : out.slice(0, 1).map(visibleOrAncestor);
}

function cardAround(textNode: Node): Element | null {
  let el = textNode.parentElement;
  let card: Element | null = null;
  for (let depth = 0; el && depth < 8 && el.tagName !== 'BODY'; depth++) {
    const text = normalize(domText(el));
    if (new Set(findNames(text)).size > 1 || text.length > 700) break;
    card = el;
    if (el.querySelector('img')) break;
    el = el.parentElement;
  }
  return card;
}

function findPeople(doc: Document): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < MAX_MARKED; n = walker.nextNode()) {
    const parentTag = n.parentElement?.tagName.toUpperCase() ?? '';
    if (SKIP.has(parentTag)) continue;
    if (!findNames(normalize(` ${n.nodeValue ?? ''} `)).length) continue;
    const card = cardAround(n);
    if (card && !out.some((x) => x === card || x.contains(card) || card.contains(x))) out.push(card);
  }
  return out.filter(isVisible);
}

function findText(doc: Document, text: string): Element[] {
  const want = normalize(text);
  if (!want) return [];
  const candidates = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, caption, legend, strong, b, a, p, li, td, div, span'));
  let best: Element | null = null;
  let bestLen = Infinity;
  for (const el of candidates) {
    const t = normalize(domText(el, 2000));
    if (!t.includes(want) || !isVisible(el)) continue;
    const isHeading = /^H[1-6]$/.test(el.tagName.toUpperCase());
    const len = t.length - (isHeading ? 1000 : 0);
    if (len < bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return best ? [best] : [];
}

/** The elements that show the evidence (at most 20), best first. `baseUrl`: the page's URL (tests pass it). */
export function findEvidence(doc: Document, target: HighlightTarget, baseUrl: string = doc.baseURI || doc.URL): Element[] {
  if (target.kind === 'link') return findLinks(doc, target.href, baseUrl).slice(0, MAX_MARKED);
  if (target.kind === 'people') return findPeople(doc);
  return findText(doc, target.text);
}

/** Remove a previous highlight (outline styles restored, label removed). */
export function clearHighlight(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HIGHLIGHT_ATTR}]`))) {
    const h = el as HTMLElement;
    h.style.outline = h.getAttribute(`${HIGHLIGHT_ATTR}-outline`) ?? '';
    h.style.outlineOffset = h.getAttribute(`${HIGHLIGHT_ATTR}-offset`) ?? '';
    h.removeAttribute(HIGHLIGHT_ATTR);
    h.removeAttribute(`${HIGHLIGHT_ATTR}-outline`);
    h.removeAttribute(`${HIGHLIGHT_ATTR}-offset`);
  }
  doc.getElementById(OVERLAY_ID)?.remove();
}

/**
 * Outline `elements`, scroll the first into view and pin a label naming the item above it
 * (fixed at the top of the window when nothing matched, so the person still sees which item).
 */
export function showHighlight(doc: Document, elements: Element[], label: string, notFound: string): void {
  clearHighlight(doc);
  for (const el of elements) {
    const h = el as HTMLElement;
    h.setAttribute(`${HIGHLIGHT_ATTR}-outline`, h.style.outline);
    h.setAttribute(`${HIGHLIGHT_ATTR}-offset`, h.style.outlineOffset);
    h.setAttribute(HIGHLIGHT_ATTR, '');
    h.style.outline = '3px solid #d9480f';
    h.style.outlineOffset = '3px';
  }
  const first = elements[0] as HTMLElement | undefined;
  first?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });

  const host = doc.createElement('div');
  host.id = OVERLAY_ID;
  host.setAttribute('style', 'all: initial; position: absolute; z-index: 2147483647; left: 0; top: 0;');
  const root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.setAttribute(
    'style',
    'font: 600 14px/1.4 Sarabun, "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif; color: #fff; background: #d9480f;' +
      'padding: 4px 10px; border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.3); max-width: 420px; white-space: nowrap;' +
      'overflow: hidden; text-overflow: ellipsis; display: flex; gap: 8px; align-items: center;',
  );
  const text = doc.createElement('span');
  text.textContent = elements.length ? label : `${label} — ${notFound}`;
  const close = doc.createElement('button');
  close.textContent = '×';
  close.setAttribute('aria-label', 'close');
  close.setAttribute('style', 'all: unset; cursor: pointer; font-size: 16px; padding: 0 2px;');
  close.addEventListener('click', () => clearHighlight(doc));
  box.append(text, close);
  root.appendChild(box);
  doc.body.appendChild(host);

  const rect = first?.getBoundingClientRect?.();
  const win = doc.defaultView;
  if (rect && win) {
    host.style.top = `${Math.max(0, rect.top + win.scrollY - 34)}px`;
    host.style.left = `${Math.max(0, rect.left + win.scrollX)}px`;
  } else {
    host.style.position = 'fixed';
    host.style.top = '8px';
    host.style.left = '8px';
  }
}
