import { conceptCases } from './helpers';

conceptCases('hr-policy', [
  { name: 'passes with a 3-year staffing plan whose span covers the year', fixture: 'pass-staffing-plan-span', expected: { status: 'pass' } },
  { name: 'is partial with an old policy', fixture: 'partial-expired', expected: { status: 'partial', missing: 'พบปี 2563' } },
  { name: 'does not take the HR report for the policy (trap)', fixture: 'trap-hr-report', expected: { status: 'fail' } },
  { name: '2569 O13 is partial without the HR rules', fixture: 'pass-staffing-plan-span', ruleset: 'ita-2569', item: 'O13', expected: { status: 'partial', missing: 'หลักเกณฑ์' } },
  { name: '2569 O13: the plan is the development part, so rules on recruitment, appraisal and rewards complete the item', fixture: 'pass-plan-covers-development-rules-the-rest', ruleset: 'ita-2569', item: 'O13', expected: { status: 'pass' } },
  { name: '2566 O25: the same rules alone lack the development part', fixture: 'pass-plan-covers-development-rules-the-rest', ruleset: 'ita-2566', item: 'O25', expected: { status: 'partial', missing: 'หลักเกณฑ์การพัฒนาบุคลากร' } },
  { name: 'a hospital that posts only its ministry’s HR strategy has no HR plan of its own: fail, saying who issued it (trap)', fixture: 'fail-ministry-strategy-only', expected: { status: 'fail', missing: 'ของหน่วยงานเอง' } },
  { name: 'the hospital’s own plan that names its ministry passes', fixture: 'pass-own-plan-naming-its-ministry', expected: { status: 'pass' } },
]);
