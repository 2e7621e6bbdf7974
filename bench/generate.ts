/**
 * The bench's site generator (issue #7 §1): a deterministic (seeded) Thai อบต. website of any size,
 * in the shape of a Dungbhumi/GROWLISTO vendor-CMS site (shared/thai-sites.md §1.1, §8.1):
 * `/public/list/data/index/menu/N` lists, `/public/list/data/detail/id/N/menu/M` posts,
 * `datacategory/catid/N` category lists, a tab-pane mega-menu printed twice (desktop and mobile),
 * a news archive with pagination, galleries, old-year ITA pages (traps), PDF attachments under
 * `/public/list_upload/backend/list_N/`, EIT/IIT banners three times, truncated list titles "...",
 * mixed ๑๐/10 digits and `4 ธ.ค. 2567` dates.
 *
 * The OIT items of a rule set (the default one unless told) are spread at realistic depths: on the
 * current year's ITA page (depth 3), behind their own menu entry (depth 1–2), or only under a
 * category list four levels down. The generator knows its minimal evidence set: the evidence pages
 * plus the pages on a shortest path to them from the home page.
 *
 * Nothing is written to disk: the site is a graph of small nodes, and each page's HTML (30–150 kB,
 * like the real thing: menus, footers, news lists) is rendered on request from (seed, page), so a
 * 10,000-page site costs a few MB of memory (bench/server.ts serves it).
 */
import type { Component, Concept, Item, Period, RuleSet } from '../checks/rules';
import { CONCEPTS } from '../checks/concepts';
import { compileConcept, matchCompacted, type CompiledConcept } from '../checks/match';
import { DEFAULT_RULESET_ID, getRuleSet } from '../checks/rulesets';
import { compact } from '../checks/thai/normalize';
import { Rng, hash32, rngFor } from './random';
import {
  ACTIVITIES, ACTORS, FEMALE_NAMES, FILLER_MENUS, FIRST_NAMES, LAST_NAMES, SENTENCES, THAI_MONTHS, THAI_MONTHS_ABBR, VERBS, VILLAGES, thaiDigits,
} from './vocab';

export interface SiteOptions {
  /** Number of HTML pages reachable from the home page (documents not counted). */
  pages: number;
  seed?: number;
  ruleset?: RuleSet;
  /** How many items are left unpublished: the crawl cannot stop early and explores to its budget. */
  missing?: number;
  /** 0: the site as first audited; 1: the same site after one edit (bench re-audit, issue #7 §4). */
  revision?: number;
}

export type Placement = 'hub' | 'menu' | 'deep' | 'home';

export interface EvidencePage {
  /** Item code (O1…), or `concept:<id>` for the second part of a merged item (a companion). */
  item: string;
  concept: string;
  path: string;
  placement: Placement;
  depth: number;
}

export interface Resource {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  etag: string;
  lastModified: string;
}

export interface GeneratedSite {
  options: Required<Omit<SiteOptions, 'ruleset'>> & { rulesetId: string };
  fiscalYear: number;
  startPath: string;
  /** Every page path, breadth-first from the home page. */
  pagePaths: string[];
  /** The evidence pages, one per findable item (and per companion concept). */
  evidence: EvidencePage[];
  /** Evidence pages plus the pages on a shortest path to them (home included), breadth-first. */
  minimal: string[];
  /** Item codes the site publishes, and those it leaves out. */
  findable: string[];
  missing: string[];
  /** The page edited by revision 1 (the re-audit's one change). */
  changedPath: string;
  depthOf(path: string): number | undefined;
  /** The response for a path (pages, documents, images), or undefined for a 404. */
  get(path: string): Resource | undefined;
}

// ------------------------------------------------------------------ model

type Kind = 'home' | 'list' | 'category' | 'post' | 'gallery' | 'person' | 'form' | 'contact';

interface Row {
  node: number;
  text: string;
  date?: string;
}

interface Node {
  id: number;
  path: string;
  kind: Kind;
  title: string;
  /** Rows of a list or category page (this page of it). */
  rows?: Row[];
  /** A paginated list: the node ids of all its pages, and this one's index. */
  chain?: number[];
  chainIndex?: number;
  /** Post content. */
  post?: PostSpec;
  /** Evidence of this concept (posts and special pages). */
  concept?: string;
  /** Trap: an old year's post (title and a line, or an old file). */
  oldYear?: number;
}

interface PostSpec {
  date: string;
  /** Component detectors to satisfy (evidence posts). */
  components?: Component[];
  period?: Period;
  /** No body beyond a line: an old ITA post. */
  titleOnly?: boolean;
  attachments: number;
}

const ORG = 'องค์การบริหารส่วนตำบลบ้านเนินสูง';
const SHORT = 'อบต.บ้านเนินสูง';
const ITAS_CODE = 'bn5k2q';
const PER_PAGE = 15;

/** A rule set's item, or a companion concept pulled in by a merged item. */
interface Target {
  key: string;
  concept: Concept;
  components: Component[];
  period: Period;
  code?: string;
}

function componentsOf(item: Item, concept: Concept): Component[] {
  return item.components ?? concept.components;
}

/** The rule set's items plus the companion concepts their components name, once each. */
function targetsOf(ruleset: RuleSet): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  for (const item of ruleset.items) {
    const concept = CONCEPTS[item.concept];
    if (!concept) continue;
    out.push({ key: item.code, concept, components: componentsOf(item, concept), period: item.period, code: item.code });
    seen.add(concept.id);
  }
  for (const t of [...out]) {
    for (const c of t.components) {
      if (c.detector !== 'companion') continue;
      const id = String((c.params as { concept?: string }).concept ?? '');
      const concept = CONCEPTS[id];
      if (!concept || seen.has(id)) continue;
      seen.add(id);
      const period = ((c.params as { period?: Period }).period ?? 'none') as Period;
      out.push({ key: `concept:${id}`, concept, components: concept.components.filter((x) => x.detector !== 'companion'), period });
    }
  }
  return out;
}

const DETECTORS_OF = (t: Target) => new Set(t.components.map((c) => c.detector));

/** Which special page an item needs: a person chart, a form, a contact page, a dated list, or a plain post. */
function pageKindOf(t: Target): 'person' | 'complaint' | 'qa' | 'eservice' | 'contact' | 'social' | 'dated' | 'post' {
  const d = DETECTORS_OF(t);
  if (d.has('people')) return 'person';
  if (d.has('social-links')) return 'social';
  if (d.has('contact-details')) return 'contact';
  if (d.has('dated-entries')) return 'dated';
  const ch = t.components.find((c) => c.detector === 'channel');
  if (ch) {
    const kind = (ch.params as { kind?: string }).kind;
    return kind === 'qa' ? 'qa' : kind === 'eservice' ? 'eservice' : 'complaint';
  }
  return 'post';
}

// ------------------------------------------------------------------ words

function periodOf(t: Target): Period {
  const p = t.components.find((c) => c.detector === 'period');
  const anyOf = (p?.params as { anyOf?: Period[] } | undefined)?.anyOf;
  if (t.period !== 'none') return t.period;
  return anyOf?.[0] ?? 'none';
}

/** The months a target's evidence must name (month-coverage, monthly period), or none. */
function monthsWanted(components: Component[] | undefined, period: Period | undefined, fy: number): { year: number; month: number }[] {
  const mc = components?.find((c) => c.detector === 'month-coverage');
  if (!mc && period !== 'monthly') return [];
  const p = (mc?.params ?? {}) as { year?: string; span?: string };
  const year = p.year === 'previous' ? fy - 1 : fy;
  const months = p.span === 'full' ? [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9] : [10, 11, 12, 1, 2, 3];
  return months.map((month) => ({ month, year: month >= 10 ? year - 1 : year }));
}

function yearSuffix(period: Period, fy: number): string {
  switch (period) {
    case 'current':
    case 'monthly':
      return ` ประจำปีงบประมาณ พ.ศ. ${fy}`;
    case 'previous':
      return ` ประจำปีงบประมาณ พ.ศ. ${fy - 1}`;
    case 'h1':
      return ` รอบ 6 เดือน (ตุลาคม ${fy - 1} - มีนาคม ${fy}) ประจำปีงบประมาณ พ.ศ. ${fy}`;
    default:
      return '';
  }
}

export function generateSite(opts: SiteOptions): GeneratedSite {
  const seed = opts.seed ?? 2568;
  const revision = opts.revision ?? 0;
  const ruleset = opts.ruleset ?? getRuleSet(DEFAULT_RULESET_ID)!;
  const fy = ruleset.fiscalYear;
  const rng = new Rng(hash32(`site:${seed}:${opts.pages}`));
  const targets = targetsOf(ruleset);
  const compiled: CompiledConcept[] = targets.map((t) => compileConcept(t.concept));

  /** A text that names no concept of the rule set, strongly or weakly (filler must not be evidence). */
  const neutral = (text: string) => {
    const t = compact(text);
    return compiled.every((cc) => matchCompacted(t, cc) === null);
  };
  /** The concept's first Thai name that, with the suffix, names it strongly and no other concept. */
  const titleFor = (t: Target, suffix: string): string => {
    const own = compileConcept(t.concept);
    let fallback = '';
    for (const name of t.concept.names.th) {
      const text = `${name}${suffix}`;
      const c = compact(text);
      if (matchCompacted(c, own) !== 'strong') continue;
      if (!fallback) fallback = text;
      if (compiled.every((cc) => cc === own || matchCompacted(c, cc) !== 'strong')) return text;
    }
    return fallback || `${t.concept.names.th[0]}${suffix}`;
  };

  // ---------------------------------------------------------------- dates
  /** A date in the fiscal year (Oct of fy-1 … Mar of fy), as the CMS prints it: `4 ธ.ค. 2567`. */
  const dateIn = (r: Rng, year = fy) => {
    const month = r.pick([10, 11, 12, 1, 2, 3]);
    const y = month >= 10 ? year - 1 : year;
    const day = r.int(1, 28);
    return r.next() < 0.15 ? `${thaiDigits(day)} ${THAI_MONTHS_ABBR[month]} ${thaiDigits(y)}` : `${day} ${THAI_MONTHS_ABBR[month]} ${y}`;
  };

  // ---------------------------------------------------------------- nodes
  const nodes: Node[] = [];
  const byPath = new Map<string, number>();
  const add = (n: Omit<Node, 'id'>): Node => {
    const node = { ...n, id: nodes.length } as Node;
    if (byPath.has(node.path)) throw new Error(`duplicate path ${node.path}`);
    nodes.push(node);
    byPath.set(node.path, node.id);
    return node;
  };
  let nextMenu = 1140;
  let nextPost = 100;
  let nextCat = 1;
  const menuId = () => nextMenu++;
  const postPath = (menu: number) => `/public/list/data/detail/id/${nextPost++}/menu/${menu}`;

  const home = add({ path: '/public/', kind: 'home', title: 'หน้าหลัก' });

  /** Mega-menu: tabs of entries (text → node). Printed twice on every page. */
  const menu: { title: string; entries: { text: string; node?: number; href?: string }[] }[] = [
    { title: 'ข้อมูลพื้นฐาน', entries: [] },
    { title: 'บุคลากร', entries: [] },
    { title: 'แผนงาน', entries: [] },
    { title: 'การดำเนินงาน', entries: [] },
    { title: 'ข่าวสาร', entries: [] },
    { title: 'บริการประชาชน', entries: [] },
    { title: 'ITA', entries: [] },
  ];
  const menuTab = (title: string) => menu.find((m) => m.title === title)!;

  // ---------------------------------------------------------------- items: who is published where
  const itemTargets = targets.filter((t) => t.code);
  const postLike = itemTargets.filter((t) => pageKindOf(t) === 'post');
  const missingCount = Math.min(opts.missing ?? 0, postLike.length);
  const missingCodes = new Set(rng.fork('missing').shuffle([...postLike]).slice(0, missingCount).map((t) => t.code!));
  const published = targets.filter((t) => !t.code || !missingCodes.has(t.code));
  const placementOf = new Map<string, Placement>();
  const orderRng = rng.fork('placement');
  for (const t of published) {
    const kind = pageKindOf(t);
    if (kind === 'social') placementOf.set(t.key, 'home');
    else if (kind !== 'post') placementOf.set(t.key, 'menu');
    else {
      const r = orderRng.next();
      placementOf.set(t.key, r < 0.4 ? 'hub' : r < 0.72 ? 'menu' : 'deep');
    }
  }

  // ---------------------------------------------------------------- the ITA hub and its years
  const itaMenu = 1685;
  const itaHub = add({ path: `/public/list/data/index/menu/${itaMenu}`, kind: 'list', title: 'ITA', rows: [] });
  menuTab('ITA').entries.push({ text: 'ITA', node: itaHub.id });
  const oldYears = opts.pages < 500 ? [fy - 2] : [fy - 1, fy - 2, fy - 3];
  const yearCat = (year: number) => {
    const n = add({ path: `/public/list/data/datacategory/catid/${nextCat++}/menu/${itaMenu}`, kind: 'category', title: `ITA ${year}`, rows: [] });
    itaHub.rows!.push({ node: n.id, text: `การประเมินคุณธรรมและความโปร่งใส ITA ${year}` });
    return n;
  };
  const currentCat = yearCat(fy);

  const evidence: EvidencePage[] = [];
  const evidenceNode = new Map<string, number>();

  /** An evidence post for a target. */
  const evidencePost = (t: Target, menuNo: number, year = fy): Node => {
    const period = periodOf(t);
    const title = titleFor(t, yearSuffix(period, year));
    return add({
      path: postPath(menuNo),
      kind: 'post',
      title,
      concept: t.concept.id,
      post: { date: dateIn(rng, fy), components: t.components, period, attachments: 1 + monthsWanted(t.components, period, fy).length },
    });
  };
  /**
   * An old year's post of the same item (a trap for the crawl and the engine): what ITA `itaYear`
   * asked for, so always older than what this year's rule set wants. Items without a period get a
   * title and one line (no content); the others an old file.
   */
  const oldPost = (t: Target, menuNo: number, itaYear: number): Node => {
    const period = periodOf(t);
    const year = period === 'previous' ? itaYear - 1 : itaYear;
    const title = titleFor(t, period === 'none' ? ` (ข้อมูลปี ${year})` : ` ประจำปีงบประมาณ พ.ศ. ${year}`);
    return add({
      path: postPath(menuNo),
      kind: 'post',
      title,
      oldYear: year,
      post: { date: `${rng.int(1, 28)} ${THAI_MONTHS_ABBR[rng.int(1, 12)]} ${year - 1}`, titleOnly: period === 'none', attachments: period === 'none' ? 0 : 1 },
    });
  };

  // Special pages (person chart, forms, contact, dated lists) live behind their own menu entry.
  const specialNodes: Node[] = [];
  let datedArchive: { node: Node; target: Target } | undefined;
  const datedLists: { node: Node; target: Target }[] = [];
  for (const t of published) {
    const kind = pageKindOf(t);
    if (kind === 'post' || kind === 'social') continue;
    const m = menuId();
    const text = titleFor(t, '');
    let node: Node;
    if (kind === 'person') node = add({ path: `/public/person/data/chart/structure_id/${17 + specialNodes.length}/menu/${m}`, kind: 'person', title: text, concept: t.concept.id });
    else if (kind === 'contact') node = add({ path: `/public/contact/data/index/menu/${m}`, kind: 'contact', title: text, concept: t.concept.id });
    else if (kind === 'dated') {
      node = add({ path: `/public/list/data/index/menu/${m}`, kind: 'list', title: text, concept: t.concept.id, rows: [] });
      const entry = { node, target: t };
      datedLists.push(entry);
      if (t.concept.id === 'news' || !datedArchive) datedArchive = entry;
    } else {
      const mod = kind === 'qa' ? 'webboard' : kind === 'eservice' ? 'oss' : 'fraudcomplaint';
      node = add({ path: `/public/${mod}/data/index/menu/${m}`, kind: 'form', title: text, concept: t.concept.id, post: { date: dateIn(rng), components: t.components, attachments: 0 } });
    }
    specialNodes.push(node);
    evidenceNode.set(t.key, node.id);
    const tab = kind === 'person' ? 'บุคลากร' : kind === 'dated' ? 'ข่าวสาร' : kind === 'contact' ? 'ข้อมูลพื้นฐาน' : 'บริการประชาชน';
    menuTab(tab).entries.push({ text, node: node.id });
    // The ITA page links to it as well, as real ITA pages do (the O-row points at the menu page).
    if (t.code) currentCat.rows!.push({ node: node.id, text: `${t.code} ${text}` });
  }
  // A general complaint page and a news archive exist on every such site, item or not.
  {
    const m = menuId();
    const general = add({ path: `/public/complaintgeneral/data/index/menu/${m}`, kind: 'form', title: 'ร้องเรียนร้องทุกข์ทั่วไป', post: { date: dateIn(rng), attachments: 0 } });
    if (neutral(general.title)) menuTab('บริการประชาชน').entries.push({ text: general.title, node: general.id });
    else nodes.pop(), byPath.delete(general.path);
  }
  if (!datedArchive) {
    const node = add({ path: `/public/list/data/index/menu/${menuId()}`, kind: 'list', title: 'ข่าวล่าสุดจากตำบล', rows: [] });
    menuTab('ข่าวสาร').entries.push({ text: node.title, node: node.id });
    datedArchive = { node, target: undefined as unknown as Target };
  }

  // Posts: on the ITA page, behind a menu of their own, or four levels down a category tree: a
  // generic root in the menu → the item's category → a fiscal-year category → the post. The root
  // also holds the units' filler categories (งานพัสดุ, งานนิติการ… lead nowhere).
  const deepRoots: Node[] = [];
  const deepGroups: Node[] = [];
  const groupNames = ['งานแผนและงบประมาณ', 'งานบริหารงานบุคคล', 'งานพัสดุ', 'งานนิติการ', 'เอกสารเผยแพร่ทั่วไป', 'งานตรวจสอบภายใน', 'งานธุรการ', 'งานการเงินและบัญชี'];
  const rootNames = ['เอกสารเผยแพร่', 'ข้อมูลการดำเนินงาน'];
  const deepRootMenu = [menuId(), menuId()];
  rootNames.forEach((name, i) => {
    const n = add({ path: `/public/list/data/datacategory/catid/${nextCat++}/menu/${deepRootMenu[i]}`, kind: 'category', title: name, rows: [] });
    deepRoots.push(n);
    menuTab(i === 0 ? 'แผนงาน' : 'การดำเนินงาน').entries.push({ text: name, node: n.id });
  });
  for (let i = 0; i < groupNames.length; i++) {
    const root = deepRoots[i % deepRoots.length];
    const menuNo = deepRootMenu[i % deepRoots.length];
    const g = add({ path: `/public/list/data/datacategory/catid/${nextCat++}/menu/${menuNo}`, kind: 'category', title: groupNames[i], rows: [] });
    root.rows!.push({ node: g.id, text: g.title });
    deepGroups.push(g);
  }
  for (const t of published) {
    if (pageKindOf(t) !== 'post') continue;
    const where = placementOf.get(t.key)!;
    if (where === 'hub') {
      const p = evidencePost(t, itaMenu);
      currentCat.rows!.push({ node: p.id, text: t.code ? `${t.code} ${p.title}` : p.title, date: p.post!.date });
      evidenceNode.set(t.key, p.id);
    } else if (where === 'menu') {
      const m = menuId();
      const text = titleFor(t, '');
      const list = add({ path: `/public/list/data/index/menu/${m}`, kind: 'list', title: text, rows: [] });
      const tab = /แผน/.test(text) ? 'แผนงาน' : 'การดำเนินงาน';
      menuTab(tab).entries.push({ text, node: list.id });
      const p = evidencePost(t, m);
      list.rows!.push({ node: p.id, text: p.title, date: p.post!.date });
      evidenceNode.set(t.key, p.id);
      // Older years under the same menu (a realistic list: this year first).
      const olds = opts.pages < 500 ? 1 : 2;
      for (let k = 1; k <= olds; k++) {
        const o = oldPost(t, m, fy - k);
        list.rows!.push({ node: o.id, text: o.title, date: o.post!.date });
      }
    } else {
      const root = deepRoots[Math.floor(orderRng.next() * deepRoots.length)];
      const menuNo = Number(root.path.split('/').pop());
      const cat = add({ path: `/public/list/data/datacategory/catid/${nextCat++}/menu/${menuNo}`, kind: 'category', title: titleFor(t, ''), rows: [] });
      root.rows!.push({ node: cat.id, text: cat.title });
      const yearCat = (year: number) => {
        const y = add({ path: `/public/list/data/datacategory/catid/${nextCat++}/menu/${menuNo}`, kind: 'category', title: `ปีงบประมาณ พ.ศ. ${year}`, rows: [] });
        cat.rows!.push({ node: y.id, text: y.title });
        return y;
      };
      const p = evidencePost(t, menuNo);
      yearCat(fy).rows!.push({ node: p.id, text: p.title, date: p.post!.date });
      evidenceNode.set(t.key, p.id);
      const o = oldPost(t, menuNo, fy - 1);
      yearCat(fy - 1).rows!.push({ node: o.id, text: o.title, date: o.post!.date });
    }
  }
  // Old ITA years: every hub item again, with its old year (thai-sites.md §2: old-year pages stay online).
  for (const year of oldYears) {
    const cat = yearCat(year);
    const share = rng.fork(`old:${year}`);
    for (const t of targets.filter((x) => x.code && pageKindOf(x) === 'post')) {
      if (share.next() > 0.7) continue;
      const o = oldPost(t, itaMenu, year);
      cat.rows!.push({ node: o.id, text: `${t.code} ${o.title}`, date: o.post!.date });
    }
  }

  // ---------------------------------------------------------------- filler to the requested size
  const containers: { node: Node; weight: number; menuNo: number; kind: 'news' | 'posts' | 'gallery' }[] = [];
  const newsMenu = Number(datedArchive.node.path.split('/').pop());
  containers.push({ node: datedArchive.node, weight: 10, menuNo: newsMenu, kind: 'news' });
  for (const d of datedLists) if (d !== datedArchive) containers.push({ node: d.node, weight: 2, menuNo: Number(d.node.path.split('/').pop()), kind: 'news' });
  const galleryMenu = menuId();
  const gallery = add({ path: `/public/gallery/data/index/menu/${galleryMenu}`, kind: 'list', title: 'อัลบั้มภาพ', rows: [] });
  menuTab('ข่าวสาร').entries.push({ text: gallery.title, node: gallery.id });
  containers.push({ node: gallery, weight: 4, menuNo: galleryMenu, kind: 'gallery' });

  const fillerMenuCount = Math.max(8, Math.min(140, Math.round(opts.pages / 15)));
  const names = FILLER_MENUS.filter(neutral);
  const tabs = ['ข้อมูลพื้นฐาน', 'บุคลากร', 'การดำเนินงาน', 'บริการประชาชน', 'แผนงาน'];
  for (let i = 0; i < fillerMenuCount; i++) {
    const base = names[i % names.length];
    const title = i < names.length ? base : `${base} ${VILLAGES[i % VILLAGES.length]} หมู่ที่ ${thaiDigits((i % 15) + 1)}`;
    const m = menuId();
    const node = add({ path: `/public/list/data/index/menu/${m}`, kind: 'list', title, rows: [] });
    menuTab(tabs[i % tabs.length]).entries.push({ text: title, node: node.id });
    containers.push({ node, weight: 1, menuNo: m, kind: 'posts' });
  }
  // Filler sub-categories in the deep tree: the crawl must dig through them.
  for (const g of deepGroups) {
    const n = Math.max(1, Math.round(opts.pages / 500));
    for (let k = 0; k < n; k++) {
      const menuNo = Number(g.path.split('/').pop());
      const title = `${g.title} ${VILLAGES[(g.id + k) % VILLAGES.length]}`;
      const cat = add({ path: `/public/list/data/datacategory/catid/${nextCat++}/menu/${menuNo}`, kind: 'category', title, rows: [] });
      g.rows!.push({ node: cat.id, text: cat.title });
      containers.push({ node: cat, weight: 0.5, menuNo, kind: 'posts' });
    }
  }

  // Distribute filler posts until the site has exactly `pages` pages (list pages of 15 rows paginate).
  const counts = containers.map(() => 0);
  const pagesFor = (k: number) => Math.max(0, Math.ceil(k / PER_PAGE) - 1);
  let total = nodes.length;
  const totalWeight = containers.reduce((s, c) => s + c.weight, 0);
  const fillRng = rng.fork('fill');
  let guard = 0;
  while (total < opts.pages && guard++ < 10 * opts.pages) {
    let r = fillRng.next() * totalWeight;
    let i = 0;
    while (r > containers[i].weight && i < containers.length - 1) r -= containers[i++].weight;
    const extra = 1 + pagesFor(counts[i] + 1) - pagesFor(counts[i]);
    if (total + extra > opts.pages) continue;
    counts[i]++;
    total += extra;
  }
  const titleRng = rng.fork('titles');
  const fillerTitle = () => {
    for (let k = 0; k < 20; k++) {
      const t = `${titleRng.pick(ACTORS)} ${titleRng.pick(VERBS)}${titleRng.pick(ACTIVITIES)} ${titleRng.pick(VILLAGES)} หมู่ที่ ${thaiDigits(titleRng.int(1, 15))}`;
      if (neutral(t)) return t;
    }
    return `${titleRng.pick(ACTIVITIES)} ${titleRng.pick(VILLAGES)}`;
  };
  containers.forEach((c, i) => {
    const rows: Row[] = [];
    for (let k = 0; k < counts[i]; k++) {
      if (c.kind === 'gallery') {
        const g = add({ path: `/public/gallery/data/detail/id/${nextPost++}/menu/${c.menuNo}`, kind: 'gallery', title: `ภาพ${fillerTitle()}` });
        rows.push({ node: g.id, text: g.title });
      } else {
        const p = add({ path: postPath(c.menuNo), kind: 'post', title: fillerTitle(), post: { date: dateIn(titleRng, titleRng.next() < 0.6 ? fy : fy - 1), attachments: titleRng.next() < 0.3 ? 1 : 0 } });
        rows.push({ node: p.id, text: p.title, date: p.post!.date });
      }
    }
    // Newest first: the container's own rows (evidence) stay on top, filler follows, 15 per page.
    const all = [...(c.node.rows ?? []), ...rows];
    const pageCount = Math.max(1, Math.ceil(all.length / PER_PAGE));
    const chain = [c.node.id];
    for (let p = 2; p <= pageCount; p++) {
      const base = c.node.path.replace(/\/$/, '');
      chain.push(add({ path: `${base}/page/${p}`, kind: 'list', title: c.node.title, rows: [] }).id);
    }
    chain.forEach((id, p) => {
      nodes[id].rows = all.slice(p * PER_PAGE, (p + 1) * PER_PAGE);
      nodes[id].chain = chain;
      nodes[id].chainIndex = p;
    });
  });

  // ---------------------------------------------------------------- links and depths
  const menuEntries = menu.flatMap((m) => m.entries);
  const sidebarNews = (datedArchive.node.rows ?? []).slice(0, 5);
  const outLinks = (n: Node): number[] => {
    const out: number[] = [];
    for (const r of n.rows ?? []) out.push(r.node);
    if (n.chain) {
      const i = n.chainIndex!;
      for (const j of [0, i - 2, i - 1, i + 1, i + 2, n.chain.length - 1]) if (j >= 0 && j < n.chain.length && j !== i) out.push(n.chain[j]);
    }
    return out;
  };
  const templateTargets = [...menuEntries.map((e) => e.node).filter((x): x is number => x !== undefined), ...sidebarNews.map((r) => r.node)];
  const depth = new Array<number>(nodes.length).fill(-1);
  const parent = new Array<number>(nodes.length).fill(-1);
  const order: number[] = [home.id];
  depth[home.id] = 0;
  for (let qi = 0; qi < order.length; qi++) {
    const id = order[qi];
    const targetsOfNode = [...(id === home.id ? [] : []), ...templateTargets, ...outLinks(nodes[id])];
    for (const to of targetsOfNode) {
      if (depth[to] !== -1) continue;
      depth[to] = depth[id] + 1;
      parent[to] = id;
      order.push(to);
    }
  }
  const unreachable = nodes.filter((n) => depth[n.id] === -1);
  if (unreachable.length) throw new Error(`generator bug: ${unreachable.length} unreachable pages, e.g. ${unreachable[0].path}`);

  for (const t of published) {
    const where = placementOf.get(t.key)!;
    const id = where === 'home' ? home.id : evidenceNode.get(t.key)!;
    evidence.push({ item: t.key, concept: t.concept.id, path: nodes[id].path, placement: where, depth: depth[id] });
  }
  const minimalSet = new Set<number>();
  for (const e of evidence) {
    for (let id = byPath.get(e.path)!; id !== -1; id = parent[id]) minimalSet.add(id);
  }
  const minimal = order.filter((id) => minimalSet.has(id)).map((id) => nodes[id].path);

  // The one change of revision 1: an evidence post gets a new attachment (its ETag changes).
  const changeable = evidence.filter((e) => nodes[byPath.get(e.path)!].kind === 'post');
  const changedPath = (changeable[Math.floor(rng.fork('change').next() * changeable.length)] ?? evidence[0]).path;

  // ---------------------------------------------------------------- rendering
  const socialTargets = published.filter((t) => pageKindOf(t) === 'social');
  const render = makeRenderer({
    nodes, menu, sidebarNews, seed, fy, revision, changedPath, homeId: home.id,
    socialText: socialTargets.length ? titleFor(socialTargets[0], '') : 'Facebook',
  });
  const documents = new Map<string, { post: number; k: number }>();
  for (const n of nodes) {
    if (n.kind !== 'post' || !n.post) continue;
    const m = /\/id\/(\d+)\//.exec(n.path);
    const count = n.post.attachments + (revision > 0 && n.path === changedPath ? 1 : 0);
    for (let k = 1; k <= count; k++) documents.set(`/public/list_upload/backend/list_${m![1]}/files_${m![1]}_${k}.pdf`, { post: n.id, k });
  }

  return {
    options: { pages: nodes.length, seed, missing: missingCount, revision, rulesetId: ruleset.id },
    fiscalYear: fy,
    startPath: home.path,
    pagePaths: order.map((id) => nodes[id].path),
    evidence,
    minimal,
    findable: itemTargets.filter((t) => !missingCodes.has(t.code!)).map((t) => t.code!),
    missing: [...missingCodes],
    changedPath,
    depthOf: (path) => {
      const id = byPath.get(path);
      return id === undefined ? undefined : depth[id];
    },
    get(path) {
      const id = byPath.get(path);
      if (id !== undefined) {
        const body = render(nodes[id]);
        return { status: 200, contentType: 'text/html; charset=utf-8', body, etag: `"${hash32(body).toString(36)}-${body.length.toString(36)}"`, lastModified: lastModified(seed, path, revision > 0 && path === changedPath) };
      }
      const doc = documents.get(path);
      if (doc) {
        const body = pdfBytes(`${nodes[doc.post].title} ${doc.k}`);
        return { status: 200, contentType: 'application/pdf', body, etag: `"d${hash32(path).toString(36)}"`, lastModified: lastModified(seed, path, false) };
      }
      if (/\.(jpe?g|png)(\?|$)/.test(path)) {
        return { status: 200, contentType: /png/.test(path) ? 'image/png' : 'image/jpeg', body: TINY_JPEG, etag: `"i${hash32(path).toString(36)}"`, lastModified: lastModified(seed, path, false) };
      }
      return undefined;
    },
  };
}

function lastModified(seed: number, path: string, changed: boolean): string {
  // A fixed past date per page; the edited page moves forward.
  const base = Date.UTC(2024, 0, 1) + (hash32(`${seed}:${path}`) % (300 * 86_400)) * 1000;
  return new Date(changed ? base + 400 * 86_400_000 : base).toUTCString();
}

/** A small, valid one-page PDF (the crawler only checks that it exists; readers may open it). */
function pdfBytes(title: string): Uint8Array {
  const safe = title.replace(/[^\x20-\x7e]/g, '').slice(0, 60) || 'document';
  const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Title(${safe})>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

const TINY_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

// ------------------------------------------------------------------ HTML

interface RenderContext {
  nodes: Node[];
  menu: { title: string; entries: { text: string; node?: number; href?: string }[] }[];
  sidebarNews: Row[];
  seed: number;
  fy: number;
  revision: number;
  changedPath: string;
  homeId: number;
  socialText: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Dungbhumi cuts list titles short (thai-sites.md §1.1, §7.6). */
const cut = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 3)}...` : s);

function makeRenderer(ctx: RenderContext): (n: Node) => string {
  const { nodes, fy } = ctx;
  const href = (id: number) => nodes[id].path;
  // The template is the same on every page: build it once.
  const megaMenu = (cls: string) => {
    const tabs = ctx.menu
      .map((tab, i) => {
        const items = tab.entries
          .map((e) => `<li class="menu-level group-menu-level2"><a onclick="javascript:void(0)" href="${e.node !== undefined ? href(e.node) : e.href}">${esc(e.text)}</a></li>`)
          .join('');
        return `<div class="tab-pane" id="tab-menu-${cls}-${1141 + i}"><div class="menu-title">${esc(tab.title)}</div><ul class="menu-level submenu-${1141 + i}">${items}</ul></div>`;
      })
      .join('\n');
    return `<div class="mega-menu ${cls}"><a href="/public/">หน้าหลัก</a>\n${tabs}\n<a href="https://www.facebook.com/profile.php?id=100089753126712" target="_blank">${esc(ctx.socialText)}</a></div>`;
  };
  const banner = (where: string) =>
    `<a href="https://itas.nacc.go.th/go/eit/${ITAS_CODE}" target="_blank"><div class="eit-box ${where}"><img src="/public/banner_upload/backend/banner_299_1.png?000000" alt="EIT"><div class="eit-name">${SHORT} </div><div class="eit-year">พ.ศ.<span>${fy}</span> </div></div></a>` +
    `<a href="https://itas.nacc.go.th/go/iit/${ITAS_CODE}" target="_blank"><div class="iit-box ${where}"><img src="/public/banner_upload/backend/banner_300_1.png?000000" alt="IIT"></div></a>`;
  const header = `<div class="top-banner">${banner('top')}</div>
<div id="header"><div class="logo"><img src="/public/images/logo.png" alt="logo"><span class="site-name">${ORG}</span><span class="site-name-en">Ban Noen Sung Subdistrict Administrative Organization</span></div></div>
${megaMenu('desktop')}
${megaMenu('mobile')}`;
  const sidebar = `<div class="sidebar"><h3>ข่าวล่าสุด</h3><ul>${ctx.sidebarNews
    .map((r) => `<li><a href="${href(r.node)}">${esc(cut(r.text, 60))}</a> <span class="date">${r.date ?? ''}</span></li>`)
    .join('')}</ul><div class="slidemore">${banner('side')}</div>
<ul class="link-gov"><li><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure" target="_blank">e-GP กรมบัญชีกลาง</a></li><li><a href="https://info.go.th/" target="_blank">ศูนย์บริการข้อมูลภาครัฐ</a></li></ul></div>`;
  const footer = `<footer class="footer"><h6>${ORG}<br>เลขที่ 99 หมู่ที่ ๑๐ ตำบลบ้านเนินสูง อำเภอเมือง จังหวัดเลย 42000<br>โทรศัพท์ 0-4203-9209 โทรสาร 0-4203-9210<br>admin@bannoensung.go.th</h6>
<p>©สงวนลิขสิทธิ์ ${fy} โดย Dungbhumi Co.,Ltd. &amp; GROWLISTO Co.,Ltd.</p><p>ผู้เข้าชมวันนี้ 128 คน ผู้เข้าชมทั้งหมด 1,204,331 คน</p></footer>`;
  const script = `<script>var slideIndex=0;function showSlides(){var i;var s=document.getElementsByClassName("mySlides");for(i=0;i<s.length;i++){s[i].style.display="none";}slideIndex++;if(slideIndex>s.length){slideIndex=1}s[slideIndex-1].style.display="block";setTimeout(showSlides,5000);}</script>`;
  const css = Array.from({ length: 12 }, (_, i) => `<link rel="stylesheet" href="/public/themes/default/css/style${i}.css?v=2568">`).join('\n');

  const page = (n: Node, main: string, r: Rng) => {
    const head = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=1200 user-scalable=yes">\n<title>${esc(n.title)} | ${ORG}</title>\n${css}\n${script}\n</head>\n<body>\n${header}\n<div id="content" class="container"><div class="main">`;
    const tail = `</div>\n${sidebar}</div>\n${footer}\n</body>\n</html>\n`;
    // Realistic weight (30–150 kB): inline scripts and styles the CMS prints, never text.
    const target = Math.round((30 + 120 * r.next() ** 1.6) * 1024);
    const size = (head.length + main.length + tail.length) * 1.6;
    const pad = size < target ? `<script type="text/template" id="tpl-${n.id}">${'<div class="slide-item" data-w="1200" data-h="400"></div>'.repeat(Math.ceil((target - size) / 56))}</script>` : '';
    return head + main + pad + tail;
  };

  const paragraphs = (r: Rng, count: number) =>
    Array.from({ length: count }, () => `<p>${Array.from({ length: r.int(3, 6) }, () => r.pick(SENTENCES)).join(' ')}</p>`).join('\n');

  const attachmentsOf = (n: Node, revision: number) => {
    const m = /\/id\/(\d+)\//.exec(n.path);
    if (!m || !n.post) return '';
    const count = n.post.attachments + (revision > 0 && n.path === ctx.changedPath ? 1 : 0);
    if (!count) return '';
    const months = monthsWanted(n.post.components, n.post.period, fy);
    const rows = Array.from({ length: count }, (_, i) => {
      const k = i + 1;
      let text = `${n.title}${count > 1 ? ` (${k})` : ''}.pdf`;
      if (i < months.length) text = `${n.title.replace(/ ประจำปีงบประมาณ.*$/, '')} ประจำเดือน${THAI_MONTHS[months[i].month]} ${months[i].year}.pdf`;
      return `<li><a href="/public/list_upload/backend/list_${m[1]}/files_${m[1]}_${k}.pdf" target="_blank">${esc(text)}</a> <span class="size">(${100 + k * 37} KB)</span></li>`;
    });
    return `<div class="attach"><h4>ไฟล์แนบ</h4><ul>${rows.join('')}</ul></div>`;
  };

  /** Content that each component's detector looks for (checks/detectors). */
  const blocksFor = (n: Node, r: Rng): string => {
    const out: string[] = [];
    const comps = n.post?.components ?? [];
    const has = (d: string) => comps.some((c) => c.detector === d);
    if (has('org-chart')) out.push(`<p><img src="/public/upload/structure_${fy}.jpg" alt="แผนผังโครงสร้างองค์การบริหารส่วนตำบล" width="900" height="600"></p>`);
    if (has('both-sides') || has('org-chart')) {
      out.push(`<h2>ฝ่ายการเมือง</h2><p>นายกองค์การบริหารส่วนตำบล รองนายกองค์การบริหารส่วนตำบล เลขานุการนายก สภาองค์การบริหารส่วนตำบล</p>`);
      out.push(`<h2>ฝ่ายข้าราชการประจำ</h2><p>ปลัดองค์การบริหารส่วนตำบล รองปลัด สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม</p><h3>หน่วยตรวจสอบภายใน</h3>`);
    }
    if (has('law-summary')) out.push(`<p>${ORG} มีอำนาจหน้าที่ดังนี้ (1) จัดให้มีและบำรุงรักษาทางน้ำและทางบก (2) รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ (3) ป้องกันโรคและระงับโรคติดต่อ (4) ป้องกันและบรรเทาสาธารณภัย (5) ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</p>`);
    for (const c of comps.filter((x) => x.detector === 'topics')) {
      const topics = ((c.params as { topics?: { th: string; terms: string[] }[] }).topics ?? []);
      out.push(`<ol>${topics.map((t) => `<li>${esc(t.terms[0])}: ${esc(t.th)}</li>`).join('')}</ol>`);
    }
    const months = monthsWanted(comps, n.post?.period, fy);
    if (months.length) {
      out.push(`<table class="table"><tr><th>เดือน</th><th>รายการ</th></tr>${months.map((m) => `<tr><td>${THAI_MONTHS[m.month]} ${m.year}</td><td>สรุปผลประจำเดือน${THAI_MONTHS[m.month]} ${m.year}</td></tr>`).join('')}</table>`);
    }
    if (has('dated-entries') || comps.some((c) => c.detector === 'period' && (c.params as { acceptDates?: boolean }).acceptDates)) {
      out.push(`<ul class="activity">${Array.from({ length: 4 }, () => `<li>${esc(r.pick(ACTIVITIES))} เมื่อวันที่ ${dateIn2(r, fy)}</li>`).join('')}</ul>`);
    }
    if (n.post?.period === 'h1') out.push(`<p>รายงานผลการดำเนินงานรอบ 6 เดือน ตั้งแต่เดือนตุลาคม ${fy - 1} ถึงเดือนมีนาคม ${fy} ประจำปีงบประมาณ พ.ศ. ${fy}</p>`);
    if (n.post?.period === 'current' || n.post?.period === 'monthly') out.push(`<p>ประจำปีงบประมาณ พ.ศ. ${fy}</p>`);
    if (n.post?.period === 'previous') out.push(`<p>ประจำปีงบประมาณ พ.ศ. ${fy - 1}</p>`);
    return out.join('\n');
  };

  return (n: Node) => {
    const r = rngFor(ctx.seed, `page:${n.path}`);
    let main = '';
    if (n.kind === 'home') {
      const news = ctx.sidebarNews.map((x) => `<div class="news-item"><a href="${href(x.node)}">${esc(cut(x.text))}</a><span class="date">${x.date ?? ''}</span></div>`).join('\n');
      main = `<div class="slidemore">${banner('carousel')}</div><h2>ข่าวล่าสุด</h2>${news}\n<div class="ita-award">${banner('award')}</div>\n${paragraphs(r, 2)}`;
    } else if (n.kind === 'list' || n.kind === 'category') {
      const rows = (n.rows ?? [])
        .map((x) => `<tr><td class="title"><a href="${href(x.node)}">${esc(cut(x.text))}</a></td><td class="date">${x.date ?? ''}</td><td class="view">อ่าน ${r.int(5, 900)} ครั้ง</td></tr>`)
        .join('\n');
      let pager = '';
      if (n.chain && n.chain.length > 1) {
        const i = n.chainIndex!;
        const links: string[] = [];
        for (const j of [0, i - 2, i - 1, i + 1, i + 2, n.chain.length - 1]) {
          if (j < 0 || j >= n.chain.length || j === i || links.some((l) => l.includes(`"${href(n.chain![j])}"`))) continue;
          const label = j === n.chain.length - 1 && j > i + 2 ? 'หน้าสุดท้าย' : j === i + 1 ? `${j + 1}` : `${j + 1}`;
          links.push(`<a href="${href(n.chain[j])}">${label}</a>`);
        }
        if (i + 1 < n.chain.length) links.push(`<a href="${href(n.chain[i + 1])}">ถัดไป »</a>`);
        pager = `<div class="pagination">${links.join(' ')}</div>`;
      }
      main = `<h1>${esc(n.title)}</h1><table class="table-list">${rows}</table>${pager}`;
    } else if (n.kind === 'gallery') {
      const imgs = Array.from({ length: r.int(12, 36) }, (_, i) => `<div class="photo"><a href="/public/gallery_upload/${n.id}/pic_${i}.jpg"><img src="/public/gallery_upload/${n.id}/thumb_${i}.jpg" alt="${esc(n.title)} ${i + 1}"></a></div>`).join('');
      main = `<h1>${esc(n.title)}</h1><div class="gallery">${imgs}</div>`;
    } else if (n.kind === 'person') {
      const sides = [
        ['นายกองค์การบริหารส่วนตำบล', 'political'], ['รองนายกองค์การบริหารส่วนตำบล', 'political'], ['รองนายกองค์การบริหารส่วนตำบล', 'political'],
        ['เลขานุการนายกองค์การบริหารส่วนตำบล', 'political'], ['ปลัดองค์การบริหารส่วนตำบล', 'permanent'], ['รองปลัดองค์การบริหารส่วนตำบล', 'permanent'],
        ['หัวหน้าสำนักปลัด', 'permanent'], ['ผู้อำนวยการกองคลัง', 'permanent'], ['ผู้อำนวยการกองช่าง', 'permanent'],
      ];
      const cards = sides
        .map(([pos], i) => {
          const female = i % 4 === 3;
          const name = `${female ? 'นางสาว' : 'นาย'}${female ? FEMALE_NAMES[i % FEMALE_NAMES.length] : FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
          return `<div class="person-card"><img src="/public/person_upload/${n.id}_${i}.jpg" alt="${esc(name)}"><div class="name">${esc(name)}</div><div class="position">${esc(pos)}</div><div class="tel">โทร 08${r.int(1, 9)}-${r.int(100, 999)}-${r.int(1000, 9999)}</div></div>`;
        })
        .join('\n');
      main = `<h1>${esc(n.title)}</h1><div class="person-chart">${cards}</div>`;
    } else if (n.kind === 'contact') {
      main = `<h1>${esc(n.title)}</h1><p>${ORG}</p><p>ที่อยู่ เลขที่ 99 หมู่ที่ ๑๐ ตำบลบ้านเนินสูง อำเภอเมือง จังหวัดเลย 42000</p><p>โทรศัพท์ 0-4203-9209 อีเมล <a href="mailto:saraban@bannoensung.go.th">saraban@bannoensung.go.th</a></p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="450" title="แผนที่"></iframe>${paragraphs(r, 2)}`;
    } else if (n.kind === 'form') {
      const board = /webboard/.test(n.path) ? `<div class="board"><h3>กระทู้ล่าสุด</h3><ul><li>ขอสอบถามการชำระภาษีป้าย ผู้ตั้งกระทู้ ชาวบ้าน ตอบโดย เจ้าหน้าที่</li><li>สอบถามเรื่องเบี้ยยังชีพ ความคิดเห็นที่ 1</li></ul></div>` : '';
      main = `<h1>${esc(n.title)}</h1>${board}<form method="post" action="${n.path}/save"><label>ชื่อ-นามสกุล <input name="fullname"></label><label>หมายเลขโทรศัพท์ <input name="phone"></label><label>เรื่อง <input name="subject"></label><label>รายละเอียด <textarea name="detail"></textarea></label><input type="hidden" name="token" value="x"><button type="submit">ส่งเรื่อง</button></form>${paragraphs(r, 1)}`;
    } else {
      const p = n.post!;
      if (p.titleOnly) {
        main = `<h1>${esc(n.title)}</h1><div class="date">${p.date}</div><p>อยู่ระหว่างปรับปรุงข้อมูล</p>`;
      } else {
        main = `<h1>${esc(n.title)}</h1><div class="date">วันที่ ${p.date}</div>\n${blocksFor(n, r)}\n${n.concept || n.oldYear ? '' : paragraphs(r, r.int(2, 8))}\n${attachmentsOf(n, ctx.revision)}\n<div class="images">${Array.from({ length: r.int(0, 6) }, (_, i) => `<img src="/public/list_upload/backend/list_${n.id}/pics_${n.id}_${i}.jpg" alt="">`).join('')}</div>`;
        if (n.concept) main += paragraphs(r, 2);
        if (ctx.revision > 0 && n.path === ctx.changedPath) main += `<p class="updated">ปรับปรุงข้อมูลล่าสุด: เพิ่มไฟล์แนบ</p>`;
      }
    }
    return page(n, main, r);
  };
}

function dateIn2(r: Rng, fy: number): string {
  const month = r.pick([10, 11, 12, 1, 2, 3]);
  return `${r.int(1, 28)} ${THAI_MONTHS_ABBR[month]} ${month >= 10 ? fy - 1 : fy}`;
}
