/**
 * Detectors are small pure functions over the features of one candidate (a link or page that
 * names the item) and the site (style.md §4). They prove one component and say `review` when only a
 * person can judge (a picture, a scan, a viewer on another site).
 */
import type { z } from 'zod';
import type { DocumentFeature, LinkFeature, PageFeatures, SiteFeatures } from '../features';
import type { Period, Text } from '../rules';

export type CandidateKind = 'page' | 'document' | 'image' | 'link' | 'qr';

/** Something on the site that names the item: a link to it, or a page titled with it. */
export interface Candidate {
  url: string;
  kind: CandidateKind;
  /** Original wording of the link or page title (display). */
  label: string;
  /** Normalised text that matched, plus its context. */
  text: string;
  /** The page on which the link was found (or the page itself). */
  foundOn: string;
  /** That page's features, when the candidate is a link on it. */
  source?: PageFeatures;
  link?: LinkFeature;
  /** The target page, when it was crawled. */
  page?: PageFeatures;
  /** The target document, when it is one. */
  doc?: DocumentFeature;
  /** Documents reachable from the target page that belong to it (a post's attachments). */
  /**
   * The item's files on the candidate's page. `loose`: named only by a weak synonym (the budget
   * ordinance beside the operating plan), which supports the item but does not stand for it.
   */
  attachments: { link: LinkFeature; doc?: DocumentFeature; loose?: boolean }[];
  /** Outside the agency's site (Drive, Facebook, e-GP …). */
  isExternal: boolean;
  /** A viewer or host whose content the crawler cannot read (Drive, FlowPaper …). */
  isViewer: boolean;
  /** The wording is the official title, or a strong synonym (not a weak one). */
  isStrong: boolean;
  /** Titled as the item, but what it opens only resembles it (its files, a law, a look-alike page): their words. */
  weakFile?: string;
  /** The body above the agency that issued the item's document instead of it (the ministry's HR strategy). */
  issuedBy?: string;
  /** A linked file that was read opens as another item's document: its opening words. */
  otherDoc?: string;
  /** That other document is of the item's own kind (concept `kin`): the item short of a part (partial), not another item's (fail). */
  otherDocIsKin?: boolean;
  score: number;
}

export interface DetectorContext {
  site: SiteFeatures;
  fiscalYear: number;
  isLocalGov: boolean;
  /** All candidates of the item (some components look across pages, e.g. executives on two pages). */
  candidates: Candidate[];
  /**
   * Judge another concept on the same site (its own components and the given period): for items
   * that merge two disclosures (2568 O1 structure + powers/duties, O3 contact + Q&A; criteria.md §5).
   * Memoised per evaluation by the engine.
   */
  /**
   * Another concept judged on its own. `coveredTopics`: parts of its `topics` component that the
   * item's first part already shows (2569 O13: the HR plan is the development part of the HR rules).
   */
  lookup?: (conceptId: string, period?: Period, coveredTopics?: string[]) => LookupResult;
  /**
   * The second concept judged on this candidate's own page, when one of the page's section headings
   * (a tab, an accordion, an <h3>) names it: "สถิติการใช้บริการ" in a tab of the E-Service page.
   */
  lookupHere?: (conceptId: string, c: Candidate, period?: Period, coveredTopics?: string[]) => LookupResult | undefined;
  /** The candidates of another concept on the same site (memoised by the engine). */
  candidatesOf?: (conceptId: string) => Candidate[];
  /** Does a text (a heading) name the item's concept? Set by the engine. */
  names?: (text: string) => boolean;
}

/** How good an outcome is, best first: a person's look (review) beats a known gap (partial). */
export const STATUS_RANK = { pass: 3, review: 2, partial: 1, fail: 0 } as const;

export interface LookupResult {
  status: 'pass' | 'partial' | 'fail' | 'review';
  missing: Text[];
  evidence?: EvidenceRef;
}

export interface EvidenceRef {
  url: string;
  kind: CandidateKind;
  text: string;
  foundOn: string;
}

export interface DetectorResult {
  status: 'pass' | 'fail' | 'review';
  /**
   * With `fail`: what the candidate shows is not the item's own content at all (a page
   * "อยู่ระหว่างปรับปรุงข้อมูล", a title without content, files that do not open, the whole Act for
   * the agency's powers, only the general complaint form for the corruption channel). The item
   * counts as not found, as the assessor scores it (fail, never partial: partial is for the item's
   * own content with a part or the period missing), and `missing` says what is there instead.
   */
  empty?: boolean;
  /** What is missing, in Thai first (shown in the checklist). */
  missing?: Text[];
  notes?: Text[];
  /** Further evidence the component found elsewhere (a merged item's second part). */
  evidence?: EvidenceRef[];
}

export interface Detector<P = Record<string, unknown>> {
  id: string;
  params: z.ZodType<P>;
  evaluate(candidate: Candidate, params: P, ctx: DetectorContext): DetectorResult;
}

export function defineDetector<P>(d: Detector<P>): Detector<P> {
  return d;
}
