/**
 * Table tests of one concept over real-shaped HTML fixtures (style.md §12): each fixture in
 * `tests/fixtures/concepts/<concept>/<case>.html` is one or more pages of a small site, run through
 * the real extractor and the real engine with a bundled rule set.
 *
 * Fixture format (comments never reach the extractor, so markers cost nothing):
 * - `<!-- page: /path -->` starts a page (the text before the first marker is the page `/`);
 * - `<!-- docs: {"/files/a.pdf": {"exists": false, "problem": "HTTP 404"}} -->` describes documents
 *   (every linked document not listed exists and has no text, as after the crawler's HEAD check);
 * - `<!-- failed: {"/webboard": {"status": 404, "code": "http", "reason": "HTTP 404"}} -->` lists pages
 *   the crawler asked for and could not get.
 * A site without its own `/` gets a plain home page of an อบต., with no links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../checks/crawl/extract';
import { evaluateItems, type ItemResult } from '../../../checks/engine';
import type { DocumentFeature, FailedPage, SiteFeatures } from '../../../checks/features';
import { getRuleSet } from '../../../checks/rulesets';

export const ORIGIN = 'https://www.tambon-example.go.th';
export const FIXTURES = join(__dirname, '../../fixtures/concepts');

const HOME = `<html><head><title>องค์การบริหารส่วนตำบลตัวอย่าง</title></head><body>
<h1>องค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดบุรีรัมย์</h1><p>ยินดีต้อนรับ</p></body></html>`;

export interface Fixture {
  pages: Record<string, string>;
  docs: Record<string, Partial<DocumentFeature>>;
  failed?: Record<string, FailedPage>;
}

export function parseFixture(text: string): Fixture {
  const docs: Fixture['docs'] = {};
  const docMarker = /<!--\s*docs:\s*([\s\S]*?)-->/g;
  for (const m of text.matchAll(docMarker)) Object.assign(docs, JSON.parse(m[1]));
  const failed: Record<string, FailedPage> = {};
  const failedMarker = /<!--\s*failed:\s*([\s\S]*?)-->/g;
  for (const m of text.matchAll(failedMarker)) Object.assign(failed, JSON.parse(m[1]));
  const body = text.replace(docMarker, '').replace(failedMarker, '');
  const pages: Record<string, string> = {};
  const parts = body.split(/<!--\s*page:\s*(\S+)\s*-->/);
  if (parts[0].trim()) pages['/'] = parts[0];
  for (let i = 1; i < parts.length; i += 2) pages[parts[i]] = parts[i + 1];
  return { pages, docs, failed };
}

export function loadFixture(concept: string, name: string): Fixture {
  return parseFixture(readFileSync(join(FIXTURES, concept, `${name}.html`), 'utf8'));
}

/** A SiteFeatures from inline pages, as the crawler would gather it (documents checked, none read). */
export function siteOf(f: Fixture): SiteFeatures {
  const site: SiteFeatures = { startUrl: `${ORIGIN}/`, origin: ORIGIN, pages: new Map(), documents: new Map(), qrCodes: [] };
  const pages = { '/': HOME, ...f.pages };
  for (const [path, html] of Object.entries(pages)) {
    const url = ORIGIN + path;
    const page = extractFeatures(html, url, { siteUrl: ORIGIN });
    site.pages.set(url, page);
    for (const l of page.links) {
      if (l.internal && (l.kind === 'document' || l.kind === 'image') && !site.documents.has(l.url)) {
        site.documents.set(l.url, { url: l.url, isInternal: true, exists: true, status: 200 });
      }
    }
  }
  for (const [path, d] of Object.entries(f.docs)) {
    const url = path.startsWith('http') ? path : ORIGIN + path;
    site.documents.set(url, { url, isInternal: url.startsWith(ORIGIN), exists: true, ...d });
  }
  site.failedPages = new Map(Object.entries(f.failed ?? {}).map(([path, p]) => [ORIGIN + path, p]));
  return site;
}

export function itemOf(site: SiteFeatures, rulesetId: string, code: string): ItemResult {
  const ruleset = getRuleSet(rulesetId);
  if (!ruleset) throw new Error(`no rule set ${rulesetId}`);
  const r = evaluateItems(site, ruleset).find((i) => i.id === code);
  if (!r) throw new Error(`${rulesetId} has no item ${code}`);
  return r;
}

export interface Case {
  /** The test's name: what the site shows and what the assessor concludes. */
  name: string;
  fixture: string;
  /** Default: the oldest bundled rule set with an item of this concept. */
  ruleset?: string;
  /** Default: that rule set's first item of this concept. */
  item?: string;
  expected: {
    status: ItemResult['status'];
    /** Text (Thai) that `missing` must contain. */
    missing?: string;
    /** Text that the notes must contain. */
    note?: string;
    /** Path (or absolute URL) of `evidence[0]`. */
    evidence?: string;
  };
}

function defaultItem(concept: string): { ruleset: string; item: string } {
  for (const id of ['ita-2566', 'ita-2567', 'ita-2568', 'ita-2569']) {
    const it = getRuleSet(id)?.items.find((i) => i.concept === concept);
    if (it) return { ruleset: id, item: it.code };
  }
  throw new Error(`no rule set has an item of concept ${concept}: give ruleset and item`);
}

/** One `describe` per concept, one `it` per case. */
export function conceptCases(concept: string, cases: Case[]): void {
  describe(`concept ${concept}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const target = c.ruleset && c.item ? { ruleset: c.ruleset, item: c.item } : { ...defaultItem(concept), ...(c.ruleset ? { ruleset: c.ruleset } : {}), ...(c.item ? { item: c.item } : {}) };
        const site = siteOf(loadFixture(concept, c.fixture));

        const actual = itemOf(site, target.ruleset, target.item);

        expect(actual.status, `${c.fixture}: missing=${JSON.stringify(actual.missing)} notes=${JSON.stringify(actual.notes)} evidence=${actual.evidence[0]?.url}`).toBe(c.expected.status);
        if (c.expected.missing) expect(actual.missing.join(' | ')).toContain(c.expected.missing);
        if (c.expected.note) expect(actual.notes.join(' | ')).toContain(c.expected.note);
        if (c.expected.evidence) {
          const url = c.expected.evidence.startsWith('http') ? c.expected.evidence : ORIGIN + c.expected.evidence;
          expect(actual.evidence[0]?.url).toBe(url);
        }
        if (actual.status === 'pass') expect(actual.missing).toEqual([]);
      });
    }
  });
}
