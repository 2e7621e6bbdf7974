/**
 * Every concept by id (criteria.md §5: one disclosure, many years). Each rule set's item names one
 * of these; tests/unit/conventions.test.ts checks that each has its tests and fixtures.
 */
import type { Concept } from '../rules';
import annualPlan from './annual-plan';
import annualReport from './annual-report';
import antiCorruptionPlan from './anti-corruption-plan';
import antiCorruptionProgress from './anti-corruption-progress';
import antiCorruptionReport from './anti-corruption-report';
import authority from './authority';
import briberyRisk from './bribery-risk';
import complaintChannel from './complaint-channel';
import complaintGuide from './complaint-guide';
import complaintStatistics from './complaint-statistics';
import contact from './contact';
import eService from './e-service';
import ethicsAssessment from './ethics-assessment';
import ethicsCode from './ethics-code';
import ethicsPromotion from './ethics-promotion';
import executives from './executives';
import giftReport from './gift-report';
import giftRules from './gift-rules';
import hrPolicy from './hr-policy';
import hrProgress from './hr-progress';
import hrReport from './hr-report';
import hrRules from './hr-rules';
import integrityActions from './integrity-actions';
import integrityMeasures from './integrity-measures';
import itaImprovement from './ita-improvement';
import laws from './laws';
import news from './news';
import noGiftCulture from './no-gift-culture';
import noGiftDeclaration from './no-gift-declaration';
import participation from './participation';
import planProgress from './plan-progress';
import privacyPolicy from './privacy-policy';
import procurementMonthly from './procurement-monthly';
import procurementNotices from './procurement-notices';
import procurementPlan from './procurement-plan';
import procurementProgress from './procurement-progress';
import procurementReport from './procurement-report';
import qa from './qa';
import riskActions from './risk-actions';
import riskAssessment from './risk-assessment';
import satisfactionSurvey from './satisfaction-survey';
import serviceManual from './service-manual';
import serviceStatistics from './service-statistics';
import socialNetwork from './social-network';
import staffManual from './staff-manual';
import strategicPlan from './strategic-plan';
import structure from './structure';

export const CONCEPTS: Record<string, Concept> = Object.fromEntries(
  [
    annualPlan,
    annualReport,
    antiCorruptionPlan,
    antiCorruptionProgress,
    antiCorruptionReport,
    authority,
    briberyRisk,
    complaintChannel,
    complaintGuide,
    complaintStatistics,
    contact,
    eService,
    ethicsAssessment,
    ethicsCode,
    ethicsPromotion,
    executives,
    giftReport,
    giftRules,
    hrPolicy,
    hrProgress,
    hrReport,
    hrRules,
    integrityActions,
    integrityMeasures,
    itaImprovement,
    laws,
    news,
    noGiftCulture,
    noGiftDeclaration,
    participation,
    planProgress,
    privacyPolicy,
    procurementMonthly,
    procurementNotices,
    procurementPlan,
    procurementProgress,
    procurementReport,
    qa,
    riskActions,
    riskAssessment,
    satisfactionSurvey,
    serviceManual,
    serviceStatistics,
    socialNetwork,
    staffManual,
    strategicPlan,
    structure,
  ].map((c) => [c.id, c]),
);

/**
 * Hub pages where OIT items gather (design.md: expanded first by the crawl). criteria.md §6 "ITA hub page".
 */
export const HUB_TERMS = [
  'ita', 'oit', 'การประเมินคุณธรรมและความโปร่งใส', 'การเปิดเผยข้อมูลสาธารณะ', 'มาตรการภายใน',
  'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'ข้อมูลสาธารณะ', 'การดำเนินงานเพื่อป้องกันการทุจริต', 'ป้องกันการทุจริต',
];
