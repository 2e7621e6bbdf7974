/**
 * What "found" means for the bench: each findable item's final answer, computed once from the
 * generator's minimal evidence set (the evidence pages and the pages on the way to them), without
 * any crawl. A crawl has found an item when the item's status equals this answer; the bench counts
 * the fetches until every findable item has it (issue #7 §2 `fetchesToAllFound`).
 */
import { extractFeatures } from '../checks/crawl/extract';
import { evaluateItems } from '../checks/engine';
import type { PageFeatures, SiteFeatures } from '../checks/features';
import type { RuleSet } from '../checks/rules';
import { evaluateSurvey } from '../checks/survey';
import type { GeneratedSite } from './generate';

export type Status = 'pass' | 'partial' | 'fail' | 'review';

export interface Targets {
  /** Final answer per findable item code. */
  status: Record<string, Status>;
  /** Items whose answer on the evidence set is not `pass` (a generator or detector gap: reported). */
  notPass: { id: string; status: Status; missing: string[] }[];
  surveyPass: boolean;
}

/** Features of the given pages of a generated site, as a crawl would have gathered them. */
export function siteFeaturesOf(site: GeneratedSite, origin: string, paths: string[]): SiteFeatures {
  const startUrl = `${origin}${site.startPath}`;
  const features: SiteFeatures = { startUrl, origin, pages: new Map(), documents: new Map(), qrCodes: [] };
  paths.forEach((path) => {
    const r = site.get(path);
    if (!r || typeof r.body !== 'string') return;
    const url = `${origin}${path}`;
    const page: PageFeatures = extractFeatures(r.body, url, { url, depth: site.depthOf(path) ?? 0, siteUrl: startUrl });
    features.pages.set(url, page);
  });
  return features;
}

export function computeTargets(site: GeneratedSite, ruleset: RuleSet, origin = 'http://127.0.0.1:1'): Targets {
  const features = siteFeaturesOf(site, origin, site.minimal);
  const items = evaluateItems(features, ruleset);
  const findable = new Set(site.findable);
  const status: Record<string, Status> = {};
  const notPass: Targets['notPass'] = [];
  for (const i of items) {
    if (!findable.has(i.id)) continue;
    status[i.id] = i.status;
    if (i.status !== 'pass') notPass.push({ id: i.id, status: i.status, missing: i.missing });
  }
  const survey = evaluateSurvey(features);
  return { status, notPass, surveyPass: survey.eit.status === 'pass' && survey.iit.status === 'pass' };
}
