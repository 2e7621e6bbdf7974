/** Every detector by id. A rule set may only name detectors listed here (tests/unit/conventions.test.ts). */
import type { Detector } from './types';
import bothSides from './both-sides';
import channel from './channel';
import companion from './companion';
import contactDetails from './contact-details';
import datedEntries from './dated-entries';
import document from './document';
import lawSummary from './law-summary';
import monthCoverage from './month-coverage';
import orgChart from './org-chart';
import people from './people';
import period from './period';
import socialLinks from './social-links';
import topics from './topics';

export const DETECTORS: Record<string, Detector<any>> = Object.fromEntries(
  [bothSides, channel, companion, contactDetails, datedEntries, document, lawSummary, monthCoverage, orgChart, people, period, socialLinks, topics].map((d) => [d.id, d]),
);

export type { Candidate, Detector, DetectorContext, DetectorResult, EvidenceRef, LookupResult } from './types';
export { STATUS_RANK } from './types';
