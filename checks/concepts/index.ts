/** Every concept by id (criteria.md §5: one disclosure, many years). */
import type { Concept } from '../rules';
import annualPlan from './annual-plan';
import complaintChannel from './complaint-channel';
import complaintGuide from './complaint-guide';
import executives from './executives';
import structure from './structure';

export const CONCEPTS: Record<string, Concept> = Object.fromEntries(
  [structure, executives, annualPlan, complaintGuide, complaintChannel].map((c) => [c.id, c]),
);

/**
 * Hub pages where OIT items gather (design.md: expanded first by the crawl). criteria.md §6 "ITA hub page".
 */
export const HUB_TERMS = [
  'ita', 'oit', 'การประเมินคุณธรรมและความโปร่งใส', 'การเปิดเผยข้อมูลสาธารณะ', 'มาตรการภายใน',
  'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'ข้อมูลสาธารณะ', 'การดำเนินงานเพื่อป้องกันการทุจริต', 'ป้องกันการทุจริต',
];
