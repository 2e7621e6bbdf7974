/** Every detector by id. A rule set may only name detectors listed here (tests/unit/conventions.test.ts). */
import type { Detector } from './types';
import bothSides from './both-sides';
import channel from './channel';
import document from './document';
import orgChart from './org-chart';
import people from './people';

export const DETECTORS: Record<string, Detector<any>> = Object.fromEntries(
  [bothSides, channel, document, orgChart, people].map((d) => [d.id, d]),
);

export type { Candidate, Detector, DetectorContext, DetectorResult } from './types';
